// What issue 4 asks of the drawing and the language, beyond the per-site tests: the marks over
// a textarea follow the page when it scrolls and the box when it is resized, without waiting
// for the user to type; with the browser in Spanish, SafePost speaks Spanish; and Dismiss hides
// one finding for this post only.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { SITES, scope, typeInto, waitFindings, rectOfText, clickGuard, marksOf, indicatorOf, shownGuard } from "./helpers.mjs";

const SITE = SITES.find((s) => s.host === "www.instagram.com"); // a controlled textarea
// A first sentence with no finding puts the name mid-box, where a rewrap moves it.
const POST = "The front desk has been swamped all week with calls and walk-ins. Mrs. Alvarado had her embryo transfer today, call her cell 415-555-0193.";

const envs = [];
after(async () => {
  for (const e of envs) await e.close();
});

/** The mark over "Mrs. Alvarado", relative to the textarea's own rectangle. */
async function markFromBox(page, s) {
  const m = await rectOfText(s, SITE, "Mrs. Alvarado");
  const b = await s.locator(SITE.box).boundingBox();
  return { dx: Math.round(m.x - b.x), dy: Math.round(m.y - b.y), boxY: Math.round(b.y), w: Math.round(m.width) };
}

test("marks over a textarea follow the page's scroll and the box's resize", async () => {
  const env = await launch();
  envs.push(env);
  const page = await env.context.newPage();
  await page.goto(`https://${SITE.host}/`);
  await page.evaluate(() => (document.body.style.minHeight = "3000px"));
  const s = await scope(page, SITE);
  await typeInto(page, s, SITE, POST);
  await waitFindings(s, (a) => a["data-severity"] === "block");
  await page.mouse.move(1, 1);
  const before = await markFromBox(page, s);

  // Scroll: the box moves on screen, the mark moves with it.
  await page.evaluate(() => window.scrollBy(0, 150));
  await page.waitForTimeout(300);
  const scrolled = await markFromBox(page, s);
  assert.ok(Math.abs(scrolled.boxY - (before.boxY - 150)) <= 1, `the page scrolled (box at ${before.boxY}, then ${scrolled.boxY})`);
  assert.deepEqual([scrolled.dx, scrolled.dy], [before.dx, before.dy], "the mark kept its place over the text");

  // Resize: a narrower box rewraps the text; the mark must land where a fresh drawing puts it.
  await page.evaluate((sel) => (document.querySelector(sel).style.width = "260px"), SITE.box);
  await page.waitForTimeout(400);
  // (the narrower box keeps the caret in view by scrolling its content; start from its top)
  await page.evaluate((sel) => (document.querySelector(sel).scrollTop = 0), SITE.box);
  await page.waitForTimeout(300);
  const resized = await markFromBox(page, s);
  assert.notDeepEqual([resized.dx, resized.dy], [before.dx, before.dy], "the rewrap moved the name");
  // A keystroke and its undo make SafePost draw afresh; the position must not change.
  await s.locator(SITE.box).press("End");
  await page.keyboard.type(" ");
  await page.keyboard.press("Backspace");
  await waitFindings(s, (a) => a["data-severity"] === "block");
  await page.mouse.move(1, 1);
  // Typing at the end scrolled the box's own content; scrolling it back must bring the mark
  // back too (the overlay follows the box's scroll as well).
  await page.evaluate((sel) => (document.querySelector(sel).scrollTop = 0), SITE.box);
  await page.waitForTimeout(300);
  const redrawn = await markFromBox(page, s);
  assert.deepEqual([resized.dx, resized.dy, resized.w], [redrawn.dx, redrawn.dy, redrawn.w], "the mark followed the resize without a keystroke");
  await page.close();
});

test("with the browser in Spanish, the guard speaks Spanish", async () => {
  const env = await launch({ lang: "es" });
  envs.push(env);
  const page = await env.context.newPage();
  await page.goto("https://x.com/");
  await page.locator("#box").click();
  await page.keyboard.type("La Sra. Alvarado tuvo su transferencia hoy, llámela al 415-555-0193.");
  await waitFindings(page, (a) => a["data-severity"] === "block");
  await page.locator('[data-testid="tweetButtonInline"]').click();
  const g = await shownGuard(page);
  assert.ok(g, "the guard is shown");
  assert.ok(g.buttons.includes("Publicar de todos modos") && g.buttons.includes("Editar publicación"), `Spanish buttons: ${JSON.stringify(g.buttons)}`);
  await clickGuard(page, "Editar publicación");
  await page.close();
});

test("Dismiss hides that finding for this post, and it stays hidden as the user types on", async () => {
  const env = await launch();
  envs.push(env);
  const page = await env.context.newPage();
  await page.goto("https://x.com/");
  await page.locator("#box").click();
  await page.keyboard.type("Mrs. Alvarado had her embryo transfer today, call her cell 415-555-0193.");
  // (the scan of the whole post, phone number included: a scan of the keys typed so far can
  // already block, with one finding fewer, and counting from it made this test fail now and then)
  const first = await waitFindings(page, (a) => a["data-severity"] === "block" && a["data-categories"].split(",").includes("PHONE"));
  const count = Number(first["data-findings"]);
  const marksBefore = await marksOf(page, { box: "#box" });
  // The card for what lies under the phone number (the sentence's disclosure finding comes
  // first there), dismissed.
  // (The marks can be redrawn just after the pointer arrives, by the scan of the last keys typed;
  // a user would move the pointer again, and so does this, a few times.)
  const card = page.locator("safepost-card .card");
  for (let attempt = 0; ; attempt++) {
    const rect = await rectOfText(page, { box: "#box" }, "415-555-0193");
    await page.mouse.move(rect.x + 1, rect.y + 1);
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    try {
      await card.waitFor({ state: "visible", timeout: 1500 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  await card.getByRole("button", { name: "Dismiss" }).click();
  const after = await waitFindings(page, (a) => Number(a["data-findings"]) === count - 1);
  assert.equal(Number(after["data-findings"]), count - 1, "one finding fewer");
  const marksAfter = await marksOf(page, { box: "#box" });
  assert.equal(marksAfter.length, marksBefore.length - 1, `one mark fewer: ${JSON.stringify(marksBefore)} -> ${JSON.stringify(marksAfter)}`);
  // Typing on rescans the post; the dismissed finding stays dismissed, the others stay.
  await page.locator("#box").press("End");
  await page.keyboard.type(" Thanks!");
  await page.waitForTimeout(600);
  assert.equal(Number((await indicatorOf(page))["data-findings"]), count - 1, "still one fewer after typing on");
  assert.deepEqual(await marksOf(page, { box: "#box" }), marksAfter, "the same marks after typing on");
  assert.equal(await page.evaluate(() => document.querySelector("#box").textContent.includes("415-555-0193")), true, "the text itself is untouched");
  await page.close();
});
