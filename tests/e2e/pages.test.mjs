// The popup and options pages: keyboard-navigable, no serious or critical axe-core violations,
// light and dark mode.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launch, EXTENSION_ID } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

const PAGES = {
  popup: `chrome-extension://${EXTENSION_ID}/popup/popup.html?for=x.com`,
  options: `chrome-extension://${EXTENSION_ID}/options/options.html`,
};

async function openPage(url, scheme) {
  const page = await env.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector("h1") && document.body.innerText.length > 20);
  // The page is checked as the user first sees it, then again once its state has been drawn.
  page.earlyViolations = await axe(page);
  await page.waitForFunction(() => document.body && !document.body.hasAttribute("aria-busy"));
  return page;
}

async function axe(page) {
  // Evaluated through the DevTools protocol, so the extension page's CSP does not apply.
  return page.evaluate(`${AXE}\n;axe.run(document, { resultTypes: ["violations"] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`);
}

for (const [name, url] of Object.entries(PAGES)) {
  for (const scheme of ["light", "dark"]) {
    test(`${name} page (${scheme}): no serious or critical accessibility violations`, async () => {
      const page = await openPage(url, scheme);
      const violations = [...page.earlyViolations, ...(await axe(page))];
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(bad, [], JSON.stringify(violations));
      await page.close();
    });
  }
}

test("both pages follow the browser's dark mode", async () => {
  for (const url of Object.values(PAGES)) {
    const light = await openPage(url, "light");
    const dark = await openPage(url, "dark");
    const bg = (p) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await bg(light), "rgb(255, 255, 255)");
    assert.equal(await bg(dark), "rgb(16, 24, 40)");
    await light.close();
    await dark.close();
  }
});

test("popup: the site switch is reachable and operable with the keyboard", async () => {
  const page = await openPage(PAGES.popup, "light");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "toggle");
  const before = await page.locator("#toggle").isChecked();
  await page.keyboard.press("Space");
  await page.waitForFunction((b) => document.getElementById("toggle").checked !== b, before);
  await page.keyboard.press("Space");
  await page.waitForFunction((b) => document.getElementById("toggle").checked === b, before);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "options");
  await page.close();
});

test("options: every site switch and the reset button are in the tab order", async () => {
  const page = await openPage(PAGES.options, "light");
  const switches = await page.locator("#sites input").count();
  assert.ok(switches >= 10, `${switches} site switches`);
  const seen = new Set();
  for (let i = 0; i < switches + 2; i++) {
    await page.keyboard.press("Tab");
    seen.add(await page.evaluate(() => document.activeElement.tagName + (document.activeElement.id ? "#" + document.activeElement.id : "")));
  }
  assert.ok(seen.has("INPUT") && seen.has("BUTTON#reset"), [...seen].join(","));
  await page.close();
});
