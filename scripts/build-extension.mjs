// Builds the extension: dist/chrome/ (Chrome and Edge, Manifest V3 service worker) and
// dist/firefox/ (event page), each with the WebAssembly core from pkg/, plus the store
// archives dist/safepost-chrome.zip and dist/safepost-firefox.xpi.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { zipDir } from "./zip.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "extension");
const dist = join(root, "dist");
const pkg = join(root, "pkg");

for (const f of ["safepost.js", "safepost_bg.wasm"]) {
  if (!existsSync(join(pkg, f))) {
    console.error(`build-extension: pkg/${f} is missing; run \`make pkg\` first`);
    process.exit(2);
  }
}

const FIREFOX_ID = "safepost@safepost-extension.org";

function build(target) {
  const out = join(dist, target);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(src, out, { recursive: true, filter: (p) => !p.endsWith(".md") });
  mkdirSync(join(out, "pkg"));
  for (const f of ["safepost.js", "safepost_bg.wasm"]) cpSync(join(pkg, f), join(out, "pkg", f));
  const manifest = JSON.parse(readFileSync(join(src, "manifest.json"), "utf8"));
  if (target === "firefox") {
    // Firefox MV3 has no background service worker: an event page runs the same module.
    manifest.background = { scripts: ["src/background.js"], type: "module" };
    delete manifest.key;
    // SafePost collects nothing: post text never leaves the browser.
    manifest.browser_specific_settings = { gecko: { id: FIREFOX_ID, strict_min_version: "128.0", data_collection_permissions: { required: ["none"] } } };
  }
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return out;
}

const chrome = build("chrome");
const firefox = build("firefox");
zipDir(chrome, join(dist, "safepost-chrome.zip"));
zipDir(firefox, join(dist, "safepost-firefox.xpi"));
console.log("built dist/chrome, dist/firefox, dist/safepost-chrome.zip, dist/safepost-firefox.xpi");
