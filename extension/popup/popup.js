// The popup: this site's on/off switch (locked when IT set it), and what SafePost sees here.
import "../src/platform.js";
import "../src/sites.js";
import "../src/settings.js";

const { platform: P, settings: S } = globalThis.SafePost;
const t = (k, s) => P.message(k, s) || k;
const $ = (id) => document.getElementById(id);

function localize() {
  document.documentElement.lang = P.uiLanguage().split("-")[0] || "en";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}

async function activeTab() {
  const [tab] = await P.api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function render() {
  // ?for=host shows a site without a tab (the options page links here; tests use it too).
  const forHost = new URLSearchParams(location.search).get("for");
  const tab = forHost ? null : await activeTab();
  const first = forHost ? { tab: null } : await P.api.runtime.sendMessage({ type: "getState", tabId: tab ? tab.id : null });
  // The tab's address is known through activeTab (the user opened this popup on it); only
  // https pages can be watched.
  const host = forHost || (first.tab && first.tab.host) || (() => {
    try {
      const url = new URL(tab.url);
      return url.protocol === "https:" ? url.hostname : "";
    } catch (e) {
      return "";
    }
  })();
  const state = await P.api.runtime.sendMessage({ type: "getState", tabId: tab ? tab.id : null, host });
  $("host").textContent = host || "–";
  const site = state.site;
  const toggle = $("toggle");
  if (!host || !site) {
    $("site").hidden = true;
    $("notice").hidden = false;
    $("notice").textContent = t("popupNotSupported");
  } else {
    // A site outside the built-in list needs the user's grant before SafePost can read it.
    const origin = S.originFor(host);
    const covered = (list) => list.some((m) => S.patternCovers(m, host));
    const hasAccess = covered(state.access.builtIn) || covered(state.access.granted);
    const allow = $("allow");
    allow.hidden = hasAccess || !site.enabled || !origin;
    $("access").hidden = allow.hidden;
    $("access").textContent = t("popupNeedsAccess", [host]);
    allow.onclick = () => {
      // Asked first, in the click itself (Firefox shows its prompt only then).
      P.requestOrigins([origin]).then((ok) => {
        if (!ok) showNotice(t("popupDenied"));
        render();
      });
    };
    toggle.checked = site.enabled;
    toggle.disabled = site.locked;
    if (site.locked) toggle.setAttribute("aria-describedby", "locked");
    else toggle.removeAttribute("aria-describedby");
    $("toggle-label").textContent = t(site.enabled ? "popupOn" : "popupOff", [host]);
    $("locked").hidden = !site.locked;
    $("locked").textContent = t("popupLocked");
    toggle.onchange = () => {
      const enable = toggle.checked;
      const granted = enable && !hasAccess && origin ? P.requestOrigins([origin]) : Promise.resolve(true);
      granted.then(async (ok) => {
        if (!ok) {
          toggle.checked = false;
          showNotice(t("popupDenied"));
          return;
        }
        await P.api.runtime.sendMessage({ type: "setSite", host, enabled: enable });
        render();
      });
    };
  }
  const s = state.tab;
  $("boxes").textContent = s ? String(s.boxes) : "0";
  $("findings").textContent = s ? (s.findings ? `${s.findings} (${s.categories.join(", ")})` : "0") : "0";
  $("account").textContent = s ? t("account_" + s.account) + (s.handle ? ` (${s.handle})` : "") : t("account_unknown");
  if (!state.scannerAvailable) {
    $("notice").hidden = false;
    $("notice").textContent = t("popupUnavailable", [state.loadError || "?"]);
  }
}

function showNotice(text) {
  $("notice").hidden = false;
  $("notice").textContent = text;
}

localize();
// Until the first state arrives the switch keeps its neutral label; tests and assistive technology
// can tell the page is ready when aria-busy goes away.
render().finally(() => document.body.removeAttribute("aria-busy"));
