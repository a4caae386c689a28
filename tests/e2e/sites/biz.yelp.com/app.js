document.getElementById("form").addEventListener("submit", (e) => {
  e.preventDefault();
  sendPost(document.getElementById("box").value, "submit");
});
const h = new URLSearchParams(location.search).get("handle");
if (h) document.getElementById("me").textContent = h;
