// The content script: finds the compose boxes of the page (through the site adapter table,
// open shadow roots and same-origin frames, including boxes that appear later), talks to the
// background scanner over a port, and guards submits. If anything here fails, the page is
// left as it was.
(function () {
  "use strict";
  const SafePost = globalThis.SafePost;
  if (!SafePost || SafePost.started) return;
  SafePost.started = true;
  const { platform: P, dom: D, sites } = SafePost;

  const host = location.hostname;
  const adapter = sites.forHost(host);
  const boxes = new Map(); // element -> Box
  const observed = new WeakSet();
  let config = null; // from the background: { site, enforcement, failMode, scannerAvailable }
  let port = null;
  let nextId = 1;
  const pending = new Map();

  // ---- background connection -------------------------------------------------------------

  function connect() {
    port = P.api.runtime.connect({ name: "safepost" });
    port.onMessage.addListener((msg) => {
      if (msg.type === "config") applyConfig(msg);
      else if (msg.type === "result" && pending.has(msg.id)) {
        pending.get(msg.id)(msg);
        pending.delete(msg.id);
      }
    });
    port.onDisconnect.addListener(() => {
      port = null;
      // The service worker went away: answer what was asked with "unavailable"; the next
      // request reconnects (and restarts it).
      for (const [id, resolve] of pending) resolve({ type: "result", id, error: "disconnected" });
      pending.clear();
    });
    port.postMessage({ type: "hello" });
  }

  function request(msg, retry = true) {
    return new Promise((resolve) => {
      try {
        if (!port) connect();
        const id = nextId++;
        pending.set(id, (reply) => {
          if (reply.error === "disconnected" && retry) resolve(request(msg, false));
          else resolve(reply);
        });
        port.postMessage({ ...msg, id });
      } catch (e) {
        resolve({ type: "result", error: String(e) });
      }
    });
  }

  function applyConfig(msg) {
    const wasEnabled = config && config.site.enabled;
    config = msg;
    if (!config.site.enabled) {
      for (const b of boxes.values()) b.destroy();
      boxes.clear();
      reportStatus();
      return;
    }
    if (!wasEnabled) start();
    else for (const b of boxes.values()) b.scan(true);
  }

  // ---- the signed-in account ------------------------------------------------------------

  let handleCache = { at: 0, value: [] };
  /** Everything the page shows of the signed-in account (name, @handle, email). */
  function readHandles() {
    let doc = document;
    try {
      if (window.top !== window && window.top.document) doc = window.top.document;
    } catch (e) {
      /* cross-origin frame: only its own document */
    }
    const out = [];
    for (const spec of adapter.account || []) {
      try {
        const el = D.deepQueryAll(doc, spec.selector)[0];
        if (!el) continue;
        let v = spec.attr ? el.getAttribute(spec.attr) : el.textContent;
        if (!v) continue;
        v = v.trim().replace(/\s+/g, " ");
        if (spec.pattern) {
          const m = v.match(new RegExp(spec.pattern));
          if (!m) continue;
          v = (m[1] || m[0]).trim();
        }
        if (spec.prefix && !v.startsWith(spec.prefix)) v = spec.prefix + v.replace(/^\//, "");
        if (v && v.length <= 80 && !out.includes(v)) out.push(v);
      } catch (e) {
        /* a selector that does not fit this page */
      }
    }
    return out;
  }
  function handles() {
    const now = Date.now();
    if (now - handleCache.at > 2000) handleCache = { at: now, value: readHandles() };
    return handleCache.value;
  }

  // ---- finding boxes ----------------------------------------------------------------------

  const CANDIDATES = 'textarea, input:not([type]), input[type="text"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

  function consider(el) {
    const root = D.editableRoot(el);
    if (!root || boxes.has(root) || !D.watchable(root, adapter)) return null;
    try {
      const b = new SafePost.Box(root, adapter, app);
      boxes.set(root, b);
      return b;
    } catch (e) {
      return null;
    }
  }

  function discover() {
    if (!config || !config.site.enabled) return;
    const selector = [CANDIDATES, ...(adapter.boxes || [])].join(", ");
    for (const el of D.deepQueryAll(document, selector)) consider(el);
    for (const root of D.shadowRoots(document)) observe(root);
    // Boxes that are gone are forgotten; the others get back what a re-render around them undid.
    for (const [el, b] of boxes) {
      if (!el.isConnected) forget(b);
      else b.revive();
    }
  }

  let discoverTimer = 0;
  function scheduleDiscover() {
    if (discoverTimer) return;
    discoverTimer = setTimeout(() => {
      discoverTimer = 0;
      discover();
    }, 200);
  }

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.addedNodes.length || r.removedNodes.length) {
        scheduleDiscover();
        return;
      }
    }
  });
  function observe(root) {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }

  function forget(b) {
    b.destroy();
    if (boxes.get(b.el) === b) boxes.delete(b.el);
    reportStatus();
  }

  // ---- submit guard -----------------------------------------------------------------------

  /** The box that a submit control belongs to: the watched box in the nearest ancestor. */
  function boxFor(control) {
    let best = null;
    for (let n = control; n && !best; n = n.parentNode || n.host) {
      if (n.nodeType !== 1 && n.nodeType !== 11) continue;
      for (const b of boxes.values()) {
        if (b.el !== control && D.containsComposed(n, b.el)) {
          best = b;
          break;
        }
      }
    }
    return best;
  }

  function isSubmitControl(el) {
    if (!el || el.nodeType !== 1) return false;
    for (const sel of adapter.submit || []) {
      try {
        if (el.matches(sel)) return true;
      } catch (e) {
        /* skip */
      }
    }
    const tag = el.tagName;
    const isButton = tag === "BUTTON" || el.getAttribute("role") === "button" || (tag === "INPUT" && /^(submit|button)$/i.test(el.type));
    if (!isButton) return false;
    const label = (el.getAttribute("aria-label") || el.value || el.textContent || "").trim().toLowerCase();
    return (adapter.submitText || []).includes(label);
  }

  function submitControlIn(path) {
    for (const el of path) {
      if (el === window || el === document) break;
      if (D.isOurs(el)) return null;
      if (isSubmitControl(el)) return el;
    }
    return null;
  }

  function needsGuard(b) {
    if (!config) return false;
    if (!config.scannerAvailable || b.unavailable) return config.failMode === "closed";
    if (config.enforcement === "warn") return false;
    return b.blocking(config.enforcement).length > 0;
  }

  /** Decides about a submit of box `b`; `resubmit()` sends the post after "Post anyway". */
  async function guardSubmit(b, resubmit) {
    if (!b.fresh()) await b.scan(true);
    if (!needsGuard(b)) return resubmit();
    const choice = await SafePost.guard.ask({
      findings: b.findings,
      enforcement: config.enforcement,
      unavailable: !config.scannerAvailable || b.unavailable,
    });
    if (choice === "post") return resubmit();
    b.focusFirstMark();
  }

  function onClick(e) {
    if (!config || !config.site.enabled || !e.isTrusted) return;
    const control = submitControlIn(e.composedPath());
    if (!control) return;
    const b = boxFor(control);
    if (!b) return;
    if (b.bypass) {
      b.bypass = false; // "Post anyway" lets exactly one submit through
      return;
    }
    if (b.fresh() && !needsGuard(b)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    guardSubmit(b, () => {
      b.bypass = true;
      control.click();
      setTimeout(() => (b.bypass = false), 0);
    });
  }

  function keySubmits(e, b) {
    if (e.key !== "Enter" || e.isComposing || e.keyCode === 229) return false;
    for (const k of adapter.keys || []) {
      if (k === "Mod+Enter" && (e.ctrlKey || e.metaKey) && !e.altKey) return true;
      if (typeof k === "object" && k.key === "Enter" && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && (!k.in || k.in === b.context)) return true;
    }
    // A single-line input inside a form submits the form on Enter.
    return b.el.tagName === "INPUT" && !!b.el.form && !e.shiftKey;
  }

  function onKeydown(e) {
    if (!config || !config.site.enabled || !e.isTrusted) return;
    const target = e.composedPath()[0];
    const root = D.editableRoot(target);
    const b = root && boxes.get(root);
    if (!b || !keySubmits(e, b)) return;
    if (b.bypass) {
      b.bypass = false;
      return;
    }
    if (b.fresh() && !needsGuard(b)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    guardSubmit(b, () => {
      b.bypass = true;
      const control = findSubmitNear(b);
      if (control) control.click();
      else if (b.el.form) b.el.form.requestSubmit();
      else b.el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", ctrlKey: e.ctrlKey, metaKey: e.metaKey, bubbles: true, cancelable: true }));
      setTimeout(() => (b.bypass = false), 0);
    });
  }

  function onSubmit(e) {
    if (!config || !config.site.enabled) return;
    const form = e.composedPath()[0];
    if (!form || form.tagName !== "FORM") return;
    const b = [...boxes.values()].find((x) => form.contains(x.el));
    if (!b) return;
    if (b.bypass) {
      b.bypass = false;
      return;
    }
    if (b.fresh() && !needsGuard(b)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    guardSubmit(b, () => {
      b.bypass = true;
      form.requestSubmit();
      setTimeout(() => (b.bypass = false), 0);
    });
  }

  /** The submit control closest to a box (same container). */
  function findSubmitNear(b) {
    for (let n = b.el.parentNode; n; n = n.parentNode || n.host) {
      if (n.nodeType !== 1 && n.nodeType !== 11) continue;
      const all = n.querySelectorAll ? n.querySelectorAll("button, [role='button'], input[type='submit']") : [];
      for (const el of all) if (isSubmitControl(el) && !el.disabled) return el;
      if (n === document.body) break;
    }
    return null;
  }

  // ---- status for the popup ---------------------------------------------------------------

  let statusTimer = 0;
  function reportStatus() {
    if (window !== window.top) return;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      const all = [...boxes.values()];
      const findings = all.flatMap((b) => b.shown);
      const order = { none: 0, info: 1, warn: 2, block: 3 };
      const severity = findings.reduce((m, f) => (order[f.severity] > order[m] ? f.severity : m), "none");
      try {
        if (!port) connect();
        port.postMessage({
          type: "status",
          status: {
            boxes: all.length,
            findings: findings.length,
            severity,
            categories: [...new Set(findings.map((f) => f.category))].sort(),
            account: all[0] ? all[0].account : "unknown",
            handles: handles(),
            enabled: !!(config && config.site.enabled),
          },
        });
      } catch (e) {
        /* the popup just shows less */
      }
    }, 200);
  }

  // ---- start ------------------------------------------------------------------------------

  const app = { request, handles, forget, reportStatus, get config() { return config; } };
  SafePost.app = app;

  let listening = false;
  function start() {
    if (!listening) {
      listening = true;
      window.addEventListener("click", onClick, true);
      window.addEventListener("keydown", onKeydown, true);
      window.addEventListener("submit", onSubmit, true);
      window.addEventListener(
        "focusin",
        (e) => {
          if (config && config.site.enabled) {
            const b = consider(e.composedPath()[0]);
            if (b) reportStatus();
          }
        },
        true,
      );
      let raf = 0;
      const reposition = () => {
        if (raf) return;
        raf = requestAnimationFrame(() => {
          raf = 0;
          for (const b of boxes.values()) b.place();
        });
      };
      window.addEventListener("scroll", reposition, { capture: true, passive: true });
      window.addEventListener("resize", reposition, { passive: true });
      observe(document);
    }
    discover();
    reportStatus();
  }

  try {
    connect();
  } catch (e) {
    /* extension context gone (reloaded): leave the page alone */
  }
})();
