let value = "";
const box = document.getElementById("box");
box.addEventListener("input", () => (value = box.value));
document.getElementById("post").addEventListener("click", () => sendPost(value, "button"));
const h = new URLSearchParams(location.search).get("handle");
if (h) document.getElementById("me").setAttribute("aria-label", `Google Account: ${h} (someone@example.com)`);
