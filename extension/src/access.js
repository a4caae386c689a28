// Sites beyond the built-in list. The manifest's content scripts cover the built-in sites; a
// site that IT's enabledSites or the user adds needs the user's grant (an optional host
// permission, asked for by the popup or the options page) and then gets the same content
// scripts, registered at run time for the granted origins only. Background module.
import "./platform.js";

const { platform: P } = globalThis.SafePost;
const SCRIPT_ID = "safepost-other-sites";

/** The manifest's own match patterns (the built-in sites). */
export function builtInOrigins() {
  return P.api.runtime.getManifest().content_scripts.flatMap((c) => c.matches);
}

/** The https origins the user granted beyond the built-in sites. */
export async function grantedOrigins() {
  const fixed = new Set(builtInOrigins());
  return (await P.grantedOrigins()).filter((o) => o.startsWith("https://") && !fixed.has(o)).sort();
}

let syncing = Promise.resolve();

/** Makes the registered content script match exactly the granted origins, and runs it in the
 * tabs already open at a newly granted origin. Calls are serialized; never throws. */
export function syncContentScripts() {
  syncing = syncing.then(sync, sync);
  return syncing;
}

async function sync() {
  if (!P.api.scripting || !P.api.scripting.registerContentScripts) return;
  try {
    const origins = await grantedOrigins();
    const [current] = await P.api.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    const before = current ? current.matches.slice().sort() : [];
    if (before.join() === origins.join()) return;
    if (current) await P.api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (origins.length === 0) return;
    const cs = P.contentScriptFiles();
    await P.api.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: origins, js: cs.js, css: cs.css, runAt: "document_idle", allFrames: true },
    ]);
    await injectOpenTabs(origins.filter((o) => !before.includes(o)), cs);
  } catch (e) {
    console.warn("SafePost: could not register the content script for other sites:", e && e.message ? e.message : e);
  }
}

/** The content script runs once per page (it checks SafePost.started), so injecting into a
 * page that already has it is harmless. */
async function injectOpenTabs(origins, cs) {
  if (origins.length === 0 || !P.api.tabs) return;
  let tabs = [];
  try {
    tabs = await P.api.tabs.query({ url: origins });
  } catch (e) {
    return;
  }
  for (const tab of tabs) {
    const target = { tabId: tab.id, allFrames: true };
    try {
      await P.api.scripting.insertCSS({ target, files: cs.css });
      await P.api.scripting.executeScript({ target, files: cs.js });
    } catch (e) {
      // A tab that navigated away or a frame we may not enter: the next page load gets the script.
    }
  }
}
