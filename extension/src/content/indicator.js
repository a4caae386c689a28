// <safepost-indicator>: one per watched box, with the attributes of the contract (section 3)
// and its visuals in its own shadow root. Content scripts cannot register custom elements, so
// the element is an undefined custom element with an attached shadow root.
(function () {
  "use strict";
  const SafePost = (globalThis.SafePost = globalThis.SafePost || {});
  const t = (k, s) => SafePost.t(k, s);

  const CSS = `
    :host { all: initial; position: fixed; z-index: 2147483000; pointer-events: none; }
    .badge { pointer-events: auto; font: 600 11px/16px system-ui, sans-serif; min-width: 16px; height: 16px;
             padding: 0 4px; border-radius: 8px; text-align: center; color: #fff; background: #0f766e;
             box-shadow: 0 1px 3px rgba(0,0,0,.3); cursor: default; }
    .badge.block { background: #b42318; } .badge.warn { background: #b54708; } .badge.info { background: #1d4ed8; }
    .badge.none { background: #0f766e; opacity: .75; }
    .badge.unavailable { background: #475467; }
  `;

  function create(box) {
    const el = document.createElement("safepost-indicator");
    el.setAttribute("role", "status");
    el.setAttribute("aria-live", "polite");
    el.setAttribute("data-findings", "0");
    el.setAttribute("data-categories", "");
    el.setAttribute("data-severity", "none");
    el.setAttribute("data-account", "unknown");
    el.setAttribute("aria-label", t("indicatorNone"));
    const shadow = el.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = CSS;
    const badge = document.createElement("div");
    badge.className = "badge none";
    badge.setAttribute("aria-hidden", "true");
    badge.textContent = "✓";
    shadow.append(style, badge);
    attach(el, box);
    return el;
  }

  /** Next to the box: its next sibling, in the same tree (document or shadow root). Also puts
   * the indicator back when the site's own re-render dropped it while keeping the box. */
  function attach(el, box) {
    if (!el.isConnected && box.isConnected && box.parentNode) box.parentNode.insertBefore(el, box.nextSibling);
  }

  /** Sets the contract's attributes from a scan result. */
  function update(el, findings, account, unavailable) {
    const cats = [...new Set(findings.map((f) => f.category))].sort();
    const order = { none: 0, info: 1, warn: 2, block: 3 };
    const sev = findings.reduce((m, f) => (order[f.severity] > order[m] ? f.severity : m), "none");
    el.setAttribute("data-findings", String(findings.length));
    el.setAttribute("data-categories", cats.join(","));
    el.setAttribute("data-severity", sev);
    el.setAttribute("data-account", account || "unknown");
    const label = unavailable ? t("indicatorUnavailable") : findings.length ? t("indicatorSome", [String(findings.length), t("severity_" + sev), cats.join(", ")]) : t("indicatorNone");
    el.setAttribute("aria-label", label);
    el.title = label;
    const badge = el.shadowRoot.querySelector(".badge");
    badge.className = "badge " + (unavailable ? "unavailable" : sev);
    badge.textContent = unavailable ? "!" : findings.length ? String(findings.length) : "✓";
  }

  /** Keeps the badge at the box's bottom-right corner. */
  function place(el, box) {
    attach(el, box);
    const r = box.getBoundingClientRect();
    const visible = r.width > 0 && r.height > 0;
    el.style.display = visible ? "" : "none";
    el.style.left = Math.round(r.right - 22) + "px";
    el.style.top = Math.round(r.bottom - 20) + "px";
  }

  SafePost.indicator = { create, update, place };
})();
