// The options page: the user's own site switches, and the effective policy as a table a
// non-engineer can read, with what IT set marked as such and any skipped policy entries.
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

function describe(key, policy) {
  const v = policy[key];
  switch (key) {
    case "enabledSites":
      return v ? v.join(", ") : t("builtInList");
    case "disabledSites":
    case "professionalAccounts":
    case "disabledRules":
      return v && v.length ? v.join(", ") : t("none");
    case "lockSites":
      return t(v ? "yes" : "no");
    case "enforcement":
      return t("enforcement_" + v);
    case "failMode":
      return t("failMode_" + v);
    case "customTerms":
    case "customPatterns":
      return String(v);
    case "orgIdentifiers":
      return Object.entries(v).filter(([, n]) => n).map(([k, n]) => `${k}: ${n}`).join(", ") || t("none");
    default:
      return JSON.stringify(v);
  }
}

const KEYS = ["enabledSites", "disabledSites", "lockSites", "enforcement", "professionalAccounts", "orgIdentifiers", "customTerms", "customPatterns", "disabledRules", "failMode"];

/** The last state drawn: the add-site form checks against it without waiting (it must ask
 * the browser for access in the click itself). */
let current = null;

const covered = (list, host) => list.some((m) => S.patternCovers(m, host));

/** A site outside the built-in list: whether SafePost may read it, with Allow or Remove. */
function accessCell(host, state, st) {
  const origin = S.originFor(host);
  const wrap = document.createElement("span");
  wrap.className = "access";
  if (!origin || covered(state.access.builtIn, S.hostOf(origin))) return wrap;
  const granted = covered(state.access.granted, S.hostOf(origin));
  const policyListed = (state.policy.enabledSites || []).some((p) => S.normHost(p).replace(/^\*\./, "") === S.hostOf(origin));
  const note = document.createElement("span");
  if (!granted) {
    note.className = "needs-access";
    note.textContent = t("optionsAccessNeeded");
    const allow = document.createElement("button");
    allow.type = "button";
    allow.textContent = t("optionsAllow");
    allow.setAttribute("aria-label", `${t("optionsAllow")} ${host}`);
    allow.onclick = () => {
      P.requestOrigins([origin]).then(() => render());
    };
    wrap.append(note, allow);
  } else if (!policyListed && !st.locked) {
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = t("optionsRemove");
    remove.setAttribute("aria-label", `${t("optionsRemove")} ${host}`);
    remove.onclick = async () => {
      await P.removeOrigins([origin]);
      await P.api.runtime.sendMessage({ type: "forgetSite", host });
      render();
    };
    wrap.append(remove);
  }
  return wrap;
}

/** "Add a site": checked at once, then the browser is asked for access to that site only. */
function addSite(event) {
  event.preventDefault();
  const input = $("add-host");
  const error = $("add-error");
  error.textContent = "";
  const origin = S.originFor(input.value);
  if (!origin) {
    error.textContent = t("optionsBadHost", [input.value.trim()]);
    return;
  }
  const host = S.hostOf(origin);
  const state = current;
  const st = S.siteState(host, state.policy, state.user, state.builtInSites);
  if (st.reason === "disabledByPolicy") {
    error.textContent = t("optionsAddBlocked", [host]);
    return;
  }
  const granted = covered(state.access.builtIn, host) ? Promise.resolve(true) : P.requestOrigins([origin]);
  granted.then(async (ok) => {
    if (!ok) {
      error.textContent = t("optionsAddDenied", [host]);
      return;
    }
    await P.api.runtime.sendMessage({ type: "setSite", host, enabled: true });
    input.value = "";
    render();
  });
}

async function render() {
  const state = await P.api.runtime.sendMessage({ type: "getState" });
  current = state;
  const managed = state.managed || {};
  const locked = new Set(S.lockedKeys(managed));

  const list = $("sites");
  list.textContent = "";
  const hosts = [...new Set([...(state.policy.enabledSites || state.builtInSites), ...Object.keys(state.user.sites || {})])];
  for (const host of hosts) {
    const st = S.siteState(host, state.policy, state.user, state.builtInSites);
    const li = document.createElement("li");
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.setAttribute("role", "switch");
    box.checked = st.enabled;
    box.disabled = st.locked;
    box.onchange = async () => {
      await P.api.runtime.sendMessage({ type: "setSite", host, enabled: box.checked });
      render();
    };
    const name = document.createElement("span");
    name.textContent = host;
    label.append(box, name);
    li.append(label, accessCell(host, state, st));
    if (st.locked) {
      const lock = document.createElement("span");
      lock.className = "locked";
      lock.textContent = t("popupLocked");
      li.append(lock);
    }
    list.append(li);
  }
  $("reset").disabled = !!state.policy.lockSites;
  for (const el of $("add").elements) el.disabled = !!state.policy.lockSites;
  $("add").onsubmit = addSite;
  $("reset").onclick = async () => {
    await P.api.runtime.sendMessage({ type: "resetSites" });
    render();
  };

  $("policy-none").hidden = Object.keys(managed).length > 0;
  const body = document.querySelector("#policy tbody");
  body.textContent = "";
  for (const key of KEYS) {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = t("key_" + key);
    const value = document.createElement("td");
    value.textContent = describe(key, state.policy);
    const source = document.createElement("td");
    source.textContent = locked.has(key) ? t("source_policy") : t("source_default");
    if (locked.has(key)) source.className = "locked";
    tr.append(th, value, source);
    body.append(tr);
  }
  const errors = $("errors");
  errors.textContent = "";
  for (const e of state.policyErrors.length ? state.policyErrors : [t("optionsNoErrors")]) {
    const li = document.createElement("li");
    li.textContent = e;
    errors.append(li);
  }
  const m = state.metrics || {};
  $("scanner").textContent = state.scannerAvailable
    ? `${t("optionsScannerOk")} (${m.loadMs ?? "?"} ms + ${m.warmUpMs ?? "?"} ms)`
    : t("popupUnavailable", [state.loadError || "?"]);
}

localize();
// aria-busy goes away once the first state is drawn (assistive technology and tests wait for it).
render().finally(() => document.body.removeAttribute("aria-busy"));
P.onStorageChanged(() => setTimeout(render, 100));
