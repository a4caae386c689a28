// The failures users report most against grammar extensions (shared/notes/design-lessons.md),
// each as a test: the caret jumping, Enter intercepted during IME composition, clicks on the
// extension's UI reaching the site, lag on long posts; plus keyboard submits, boxes that appear
// later, undo after Apply, and the card from the keyboard.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { indicatorOf, waitFindings, guardState, clickGuard, sent, shownGuard } from "./helpers.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

async function fresh(host, path = "/") {
  const page = await env.context.newPage();
  await page.goto(`https://${host}${path}`);
  return page;
}

const caretOf = (page) =>
  page.evaluate(() => {
    const box = document.getElementById("box");
    if (box.tagName === "TEXTAREA") return [box.selectionStart, box.selectionEnd];
    const s = document.getSelection();
    const r = s.getRangeAt(0);
    const pre = new Range();
    pre.setStart(box, 0);
    pre.setEnd(r.startContainer, r.startOffset);
    return [pre.toString().length, pre.toString().length + r.toString().length];
  });

test("the caret stays put when marks appear, move and vanish (rich editor)", async () => {
  const page = await fresh("x.com");
  await page.locator("#box").click();
  await page.keyboard.type("We saw Mrs. Alvarado today for her transfer");
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
  const before = await caretOf(page);
  await waitFindings(page, (a) => a["data-findings"] !== "0");
  await page.waitForTimeout(300);
  assert.deepEqual(await caretOf(page), before, "marks appearing did not move the caret");
  // A selection survives a rescan that moves the marks.
  await page.keyboard.down("Shift");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
  await page.keyboard.up("Shift");
  const selected = await caretOf(page);
  await page.evaluate(() => document.getElementById("box").dispatchEvent(new InputEvent("input", { bubbles: true })));
  await page.waitForTimeout(350);
  assert.deepEqual(await caretOf(page), selected, "the selection is intact after a rescan");
  // Make the marks vanish: remove the name; the caret stays where the deletion left it.
  await page.keyboard.press("Control+A");
  await page.keyboard.type("A calm day at the clinic");
  const end = await caretOf(page);
  await waitFindings(page, (a) => a["data-findings"] === "0");
  await page.waitForTimeout(200);
  assert.deepEqual(await caretOf(page), end);
  await page.close();
});

test("the caret stays put in a textarea while it is marked", async () => {
  const page = await fresh("www.instagram.com");
  await page.locator("#box").click();
  await page.keyboard.type("Call her cell 415-555-0193 about the transfer please");
  await page.keyboard.press("Home");
  for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowRight");
  await waitFindings(page, (a) => a["data-categories"].includes("PHONE"));
  await page.waitForTimeout(250);
  assert.deepEqual(await caretOf(page), [7, 7]);
  await page.close();
});

test("Enter during IME composition is never intercepted", async () => {
  const page = await fresh("www.instagram.com");
  await page.locator("#box").click();
  await page.keyboard.type("Mrs. Alvarado had her transfer today ");
  await waitFindings(page, (a) => a["data-severity"] === "block");
  await page.evaluate(() => {
    window.__keys = [];
    document.getElementById("box").addEventListener("keydown", (e) => window.__keys.push({ key: e.key, composing: e.isComposing, prevented: e.defaultPrevented }));
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.imeSetComposition", { text: "にほ", selectionStart: 2, selectionEnd: 2 });
  await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key: "Enter", code: "Enter", windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
  await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: "Enter", code: "Enter", windowsVirtualKeyCode: 13 });
  await cdp.send("Input.insertText", { text: "にほ" });
  await page.waitForTimeout(300);
  const keys = await page.evaluate(() => window.__keys);
  assert.deepEqual(keys, [{ key: "Enter", composing: true, prevented: false }], "the site saw the composing Enter, not prevented");
  assert.equal(await guardState(page), null, "no guard during composition");
  assert.equal(await page.locator("#box").inputValue(), "Mrs. Alvarado had her transfer today にほ");
  // A plain Enter after composition is the site's send key: now it is guarded.
  await page.keyboard.press("Enter");
  assert.ok(await shownGuard(page), "Enter after composition is guarded");
  await clickGuard(page, "Edit post");
  await page.close();
});

test("clicks on SafePost's card and guard never reach the site's handlers", async () => {
  const page = await fresh("x.com");
  await page.locator("#box").click();
  await page.keyboard.type("Mrs. Alvarado had her transfer today");
  await waitFindings(page, (a) => a["data-severity"] === "block");
  const rect = await page.evaluate(() => {
    const n = document.querySelector("#box [data-text]").firstChild;
    const r = new Range();
    r.setStart(n, 0);
    r.setEnd(n, 13);
    const b = r.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  await page.mouse.move(rect.x, rect.y);
  const card = page.locator("safepost-card .card");
  await card.waitFor({ state: "visible" });
  await page.evaluate(() => (window.__pageClicks.length = 0));
  await card.getByRole("button", { name: "Dismiss" }).click();
  assert.deepEqual(await page.evaluate(() => window.__pageClicks), [], "the card's click did not reach the page");
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await page.evaluate(() => (window.__pageClicks.length = 0));
  await clickGuard(page, "Edit post");
  assert.deepEqual(await page.evaluate(() => window.__pageClicks), [], "the guard's click did not reach the page");
  await page.close();
});

test("keyboard submits are guarded: Ctrl+Enter on X", async () => {
  const page = await fresh("x.com");
  await page.locator("#box").click();
  await page.keyboard.type("Call her cell 415-555-0193 about her retrieval");
  await waitFindings(page, (a) => a["data-severity"] === "block");
  await page.keyboard.press("Control+Enter");
  assert.ok(await shownGuard(page), "guard on Ctrl+Enter");
  assert.equal((await sent(page)).length, 0);
  await clickGuard(page, "Post anyway");
  await page.waitForTimeout(200);
  const s = await sent(page);
  assert.equal(s.length, 1);
  assert.equal(s[0].text, "Call her cell 415-555-0193 about her retrieval");
  await page.close();
});

test("a box that appears later (a dialog, a single-page navigation) is watched", async () => {
  const page = await fresh("www.linkedin.com");
  await page.evaluate(() => {
    const dlg = document.createElement("div");
    dlg.setAttribute("role", "dialog");
    dlg.innerHTML = '<div class="ql-editor" id="late" style="min-height:60px;border:1px solid #ccc"></div><button class="share-actions__primary-action" id="late-post">Post</button>';
    document.body.append(dlg);
    const ed = new ModelEditor(document.getElementById("late"), "quill");
    document.getElementById("late-post").addEventListener("click", () => sendPost(ed.getText(), "late"));
  });
  await page.locator("#late").click();
  await page.keyboard.type("Rosalyn Achterberg is running late for her transfer");
  const n = await page.evaluate(() => document.querySelectorAll("safepost-indicator").length);
  assert.equal(n, 2, "one indicator per box");
  await page.waitForFunction(() => (document.querySelector("#late").nextElementSibling.getAttribute("data-categories") || "").includes("NAME"), null, { timeout: 3000 });
  await page.close();
});

test("Apply in a textarea can be undone with the browser's undo", async () => {
  const page = await fresh("www.instagram.com");
  const text = "Mrs. Alvarado had her transfer today";
  await page.locator("#box").click();
  await page.keyboard.type(text);
  await waitFindings(page, (a) => a["data-categories"].includes("NAME"));
  const rect = await page.evaluate(() => {
    const m = document.querySelector("safepost-mirror").shadowRoot.querySelector("mark.block");
    const b = m.getBoundingClientRect();
    return { x: b.x + 10, y: b.y + b.height / 2 };
  });
  await page.mouse.move(rect.x, rect.y);
  await page.locator("safepost-card .card").getByRole("button", { name: "Apply" }).click();
  await page.waitForFunction(() => document.getElementById("box").value.startsWith("a patient"));
  await page.keyboard.press("Control+Z");
  await page.waitForFunction((t) => document.getElementById("box").value === t, text);
  await page.close();
});

test("the card opens from the keyboard (Alt+Enter on a mark) and Escape closes it", async () => {
  const page = await fresh("www.facebook.com");
  await page.locator("#box").click();
  await page.keyboard.type("Mrs. Alvarado had her transfer today");
  await waitFindings(page, (a) => a["data-categories"].includes("NAME"));
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Alt+Enter");
  const card = page.locator("safepost-card .card");
  await card.waitFor({ state: "visible" });
  const focused = await page.evaluate(() => document.querySelector("safepost-card").shadowRoot.activeElement?.textContent);
  assert.equal(focused, "Apply", "focus moved into the card");
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement.id), "box", "focus is back in the editor");
  await page.close();
});

test("a 5,000-character post stays responsive", async () => {
  const page = await fresh("www.linkedin.com");
  await page.locator("#box").click();
  const para = "Our team met with a new patient today about egg freezing options and costs. ";
  await page.keyboard.insertText(para.repeat(66).slice(0, 5000));
  await waitFindings(page, () => true);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(Math.round(e.duration)))).observe({ entryTypes: ["longtask"] });
  });
  const start = Date.now();
  await page.keyboard.type(" Mrs. Alvarado had her transfer", { delay: 60 });
  const ind = await waitFindings(page, (a) => a["data-categories"].includes("NAME"));
  const latency = Date.now() - start;
  const longTasks = await page.evaluate(() => window.__long);
  assert.ok(ind.waited <= 300, `indicator ${ind.waited} ms after the last key`);
  assert.ok(longTasks.every((d) => d < 200), `no long freeze while typing: ${longTasks}`);
  assert.ok(latency < 10000);
  await page.close();
});
