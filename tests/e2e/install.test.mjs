// A real managed install (issue 5): no --load-extension. The built extension is packed as a
// signed CRX (a throw-away key, so its own id), served with updates.xml on 127.0.0.1 and
// force-installed by ExtensionInstallForcelist in /etc/chromium/policies/managed (written by
// the test, removed after; run as root), next to SafePost's 3rdparty policy for that id. The
// background must pick the policy up by its own managed-storage reads: nothing else reads it.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { generateKeyPairSync, createPublicKey } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { DIST, POLICY_DIR } from "./harness.mjs";
import { crx3, extensionId } from "../../scripts/package.mjs";
import { zipDir } from "../../scripts/zip.mjs";

const POLICY_FILE = join(POLICY_DIR, "safepost-e2e-install.json");
after(() => rmSync(POLICY_FILE, { force: true }));

test("force-installed from an update URL, the background sees IT's policy by itself", async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), "safepost-install-"));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = privateKey.export({ type: "pkcs8", format: "pem" });
  const files = { crx: null, updates: null };
  const server = createServer((req, res) => {
    const body = req.url.startsWith("/updates.xml") ? files.updates : req.url === "/safepost.crx" ? files.crx : null;
    res.writeHead(body ? 200 : 404, { "content-type": req.url === "/safepost.crx" ? "application/x-chrome-extension" : "text/xml" });
    res.end(body || "");
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${server.address().port}/`;

  // What `make package KEY=... UPDATE_URL=...` makes, with this server as the update URL.
  const dir = join(tmp, "chrome");
  cpSync(DIST, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const publicDer = createPublicKey(privateKey).export({ type: "spki", format: "der" });
  manifest.key = publicDer.toString("base64");
  manifest.update_url = base + "updates.xml";
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  zipDir(dir, join(tmp, "packed.zip"));
  const { crx, id } = crx3(readFileSync(join(tmp, "packed.zip")), pem);
  assert.equal(id, extensionId(publicDer));
  files.crx = crx;
  files.updates = `<?xml version='1.0' encoding='UTF-8'?>\n<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'><app appid='${id}'><updatecheck codebase='${base}safepost.crx' version='${manifest.version}' /></app></gupdate>\n`;

  const policy = { enforcement: "block", lockSites: true };
  mkdirSync(POLICY_DIR, { recursive: true });
  // DeveloperToolsAvailability 1: by default DevTools may not attach to policy-installed
  // extensions, and the test watches the worker through DevTools.
  writeFileSync(POLICY_FILE, JSON.stringify({ ExtensionInstallForcelist: [`${id};${base}updates.xml`], DeveloperToolsAvailability: 1, "3rdparty": { extensions: { [id]: policy } } }));

  const t0 = Date.now();
  const context = await chromium.launchPersistentContext(join(tmp, "profile"), {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    // With --disable-background-networking and --disable-component-update (Playwright's
    // defaults and the harness's flags) Chromium never fetched updates.xml.
    ignoreDefaultArgs: ["--disable-extensions", "--disable-background-networking", "--disable-component-update"],
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync"],
  });
  try {
    const url = `chrome-extension://${id}/src/background.js`;
    let worker = null;
    while (!worker && Date.now() - t0 < 30000) {
      worker = context.serviceWorkers().find((w) => w.url() === url) || null;
      if (!worker) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(worker, "the force-installed extension's service worker started");
    // The background caches each managed policy it reads (storage.local "managedCache"):
    // watch that, without reading managed storage and without opening a tab (tabs opened
    // through DevTools in the first seconds can stall policy delivery; see docs/extension.md).
    let cache = {};
    while (Date.now() - t0 < 30000) {
      ({ managedCache: cache = {} } = await worker.evaluate(() => chrome.storage.local.get("managedCache")));
      if (Object.keys(cache).length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(cache, policy, "the background's own reads returned the policy");
    const seconds = (Date.now() - t0) / 1000;
    t.diagnostic(`policy applied by the background ${seconds} s after launch`);
    assert.ok(seconds < 20, `policy applied ${seconds} s after launch`);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options/options.html`);
    const state = await page.evaluate(() => chrome.runtime.sendMessage({ type: "getState", host: "x.com" }));
    assert.deepEqual(state.managed, policy);
    assert.equal(state.policy.enforcement, "block");
    assert.equal(state.site.locked, true);
  } finally {
    await context.close();
    server.close();
    rmSync(POLICY_FILE, { force: true });
    rmSync(tmp, { recursive: true, force: true });
  }
});
