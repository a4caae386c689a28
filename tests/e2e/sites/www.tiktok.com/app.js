const editor = new ModelEditor(document.getElementById("box"), "draft");
document.getElementById("post").addEventListener("click", () => sendPost(editor.getText(), "button"));
document.getElementById("box").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendPost(editor.getText(), "enter"); }
});
const h = new URLSearchParams(location.search).get("handle");
if (h) document.getElementById("me").href = "/" + h;
