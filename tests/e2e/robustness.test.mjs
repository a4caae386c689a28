// Robustness (issue 6): the extension survives a site re-rendering the composer (a fresh
// element with the same text, or a re-render that drops SafePost's nodes next to the box), a
// box removed while its scan is in flight, and fifty boxes on one page. Each time: every box
// has exactly one current indicator, marks sit only on connected boxes, nothing is left behind
// for boxes that are gone, the site's text is what was typed, and neither the page, the content
// script nor the background throws. failMode (the scanner failing to load) is in
// policy.test.mjs. The page is tests/e2e/sites/x.com/lab.html (a `Lab` the test drives).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, EXTENSION_ID } from "./harness.mjs";
import { clickGuard, sent, shownGuard } from "./helpers.mjs";

const PHI = "Mrs. Alvarado had her embryo transfer today, call her cell 415-555-0193.";
const PHIS = [PHI, "Rosalyn Achterberg is running late for her transfer", "Dana Whitlock had her egg retrieval today"];
const CLEANS = ["A calm day at the clinic.", "Our lobby has new chairs and a coffee bar!", "Egg freezing info night is Thursday at 6pm."];

let env;
before(async () => {
  env = await launch();
  // The background's own failures (a reply to a port that is gone, say) end up here.
  await env.worker.evaluate(() => {
    self.__safepostErrors = [];
    self.addEventListener("error", (e) => self.__safepostErrors.push(String(e.message || e)));
    self.addEventListener("unhandledrejection", (e) => self.__safepostErrors.push(String(e.reason && e.reason.stack ? e.reason.stack : e.reason)));
  });
});
after(async () => {
  await env.close();
});

/** Opens the lab page with every error collected: the page's, and the content script's
 * (its isolated world: exceptions, unhandled rejections and console.error, through CDP). */
async function lab() {
  const page = await env.context.newPage();
  const errors = [];
  const worlds = new Map();
  page.on("pageerror", (e) => errors.push(`page: ${e}`));
  const cdp = await env.context.newCDPSession(page);
  cdp.on("Runtime.executionContextCreated", ({ context }) => worlds.set(context.id, context));
  const where = (id) => {
    const c = worlds.get(id);
    return c ? `${c.auxData && c.auxData.type === "isolated" ? "content script" : "page"} ${c.name || c.origin}` : `context ${id}`;
  };
  cdp.on("Runtime.exceptionThrown", ({ exceptionDetails: d }) => errors.push(`${where(d.executionContextId)}: ${(d.exception && d.exception.description) || d.text}`));
  cdp.on("Runtime.consoleAPICalled", ({ type, args, executionContextId }) => {
    if (type === "error" || type === "assert") errors.push(`${where(executionContextId)}: console.${type} ${args.map((a) => a.value ?? a.description).join(" ")}`);
  });
  await cdp.send("Runtime.enable");
  await page.goto("https://x.com/lab.html");
  await page.waitForFunction(() => window.Lab);
  page.errors = errors;
  /** The content script's execution context (to check the collector really sees it). */
  page.contentWorld = async () => {
    for (let i = 0; i < 100; i++) {
      const c = [...worlds.values()].find((w) => w.auxData && w.auxData.type === "isolated" && (w.origin || "").includes(EXTENSION_ID));
      if (c) return c.id;
      await page.waitForTimeout(50);
    }
    throw new Error("no content script world");
  };
  page.cdp = cdp;
  return page;
}

async function backgroundErrors() {
  return env.worker.evaluate(() => self.__safepostErrors.splice(0));
}

/** Everything SafePost has on the page, per Lab box: the indicators and mirrors next to it
 * (SafePost inserts them as the box's following siblings), nodes of ours next to no box
 * (left behind), and every highlight range with the box it lies in. */
async function snapshot(page) {
  return page.evaluate(() => {
    const OURS = /^SAFEPOST-/;
    const isBox = (n) => !!n && (n.tagName === "TEXTAREA" || n.isContentEditable);
    const attrs = (el) => {
      const a = {};
      for (const k of ["data-findings", "data-categories", "data-severity"]) a[k] = el.getAttribute(k);
      return a;
    };
    const boxes = [...document.querySelectorAll("textarea, [contenteditable='true']")].map((el) => {
      const ind = [];
      const marks = [];
      let mirrors = 0;
      for (let n = el.nextElementSibling; n && OURS.test(n.tagName); n = n.nextElementSibling) {
        if (n.tagName === "SAFEPOST-INDICATOR") ind.push(attrs(n));
        if (n.tagName === "SAFEPOST-MIRROR") {
          mirrors++;
          n.shadowRoot.querySelectorAll("mark").forEach((m) => marks.push(m.textContent));
        }
      }
      return { id: el.id, kind: el.tagName === "TEXTAREA" ? "textarea" : "editable", indicators: ind, mirrors, marks, text: Lab.text(el.id), caret: Lab.caret(el.id) };
    });
    const orphans = [];
    for (const el of document.querySelectorAll("safepost-indicator, safepost-mirror")) {
      let n = el.previousElementSibling;
      while (n && OURS.test(n.tagName)) n = n.previousElementSibling;
      if (!isBox(n)) orphans.push(`${el.tagName.toLowerCase()} after ${n ? n.tagName.toLowerCase() + "#" + n.id : "nothing"} in #${el.parentNode && el.parentNode.id}`);
    }
    const highlights = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith("safepost-")) continue;
      for (const r of h) {
        const node = r.startContainer;
        const box = node.isConnected ? (node.nodeType === 1 ? node : node.parentElement).closest("[contenteditable='true']") : null;
        highlights.push({ text: r.toString(), box: box ? box.id : null });
      }
    }
    return { boxes, orphans, highlights };
  });
}

/** Polls the snapshot until `ok(snap)`; returns it with the time taken. Fails with the last. */
async function settle(page, ok, what, timeout = 5000) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    last = await snapshot(page);
    if (ok(last)) return { ...last, ms: Date.now() - start };
    await page.waitForTimeout(25);
  }
  assert.fail(`${what}: never settled; last state ${JSON.stringify(last, null, 1)}`);
}

const boxOf = (snap, id) => snap.boxes.find((b) => b.id === id);
/** One indicator, no leftovers, and the indicator matches. */
const settled = (id, match) => (s) => {
  const b = boxOf(s, id);
  // (a highlight whose text nodes a re-render replaced collapses to an empty range until the
  // next scan redraws it: invisible, but not settled)
  return !!b && b.indicators.length === 1 && match(b.indicators[0]) && s.orphans.length === 0 && s.highlights.every((h) => h.box !== null && h.text !== "");
};
const flagged = (a) => a["data-severity"] === "block" && a["data-categories"].split(",").includes("NAME");
const clean = (a) => a["data-findings"] === "0" && a["data-severity"] === "none" && a["data-categories"] === "";

async function noErrors(page) {
  await page.waitForTimeout(100);
  assert.deepEqual(page.errors, [], "no errors in the page or the content script");
  assert.deepEqual(await backgroundErrors(), [], "no errors in the background");
}

test("the error collector sees the content script's exceptions (so the checks below can fail)", async () => {
  const page = await lab();
  const world = await page.contentWorld();
  await page.cdp.send("Runtime.evaluate", { contextId: world, expression: "setTimeout(() => { throw new Error('probe from the content script') }, 0); Promise.reject(new Error('probe rejection')); typeof SafePost" });
  await page.waitForTimeout(200);
  assert.ok(page.errors.some((e) => e.startsWith("content script") && e.includes("probe from the content script")), JSON.stringify(page.errors));
  assert.ok(page.errors.some((e) => e.includes("probe rejection")), JSON.stringify(page.errors));
  await env.worker.evaluate(() => setTimeout(() => Promise.reject(new Error("probe in the background")), 0));
  await new Promise((r) => setTimeout(r, 200));
  assert.ok((await backgroundErrors()).some((e) => e.includes("probe in the background")));
  await page.close();
});

for (const kind of ["draft", "textarea"]) {
  describe(`a re-rendered composer (${kind === "draft" ? "Draft.js-style editor" : "controlled textarea"})`, () => {
    test("replaced by a fresh element while the user types: the new box is watched, the old one leaves nothing", async () => {
      const page = await lab();
      await page.evaluate((kind) => Lab.mount(kind, "c", { post: true }), kind);
      await page.locator("#c").click();
      await page.keyboard.type("Mrs. Alvarado had her ", { delay: 5 });
      await settle(page, settled("c", clean), "first words scanned");
      const first = await page.evaluate(() => {
        window.__old = [document.getElementById("c")];
        Lab.rerender("c");
        return document.getElementById("c") !== window.__old[0];
      });
      assert.ok(first, "the page really replaced the element");
      await page.keyboard.type("embryo transfer today, ", { delay: 5 });
      // Re-rendered again right after a keystroke, with that keystroke's scan pending.
      await page.evaluate(() => {
        window.__old.push(document.getElementById("c"));
        Lab.rerender("c");
      });
      await page.keyboard.type("call her cell 415-555-0193.", { delay: 5 });
      const s = await settle(page, settled("c", (a) => flagged(a) && a["data-categories"].includes("PHONE")), "the new box's indicator");
      assert.ok(s.ms <= 300, `indicator current ${s.ms} ms after the last keystroke`);
      const b = boxOf(s, "c");
      assert.equal(b.text, PHI, "the site's text is what was typed");
      assert.deepEqual(b.caret, [PHI.length, PHI.length], "the caret is where typing left it");
      const marks = kind === "textarea" ? b.marks : s.highlights.map((h) => h.text);
      assert.ok(marks.includes("Mrs. Alvarado") && marks.includes("415-555-0193"), `marks: ${marks}`);
      if (kind === "textarea") assert.equal(b.mirrors, 1, "one mirror");
      else assert.ok(s.highlights.every((h) => h.box === "c"), "highlights only on the live box");
      assert.equal(await page.evaluate(() => document.querySelectorAll("safepost-indicator, safepost-mirror").length), kind === "textarea" ? 2 : 1, "nothing left of the replaced boxes");
      assert.equal(await page.evaluate(() => window.__old.filter((el) => el.isConnected || (el.nextElementSibling && /^SAFEPOST-/.test(el.nextElementSibling.tagName))).length), 0);
      // The guard knows the new box; the site receives the text as typed.
      await page.locator("#post-c").click();
      assert.ok((await shownGuard(page)).categories.split(",").includes("NAME"), "guarded");
      await clickGuard(page, "Post anyway");
      await page.waitForTimeout(200);
      assert.deepEqual(await sent(page), [{ text: PHI, via: "c" }]);
      await noErrors(page);
      await page.close();
    });

    test("a re-render that drops SafePost's nodes next to the box: the box gets them back", async () => {
      const page = await lab();
      await page.evaluate((kind) => Lab.mount(kind, "c", { post: true }), kind);
      await page.locator("#c").click();
      await page.keyboard.type(PHI, { delay: 2 });
      await settle(page, settled("c", flagged), "marked before the re-render");
      // The site puts focus back into the box after its re-render (as most do).
      const dropped = await page.evaluate(() => {
        const mo = new MutationObserver(() => {});
        mo.observe(document.getElementById("wrap-c"), { childList: true });
        Lab.wipe("c");
        return mo.takeRecords().flatMap((r) => [...r.removedNodes]).filter((n) => /^SAFEPOST-/.test(n.tagName)).length;
      });
      assert.ok(dropped >= 1, "the page really dropped SafePost's nodes");
      await page.keyboard.type(" Thanks!", { delay: 5 });
      const s = await settle(page, settled("c", flagged), "the indicator is back and current");
      const b = boxOf(s, "c");
      assert.equal(b.text, PHI + " Thanks!");
      const marks = kind === "textarea" ? b.marks : s.highlights.map((h) => h.text);
      assert.ok(marks.includes("Mrs. Alvarado"), `marks: ${marks}`);
      if (kind === "textarea") assert.equal(b.mirrors, 1, "the mirror is back, once");
      // Without focus and without typing: back by itself (the page's mutations are watched).
      const left = await page.evaluate(() => {
        document.activeElement.blur();
        Lab.wipe("c");
        return document.querySelectorAll("safepost-indicator, safepost-mirror").length;
      });
      assert.equal(left, 0, "the page really dropped them");
      const back = await settle(page, settled("c", flagged), "the indicator is back without typing", 1500);
      if (kind === "textarea") assert.equal(boxOf(back, "c").mirrors, 1, "the mirror is back, once");
      const marksBack = kind === "textarea" ? boxOf(back, "c").marks : back.highlights.map((h) => h.text);
      assert.ok(marksBack.includes("Mrs. Alvarado") && marksBack.includes("415-555-0193"), `marks back: ${marksBack}`);
      await page.locator("#c").click();
      await page.keyboard.press("End");
      // And it keeps following the text.
      await page.keyboard.press("Control+A");
      await page.keyboard.type(CLEANS[0], { delay: 2 });
      await settle(page, settled("c", clean), "clean after the rewrite");
      await noErrors(page);
      await page.close();
    });
  });
}

describe("a box removed while its scan is in flight", () => {
  /** Keeps the background busy for `ms` (a synchronous loop in the service worker), so a
   * scan request sent meanwhile stays unanswered until then. */
  const busy = (ms) => env.worker.evaluate((ms) => {
    const end = Date.now() + ms;
    while (Date.now() < end);
  }, ms);

  for (const kind of ["draft", "textarea"]) {
    test(`${kind}: removed with its container, or alone, at any moment after typing; nothing is left and a new box works`, async () => {
      const page = await lab();
      // Removed 0 ms to 250 ms after the last keystroke: before the debounce, as the request
      // goes out (150 ms), and after the reply. Alone (the container stays) or with it.
      let n = 0;
      for (const wait of [0, 5, 140, 150, 155, 165, 250]) {
        for (const how of ["remove", "unmount"]) {
          const id = `r${n++}`;
          await page.evaluate(([kind, id]) => Lab.mount(kind, id), [kind, id]);
          await page.locator(`#${id}`).click();
          await page.keyboard.type(PHIS[n % PHIS.length], { delay: 0 });
          await page.evaluate(([id, how, wait]) => new Promise((r) => setTimeout(() => r(Lab[how](id)), wait)), [id, how, wait]);
        }
      }
      await page.waitForTimeout(600);
      let s = await snapshot(page);
      assert.deepEqual(s.orphans, [], "no indicator or mirror left for a removed box");
      assert.deepEqual(s.highlights, [], "no highlight left on a removed box");
      assert.equal(await page.evaluate(() => document.querySelectorAll("safepost-indicator, safepost-mirror").length), 0);
      // The reply arrives after the box is gone: the background is held busy meanwhile.
      for (const how of ["remove", "unmount"]) {
        const id = `held-${how}`;
        await page.evaluate(([kind, id]) => Lab.mount(kind, id), [kind, id]);
        await page.locator(`#${id}`).click();
        await page.keyboard.type(PHI, { delay: 0 });
        const held = busy(1200);
        await page.waitForTimeout(250); // the debounce has fired: the request is out
        await page.evaluate(([id, how]) => Lab[how](id), [id, how]);
        await held;
        await page.waitForTimeout(400);
        s = await snapshot(page);
        assert.deepEqual(s.orphans, [], `${how}: nothing left after the late reply`);
        assert.deepEqual(s.highlights, [], `${how}: no highlight from the late reply`);
      }
      // A box added afterwards is watched as usual.
      await page.evaluate((kind) => Lab.mount(kind, "after", { post: true }), kind);
      await page.locator("#after").click();
      await page.keyboard.type(PHI, { delay: 2 });
      s = await settle(page, settled("after", flagged), "a box added afterwards");
      assert.ok(s.ms <= 300, `indicator current ${s.ms} ms after the last keystroke`);
      assert.equal(boxOf(s, "after").text, PHI);
      await page.locator("#post-after").click();
      assert.ok(await shownGuard(page), "its submit is guarded");
      await clickGuard(page, "Edit post");
      await noErrors(page);
      await page.close();
    });

    test(`${kind}: removed mid-scan and put back later: one indicator, one set of marks, current`, async () => {
      const page = await lab();
      await page.evaluate((kind) => Lab.mount(kind, "m", { post: true }), kind);
      await page.locator("#m").click();
      await page.keyboard.type(PHI, { delay: 0 });
      const held = busy(1500);
      await page.waitForTimeout(250); // the scan request is out, unanswered
      await page.evaluate(() => Lab.remove("m"));
      await page.waitForTimeout(600); // the extension has noticed the box is gone
      assert.equal(await page.evaluate(() => document.querySelectorAll("safepost-indicator, safepost-mirror").length), 0, "cleaned up while detached");
      await page.evaluate(() => Lab.restore("m")); // the same element comes back (a portal, a tab switch)
      await held; // now the old reply arrives, to a box that is connected again
      await settle(page, settled("m", flagged), "the box is watched again");
      await page.waitForTimeout(500);
      const again = await snapshot(page);
      const b = boxOf(again, "m");
      assert.equal(b.indicators.length, 1, "one indicator");
      assert.ok(b.mirrors <= 1, `one mirror at most: ${b.mirrors}`);
      assert.deepEqual(again.orphans, []);
      if (kind === "textarea") assert.deepEqual(b.marks.filter((m) => m === "Mrs. Alvarado"), ["Mrs. Alvarado"], `marked once: ${b.marks}`);
      else assert.deepEqual(again.highlights.filter((h) => h.text === "Mrs. Alvarado").length, 1, `marked once: ${JSON.stringify(again.highlights)}`);
      assert.equal(b.text, PHI);
      // Cleaning the text clears every mark: none from the old scan stays behind.
      await page.locator("#m").click();
      await page.keyboard.press("Control+A");
      await page.keyboard.type(CLEANS[1], { delay: 0 });
      const c = await settle(page, settled("m", clean), "clean after the rewrite");
      assert.deepEqual(c.highlights, []);
      assert.deepEqual(boxOf(c, "m").marks, []);
      await noErrors(page);
      await page.close();
    });
  }
});

test("fifty boxes on one page, ten of them added later: each indicator reports its own text", async (t) => {
  const page = await lab();
  const KINDS = ["textarea", "draft", "lexical", "plain", "textarea"];
  const plan = Array.from({ length: 50 }, (_, i) => ({ id: `b${i}`, kind: KINDS[i % KINDS.length], text: i % 3 === 0 ? CLEANS[i % CLEANS.length] : PHIS[i % PHIS.length], late: i >= 40 }));
  await page.evaluate((plan) => plan.filter((p) => !p.late).forEach((p) => Lab.mount(p.kind, p.id)), plan);
  const t0 = Date.now();
  const typeAll = async (list) => {
    for (const p of list) {
      await page.locator(`#${p.id}`).click();
      await page.keyboard.type(p.text, { delay: 0 });
    }
  };
  await typeAll(plan.filter((p) => !p.late));
  // Ten more arrive while the first ones are still being scanned: five in a new container.
  await page.evaluate((plan) => {
    const late = plan.filter((p) => p.late);
    late.slice(0, 5).forEach((p) => Lab.mount(p.kind, p.id));
    const section = document.createElement("section");
    section.id = "late";
    document.getElementById("main").append(section);
    late.slice(5).forEach((p) => Lab.mount(p.kind, p.id, { parent: "#late" }));
  }, plan);
  // They are found before anyone clicks them (the page's mutations are watched).
  await settle(page, (s) => s.boxes.length === 50 && s.boxes.every((b) => b.indicators.length === 1), "fifty indicators", 3000);
  await typeAll(plan.filter((p) => p.late));
  const typed = Date.now();
  const ok = (s) =>
    s.orphans.length === 0 &&
    plan.every((p) => {
      const b = boxOf(s, p.id);
      return b && b.indicators.length === 1 && b.text === p.text && (PHIS.includes(p.text) ? flagged(b.indicators[0]) : clean(b.indicators[0]));
    });
  const s = await settle(page, ok, "every indicator right", 10000);
  t.diagnostic(`typing into 50 boxes: ${typed - t0} ms; all indicators right ${s.ms} ms after the last keystroke`);
  assert.ok(s.ms <= 1000, `all indicators current ${s.ms} ms after the last keystroke`);
  // Marks: on the flagged boxes only, each on its own box.
  const flaggedIds = new Set(plan.filter((p) => PHIS.includes(p.text)).map((p) => p.id));
  assert.ok(s.highlights.every((h) => flaggedIds.has(h.box)), "highlights only on flagged boxes");
  for (const p of plan) {
    const b = boxOf(s, p.id);
    if (b.kind === "textarea") assert.equal(b.marks.length > 0, flaggedIds.has(p.id), `${p.id} marks: ${b.marks}`);
    else assert.equal(s.highlights.some((h) => h.box === p.id), flaggedIds.has(p.id), `${p.id} highlighted`);
  }
  // Half of them go away: their indicators and marks go with them, the rest stay right.
  await page.evaluate((plan) => plan.filter((_, i) => i % 2).forEach((p, j) => (j % 2 ? Lab.unmount(p.id) : Lab.remove(p.id))), plan);
  const rest = plan.filter((_, i) => i % 2 === 0);
  const after = await settle(page, (s) => s.orphans.length === 0 && s.boxes.length === 25 && s.highlights.every((h) => h.box !== null && rest.some((p) => p.id === h.box)), "after removing half");
  for (const p of rest) assert.equal(boxOf(after, p.id).indicators.length, 1);
  assert.ok(Date.now() - t0 < 60000, `the whole run took ${Date.now() - t0} ms`);
  await noErrors(page);
  await page.close();
});
