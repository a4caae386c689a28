// A React-style controlled textarea: the page keeps its own copy of the value, updated only by
// input events; the submit handler sends that copy.
let value = "";
const box = document.getElementById("box");
box.addEventListener("input", () => (value = box.value));
document.getElementById("post").addEventListener("click", () => sendPost(value, "button"));
box.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendPost(value, "enter"); }
});
document.getElementById("form").addEventListener("submit", (e) => e.preventDefault());
const h = new URLSearchParams(location.search).get("handle");
if (h) document.getElementById("me").alt = `${h}'s profile picture`;
