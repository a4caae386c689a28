const editor = new ModelEditor(document.getElementById("box"), "quill");
document.getElementById("post").addEventListener("click", () => sendPost(editor.getText(), "button"));
const h = new URLSearchParams(location.search).get("handle");
if (h) document.getElementById("me").alt = h;
