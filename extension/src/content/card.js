// The card shown on hover or keyboard focus of a mark: category, message, suggestion, and
// "Apply" and "Dismiss". It lives in its own shadow root; its events never reach the site, and
// pressing its buttons does not move focus out of the editor.
(function () {
  "use strict";
  const SafePost = (globalThis.SafePost = globalThis.SafePost || {});
  const t = (k, s) => SafePost.t(k, s);

  const CSS = `
    :host { all: initial; }
    .card { position: fixed; z-index: 2147483001; max-width: 340px; min-width: 220px; box-sizing: border-box;
            font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #101828; background: #fff;
            border: 1px solid #d0d5dd; border-radius: 10px; box-shadow: 0 8px 24px rgba(16,24,40,.18); padding: 10px 12px; }
    .head { display: flex; gap: 6px; align-items: center; margin-bottom: 4px; font-weight: 650; }
    .sev { font-size: 11px; font-weight: 600; border-radius: 6px; padding: 1px 6px; color: #fff; }
    .sev.block { background: #b42318; } .sev.warn { background: #b54708; } .sev.info { background: #1d4ed8; }
    .rule { color: #667085; font: 11px ui-monospace, monospace; margin-top: 6px; }
    .fix { margin-top: 6px; color: #067647; }
    .actions { display: flex; gap: 8px; margin-top: 10px; }
    button { font: inherit; font-weight: 600; border-radius: 6px; padding: 4px 10px; cursor: pointer; border: 1px solid #d0d5dd; background: #fff; color: #344054; }
    button.primary { background: #0f766e; border-color: #0f766e; color: #fff; }
    button:focus-visible { outline: 2px solid #2e90fa; outline-offset: 2px; }
    @media (prefers-color-scheme: dark) {
      .card { background: #1d2939; color: #f2f4f7; border-color: #475467; }
      button { background: #344054; color: #f2f4f7; border-color: #475467; }
      .rule { color: #98a2b3; } .fix { color: #75e0a7; }
    }
  `;

  let host = null;
  let current = null; // { box, finding, onApply, onDismiss, focused }
  let hovered = false;

  function ensureHost() {
    if (host && host.isConnected) return host;
    host = document.createElement("safepost-card");
    const shadow = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = CSS;
    const card = document.createElement("div");
    card.className = "card";
    card.setAttribute("role", "dialog");
    card.hidden = true;
    shadow.append(style, card);
    // Keep the site out of our events, and keep focus (and the caret) in the editor on press.
    for (const type of ["click", "mousedown", "mouseup", "pointerdown", "pointerup", "keydown", "keyup", "keypress", "input", "focusin", "focusout"]) {
      host.addEventListener(type, (e) => e.stopPropagation());
    }
    for (const type of ["mousedown", "pointerdown"]) {
      host.addEventListener(type, (e) => e.preventDefault());
    }
    host.addEventListener("mouseenter", () => (hovered = true));
    host.addEventListener("mouseleave", () => {
      hovered = false;
      if (current && !current.focused) setTimeout(() => !hovered && current && !current.focused && hide(), 200);
    });
    // A press anywhere else closes the card, so it never sits over the editor.
    document.addEventListener(
      "pointerdown",
      (e) => {
        if (current && !e.composedPath().includes(host)) hide();
      },
      true,
    );
    shadow.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        const box = current && current.box;
        hide();
        if (box) box.el.focus();
      }
    });
    document.documentElement.appendChild(host);
    return host;
  }

  function fixText(s) {
    if (s === null || s === undefined) return t("noFix");
    if (s === "") return t("removeIt");
    return t("replaceWith", [s.length > 80 ? s.slice(0, 77) + "…" : s]);
  }

  /** Shows the card for a finding under `rect` (viewport coordinates). */
  function show(rect, finding, { box, onApply, onDismiss, focus }) {
    const shadow = ensureHost().shadowRoot;
    const card = shadow.querySelector(".card");
    card.textContent = "";
    const head = document.createElement("div");
    head.className = "head";
    const sev = document.createElement("span");
    sev.className = "sev " + finding.severity;
    sev.textContent = t("severity_" + finding.severity);
    const cat = document.createElement("span");
    cat.textContent = finding.category;
    head.append(sev, cat);
    const msg = document.createElement("div");
    msg.className = "msg";
    msg.textContent = finding.message;
    const fix = document.createElement("div");
    fix.className = "fix";
    fix.textContent = fixText(finding.suggestion);
    const rule = document.createElement("div");
    rule.className = "rule";
    rule.textContent = finding.rule;
    const actions = document.createElement("div");
    actions.className = "actions";
    if (finding.suggestion !== null && finding.suggestion !== undefined) {
      const apply = document.createElement("button");
      apply.className = "primary";
      apply.textContent = t("apply");
      apply.setAttribute("data-action", "apply");
      apply.addEventListener("click", () => {
        hide();
        onApply();
      });
      actions.append(apply);
    }
    const dismiss = document.createElement("button");
    dismiss.textContent = t("dismiss");
    dismiss.setAttribute("data-action", "dismiss");
    dismiss.addEventListener("click", () => {
      hide();
      onDismiss();
    });
    actions.append(dismiss);
    card.setAttribute("aria-label", finding.category + ": " + finding.message);
    card.append(head, msg, fix, actions, rule);
    card.hidden = false;
    const w = Math.min(340, window.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - w - 8));
    const below = rect.bottom + 6;
    card.style.left = left + "px";
    card.style.top = (below + 160 > window.innerHeight ? Math.max(8, rect.top - 170) : below) + "px";
    current = { box, finding, onApply, onDismiss, focused: !!focus };
    if (focus) (actions.querySelector("button") || card).focus();
  }

  function hide() {
    if (!host) return;
    const card = host.shadowRoot.querySelector(".card");
    card.hidden = true;
    current = null;
  }

  function isOpenFor(box, finding) {
    return !!current && current.box === box && (!finding || (current.finding.start === finding.start && current.finding.rule === finding.rule));
  }

  /** Whether a viewport point is over the card. */
  function contains(x, y) {
    if (!host || !current) return false;
    const r = host.shadowRoot.querySelector(".card").getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  SafePost.card = { show, hide, isOpenFor, contains, get open() { return current; }, get hovered() { return hovered; } };
})();
