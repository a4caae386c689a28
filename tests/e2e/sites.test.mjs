// End-to-end, per site, in real Chromium with dist/chrome loaded and each site's compose markup
// served under its real host name with a strict CSP: typing updates the indicator within
// 300 ms and marks the text; clean text shows nothing; the guard stops the submit and "Post
// anyway" lets exactly one through; "Apply" changes the text the site's own handler receives;
// otherwise the user's text is byte-for-byte what they typed.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { SITES, scope, boxText, clearBox, typeInto, waitFindings, marksOf, rectOfText, guardState, clickGuard, sent, shownGuard } from "./helpers.mjs";

const PHI = "Mrs. Alvarado had her embryo transfer today, call her cell 415-555-0193.";
const CLEAN = "Our lobby has new chairs and a coffee bar!";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

for (const site of SITES) {
  describe(`${site.host} (${site.editor})`, () => {
    let page;
    before(async () => {
      page = await env.context.newPage();
      page.errors = [];
      page.on("pageerror", (e) => page.errors.push(String(e)));
      await page.goto(`https://${site.host}/`);
    });
    after(async () => {
      assert.deepEqual(page.errors, [], "no page errors");
      await page.close();
    });

    test("typing a post with PHI updates the indicator within 300 ms and marks it", async () => {
      const s = await scope(page, site);
      await typeInto(page, s, site, PHI);
      const ind = await waitFindings(s, (a) => a["data-findings"] !== "0" && a["data-severity"] === "block");
      assert.ok(ind.waited <= 300, `indicator updated ${ind.waited} ms after the last keystroke`);
      const cats = ind["data-categories"].split(",");
      for (const c of ["NAME", "PHONE", "PATIENT_DISCLOSURE"]) assert.ok(cats.includes(c), `${c} in ${cats}`);
      assert.equal(ind.role, "status");
      assert.ok(ind["aria-label"].length > 0 && ind.hasShadow);
      const marks = await marksOf(s, site);
      assert.ok(marks.includes("Mrs. Alvarado"), `marked: ${marks}`);
      assert.ok(marks.includes("415-555-0193"), `marked: ${marks}`);
      assert.equal(await boxText(s, site), PHI, "the user's text is unchanged");
    });

    test("the guard stops the submit; Edit post returns to the first mark", async () => {
      const s = await scope(page, site);
      const before = (await sent(page)).length;
      await s.locator(site.submit).click();
      const g = await shownGuard(s);
      assert.ok(g, "guard shown");
      assert.equal(g.role, "alertdialog");
      assert.ok(g.categories.split(",").includes("NAME"));
      assert.deepEqual(g.buttons, ["Edit post", "Post anyway"]);
      assert.equal((await sent(page)).length, before, "nothing sent while the guard is open");
      await clickGuard(s, "Edit post");
      assert.equal(await guardState(s), null);
      const caret = await s.evaluate((sel) => {
        const find = (root) => root.querySelector(sel) || [...root.querySelectorAll("*")].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
        const box = find(document);
        if (box.tagName === "TEXTAREA" || box.tagName === "INPUT") return [box.selectionStart, box.selectionEnd];
        const selection = (box.getRootNode().getSelection ? box.getRootNode() : document).getSelection();
        return [selection.toString()];
      }, site.box);
      assert.ok(caret.length === 2 ? caret[0] === 0 : caret[0].startsWith("Mrs. Alvarado"), `caret at the first mark: ${caret}`);
      assert.equal((await sent(page)).length, before);
    });

    test("Post anyway lets exactly one submit through, with the text as typed", async () => {
      const s = await scope(page, site);
      const before = (await sent(page)).length;
      await s.locator(site.submit).click();
      await clickGuard(s, "Post anyway");
      await page.waitForTimeout(200);
      const after = await sent(page);
      assert.equal(after.length, before + 1, "exactly one submit");
      assert.equal(after[after.length - 1].text, PHI);
      // The next submit is guarded again.
      await s.locator(site.submit).click();
      assert.ok(await shownGuard(s), "guarded again");
      await clickGuard(s, "Edit post");
      assert.equal((await sent(page)).length, before + 1);
    });

    test("Apply replaces the name through the editor, and the site receives the new text", async () => {
      const s = await scope(page, site);
      const rect = await rectOfText(s, site, "Mrs. Alvarado");
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      const card = s.locator("safepost-card").locator(".card");
      await card.waitFor({ state: "visible", timeout: 3000 });
      assert.match(await card.textContent(), /NAME/);
      await card.getByRole("button", { name: "Apply" }).click();
      const expected = PHI.replace("Mrs. Alvarado", "a patient");
      await waitFor(async () => (await boxText(s, site)) === expected, "the box holds the suggestion");
      await waitFindings(s, (a) => !a["data-categories"].split(",").includes("NAME"));
      const before = (await sent(page)).length;
      await s.locator(site.submit).click();
      await clickGuard(s, "Post anyway"); // the phone number is still there
      await page.waitForTimeout(200);
      const after = await sent(page);
      assert.equal(after.length, before + 1);
      assert.equal(after[after.length - 1].text, expected, "the site's handler got the applied text");
    });

    test("a clean post shows no findings and submits without a guard", async () => {
      const s = await scope(page, site);
      await clearBox(page, s, site);
      await typeInto(page, s, site, CLEAN);
      const ind = await waitFindings(s, (a) => a["data-findings"] === "0");
      assert.equal(ind["data-severity"], "none");
      assert.equal(ind["data-categories"], "");
      assert.deepEqual(await marksOf(s, site), []);
      const before = (await sent(page)).length;
      await s.locator(site.submit).click();
      await page.waitForTimeout(250);
      assert.equal(await guardState(s), null, "no guard for a clean post");
      const after = await sent(page);
      assert.equal(after.length, before + 1);
      assert.equal(after[after.length - 1].text, CLEAN);
    });
  });
}

async function waitFor(check, what, timeout = 3000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 30));
  }
  assert.fail(`timed out waiting: ${what}`);
}
