// Privacy, as issue 4 asks: the extension makes no network request at all and never stores the
// text of a post. Every host name resolves to the local test server, which records every
// request. After a whole session (type a post with PHI, open a card, apply a suggestion, meet
// the guard, post anyway):
// - every request is one of the replica page's own files, or one of Chromium's own background
//   requests, which the same session makes without SafePost loaded (checked on this machine:
//   the update check, the account check and the spell-check dictionary below), and none comes
//   from the extension's origin;
// - no request at all, the browser's own included, holds the words typed;
// - nothing the extension can write to (its storage areas, caches and databases) nor the
//   page's storage holds the words typed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { SITES, scope, typeInto, waitFindings, rectOfText, clickGuard, sent } from "./helpers.mjs";

const SITE = SITES.find((s) => s.host === "www.linkedin.com");
// Distinctive words, so that any copy of the post is found wherever it is kept.
const POST = "Mrs. Quennevieve had her embryo transfer today, call her cell 415-555-0176 (Zephyrine).";
const WORDS = ["Quennevieve", "Zephyrine", "415-555-0176"];
/** Chromium's own background requests, made by the browser (Sec-Fetch-Site "none"). */
const BROWSER_OWN = [
  { host: "update.googleapis.com", path: /^\/service\/update2\/json\?/ },
  { host: "accounts.google.com", path: /^\/ListAccounts\?/ },
  { host: "redirector.gvt1.com", path: /^\/edgedl\/chrome\/dict\// },
];
const PAGE_FILES = /^\/(index\.html|app\.js|lib\/[\w./-]+|favicon\.ico)?$/;

let env;
before(async () => {
  env = await launch({ mapAll: true });
});
after(async () => {
  await env.close();
});

test("a whole session makes no request beyond the page's own and stores no post text", async () => {
  const page = await env.context.newPage();
  await page.goto(`https://${SITE.host}/`);
  const s = await scope(page, SITE);
  await typeInto(page, s, SITE, POST);
  await waitFindings(s, (a) => a["data-findings"] !== "0");
  // Open a card on the name and apply its suggestion.
  const rect = await rectOfText(s, SITE, "Mrs. Quennevieve");
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  const card = s.locator("safepost-card").locator(".card");
  await card.waitFor({ state: "visible", timeout: 3000 });
  await card.getByRole("button", { name: "Apply" }).click();
  // Meet the guard and post anyway.
  await page.mouse.move(1, 1);
  await s.locator(SITE.submit).click();
  await clickGuard(s, "Post anyway");
  await page.waitForTimeout(500);
  assert.equal((await sent(page)).length, 1, "the post went out once");

  // Network: the replica's own files and the browser's own background requests, nothing else.
  const pageOwn = (r) => r.host === SITE.host && PAGE_FILES.test(r.path);
  const browserOwn = (r) => r.fetchSite === "none" && BROWSER_OWN.some((b) => b.host === r.host && b.path.test(r.path));
  const foreign = env.requests.filter((r) => !pageOwn(r) && !browserOwn(r));
  assert.deepEqual(foreign, [], "no request beyond the page's own and the browser's own");
  assert.deepEqual(env.requests.filter((r) => (r.origin || "").startsWith("chrome-extension://")), [], "no request from the extension's origin");
  assert.ok(env.requests.some((r) => r.host === SITE.host && r.path === "/"), "the recorder saw the page itself");
  for (const w of WORDS) {
    const carrying = env.requests.filter((r) => r.path.includes(w) || r.path.includes(encodeURIComponent(w)) || r.body.includes(w));
    assert.deepEqual(carrying, [], `no request carries "${w}"`);
  }

  // Storage: nothing the extension or the page keeps holds the words typed.
  const kept = await env.worker.evaluate(async () => {
    const areas = { local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) };
    if (chrome.storage.session) areas.session = await chrome.storage.session.get(null);
    const databases = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    const cacheNames = await caches.keys();
    return JSON.stringify({ areas, databases, cacheNames });
  });
  const pageKept = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
  for (const w of WORDS) {
    assert.ok(!kept.includes(w), `the extension keeps "${w}": ${kept}`);
    assert.ok(!pageKept.includes(w), `the page's storage keeps "${w}"`);
  }
  const { databases, cacheNames } = JSON.parse(kept);
  assert.deepEqual(databases, [], "no IndexedDB database");
  assert.deepEqual(cacheNames, [], "no Cache Storage");
  await page.close();
});
