// Reading a compose box's text and mapping between text offsets (UTF-16, as the scanner
// reports them) and DOM positions. Textareas and inputs use their value; contenteditable
// editors (Draft.js, Lexical, Quill, ProseMirror, plain) are walked text node by text node,
// with a line break between blocks, so offsets map back to exact DOM positions.
(function () {
  "use strict";
  const SafePost = (globalThis.SafePost = globalThis.SafePost || {});
  const BLOCK = new Set(["DIV", "P", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "UL", "OL", "TR", "SECTION", "ARTICLE", "HEADER", "FOOTER", "FIGURE", "TABLE"]);

  function isField(el) {
    return el.tagName === "TEXTAREA" || el.tagName === "INPUT";
  }

  /** { text, segs } — segs: [{ node, start, end }] for every text node, in order. */
  function read(el) {
    if (isField(el)) return { text: el.value, segs: null };
    const segs = [];
    let text = "";
    const newline = () => {
      if (text.length && !text.endsWith("\n")) text += "\n";
    };
    const walk = (node) => {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) {
          segs.push({ node: c, start: text.length, end: text.length + c.data.length });
          text += c.data;
        } else if (c.nodeType === 1) {
          if (SafePost.dom.isOurs(c)) continue;
          if (c.tagName === "BR") {
            text += "\n";
            continue;
          }
          if (c.tagName === "STYLE" || c.tagName === "SCRIPT" || c.tagName === "TEMPLATE") continue;
          const block = BLOCK.has(c.tagName);
          if (block) newline();
          walk(c);
          if (block) newline();
        }
      }
    };
    walk(el);
    return { text, segs };
  }

  /** DOM position { node, offset } of a text offset in a contenteditable snapshot. */
  function position(snap, off) {
    const segs = snap.segs;
    if (!segs || segs.length === 0) return null;
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      if (off >= s.start && off <= s.end) return { node: s.node, offset: off - s.start };
      if (off < s.start) return { node: s.node, offset: 0 };
    }
    const last = segs[segs.length - 1];
    return { node: last.node, offset: last.node.data.length };
  }

  /** A DOM Range over text offsets start..end of a contenteditable snapshot. */
  function range(snap, start, end) {
    const a = position(snap, start);
    const b = position(snap, end);
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
    try {
      const r = new Range();
      r.setStart(a.node, Math.min(a.offset, a.node.data.length));
      r.setEnd(b.node, Math.min(b.offset, b.node.data.length));
      return r;
    } catch (e) {
      return null;
    }
  }

  /** Text offset of a DOM position inside a contenteditable snapshot, or -1. */
  function offsetOf(snap, node, offset) {
    if (!snap.segs) return -1;
    if (node.nodeType === 3) {
      const s = snap.segs.find((x) => x.node === node);
      return s ? s.start + offset : -1;
    }
    const child = node.childNodes[offset] || null;
    for (const s of snap.segs) {
      if (child && (child === s.node || child.contains(s.node))) return s.start;
      if (!child && node.contains(s.node)) continue;
    }
    return -1;
  }

  /** The text offset under a viewport point in a contenteditable snapshot, or -1. */
  function offsetAtPoint(snap, x, y) {
    const doc = snap.segs && snap.segs.length ? snap.segs[0].node.ownerDocument : document;
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y);
      return p ? offsetOf(snap, p.offsetNode, p.offset) : -1;
    }
    if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      return r ? offsetOf(snap, r.startContainer, r.startOffset) : -1;
    }
    return -1;
  }

  /** The current caret offset in the box, or -1 when the selection is elsewhere. */
  function caretOffset(el, snap) {
    if (isField(el)) {
      const root = el.getRootNode();
      const active = root.activeElement || document.activeElement;
      return active === el ? el.selectionStart : -1;
    }
    const root = el.getRootNode();
    const sel = root.getSelection ? root.getSelection() : document.getSelection();
    if (!sel || sel.rangeCount === 0) return -1;
    const node = sel.focusNode;
    if (!node || !el.contains(node)) return -1;
    return offsetOf(snap, node, sel.focusOffset);
  }

  SafePost.text = { isField, read, range, position, offsetOf, offsetAtPoint, caretOffset };
})();
