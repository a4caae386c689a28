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

async function render() {
  const state = await P.api.runtime.sendMessage({ type: "getState" });
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
    li.append(label);
    if (st.locked) {
      const lock = document.createElement("span");
      lock.className = "locked";
      lock.textContent = t("popupLocked");
      li.append(lock);
    }
    list.append(li);
  }
  $("reset").disabled = !!state.policy.lockSites;
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
