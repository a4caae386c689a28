document.getElementById("form").addEventListener("submit", (e) => {
  e.preventDefault();
  sendPost(document.getElementById("box").value, "submit");
  if (window.parent !== window) window.parent.__sent.push({ text: document.getElementById("box").value, via: "submit" });
});
