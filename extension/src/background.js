// The background: runs the WebAssembly scanner (a Chrome service worker or a Firefox event
// page; a content script cannot compile wasm under the strict CSP of these sites), keeps the
// effective policy (IT's managed storage over the user's settings), and answers the content
// scripts over long-lived ports. It never stores post text.
import "./platform.js";
import "./sites.js";
import "./settings.js";
import { builtInOrigins, grantedOrigins, syncContentScripts } from "./access.js";
import init, { Scanner } from "../pkg/safepost.js";

const { platform: P, settings: S, sites } = globalThis.SafePost;

const state = {
  ready: null, // Promise resolved when the scanner is built (or failed)
  scanner: null,
  loadError: null,
  managed: {},
  policy: S.DEFAULT_POLICY,
  policyErrors: [],
  user: { sites: {} },
  ports: new Set(),
  metrics: { loadMs: null, warmUpMs: null },
  tabs: new Map(), // tabId -> { host, boxes, findings, severity, categories, account }
};

/** Compiles the scanner's patterns ahead of need (a scan compiles only those its text might
 * match), after the scans already waiting are answered, so that later keystrokes never wait
 * for a compile. */
function prepareWhenIdle(scanner) {
  setTimeout(() => {
    if (state.scanner !== scanner) return;
    const t0 = performance.now();
    try {
      scanner.prepare();
    } catch (e) {
      // Only speed is lost: every scan still compiles what it needs.
    }
    state.metrics.warmUpMs = Math.round(performance.now() - t0);
  }, 0);
}

/** Builds the scanner for the current managed policy. Never throws. */
function rebuildScanner() {
  try {
    const next = new Scanner(JSON.stringify(state.managed || {}));
    if (state.scanner) state.scanner.free();
    state.scanner = next;
    prepareWhenIdle(next);
    state.policy = JSON.parse(next.effectivePolicy());
    state.policyErrors = next.policyErrors();
    state.loadError = null;
  } catch (e) {
    // Only a policy that is not an object gets here: fall back to no policy, and say so.
    state.policyErrors = [`policy: ${e && e.message ? e.message : e}`];
    try {
      if (!state.scanner) state.scanner = new Scanner("");
      state.policy = JSON.parse(state.scanner.effectivePolicy());
    } catch (e2) {
      state.loadError = String(e2 && e2.message ? e2.message : e2);
    }
  }
}

async function start() {
  // The last policy seen is cached, so the first scan never waits for managed storage
  // (its first read can take seconds).
  const cached = await P.local(["managedCache", "user"]);
  state.managed = cached.managedCache || {};
  state.user = cached.user || { sites: {} };
  try {
    const t0 = performance.now();
    await init({ module_or_path: P.url("pkg/safepost_bg.wasm") });
    state.metrics.loadMs = Math.round(performance.now() - t0);
    rebuildScanner();
  } catch (e) {
    state.loadError = String(e && e.message ? e.message : e);
    state.policy = S.fallbackPolicy(state.managed);
  }
  refreshManaged(); // its first read can take seconds: never wait for it
  // Chromium can fill an extension's managed storage some seconds after the worker starts,
  // without a storage change event when the machine is busy: read it again a few times.
  for (const ms of [1000, 3000, 7000, 15000]) setTimeout(refreshManaged, ms);
}

// Reads can overlap and finish out of order: only a read newer than the last applied one counts.
let managedReads = 0;
let managedApplied = 0;

async function refreshManaged() {
  const read = ++managedReads;
  const managed = await P.managed();
  if (read < managedApplied) return;
  managedApplied = read;
  if (JSON.stringify(managed) !== JSON.stringify(state.managed)) {
    state.managed = managed;
    await P.setLocal({ managedCache: managed });
    if (!state.loadError) rebuildScanner();
    else state.policy = S.fallbackPolicy(managed);
    broadcastConfig();
  }
}

function configFor(host) {
  return {
    type: "config",
    host,
    site: S.siteState(host, state.policy, state.user, sites.defaultSites()),
    enforcement: state.policy.enforcement,
    failMode: state.policy.failMode,
    scannerAvailable: !state.loadError && !!state.scanner,
    loadError: state.loadError,
  };
}

function broadcastConfig() {
  for (const port of state.ports) {
    try {
      port.postMessage(configFor(port.safepostHost));
    } catch (e) {
      state.ports.delete(port);
    }
  }
}

/** The latest status a page of `host` reported (for a popup opened with ?for=host). */
function latestFor(host) {
  let found = null;
  for (const s of state.tabs.values()) if (S.normHost(s.host) === S.normHost(host)) found = s;
  return found;
}

function scan(msg, host) {
  const account = S.accountType(host, msg.handles, state.policy);
  if (!state.scanner || state.loadError) {
    return { type: "result", id: msg.id, error: state.loadError || "scanner unavailable", account };
  }
  const result = state.scanner.scan(String(msg.text), { site: host, context: msg.context, account });
  return { type: "result", id: msg.id, result, account };
}

P.api.runtime.onConnect.addListener((port) => {
  if (port.name !== "safepost") return;
  const sender = port.sender || {};
  let host = "";
  try {
    host = new URL(sender.url || (sender.tab && sender.tab.url) || "").hostname;
  } catch (e) {
    host = "";
  }
  port.safepostHost = host;
  state.ports.add(port);
  port.onDisconnect.addListener(() => state.ports.delete(port));
  port.onMessage.addListener(async (msg) => {
    await state.ready;
    if (msg.type === "hello") {
      port.postMessage(configFor(host));
    } else if (msg.type === "scan") {
      port.postMessage(scan(msg, host));
    } else if (msg.type === "status" && sender.tab && sender.frameId === 0) {
      state.tabs.set(sender.tab.id, { host, ...msg.status });
    }
  });
});

// Popup and options pages ask through one-off messages.
P.api.runtime.onMessage.addListener((msg, sender, reply) => {
  (async () => {
    await state.ready;
    if (msg.type === "getState") {
      refreshManaged(); // not awaited (it can take seconds); a change is broadcast when it lands
      reply({
        policy: state.policy,
        policyErrors: state.policyErrors,
        managed: state.managed,
        user: state.user,
        builtInSites: sites.defaultSites(),
        scannerAvailable: !state.loadError && !!state.scanner,
        loadError: state.loadError,
        metrics: state.metrics,
        tab: msg.tabId != null ? state.tabs.get(msg.tabId) || null : msg.host ? latestFor(msg.host) : null,
        site: msg.host ? S.siteState(msg.host, state.policy, state.user, sites.defaultSites()) : null,
        access: { builtIn: builtInOrigins(), granted: await grantedOrigins() },
      });
    } else if (msg.type === "setSite") {
      const st = S.siteState(msg.host, state.policy, state.user, sites.defaultSites());
      if (st.locked) {
        reply({ ok: false, error: "locked" });
        return;
      }
      state.user = { ...state.user, sites: { ...(state.user.sites || {}), [S.normHost(msg.host)]: !!msg.enabled } };
      await P.setLocal({ user: state.user });
      broadcastConfig();
      reply({ ok: true });
    } else if (msg.type === "forgetSite") {
      // The user removed a site they had added: their choice goes with the access.
      if (state.policy.lockSites) {
        reply({ ok: false, error: "locked" });
        return;
      }
      const { [S.normHost(msg.host)]: _, ...rest } = state.user.sites || {};
      state.user = { ...state.user, sites: rest };
      await P.setLocal({ user: state.user });
      broadcastConfig();
      reply({ ok: true });
    } else if (msg.type === "resetSites") {
      state.user = { ...state.user, sites: {} };
      await P.setLocal({ user: state.user });
      broadcastConfig();
      reply({ ok: true });
    } else {
      reply({ ok: false, error: "unknown message" });
    }
  })();
  return true;
});

P.onStorageChanged((changes, area) => {
  if (area === "managed") refreshManaged();
});

// Access granted or taken back (by SafePost's pages, or in the browser's own extension
// settings): the content script for other sites follows.
P.onPermissionsChanged(() => syncContentScripts());

P.api.tabs && P.api.tabs.onRemoved && P.api.tabs.onRemoved.addListener((tabId) => state.tabs.delete(tabId));

state.ready = start();
syncContentScripts();
