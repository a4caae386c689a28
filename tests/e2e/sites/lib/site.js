// Shared by the replica pages: what the site's own submit handler received, and a record of
// clicks that reached the page (SafePost's own UI must never produce one).
(function () {
  window.__sent = [];
  window.__pageClicks = [];
  document.addEventListener("click", (e) => {
    const t = e.composedPath()[0];
    window.__pageClicks.push(t && t.tagName ? t.tagName.toLowerCase() + (t.id ? "#" + t.id : "") : String(t));
  });
  window.sendPost = function (text, via) {
    window.__sent.push({ text, via });
    const out = document.getElementById("sent");
    if (out) out.textContent = JSON.stringify(window.__sent);
  };
})();
