// The Firefox build in Firefox ESR, driven by geckodriver (WebDriver): the add-on installs
// (temporarily) from dist/firefox, its event page runs the wasm scanner, and on the x.com and
// Instagram replicas typing updates the indicator and a submit with PHI is guarded.
// Firefox has no host-resolver flag: `network.dns.localDomains` sends the replica host names to
// 127.0.0.1, so the HTTPS server listens on port 443 (the tests run as root).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { ROOT, startServer } from "./harness.mjs";

const FIREFOX = ["/usr/bin/firefox-esr", "/usr/bin/firefox"].find((p) => {
  try {
    execFileSync(p, ["--version"], { stdio: "ignore" });
    return true;
  } catch (e) {
    return false;
  }
});

async function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

const FIREFOX_ID = "safepost@safepost-extension.org";
const ADDON_UUID = "5a4e3b1c-0d2f-4c6a-9e8b-7f1a2b3c4d5e";

let driver, server, tmp, base, session;

async function wd(method, path, body) {
  const res = await fetch(`${base}${path}`, { method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}
const run = (script, args = []) => wd("POST", `/session/${session}/execute/sync`, { script, args });

before(async () => {
  assert.ok(FIREFOX, "Firefox ESR is installed (scripts/setup.sh installs it)");
  tmp = mkdtempSync(join(tmpdir(), "safepost-ff-"));
  server = await startServer(tmp, 443);
  const port = await freePort();
  driver = spawn("geckodriver", ["--port", String(port), "--allow-system-access"], { stdio: "ignore" });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch (e) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const caps = await wd("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        browserName: "firefox",
        acceptInsecureCerts: true,
        "moz:firefoxOptions": {
          binary: FIREFOX,
          args: ["-headless"],
          prefs: {
            "network.dns.localDomains": "x.com,www.instagram.com,forum.example.org",
            "extensions.webextensions.restrictedDomains": "",
            // A fixed address for the add-on's pages, and Firefox's permission prompt answered
            // "Allow" (the request still has to come from a click; see the last test).
            "extensions.webextensions.uuids": JSON.stringify({ [FIREFOX_ID]: ADDON_UUID }),
            "extensions.webextOptionalPermissionPrompts": false,
          },
        },
      },
    },
  });
  session = caps.sessionId;
  await wd("POST", `/session/${session}/moz/addon/install`, { path: join(ROOT, "dist", "firefox"), temporary: true });
});

after(async () => {
  if (session) await wd("DELETE", `/session/${session}`).catch(() => {});
  if (driver) driver.kill();
  if (server) server.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function indicator() {
  return run(`const i = document.querySelector("safepost-indicator"); return i && { findings: i.getAttribute("data-findings"), categories: i.getAttribute("data-categories"), severity: i.getAttribute("data-severity") };`);
}

// (a script run while a page is still loading may throw, "document.body is null": that is a
// "not yet" like any other, and the last such error is reported if time runs out)
async function until(fn, what, timeout = 15000) {
  const start = Date.now();
  let last, error;
  while (Date.now() - start < timeout) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out: ${what}${error ? ` (last error: ${error.message})` : ""}`);
}

const PHI = "Mrs. Alvarado had her transfer today, call her cell 415-555-0193.";

/** The element a CSS selector finds, as WebDriver's id. */
async function element(selector) {
  return Object.values(await wd("POST", `/session/${session}/element`, { using: "css selector", value: selector }))[0];
}

async function click(selector) {
  await wd("POST", `/session/${session}/element/${await element(selector)}/click`, {});
}

/** Clicks into the box, types `text`, and waits until the indicator shows block findings. */
async function typeUntilFlagged(text, what) {
  const id = await element("#box");
  await wd("POST", `/session/${session}/element/${id}/click`, {});
  await wd("POST", `/session/${session}/element/${id}/value`, { text });
  return until(async () => {
    const i = await indicator();
    return i && i.severity === "block" ? i : null;
  }, what);
}

/** Clicks the site's submit control and checks that the guard stopped it. */
async function submitIsGuarded(selector) {
  await click(selector);
  const guard = await until(() => run(`const g = document.querySelector("safepost-guard"); return g && g.getAttribute("data-categories");`), "guard shown");
  assert.ok(guard.includes("PHONE"));
  assert.deepEqual(await run("return window.__sent.length"), 0);
}

for (const [host, submit] of [["x.com", '[data-testid="tweetButtonInline"]'], ["www.instagram.com", "#post"]]) {
  test(`Firefox ESR on ${host}: indicator, marks and guard`, async () => {
    await wd("POST", `/session/${session}/url`, { url: `https://${host}/` });
    const ind = await typeUntilFlagged(PHI, "indicator shows the findings");
    assert.ok(ind.categories.split(",").includes("NAME") && ind.categories.split(",").includes("PHONE"), ind.categories);
    const marked = await run(`const out = []; if (globalThis.CSS && CSS.highlights) for (const [, h] of CSS.highlights) for (const r of h) out.push(r.toString());
      const m = document.querySelector("safepost-mirror"); if (m) m.shadowRoot.querySelectorAll("mark").forEach(k => out.push(k.textContent)); return out;`);
    assert.ok(marked.includes("415-555-0193"), JSON.stringify(marked));
    await submitIsGuarded(submit);
  });
}

test("Firefox ESR: a site added in the options page is watched, including the tab already open", async () => {
  const forumTab = await wd("GET", `/session/${session}/window`);
  await wd("POST", `/session/${session}/url`, { url: "https://forum.example.org/" });
  assert.equal(await run(`return !!document.querySelector("safepost-indicator")`), false, "not watched before");
  // WebDriver will not navigate to an add-on's page; the browser's own (chrome) context opens
  // it in a new tab, as the Add-ons Manager's "Options" does.
  const before = await wd("GET", `/session/${session}/window/handles`);
  await wd("POST", `/session/${session}/moz/context`, { context: "chrome" });
  await run(`gBrowser.selectedTab = gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`, [`moz-extension://${ADDON_UUID}/options/options.html`]);
  await wd("POST", `/session/${session}/moz/context`, { context: "content" });
  const handle = await until(async () => (await wd("GET", `/session/${session}/window/handles`)).find((h) => !before.includes(h)), "the options tab opens");
  await wd("POST", `/session/${session}/window`, { handle });
  // (the new tab may not have parsed its body yet when first asked)
  await until(() => run(`return !!document.body && !document.body.hasAttribute("aria-busy")`), "options page drawn");
  await wd("POST", `/session/${session}/element/${await element("#add-host")}/value`, { text: "forum.example.org" });
  await click("#add button[type=submit]");
  await until(() => run(`return [...document.querySelectorAll("#sites li")].some((li) => li.textContent.includes("forum.example.org") && li.querySelector("input").checked)`), "the site is listed and on");
  assert.equal(await run(`return document.getElementById("add-error").textContent`), "");
  await wd("DELETE", `/session/${session}/window`);
  await wd("POST", `/session/${session}/window`, { handle: forumTab });
  const ind = await typeUntilFlagged(PHI, "the tab opened before the grant now shows the findings");
  assert.ok(ind.categories.split(",").includes("PHONE"), ind.categories);
  await submitIsGuarded("#post");
});
