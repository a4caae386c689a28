// One watched compose box: reads its text as the user types (debounced), asks the background
// to scan it, and shows the result (indicator, marks, card). It never changes the editor's DOM
// or the user's text, except through the editor's own input path when the user clicks "Apply".
(function () {
  "use strict";
  const SafePost = (globalThis.SafePost = globalThis.SafePost || {});
  const { text: T, dom: D } = SafePost;
  const DEBOUNCE_MS = 150;

  class Box {
    constructor(el, adapter, app) {
      this.el = el;
      this.adapter = adapter;
      this.app = app;
      this.snap = { text: "", segs: null };
      this.scannedText = null;
      this.findings = [];
      this.shown = [];
      this.account = "unknown";
      this.unavailable = false;
      this.dismissed = new Set();
      this.composing = false;
      this.timer = 0;
      this.seq = 0;
      this.bypass = false;
      this.indicator = SafePost.indicator.create(el);
      this.marks = new SafePost.Marks(el);
      this.context = this.computeContext();
      this.listen();
      this.place();
      this.schedule(0);
    }

    computeContext() {
      // A page may declare the context itself: data-safepost-context="review_reply".
      const declared = D.closestComposed(this.el, "[data-safepost-context]");
      const CONTEXTS = ["post", "comment", "reply", "review_reply", "bio", "dm"];
      if (declared && CONTEXTS.includes(declared.getAttribute("data-safepost-context"))) return declared.getAttribute("data-safepost-context");
      for (const rule of this.adapter.contexts || []) {
        try {
          if (this.el.matches(rule.within) || D.closestComposed(this.el, rule.within)) return rule.context;
        } catch (e) {
          /* bad selector: skip the rule */
        }
      }
      return this.adapter.context || "post";
    }

    listen() {
      const el = this.el;
      const on = (type, fn, opts) => {
        el.addEventListener(type, fn, opts);
        (this.off = this.off || []).push(() => el.removeEventListener(type, fn, opts));
      };
      on("input", () => {
        if (!this.composing) this.schedule();
        SafePost.card.hide();
      });
      on("compositionstart", () => (this.composing = true));
      on("compositionend", () => {
        this.composing = false;
        this.schedule();
      });
      on("paste", () => this.schedule());
      on("cut", () => this.schedule());
      on("scroll", () => this.place(), { passive: true });
      on("mousemove", (e) => this.hover(e), { passive: true });
      on("mouseleave", (e) => {
        if (!SafePost.card.contains(e.clientX, e.clientY)) setTimeout(() => this.maybeHideCard(), 250);
      });
      on("keyup", (e) => this.caretMoved(e));
      on("click", () => this.caretMoved(null));
      on("keydown", (e) => {
        // Alt+Enter opens the card for the mark under the caret and moves focus into it.
        if (e.key === "Enter" && e.altKey && !e.isComposing) {
          const it = this.itemAtCaret();
          if (it) {
            e.preventDefault();
            e.stopPropagation();
            this.openCard(it, true);
          }
        } else if (e.key === "Escape" && SafePost.card.open && SafePost.card.open.box === this) {
          SafePost.card.hide();
        }
      });
      on("focus", () => this.place());
      if (typeof ResizeObserver === "function") {
        this.resizeObserver = new ResizeObserver(() => this.place());
        this.resizeObserver.observe(el);
      }
    }

    /** Scan `delay` ms after the last change. */
    schedule(delay = DEBOUNCE_MS) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.scan(), delay);
    }

    /** Reads the box and scans it if the text changed. Resolves when the result is shown. */
    async scan(force = false) {
      if (this.destroyed) return;
      if (!this.el.isConnected) return this.app.forget(this);
      const snap = T.read(this.el);
      if (!force && snap.text === this.scannedText && snap.text === this.snap.text) return;
      this.snap = snap;
      const seq = ++this.seq;
      const reply = await this.app.request({ type: "scan", text: snap.text, context: this.context, handles: this.app.handles() });
      // A newer scan is under way, or the box is gone (or was, and is watched by a new Box now).
      if (seq !== this.seq || this.destroyed || !this.el.isConnected) return;
      this.account = reply.account || "unknown";
      if (reply.error || !reply.result) {
        this.unavailable = true;
        this.findings = [];
      } else {
        this.unavailable = false;
        this.findings = reply.result.findings;
      }
      this.scannedText = snap.text;
      this.render();
    }

    render() {
      this.shown = this.findings.filter((f) => !this.dismissed.has(key(f)));
      SafePost.indicator.update(this.indicator, this.shown, this.account, this.unavailable);
      try {
        this.marks.render(this.snap, this.shown);
      } catch (e) {
        /* a layout we cannot mark is left unmarked, never broken */
      }
      this.place();
      this.app.reportStatus();
    }

    place() {
      if (!this.el.isConnected) return;
      SafePost.indicator.place(this.indicator, this.el);
      this.marks.reposition();
    }

    /** After the page moved the box or re-rendered around it: our nodes go back next to it, and
     * marks whose ranges the move collapsed are drawn again (same text, same findings). */
    revive() {
      if (this.destroyed) return;
      this.place();
      if (!this.marks.stale()) return;
      const snap = T.read(this.el);
      if (snap.text !== this.scannedText) return; // a scan is due anyway
      this.snap = snap;
      this.render();
    }

    hover(e) {
      const it = this.marks.findingAt(e.clientX, e.clientY, this.snap);
      clearTimeout(this.hideTimer);
      if (it) this.openCard(it, false);
      else if (SafePost.card.open && SafePost.card.open.box === this && !SafePost.card.open.focused) {
        // Off the mark: close soon, unless the pointer reaches the card first.
        this.hideTimer = setTimeout(() => this.maybeHideCard(), 200);
      }
    }

    maybeHideCard() {
      const open = SafePost.card.open;
      if (open && open.box === this && !open.focused && !SafePost.card.hovered && !this.caretOnMark()) SafePost.card.hide();
    }

    itemAtCaret() {
      const off = T.caretOffset(this.el, this.snap);
      if (off < 0) return null;
      return this.marks.items.find((it) => off >= it.finding.start && off <= it.finding.end) || null;
    }

    caretOnMark() {
      return !!this.itemAtCaret();
    }

    caretMoved(e) {
      if (e && (e.key === "Enter" || e.key === "Escape")) return;
      const it = this.itemAtCaret();
      if (it) this.openCard(it, false);
      else if (SafePost.card.open && SafePost.card.open.box === this) SafePost.card.hide();
    }

    openCard(it, focus) {
      if (SafePost.card.isOpenFor(this, it.finding) && !focus) return;
      SafePost.card.show(this.marks.rectOf(it), it.finding, {
        box: this,
        focus,
        onApply: () => this.apply(it.finding),
        onDismiss: () => this.dismiss(it.finding),
      });
    }

    dismiss(f) {
      this.dismissed.add(key(f));
      this.render();
      this.el.focus();
    }

    /** Replaces a finding's text with its suggestion through the editor's own input path, so
     * the editor's state (React, Draft.js, Lexical, ProseMirror) and its undo stay right. */
    apply(f) {
      const snap = T.read(this.el);
      if (snap.text.slice(f.start, f.end) !== f.text) {
        // The text moved since the scan: rescan instead of editing the wrong place.
        this.scan(true);
        return false;
      }
      const replacement = f.suggestion || "";
      this.el.focus();
      let ok = false;
      if (T.isField(this.el)) {
        this.el.setSelectionRange(f.start, f.end);
        ok = replacement ? document.execCommand("insertText", false, replacement) : document.execCommand("delete");
        if (!ok) {
          this.el.setRangeText(replacement, f.start, f.end, "end");
          this.el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: replacement }));
          ok = true;
        }
      } else {
        const r = T.range(snap, f.start, f.end);
        if (!r) return false;
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(r);
        ok = replacement ? document.execCommand("insertText", false, replacement) : document.execCommand("delete");
        if (!ok) {
          // Editors that handle beforeinput themselves (some Lexical and ProseMirror builds).
          const dt = new DataTransfer();
          dt.setData("text/plain", replacement);
          this.el.dispatchEvent(new InputEvent("beforeinput", { bubbles: true, cancelable: true, inputType: "insertReplacementText", dataTransfer: dt, data: replacement, targetRanges: [new StaticRange(r)] }));
        }
      }
      this.schedule(0);
      return ok;
    }

    /** Findings that stop a submit under the current policy. */
    blocking(enforcement) {
      const list = enforcement === "block" ? this.findings : this.shown;
      return list.filter((f) => f.severity === "block");
    }

    /** Whether the last scan covers the box's current text. */
    fresh() {
      return T.read(this.el).text === this.scannedText;
    }

    /** Puts the caret at the first mark (after "Edit post"). */
    focusFirstMark() {
      const first = [...this.shown].filter((f) => f.severity === "block").sort((a, b) => a.start - b.start)[0] || this.shown[0];
      this.el.focus();
      if (!first) return;
      if (T.isField(this.el)) {
        this.el.setSelectionRange(first.start, first.end);
      } else {
        const r = T.range(this.snap, first.start, first.end);
        if (r) {
          const sel = window.getSelection();
          sel.removeAllRanges();
          sel.addRange(r);
        }
      }
    }

    destroy() {
      this.destroyed = true;
      clearTimeout(this.timer);
      (this.off || []).forEach((f) => f());
      if (this.resizeObserver) this.resizeObserver.disconnect();
      this.marks.destroy();
      this.indicator.remove();
      if (SafePost.card.open && SafePost.card.open.box === this) SafePost.card.hide();
    }
  }

  function key(f) {
    return f.rule + "\u0000" + f.text;
  }

  SafePost.Box = Box;
})();
