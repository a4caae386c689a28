// End-to-end harness: an HTTPS server on 127.0.0.1 serving replica pages under the real host
// names (with a strict Content-Security-Policy), and Debian's Chromium with dist/chrome loaded.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from "node:fs";
import { createServer } from "node:https";
import { tmpdir } from "node:os";
import { extname, join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist", "chrome");
const SITES = join(ROOT, "tests", "e2e", "sites");
export const EXTENSION_ID = "bbhblbmohmkcejbhhacjeflhbcjaijki";

export const HOSTS = [
  "x.com", "www.facebook.com", "www.instagram.com", "www.linkedin.com", "www.reddit.com",
  "www.youtube.com", "www.tiktok.com", "biz.yelp.com", "www.google.com", "www.healthgrades.com",
  "forum.example.org",
];

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

function certificate(dir) {
  const key = join(dir, "key.pem");
  const cert = join(dir, "cert.pem");
  const san = HOSTS.map((h) => `DNS:${h}`).join(",");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=safepost-test", "-addext", `subjectAltName=${san}`], { stdio: "ignore" });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

/** Starts the HTTPS server; pages are tests/e2e/sites/<host>/<path>, with a shared lib. Every
 * request is recorded in `requests` when given: { host, path, method, fetchSite, origin, body }
 * (`fetchSite` is the Sec-Fetch-Site header, which only requests made by a page, a content
 * script or an extension carry; the browser's own background requests have none). */
export async function startServer(tmp, port = 0, requests = null) {
  const tls = certificate(tmp);
  const server = createServer(tls, (req, res) => {
    const host = (req.headers.host || "").split(":")[0];
    if (requests) {
      const record = { host, path: req.url, method: req.method, fetchSite: req.headers["sec-fetch-site"] || null, origin: req.headers.origin || null, body: "" };
      requests.push(record);
      req.on("data", (chunk) => {
        if (record.body.length < 65536) record.body += chunk.toString("latin1");
      });
    }
    let path = decodeURIComponent(new URL(req.url, "https://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const DEMO = join(ROOT, "demo");
    const file = path.startsWith("/lib/") ? join(SITES, path) : path.startsWith("/safepost-demo/") ? join(DEMO, path.slice("/safepost-demo/".length)) : join(SITES, host, path);
    if (!(file.startsWith(SITES) || file.startsWith(DEMO)) || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "content-security-policy": CSP, "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  return server;
}

/** Where Chromium reads machine-wide managed policy on Linux. */
export const POLICY_DIR = "/etc/chromium/policies/managed";
const POLICY_FILE = join(POLICY_DIR, "safepost-e2e.json");

/** Writes (or, with null, removes) the managed policy for SafePost, as IT would. */
export function setPolicy(policy) {
  if (policy === null) {
    rmSync(POLICY_FILE, { force: true });
    return;
  }
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ "3rdparty": { extensions: { [EXTENSION_ID]: policy } } }, null, 2));
}

/** A copy of dist/chrome whose WebAssembly file is corrupt: the scanner cannot load. */
export function brokenDist(tmp) {
  const out = join(tmp, "broken-chrome");
  cpSync(DIST, out, { recursive: true });
  writeFileSync(join(out, "pkg", "safepost_bg.wasm"), Buffer.from("this is not WebAssembly"));
  return out;
}

/** Launches Chromium with the extension; returns { context, worker, port, close }. With
 * `policy`, a managed policy file is written first (and removed on close). With
 * `extension: false`, the same browser without it (a baseline for measurements). */
/** `mapAll`: every host name, not only the replicas', resolves to the local server, which then
 * sees (in `env.requests`) any request the browser makes over the network. */
/** `grant`: origins (optional host permissions) the user has already allowed. Chromium asks
 * through its own dialog, which nothing here can click, so the grant is written into the
 * profile as that dialog's "Allow" would: the browser starts once to create the profile, and
 * again with the grant. */
export async function launch({ headless = true, policy = undefined, broken = false, extension = true, mapAll = false, lang = undefined, grant = [], args = [] } = {}) {
  if (!existsSync(join(DIST, "manifest.json"))) throw new Error("dist/chrome is missing: run `make dist` first");
  const tmp = mkdtempSync(join(tmpdir(), "safepost-e2e-"));
  if (policy !== undefined) setPolicy(policy);
  const dist = broken ? brokenDist(tmp) : DIST;
  const requests = [];
  const server = await startServer(tmp, 0, requests);
  const port = server.address().port;
  const rules = mapAll ? `MAP * 127.0.0.1:${port}, EXCLUDE localhost` : HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(", ");
  const profile = join(tmp, "profile");
  const options = {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless,
    ignoreDefaultArgs: ["--disable-extensions"],
    viewport: { width: 1200, height: 800 },
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", ...(extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
      `--host-resolver-rules=${rules}`, "--ignore-certificate-errors", ...(lang ? [`--lang=${lang}`] : []), ...args,
    ],
    ...(lang ? { locale: lang } : {}),
  };
  if (grant.length) {
    const first = await chromium.launchPersistentContext(profile, options);
    if (!first.serviceWorkers().length) await first.waitForEvent("serviceworker", { timeout: 20000 });
    await first.close();
    grantInProfile(profile, grant);
  }
  const context = await chromium.launchPersistentContext(profile, options);
  const worker = !extension ? null : context.serviceWorkers()[0] || (await context.waitForEvent("serviceworker", { timeout: 20000 }));
  return {
    context,
    worker,
    port,
    requests,
    async close() {
      await context.close();
      server.close();
      if (policy !== undefined) setPolicy(null);
      rmSync(tmp, { recursive: true, force: true });
    },
    /** The background's state, asked from an extension page like the options page does. */
    async state(host) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${EXTENSION_ID}/options/options.html`);
      const s = await page.evaluate((host) => chrome.runtime.sendMessage({ type: "getState", host }), host);
      await page.close();
      return s;
    },
    /** Waits until the background applies a policy satisfying `predicate`. Nothing but the
     * extension reads its managed storage. Seen on this machine (issue 5, bench/managed-policy.mjs):
     * tabs opened through DevTools (newPage) in the browser's first seconds can stall the
     * delivery of managed policy to the extension for minutes; a real browser, or this one
     * while no tab is opened, delivers it within seconds. So until the background has cached a
     * non-empty policy from its own reads (storage.local "managedCache"), no page is opened. */
    async waitPolicy(predicate, timeout = 20000) {
      const start = Date.now();
      let last;
      while (Date.now() - start < timeout) {
        const { managedCache } = await worker.evaluate(() => chrome.storage.local.get("managedCache")).catch(() => ({}));
        if (managedCache && Object.keys(managedCache).length) {
          last = await this.state();
          if (predicate(last)) return last;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`policy never applied: ${JSON.stringify(last && last.policy)}`);
    },
  };
}

/** Adds `origins` to SafePost's granted and active host permissions in a closed profile. */
function grantInProfile(profile, origins) {
  const file = join(profile, "Default", "Preferences");
  const prefs = JSON.parse(readFileSync(file, "utf8"));
  const ext = prefs.extensions && prefs.extensions.settings && prefs.extensions.settings[EXTENSION_ID];
  if (!ext) throw new Error("the profile has no settings for SafePost: cannot grant access");
  for (const key of ["granted_permissions", "active_permissions"]) {
    ext[key] = ext[key] || {};
    ext[key].explicit_host = [...new Set([...(ext[key].explicit_host || []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/** Opens a replica page and waits for the content script to watch its first box. */
export async function open(env, host, path = "/") {
  const page = await env.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`https://${host}${path}`);
  page.errors = errors;
  return page;
}

/** The indicator's attributes for the n-th watched box (document order, shadow roots included). */
export async function indicator(page, n = 0) {
  return page.evaluate((n) => {
    const all = [];
    const walk = (root) => {
      root.querySelectorAll("safepost-indicator").forEach((e) => all.push(e));
      root.querySelectorAll("*").forEach((e) => e.shadowRoot && walk(e.shadowRoot));
    };
    walk(document);
    const el = all[n];
    if (!el) return null;
    const a = {};
    for (const k of ["data-findings", "data-categories", "data-severity", "data-account", "role", "aria-label"]) a[k] = el.getAttribute(k);
    a.hasShadow = !!el.shadowRoot;
    return a;
  }, n);
}

/** Waits until the indicator matches `predicate`; returns its attributes. */
export async function waitIndicator(page, predicate, { n = 0, timeout = 5000 } = {}) {
  const start = Date.now();
  let last = null;
  while (Date.now() - start < timeout) {
    last = await indicator(page, n);
    if (last && predicate(last)) return { ...last, waited: Date.now() - start };
    await page.waitForTimeout(25);
  }
  throw new Error(`indicator never matched; last: ${JSON.stringify(last)}`);
}
