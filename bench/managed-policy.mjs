// Issue 5: when does an extension's own chrome.storage.managed read see IT's policy? Starts
// Debian's Chromium with a fresh profile and a managed policy file, with a probe extension (a
// copy of dist/chrome whose service worker, and optionally an extension page, read managed
// storage every 500 ms and report each answer by fetch() to a server on 127.0.0.1). Nothing
// outside the extension reads its storage; with --launch direct there is no DevTools connection
// at all. Run as root (writes /etc/chromium/policies/managed/safepost-bench.json, removed after).
//
//   node bench/managed-policy.mjs [--runs 5] [--install unpacked|forcelist]
//        [--launch playwright|direct] [--flags harness|minimal] [--reader worker|tab|offscreen]
//        [--worker poll|once|real] [--timeout 40]
//
// --install forcelist: no --load-extension; the probe is packed as a signed CRX (a throw-away
// key), served with updates.xml and force-installed through ExtensionInstallForcelist.
// --worker real: the real background.js runs, and the probe only logs its managed reads.
import { spawn } from "node:child_process";
import { generateKeyPairSync, createPublicKey } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { DIST } from "../tests/e2e/harness.mjs";
import { crx3, extensionId } from "../scripts/package.mjs";
import { zipDir } from "../scripts/zip.mjs";

const opt = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
};
const RUNS = Number(opt("runs", 5));
const INSTALL = opt("install", "unpacked");
const LAUNCH = opt("launch", "playwright");
const FLAGS = opt("flags", "harness");
const READER = opt("reader", "worker");
const WORKER = opt("worker", "poll");
// --state: like the e2e harness, ask the background for its state from the options page
// (runtime.sendMessage "getState") every 500 ms; only with --launch playwright.
const STATE = process.argv.includes("--state");
const HEADLESS_PW = process.argv.includes("--pw-headless");
// --state-url about:blank: the same new tabs, but not extension pages (no getState).
const STATE_URL = opt("state-url", "options");
// --kick devtools|page --kick-at 15: one managed read from outside the worker at that second,
// through DevTools on the worker (what the harness does) or in a new options page.
const KICK = opt("kick", null);
const KICK_AT = Number(opt("kick-at", 15)) * 1000;
const TIMEOUT = Number(opt("timeout", 40)) * 1000;
const POLICY_FILE = "/etc/chromium/policies/managed/safepost-bench.json";
const POLICY = { enforcement: "block" };

const PROBE = (port) => `
const T = () => Date.now();
export const log = (ev) => fetch("http://127.0.0.1:${port}/log", { method: "POST", mode: "no-cors", body: JSON.stringify({ t: T(), ctx: typeof document === "undefined" ? "worker" : (location.search.slice(1) || "page"), ...ev }) }).catch(() => {});
let n = 0;
export async function read() {
  const i = ++n, started = T();
  try {
    const v = await chrome.storage.managed.get(null);
    log({ ev: "read", i, started, keys: Object.keys(v || {}) });
  } catch (e) {
    log({ ev: "readError", i, started, error: String(e) });
  }
}
`;

// Service workers allow neither top-level await nor import(): with --worker real, a first
// module wraps managed.get (to log the background's own reads), then background.js runs.
const WORKER_JS = (cfg) => `
import { log, read } from "./probe.js";
${cfg.worker === "real" ? 'import "./probe-wrap.js";\nimport "./src/background.js";' : ""}
log({ ev: "start" });
chrome.storage.managed.onChanged && chrome.storage.managed.onChanged.addListener((c) => log({ ev: "managed.onChanged", keys: Object.keys(c) }));
chrome.storage.onChanged.addListener((c, area) => log({ ev: "storage.onChanged", area, keys: Object.keys(c) }));
const mode = ${JSON.stringify(cfg)};
if (mode.worker === "poll") { read(); setInterval(read, 500); }
if (mode.worker === "once") { read(); setTimeout(read, 30000); }
if (mode.reader === "offscreen") chrome.offscreen.createDocument({ url: "probe.html?offscreen", reasons: ["DOM_PARSER"], justification: "probe" }).catch((e) => log({ ev: "offscreenError", error: String(e) }));
// --reader churn: the worker itself opens and closes a tab every 600 ms for 20 s (no DevTools).
if (mode.reader === "churn") {
  const until = Date.now() + 20000;
  const once = async () => { if (Date.now() > until) return; try { const t = await chrome.tabs.create({ url: "about:blank" }); await new Promise((r) => setTimeout(r, 100)); await chrome.tabs.remove(t.id); } catch (e) { log({ ev: "churnError", error: String(e) }); } setTimeout(once, 500); };
  once();
}
if (mode.reader === "tabFromWorker") chrome.tabs.create({ url: "probe.html?tab" });
`;

const WRAP_JS = `
import { log } from "./probe.js";
const get = chrome.storage.managed.get.bind(chrome.storage.managed);
let i = 0;
chrome.storage.managed.get = (...a) => { const k = ++i, started = Date.now(); const p = get(...a); p.then((v) => log({ ev: "read", i: k, started, keys: Object.keys(v || {}) })); return p; };
`;

const PAGE_JS = `import { log, read } from "./probe.js"; log({ ev: "start" }); read(); setInterval(read, 500);`;

function probeExtension(dir, port, cfg, key) {
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, "probe.js"), PROBE(port));
  writeFileSync(join(dir, "probe-worker.js"), WORKER_JS(cfg));
  writeFileSync(join(dir, "probe-page.js"), PAGE_JS);
  writeFileSync(join(dir, "probe-wrap.js"), WRAP_JS);
  writeFileSync(join(dir, "probe.html"), `<!doctype html><script type="module" src="probe-page.js"></script>`);
  const m = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  m.background = { service_worker: "probe-worker.js", type: "module" };
  if (cfg.reader === "offscreen") m.permissions = [...m.permissions, "offscreen"];
  if (key) {
    m.key = createPublicKey(key).export({ type: "spki", format: "der" }).toString("base64");
    m.update_url = `http://127.0.0.1:${port}/updates.xml`;
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(m, null, 2));
  return extensionId(Buffer.from(m.key, "base64"));
}

const BASE_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync"];
const HARNESS_FLAGS = [...BASE_FLAGS, "--disable-background-networking", "--disable-component-update"];

async function run(k) {
  const tmp = mkdtempSync(join(tmpdir(), "safepost-bench-"));
  const events = [];
  let t0 = 0;
  let crx = null, updates = null;
  const server = createServer((req, res) => {
    if (req.url === "/log") {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => {
        try { events.push(JSON.parse(body)); } catch (e) {}
        res.writeHead(204, { "access-control-allow-origin": "*" });
        res.end();
      });
      return;
    }
    events.push({ t: Date.now(), ctx: "server", ev: "GET " + req.url });
    if (req.url.startsWith("/updates.xml") && updates) {
      res.writeHead(200, { "content-type": "text/xml" });
      res.end(updates);
    } else if (req.url.startsWith("/probe.crx") && crx) {
      res.writeHead(200, { "content-type": "application/x-chrome-extension" });
      res.end(crx);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const port = server.address().port;
  const cfg = { worker: WORKER, reader: READER };
  const ext = join(tmp, "ext");
  let key = null;
  if (INSTALL === "forcelist") key = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" });
  const id = probeExtension(ext, port, cfg, key);
  const policy = { "3rdparty": { extensions: { [id]: POLICY } } };
  if (INSTALL === "forcelist") {
    zipDir(ext, join(tmp, "probe.zip"));
    crx = crx3(readFileSync(join(tmp, "probe.zip")), key).crx;
    const version = JSON.parse(readFileSync(join(ext, "manifest.json"), "utf8")).version;
    updates = `<?xml version='1.0' encoding='UTF-8'?>\n<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'><app appid='${id}'><updatecheck codebase='http://127.0.0.1:${port}/probe.crx' version='${version}' /></app></gupdate>\n`;
    policy.ExtensionInstallForcelist = [`${id};http://127.0.0.1:${port}/updates.xml`];
  }
  mkdirSync("/etc/chromium/policies/managed", { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify(policy));
  const flags = [...(FLAGS === "harness" ? HARNESS_FLAGS : BASE_FLAGS), "--headless"];
  if (INSTALL === "unpacked") flags.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  const startUrl = READER === "tab" ? `chrome-extension://${id}/probe.html?tab` : "about:blank";
  let close;
  t0 = Date.now();
  if (LAUNCH === "direct") {
    const child = spawn("/usr/bin/chromium", [...flags, `--user-data-dir=${join(tmp, "profile")}`, startUrl], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    close = async () => {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r() : child.on("exit", r)));
    };
  } else {
    // Playwright adds its own defaults; drop those this experiment varies.
    const ignore = ["--disable-extensions", ...(FLAGS === "harness" ? [] : ["--disable-background-networking", "--disable-component-update"])];
    const context = await chromium.launchPersistentContext(join(tmp, "profile"), {
      executablePath: "/usr/bin/chromium", headless: HEADLESS_PW, ignoreDefaultArgs: ignore, args: HEADLESS_PW ? flags.filter((f) => f !== "--headless") : flags,
    });
    if (READER === "tab") await context.pages()[0].goto(startUrl).catch(() => {});
    let stop = false;
    const polling = STATE && (async () => {
      // From the worker's first report (Playwright's serviceworker event can miss a worker
      // that a force-install started).
      while (!stop && !events.some((e) => e.ctx === "worker" && e.ev === "start")) await new Promise((r) => setTimeout(r, 50));
      while (!stop) {
        const page = await context.newPage();
        try {
          if (STATE_URL === "options") {
            await page.goto(`chrome-extension://${id}/options/options.html`);
            const st = await page.evaluate(() => chrome.runtime.sendMessage({ type: "getState" }));
            events.push({ t: Date.now(), ctx: "state", ev: "read", keys: Object.keys(st.managed || {}) });
          } else await page.goto(STATE_URL);
        } catch (e) {}
        await page.close().catch(() => {});
        await new Promise((r) => setTimeout(r, 500));
      }
    })();
    const kick = KICK && (async () => {
      const sw = context.serviceWorkers()[0] || (await context.waitForEvent("serviceworker"));
      await new Promise((r) => setTimeout(r, KICK_AT - (Date.now() - t0)));
      if (stop) return;
      events.push({ t: Date.now(), ctx: "kick", ev: "kick " + KICK });
      if (KICK === "devtools") {
        const v = await sw.evaluate(() => chrome.storage.managed.get(null)).catch(() => null);
        events.push({ t: Date.now(), ctx: "kick", ev: "read", keys: Object.keys(v || {}) });
      } else {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${id}/probe.html?kickpage`);
      }
    })();
    close = async () => { stop = true; await polling; await kick; await context.close(); };
  }
  // Until a read from the chosen context sees the policy, then 2 s more for late events.
  const target = READER === "worker" ? "worker" : READER;
  let seenAt = null;
  while (Date.now() - t0 < TIMEOUT) {
    const hit = events.find((e) => e.ev === "read" && e.keys.length && (e.ctx === target || e.ctx === "worker"));
    if (hit && !seenAt) seenAt = Date.now();
    const workerHit = events.find((e) => e.ev === "read" && e.keys.length && e.ctx === "worker");
    if (seenAt && (workerHit || Date.now() - seenAt > 5000) && Date.now() - seenAt > 2000) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await close();
  server.close();
  rmSync(POLICY_FILE, { force: true });
  rmSync(tmp, { recursive: true, force: true });
  return summarize(k, events, t0);
}

function summarize(k, events, t0) {
  const rel = (t) => (t == null ? null : ((t - t0) / 1000).toFixed(1));
  const out = { run: k };
  for (const ctx of ["worker", "tab", "offscreen", "state", "kick", "kickpage"]) {
    const mine = events.filter((e) => e.ctx === ctx);
    if (!mine.length) continue;
    const start = mine.find((e) => e.ev === "start");
    const reads = mine.filter((e) => e.ev === "read");
    const first = reads.filter((e) => e.keys.length).sort((a, b) => a.t - b.t)[0];
    out[ctx] = {
      start: rel(start && start.t),
      reads: reads.length,
      emptyBefore: first ? reads.filter((e) => e.t < first.t).length : reads.length,
      seen: first ? rel(first.t) : "never",
      seenReadStarted: first ? rel(first.started) : null,
      changed: mine.filter((e) => /onChanged/.test(e.ev)).map((e) => `${e.ev}${e.area ? ":" + e.area : ""}@${rel(e.t)}`).join(" ") || "none",
      errors: mine.filter((e) => /Error/.test(e.ev)).map((e) => e.error).slice(0, 2),
    };
  }
  const gets = events.filter((e) => e.ctx === "server").map((e) => `${e.ev}@${rel(e.t)}`);
  if (gets.length) out.server = gets.join(" ");
  return out;
}

console.log(JSON.stringify({ install: INSTALL, launch: LAUNCH, flags: FLAGS, reader: READER, worker: WORKER, runs: RUNS }));
try {
  for (let k = 1; k <= RUNS; k++) console.log(JSON.stringify(await run(k)));
} finally {
  rmSync(POLICY_FILE, { force: true });
}
