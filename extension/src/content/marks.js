// Inline marks without touching the editor's DOM: the CSS Custom Highlight API for
// contenteditable editors (with a fallback of positioned underlines when the API is missing),
// and a mirror overlay for textareas and inputs, kept in step with scrolling and resizing.
(function () {
  "use strict";
  const SafePost = (globalThis.SafePost = globalThis.SafePost || {});
  const SEVERITIES = ["block", "warn", "info"];
  const COLORS = { block: "#d92d20", warn: "#dc6803", info: "#2e90fa" };
  // Words (identifiers, profanity) get a wavy underline; findings about a whole sentence
  // (disclosure, advice, claims) a dotted one, so the words inside them stay visible.
  const WORD_CATEGORIES = new Set(["NAME", "DATE", "AGE", "LOCATION", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE_ID", "URL", "IP", "OTHER_ID", "PROFANITY", "INSENSITIVE"]);
  const PRIORITY = { block: 6, warn: 4, info: 2 };
  const nameOf = (f) => "safepost-" + f.severity + (WORD_CATEGORIES.has(f.category) ? "" : "-context");
  const NAMES = SEVERITIES.flatMap((s) => ["safepost-" + s, "safepost-" + s + "-context"]);
  const HIGHLIGHT_CSS = SEVERITIES.map(
    (s) => `::highlight(safepost-${s}) { text-decoration: underline wavy ${COLORS[s]} 1.5px; text-decoration-skip-ink: none; text-underline-offset: 3px; }
            ::highlight(safepost-${s}-context) { text-decoration: underline dotted ${COLORS[s]} 1.5px; text-decoration-skip-ink: none; text-underline-offset: 3px; }`,
  ).join("\n");

  /** Ranges per box, per severity; the document's highlights are the union. */
  const ranges = new Map();
  const styledRoots = new WeakSet();
  const hasHighlights = () => typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function" && !globalThis.SAFEPOST_NO_HIGHLIGHT_API;

  function ensureHighlightStyle(box) {
    const root = box.getRootNode();
    if (root === document || styledRoots.has(root)) return;
    // Document style sheets do not reach into shadow trees: add the rules there.
    const style = document.createElement("style");
    style.setAttribute("data-safepost", "");
    style.textContent = HIGHLIGHT_CSS;
    root.appendChild(style);
    styledRoots.add(root);
  }

  function syncHighlights() {
    for (const name of NAMES) {
      const all = [];
      for (const per of ranges.values()) all.push(...(per[name] || []));
      if (all.length) {
        const h = new Highlight(...all);
        // Word marks above sentence marks, and block above warn above info.
        h.priority = PRIORITY[name.split("-")[1]] + (name.endsWith("-context") ? 0 : 1);
        CSS.highlights.set(name, h);
      } else CSS.highlights.delete(name);
    }
  }

  /** An overlay host of our own (fixed position, no pointer events) for drawn marks. */
  function overlayHost(box) {
    const host = document.createElement("safepost-mirror");
    host.style.cssText = "all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147482999;";
    const shadow = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = `
      .mirror { position: fixed; overflow: hidden; color: transparent; pointer-events: none; margin: 0; border-color: transparent !important; background: transparent !important; }
      .mirror mark { color: transparent; background: transparent; text-decoration: underline wavy 1.5px; text-decoration-skip-ink: none; text-underline-offset: 3px; }
      ${SEVERITIES.map((s) => `.mirror mark.${s} { text-decoration-color: ${COLORS[s]}; }`).join("\n")}
      .line { position: fixed; height: 0; border-bottom: 2px dotted; pointer-events: none; }
      ${SEVERITIES.map((s) => `.line.${s} { border-color: ${COLORS[s]}; }`).join("\n")}
    `;
    const layer = document.createElement("div");
    shadow.append(style, layer);
    if (box.parentNode) box.parentNode.insertBefore(host, box.nextSibling);
    return { host, layer };
  }

  const MIRROR_PROPS = ["boxSizing", "width", "height", "fontFamily", "fontSize", "fontWeight", "fontStyle", "fontVariant", "letterSpacing", "wordSpacing", "lineHeight", "textTransform", "textIndent", "textAlign", "direction", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderStyle", "tabSize", "whiteSpace", "overflowWrap", "wordBreak"];

  /** Marks for one box. `render(snapshot, findings)` redraws; `destroy()` removes them. */
  class Marks {
    constructor(box) {
      this.box = box;
      this.field = SafePost.text.isField(box);
      this.native = !this.field && hasHighlights();
      this.overlay = null;
      this.items = []; // [{ finding, range?, mark? }]
      if (this.native) ensureHighlightStyle(box);
    }

    render(snap, findings) {
      this.items = [];
      if (this.field) return this.renderMirror(snap, findings);
      if (this.native) {
        const per = {};
        for (const f of findings) {
          const r = SafePost.text.range(snap, f.start, f.end);
          if (!r) continue;
          (per[nameOf(f)] = per[nameOf(f)] || []).push(r);
          this.items.push({ finding: f, range: r });
        }
        ranges.set(this.box, per);
        syncHighlights();
        return;
      }
      // Fallback: positioned underlines under each range's client rects.
      for (const f of findings) {
        const r = SafePost.text.range(snap, f.start, f.end);
        if (r) this.items.push({ finding: f, range: r });
      }
      this.reposition();
    }

    renderMirror(snap, findings) {
      if (!this.overlay) this.overlay = overlayHost(this.box);
      this.reattach();
      const layer = this.overlay.layer;
      layer.textContent = "";
      if (!findings.length) return;
      const mirror = document.createElement("div");
      mirror.className = "mirror";
      const text = snap.text;
      let at = 0;
      for (const f of [...findings].sort((a, b) => a.start - b.start)) {
        if (f.start < at) continue;
        mirror.append(text.slice(at, f.start));
        const m = document.createElement("mark");
        m.className = f.severity;
        m.textContent = text.slice(f.start, f.end);
        mirror.append(m);
        this.items.push({ finding: f, mark: m });
        at = f.end;
      }
      mirror.append(text.slice(at) + "\u200b");
      layer.append(mirror);
      this.reposition();
    }

    /** Whether a move of the box's nodes collapsed the ranges the marks were drawn on. */
    stale() {
      return this.items.some((it) => it.range && (it.range.collapsed || !this.box.contains(it.range.commonAncestorContainer)));
    }

    /** Puts the overlay back next to the box if the site's re-render dropped it. */
    reattach() {
      const host = this.overlay && this.overlay.host;
      if (host && !host.isConnected && this.box.isConnected && this.box.parentNode) this.box.parentNode.insertBefore(host, this.box.nextSibling);
    }

    /** Follows the box after scrolling, resizing or layout changes. */
    reposition() {
      const box = this.box;
      this.reattach();
      if (this.field && this.overlay) {
        const mirror = this.overlay.layer.firstElementChild;
        if (!mirror) return;
        const cs = getComputedStyle(box);
        for (const p of MIRROR_PROPS) mirror.style[p] = cs[p];
        if (box.tagName === "INPUT") mirror.style.whiteSpace = "pre";
        else mirror.style.whiteSpace = "pre-wrap";
        const r = box.getBoundingClientRect();
        mirror.style.left = r.left + "px";
        mirror.style.top = r.top + "px";
        mirror.style.width = r.width + "px";
        mirror.style.height = r.height + "px";
        mirror.scrollTop = box.scrollTop;
        mirror.scrollLeft = box.scrollLeft;
        return;
      }
      if (!this.native && this.items.length) {
        if (!this.overlay) this.overlay = overlayHost(box);
        const layer = this.overlay.layer;
        layer.textContent = "";
        for (const it of this.items) {
          for (const rect of it.range.getClientRects()) {
            const line = document.createElement("div");
            line.className = "line " + it.finding.severity;
            line.style.left = rect.left + "px";
            line.style.top = rect.bottom - 1 + "px";
            line.style.width = rect.width + "px";
            layer.append(line);
          }
        }
      }
    }

    /** The finding drawn under a viewport point, if any. */
    findingAt(x, y, snap) {
      const inside = (rects) => [...rects].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 4);
      // The smallest mark under the point wins: a name inside a flagged sentence.
      let best = null;
      for (const it of this.items) {
        const hit = (it.mark && inside(it.mark.getClientRects())) || (it.range && inside(it.range.getClientRects()));
        if (hit && (!best || it.finding.end - it.finding.start < best.finding.end - best.finding.start)) best = it;
      }
      return best;
    }

    /** The viewport rectangle of a drawn finding. */
    rectOf(item) {
      const rects = item.mark ? item.mark.getClientRects() : item.range ? item.range.getClientRects() : [];
      return rects.length ? rects[rects.length - 1] : this.box.getBoundingClientRect();
    }

    destroy() {
      ranges.delete(this.box);
      if (this.native) syncHighlights();
      if (this.overlay) this.overlay.host.remove();
      this.overlay = null;
      this.items = [];
    }
  }

  SafePost.Marks = Marks;
})();
