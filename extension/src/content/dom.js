// DOM helpers that see through open shadow roots.
(function () {
  "use strict";
  const SafePost = (globalThis.SafePost = globalThis.SafePost || {});

  /** Every element under `root` (document or shadow root) matching `selector`, including
   * inside nested open shadow roots. */
  function deepQueryAll(root, selector, out = []) {
    root.querySelectorAll(selector).forEach((e) => out.push(e));
    const walker = (root.ownerDocument || root).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.currentNode; n; n = walker.nextNode()) {
      if (n.shadowRoot && !isOurs(n)) deepQueryAll(n.shadowRoot, selector, out);
    }
    return out;
  }

  /** All open shadow roots under `root`. */
  function shadowRoots(root, out = []) {
    const walker = (root.ownerDocument || root).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.currentNode; n; n = walker.nextNode()) {
      if (n.shadowRoot && !isOurs(n)) {
        out.push(n.shadowRoot);
        shadowRoots(n.shadowRoot, out);
      }
    }
    return out;
  }

  /** The closest ancestor matching `selector`, crossing shadow-root boundaries upward. */
  function closestComposed(el, selector) {
    for (let n = el; n; ) {
      if (n.nodeType === 1) {
        try {
          if (n.matches(selector)) return n;
        } catch (e) {
          return null;
        }
      }
      n = n.parentNode || (n.host !== undefined ? n.host : null);
      if (n && n.nodeType === 11 && n.host) n = n.host;
    }
    return null;
  }

  /** Whether `a` contains `b`, crossing shadow roots. */
  function containsComposed(a, b) {
    for (let n = b; n; n = n.parentNode || n.host) {
      if (n === a) return true;
    }
    return false;
  }

  const OUR_TAGS = new Set(["SAFEPOST-INDICATOR", "SAFEPOST-GUARD", "SAFEPOST-CARD", "SAFEPOST-MIRROR"]);
  function isOurs(el) {
    return !!el && el.nodeType === 1 && OUR_TAGS.has(el.tagName);
  }

  const SKIP_INPUT_TYPES = new Set(["password", "email", "number", "tel", "url", "search", "date", "time", "datetime-local", "month", "week", "color", "file", "range", "checkbox", "radio", "hidden", "submit", "button", "reset", "image"]);

  /** The editable root for an element: a textarea, a text input, or the outermost
   * contenteditable element. Null when the element is not a compose box. */
  function editableRoot(el) {
    if (!el || el.nodeType !== 1 || isOurs(el)) return null;
    if (el.tagName === "TEXTAREA") return el;
    if (el.tagName === "INPUT") return SKIP_INPUT_TYPES.has((el.type || "text").toLowerCase()) ? null : el;
    if (!el.isContentEditable) return null;
    let root = el;
    while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
    return root;
  }

  /** Whether an editable element should be watched: not disabled, not read-only, not a
   * combobox or search field, not opted out, and big enough to be a compose box. */
  function watchable(el, adapter) {
    if (!el || !el.isConnected) return false;
    if (el.disabled || el.readOnly || el.getAttribute("aria-disabled") === "true" || el.getAttribute("aria-readonly") === "true") return false;
    const role = (el.getAttribute("role") || "").toLowerCase();
    if (role === "combobox" || role === "searchbox" || role === "spinbutton") return false;
    if (el.getAttribute("data-safepost") === "off" || el.getAttribute("data-enable-grammarly") === "false") return false;
    if (el.tagName === "INPUT" && (el.getAttribute("aria-autocomplete") === "list" || el.autocomplete === "username")) return false;
    for (const sel of adapter.ignore || []) {
      try {
        if (el.matches(sel) || closestComposed(el, sel)) return false;
      } catch (e) {
        /* a bad selector in the table must not break the page */
      }
    }
    const r = el.getBoundingClientRect();
    return r.width >= 40 && r.height >= 12;
  }

  SafePost.dom = { deepQueryAll, shadowRoots, closestComposed, containsComposed, isOurs, editableRoot, watchable };
})();
