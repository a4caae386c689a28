// A small editor that owns its text model, the way Draft.js, Lexical, Quill and ProseMirror do:
// it handles typing through `beforeinput` (cancelling the browser's own edit and re-rendering
// from the model), and reads back DOM changes it did not make (execCommand, IME) from `input`,
// like ProseMirror's DOM observer. The page's submit handler reads the MODEL, so an extension
// that edits the DOM behind the editor's back is caught.
(function () {
  const MARKUP = {
    draft: (lines) =>
      `<div data-contents="true">${lines
        .map((l, i) => `<div data-block="true" data-offset-key="b${i}-0-0"><div class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr" data-offset-key="b${i}-0-0"><span data-offset-key="b${i}-0-0">${l ? `<span data-text="true">${esc(l)}</span>` : '<br data-text="true">'}</span></div></div>`)
        .join("")}</div>`,
    lexical: (lines) => lines.map((l) => (l ? `<p dir="ltr"><span data-lexical-text="true">${esc(l)}</span></p>` : "<p><br></p>")).join(""),
    quill: (lines) => lines.map((l) => (l ? `<p>${esc(l)}</p>` : "<p><br></p>")).join(""),
    prosemirror: (lines) => lines.map((l) => (l ? `<p>${esc(l)}</p>` : '<p><br class="ProseMirror-trailingBreak"></p>')).join(""),
    plain: (lines) => lines.map((l) => (l ? `<div>${esc(l)}</div>` : "<div><br></div>")).join(""),
  };
  function esc(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  /** Text of the DOM, one line per block, with a map from (node, offset) to model offsets. */
  function domText(root) {
    const lines = [];
    const nodes = [];
    for (const block of root.querySelectorAll(":scope > *, :scope > [data-contents] > *")) {
      if (block.hasAttribute("data-contents")) continue;
      const start = lines.reduce((n, l) => n + l.length + 1, 0);
      let text = "";
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: start + text.length });
        text += n.data;
      }
      lines.push(text);
    }
    return { text: lines.join("\n"), nodes, lines };
  }

  class ModelEditor {
    constructor(root, kind, events = {}) {
      this.root = root;
      this.kind = kind;
      this.model = "";
      this.events = events;
      this.undo = [];
      root.contentEditable = "true";
      // As Lexical, ProseMirror, Quill and Draft.js do: spaces and line breaks are kept.
      root.style.whiteSpace = "pre-wrap";
      root.setAttribute("role", "textbox");
      root.spellcheck = true;
      this.render(0);
      root.addEventListener("beforeinput", (e) => this.beforeInput(e));
      root.addEventListener("input", (e) => {
        if (!this.handled) this.readBack();
        this.handled = false;
      });
    }

    offset(node, off) {
      const { nodes } = domText(this.root);
      if (node.nodeType === 3) {
        const n = nodes.find((x) => x.node === node);
        if (n) return n.start + off;
      }
      // element position: start of the first text node after it, or end of model
      const child = node.childNodes[off];
      if (child) {
        const n = nodes.find((x) => child === x.node || child.contains(x.node));
        if (n) return n.start;
      }
      const block = node.closest ? node.closest("p, div[data-block], div") : null;
      const { lines } = domText(this.root);
      const blocks = [...this.root.querySelectorAll(":scope > *, :scope > [data-contents] > *")].filter((b) => !b.hasAttribute("data-contents"));
      const i = blocks.indexOf(block && block.closest("[data-block]") ? block.closest("[data-block]") : block);
      if (i >= 0) return lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0) + (off > 0 ? lines[i].length : 0);
      return this.model.length;
    }

    selection() {
      const sel = this.root.getRootNode().getSelection ? this.root.getRootNode().getSelection() : document.getSelection();
      if (!sel || !sel.rangeCount) return [this.model.length, this.model.length];
      const r = sel.getRangeAt(0);
      const a = this.offset(r.startContainer, r.startOffset);
      const b = this.offset(r.endContainer, r.endOffset);
      return [Math.min(a, b), Math.max(a, b)];
    }

    beforeInput(e) {
      if (e.isComposing || !e.cancelable) return; // let IME composition and non-cancelable edits through; read back on input
      let [s, t] = this.selection();
      const data = e.data != null ? e.data : e.dataTransfer ? e.dataTransfer.getData("text/plain") : "";
      let text = this.model;
      switch (e.inputType) {
        case "insertText":
        case "insertReplacementText":
        case "insertFromPaste":
          text = text.slice(0, s) + data + text.slice(t);
          s += data.length;
          break;
        case "insertParagraph":
        case "insertLineBreak":
          text = text.slice(0, s) + "\n" + text.slice(t);
          s += 1;
          break;
        case "deleteContentBackward":
          if (s === t && s > 0) s -= 1;
          text = text.slice(0, s) + text.slice(t);
          break;
        case "deleteContentForward":
          if (s === t) t += 1;
          text = text.slice(0, s) + text.slice(t);
          break;
        case "deleteContent":
        case "deleteByCut":
        case "deleteWordBackward":
        case "deleteWordForward":
          text = text.slice(0, s) + text.slice(t);
          break;
        case "historyUndo":
          e.preventDefault();
          if (this.undo.length) {
            const prev = this.undo.pop();
            this.model = prev.text;
            this.handled = true;
            this.render(prev.caret);
          }
          return;
        default:
          return;
      }
      e.preventDefault();
      this.undo.push({ text: this.model, caret: this.selection()[0] });
      this.model = text;
      this.handled = true;
      this.render(s);
      this.root.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: e.inputType, data }));
    }

    /** A DOM change we did not make: adopt it, as ProseMirror does, then re-render. */
    readBack() {
      const [s] = this.selection();
      const text = domText(this.root).text;
      if (text === this.model) return;
      this.undo.push({ text: this.model, caret: s });
      this.model = text;
      this.render(this.selection()[0]);
      (this.events.onChange || (() => {}))(this.model);
    }

    render(caret) {
      this.root.innerHTML = MARKUP[this.kind](this.model.split("\n"));
      (this.events.onChange || (() => {}))(this.model);
      if (this.root.getRootNode().activeElement === this.root) this.setCaret(caret);
    }

    setCaret(off) {
      const { nodes } = domText(this.root);
      const rootNode = this.root.getRootNode();
      const sel = rootNode.getSelection ? rootNode.getSelection() : document.getSelection();
      const r = document.createRange();
      const n = nodes.find((x) => off >= x.start && off <= x.start + x.node.data.length);
      if (n) r.setStart(n.node, off - n.start);
      else r.setStart(this.root.lastElementChild || this.root, 0);
      r.collapse(true);
      sel.removeAllRanges();
      sel.addRange(r);
    }

    getText() {
      return this.model;
    }
  }

  window.ModelEditor = ModelEditor;
})();
