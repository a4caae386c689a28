// Sites beyond the built-in ten, with the generic adapter: a forum IT lists in enabledSites or
// the user adds in the options page. SafePost reads such a site only once the user has given
// the browser's permission for it (an optional host permission); then the same content
// scripts are registered for that site, pages already open get them, and the generic adapter
// finds the box and its Send button. Without the permission the page is left alone.
//
// Chromium asks for the permission in its own dialog, which nothing here can click, so the
// grant is written into the profile as that dialog's "Allow" would (harness `grant`). The
// Firefox test (firefox.test.mjs) goes through the prompt itself.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, open, indicator, waitIndicator, EXTENSION_ID } from "./harness.mjs";
import { clickGuard, sent, marksOf, shownGuard } from "./helpers.mjs";

const FORUM = "forum.example.org";
const ORIGIN = "https://*.forum.example.org/*";
const SITE = { host: FORUM, box: "#box", submit: "#post", field: true };
const PHI = "Mrs. Alvarado had her embryo transfer today, call her cell 415-555-0193.";

async function registered(env) {
  return env.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })));
}

async function options(env) {
  const page = await env.context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options/options.html`);
  await page.waitForSelector("body:not([aria-busy])");
  return page;
}

/** Types into the forum's box and waits long enough for any indicator to have appeared. */
async function typeAndSettle(page, text) {
  await page.locator("#box").click();
  await page.keyboard.type(text, { delay: 2 });
  await page.waitForTimeout(800);
}

async function until(check, what, timeout = 5000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    const v = await check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out: ${what}`);
}

describe("a site the user adds, with the browser's permission", () => {
  let env;
  let forum;
  before(async () => {
    env = await launch({ grant: [ORIGIN] });
    forum = await open(env, FORUM);
  });
  after(async () => {
    assert.deepEqual(forum.errors, [], "no page errors");
    await env.close();
  });

  test("with access but not turned on, the content script is registered and stays silent", async () => {
    const scripts = await until(async () => {
      const s = await registered(env);
      return s.length ? s : null;
    }, "the content script for other sites is registered");
    assert.deepEqual(scripts, [{ id: "safepost-other-sites", matches: [ORIGIN] }]);
    await typeAndSettle(forum, "Mr. Okafor");
    assert.equal(await indicator(forum), null, "no indicator on a site nobody turned on");
  });

  test("a bad address is refused with a message naming it, and nothing is added", async () => {
    const page = await options(env);
    await page.fill("#add-host", "not a site");
    await page.click("#add button[type=submit]");
    assert.match(await page.textContent("#add-error"), /“not a site” is not a site address/);
    const state = await env.state();
    assert.deepEqual(state.user.sites, {});
    await page.close();
  });

  test("adding it in the options page watches the page already open, without a reload", async () => {
    const page = await options(env);
    await page.fill("#add-host", "https://forum.example.org/t/welcome");
    await page.click("#add button[type=submit]");
    await until(async () => (await env.state()).user.sites[FORUM] === true, "the site is on");
    const row = page.locator("#sites li", { hasText: FORUM });
    await row.waitFor();
    assert.equal(await row.locator("input[type=checkbox]").isChecked(), true);
    assert.equal(await row.getByRole("button", { name: `Remove ${FORUM}` }).count(), 1);
    assert.equal(await page.textContent("#add-error"), "");
    await page.close();

    await forum.locator("#box").fill("");
    await forum.locator("#box").click();
    await forum.keyboard.type(PHI, { delay: 2 });
    const ind = await waitIndicator(forum, (a) => a["data-severity"] === "block");
    const cats = ind["data-categories"].split(",");
    for (const c of ["NAME", "PHONE"]) assert.ok(cats.includes(c), `${c} in ${cats}`);
    const marks = await marksOf(forum, SITE);
    assert.ok(marks.includes("415-555-0193"), `marked: ${marks}`);
    assert.equal(await forum.inputValue("#box"), PHI, "the user's text is unchanged");
  });

  test("the generic adapter guards the Send button; Post anyway sends once, as typed", async () => {
    const before = (await sent(forum)).length;
    await forum.click("#post");
    const g = await shownGuard(forum);
    assert.ok(g && g.categories.split(",").includes("PHONE"), `guard: ${JSON.stringify(g)}`);
    assert.equal((await sent(forum)).length, before, "nothing sent while the guard is open");
    await clickGuard(forum, "Post anyway");
    await forum.waitForTimeout(200);
    const after = await sent(forum);
    assert.equal(after.length, before + 1, "exactly one submit");
    assert.equal(after[after.length - 1].text, PHI);
  });

  test("Remove takes the access back: the script is unregistered and a new page is left alone", async () => {
    const page = await options(env);
    await page.getByRole("button", { name: `Remove ${FORUM}` }).click();
    await until(async () => !(await env.worker.evaluate((o) => chrome.permissions.contains({ origins: [o] }), ORIGIN)), "the permission is removed");
    await until(async () => (await registered(env)).length === 0, "the content script is unregistered");
    assert.equal((await env.state()).user.sites[FORUM], undefined, "the user's choice is gone with the access");
    await page.close();
    const fresh = await open(env, FORUM);
    await typeAndSettle(fresh, PHI);
    assert.equal(await indicator(fresh), null);
    await fresh.close();
  });
});

describe("a site IT enables, before the user has given access", () => {
  let env;
  before(async () => {
    env = await launch({ policy: { enabledSites: ["x.com", FORUM] } });
    await env.waitPolicy((s) => (s.policy.enabledSites || []).includes(FORUM));
  });
  after(async () => {
    await env.close();
  });

  test("the options page says it needs permission; the built-in site does not", async () => {
    const page = await options(env);
    const forumRow = page.locator("#sites li", { hasText: FORUM });
    await forumRow.waitFor();
    assert.match(await forumRow.textContent(), /needs your permission/);
    assert.equal(await forumRow.getByRole("button", { name: `Allow ${FORUM}` }).count(), 1);
    const xRow = page.locator("#sites li", { hasText: "x.com" });
    assert.doesNotMatch(await xRow.textContent(), /permission/);
    assert.equal(await xRow.getByRole("button").count(), 0);
    await page.close();
  });

  test("the popup on that site offers to allow it", async () => {
    const popup = await env.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup/popup.html?for=${FORUM}`);
    await popup.waitForSelector("body:not([aria-busy])");
    assert.equal(await popup.isVisible("#allow"), true);
    assert.match(await popup.textContent("#access"), new RegExp(`permission to read ${FORUM.replace(/\./g, "\\.")}`));
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup/popup.html?for=x.com`);
    await popup.waitForSelector("body:not([aria-busy])");
    assert.equal(await popup.isVisible("#allow"), false);
    await popup.close();
  });

  test("the page itself is left alone: no script, no indicator", async () => {
    assert.deepEqual(await registered(env), []);
    const forum = await open(env, FORUM);
    await typeAndSettle(forum, PHI);
    assert.equal(await indicator(forum), null);
    assert.deepEqual(forum.errors, []);
    await forum.close();
  });
});
