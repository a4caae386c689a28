// A composer page whose framework misbehaves the ways real ones do (for robustness.test.mjs):
// it re-renders the compose box as a fresh element with the same text (a React key change),
// re-renders a container's children and drops nodes it did not make (Preact, Vue, hydration),
// removes boxes and puts them back, and holds many boxes at once. The page keeps each box's
// text in its own model (a ModelEditor, or a controlled textarea's copy) and sends that.
(function () {
  const boxes = {}; // id -> { kind, el, wrap, editor?, value? }

  function build(kind, id, text) {
    let el;
    const rec = { kind, id };
    if (kind === "textarea") {
      el = document.createElement("textarea");
      el.rows = 3;
      el.style.cssText = "width:420px;font:15px/1.4 sans-serif;padding:6px";
      el.value = text;
      rec.value = text;
      el.addEventListener("input", () => (rec.value = el.value));
    } else {
      el = document.createElement("div");
      el.setAttribute("data-testid", "tweetTextarea_0");
      el.style.cssText = "min-height:48px;width:420px;font:15px/1.4 sans-serif;padding:6px;border:1px solid #cfd9de";
      rec.editor = new ModelEditor(el, kind);
      rec.editor.model = text;
      rec.editor.render(text.length);
    }
    el.id = id;
    rec.el = el;
    return rec;
  }

  const Lab = {
    /** A composer (box and Post button) appended to `parent` (a selector; default main). */
    mount(kind, id, { text = "", parent = "#main", post = false } = {}) {
      const wrap = document.createElement("div");
      wrap.className = "composer";
      wrap.id = "wrap-" + id;
      const rec = build(kind, id, text);
      rec.wrap = wrap;
      wrap.append(rec.el);
      if (post) {
        const b = document.createElement("button");
        b.setAttribute("data-testid", "tweetButtonInline");
        b.type = "button";
        b.textContent = "Post";
        b.id = "post-" + id;
        b.addEventListener("click", () => sendPost(Lab.text(id), id));
        rec.post = b;
        wrap.append(b);
      }
      document.querySelector(parent).append(wrap);
      boxes[id] = rec;
      return id;
    },
    /** The text the site holds for a box (its model, not the DOM). */
    text(id) {
      const rec = boxes[id];
      return rec.editor ? rec.editor.getText() : rec.value;
    },
    caret(id) {
      const rec = boxes[id];
      return rec.editor ? rec.editor.selection() : [rec.el.selectionStart, rec.el.selectionEnd];
    },
    /** A React key change: the box is thrown away and a fresh element with the same text takes
     * its place; the site puts focus and the caret back, as controlled components do. */
    rerender(id) {
      const old = boxes[id];
      const focused = document.activeElement === old.el;
      const [start, end] = Lab.caret(id);
      const rec = build(old.kind, id, Lab.text(id));
      rec.wrap = old.wrap;
      rec.post = old.post;
      old.el.replaceWith(rec.el);
      boxes[id] = rec;
      if (focused) {
        rec.el.focus();
        if (rec.editor) rec.editor.setCaret(start);
        else rec.el.setSelectionRange(start, end);
      }
    },
    /** The container re-renders its children and drops every node it did not create. */
    wipe(id) {
      const rec = boxes[id];
      const focused = document.activeElement === rec.el;
      const [start, end] = Lab.caret(id);
      rec.wrap.replaceChildren(...[rec.el, rec.post].filter(Boolean));
      if (focused) {
        rec.el.focus();
        if (rec.editor) rec.editor.setCaret(start);
        else rec.el.setSelectionRange(start, end);
      }
    },
    /** The whole composer (box, button, anything next to them) is removed. */
    unmount(id) {
      boxes[id].wrap.remove();
    },
    /** Only the box is removed; its container stays. `restore` puts the same element back. */
    remove(id) {
      boxes[id].el.remove();
    },
    restore(id) {
      const rec = boxes[id];
      rec.wrap.prepend(rec.el);
    },
  };
  window.Lab = Lab;
})();
