// Reddit's comment composer lives in shadow roots.
class ShredditComposer extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: "open" });
    root.innerHTML = `<div class="rte"><div id="box" style="min-height:60px;border:1px solid #ccc"></div></div><button slot="submit-button" type="submit" id="post">Comment</button>`;
    this.editor = new ModelEditor(root.getElementById("box"), "lexical");
    root.getElementById("post").addEventListener("click", () => sendPost(this.editor.getText(), "button"));
  }
}
customElements.define("shreddit-composer", ShredditComposer);
const h = new URLSearchParams(location.search).get("handle");
if (h) document.getElementById("me").alt = `User Avatar for ${h}`;
