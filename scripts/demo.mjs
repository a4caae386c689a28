// `make demo`: opens Chromium with the built extension on a local page of sample compose boxes.
// With a display it stays open for you to try; without one (or with --headless) it types sample
// posts, opens a card, and writes dist/demo.png.
import { launch } from "../tests/e2e/harness.mjs";
import { mkdirSync } from "node:fs";

const headless = process.argv.includes("--headless") || !process.env.DISPLAY;
const env = await launch({ headless });
const page = await env.context.newPage();
await page.goto("https://x.com/safepost-demo/index.html");
await page.locator("#post").click();
await page.keyboard.type("So proud of Mrs. Delacroix! Her 8-week scan this morning showed a strong heartbeat. Call her cell 503-555-0172 to congratulate her.", { delay: 2 });
await page.locator("#reply").click();
await page.keyboard.type("We're sorry you waited, but your retrieval was moved because your estradiol came back late.", { delay: 2 });
await page.locator("#comment").click();
await page.keyboard.type("Guaranteed baby or your money back!", { delay: 2 });
await page.waitForTimeout(400);
// Open the card on the patient's name.
const rect = await page.evaluate(() => {
  const box = document.getElementById("post");
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf("Mrs. Delacroix");
    if (i >= 0) {
      const r = new Range();
      r.setStart(n, i);
      r.setEnd(n, i + 14);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
  }
});
await page.mouse.move(rect.x, rect.y);
await page.waitForTimeout(400);
mkdirSync("dist", { recursive: true });
await page.screenshot({ path: "dist/demo.png" });
const indicators = await page.evaluate(() => [...document.querySelectorAll("safepost-indicator")].map((i) => `${i.getAttribute("data-severity")} ${i.getAttribute("data-findings")} ${i.getAttribute("data-categories")}`));
console.log("SafePost demo: indicators per box:\n  " + indicators.join("\n  "));
if (headless) {
  console.log("wrote dist/demo.png (a marked-up post with its card open)");
  await env.close();
} else {
  console.log("Chromium is open on the demo page; close the window to finish.");
  await new Promise((r) => env.context.on("close", r));
  await env.close();
}
