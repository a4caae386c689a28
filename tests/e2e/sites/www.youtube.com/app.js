const box = document.getElementById("box");
box.id = "contenteditable-root";
const editor = new ModelEditor(box, "plain");
document.getElementById("post").addEventListener("click", () => sendPost(editor.getText(), "button"));
const h = new URLSearchParams(location.search).get("handle");
if (h) document.getElementById("channel-handle").textContent = h;
