// <safepost-guard role="alertdialog">: shown at submit when a post has blocking findings (or
// when the scanner is unavailable and the policy's failMode is closed). "Post anyway" is absent
// when enforcement is block. Modal: the page cannot be used until the user chooses.
(function () {
  "use strict";
  const SafePost = (globalThis.SafePost = globalThis.SafePost || {});
  const t = (k, s) => SafePost.t(k, s);

  const CSS = `
    :host { all: initial; }
    .backdrop { position: fixed; inset: 0; z-index: 2147483002; background: rgba(16,24,40,.45); display: flex; align-items: center; justify-content: center; }
    .dialog { display: flex; flex-direction: column; max-height: calc(100vh - 16px); max-width: 460px; width: calc(100% - 32px); box-sizing: border-box; background: #fff; color: #101828; border-radius: 12px;
              box-shadow: 0 20px 40px rgba(16,24,40,.3); padding: 18px 20px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
    h2 { margin: 0 0 6px; font-size: 16px; }
    .body { overflow: auto; min-height: 0; flex: 1 1 auto; }
    ul { margin: 8px 0 0; padding-left: 18px; } li { margin: 4px 0; } .cat { font-weight: 650; }
    .actions { display: flex; gap: 10px; justify-content: flex-end; margin-top: 16px; }
    button { font: inherit; font-weight: 600; border-radius: 8px; padding: 6px 14px; cursor: pointer; border: 1px solid #d0d5dd; background: #fff; color: #344054; }
    button.primary { background: #0f766e; border-color: #0f766e; color: #fff; }
    button:focus-visible { outline: 2px solid #2e90fa; outline-offset: 2px; }
    @media (prefers-color-scheme: dark) {
      .dialog { background: #1d2939; color: #f2f4f7; } button { background: #344054; color: #f2f4f7; border-color: #475467; }
    }
  `;

  let open = null;

  /**
   * Shows the guard. Resolves "edit" or "post".
   * @param {{ findings: object[], enforcement: string, unavailable: boolean }} opts
   */
  function ask({ findings, enforcement, unavailable }) {
    if (open) return open.promise;
    const blocking = findings.filter((f) => f.severity === "block");
    const cats = [...new Set(blocking.map((f) => f.category))].sort();
    const el = document.createElement("safepost-guard");
    el.setAttribute("role", "alertdialog");
    el.setAttribute("aria-modal", "true");
    el.setAttribute("data-categories", cats.join(","));
    el.setAttribute("aria-label", t("guardTitle"));
    const shadow = el.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = CSS;
    const backdrop = document.createElement("div");
    backdrop.className = "backdrop";
    const dialog = document.createElement("div");
    dialog.className = "dialog";
    const h = document.createElement("h2");
    h.textContent = t("guardTitle");
    const p = document.createElement("p");
    p.textContent = unavailable ? t("guardUnavailable") : enforcement === "block" ? t("guardBlocked") : t("guardConfirm");
    const list = document.createElement("ul");
    const seen = new Set();
    const firstPerCategory = blocking.filter((f) => !seen.has(f.category) && seen.add(f.category));
    for (const f of firstPerCategory.slice(0, 6)) {
      const li = document.createElement("li");
      const c = document.createElement("span");
      c.className = "cat";
      c.textContent = f.category + ": ";
      li.append(c, f.message);
      list.append(li);
    }
    const actions = document.createElement("div");
    actions.className = "actions";
    const edit = document.createElement("button");
    edit.className = "primary";
    edit.textContent = t("editPost");
    edit.setAttribute("data-action", "edit");
    actions.append(edit);
    let post = null;
    if (enforcement !== "block" || unavailable) {
      post = document.createElement("button");
      post.textContent = t("postAnyway");
      post.setAttribute("data-action", "post");
      actions.append(post);
    }
    const body = document.createElement("div");
    body.className = "body";
    body.append(p, list);
    dialog.append(h, body, actions);
    backdrop.append(dialog);
    shadow.append(style, backdrop);
    for (const type of ["click", "mousedown", "mouseup", "pointerdown", "pointerup", "keydown", "keyup", "keypress", "focusin", "focusout", "input"]) {
      el.addEventListener(type, (e) => e.stopPropagation());
    }
    const previous = document.activeElement;
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    const close = (choice) => {
      el.remove();
      document.removeEventListener("focusin", trap, true);
      open = null;
      resolve(choice);
    };
    // Keep keyboard focus inside the dialog while it is open.
    const trap = (e) => {
      if (!SafePost.dom.containsComposed(el, e.composedPath()[0])) {
        e.stopPropagation();
        edit.focus();
      }
    };
    document.addEventListener("focusin", trap, true);
    shadow.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        close("edit");
      } else if (e.key === "Tab") {
        const buttons = [...actions.querySelectorAll("button")];
        const i = buttons.indexOf(shadow.activeElement);
        e.preventDefault();
        buttons[(i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length].focus();
      }
    });
    edit.addEventListener("click", () => close("edit"));
    if (post) post.addEventListener("click", () => close("post"));
    document.documentElement.appendChild(el);
    edit.focus();
    open = { el, promise, previous };
    return promise;
  }

  SafePost.guard = { ask, get isOpen() { return !!open; } };
})();
