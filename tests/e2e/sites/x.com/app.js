const editor = new ModelEditor(document.getElementById("box"), "draft");
document.querySelector('[data-testid="tweetButtonInline"]').addEventListener("click", () => sendPost(editor.getText(), "button"));
document.getElementById("box").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); sendPost(editor.getText(), "shortcut"); }
});
const h = new URLSearchParams(location.search).get("handle");
if (h) document.getElementById("handle").textContent = h;
