// The cold first scan of two builds of the WebAssembly package, compared (docs/PERFORMANCE.md):
// each run is a fresh browser without the extension, the builds taking turns so that the load of
// a shared machine falls on both alike. In each, a cross-origin-isolated page (5 us timer) loads
// the package as the extension's background does (`init` with the .wasm's URL: fetched and
// compiled as it streams), builds a Scanner, scans "ok" (what every first scan pays: the rules'
// word lists, the lazy compilation of the scan's code) and then a 280-character post with a name,
// a phone and a date (the patterns its rules compile). Prints each run and the medians per build.
//   node bench/cold-ab.mjs OLD_PKG_DIR NEW_PKG_DIR [runs per build]   (directories made by `make pkg`)
// JS_FLAGS=... passes V8 flags to the browsers (an experiment: the extension cannot set them).
import { resolve } from "node:path";
import { launch } from "../tests/e2e/harness.mjs";
import { isolatedServer } from "./isolated-server.mjs";

const dirs = process.argv.slice(2, 4).map((d) => resolve(d));
if (dirs.length !== 2) throw new Error("usage: node bench/cold-ab.mjs OLD_PKG_DIR NEW_PKG_DIR [runs per build]");
const runs = Number(process.argv[4] || 6);
let served = dirs[0];
const server = await isolatedServer(() => served);
const results = dirs.map(() => []);
try {
  for (let run = 0; run < runs * 2; run++) {
    const which = run % 2;
    served = dirs[which];
    const cold = await launch({ extension: false, args: process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [] });
    try {
      const page = await cold.context.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await new Promise((r) => setTimeout(r, 1000));
      const r = await page.evaluate(coldScan);
      results[which].push(r);
      console.log(which ? "new" : "old", JSON.stringify(r));
    } finally {
      await cold.close();
    }
  }
} finally {
  server.close();
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
for (const [i, rows] of results.entries()) {
  const m = Object.fromEntries(Object.keys(rows[0]).map((k) => [k, +median(rows.map((r) => r[k])).toFixed(1)]));
  console.log(`median, ${i ? "new" : "old"} (${dirs[i]}):`, JSON.stringify(m));
}

/** In the fresh page: each step from importing the glue to the post's findings, in ms. */
async function coldScan() {
  if (!crossOriginIsolated) throw new Error("the timing page is not cross-origin isolated: performance.now() would be coarse");
  const t = [performance.now()];
  const mod = await import("/safepost.js");
  t.push(performance.now());
  await mod.default({ module_or_path: "/safepost_bg.wasm" });
  t.push(performance.now());
  const scanner = new mod.Scanner("");
  t.push(performance.now());
  const opts = { site: "x.com", context: "post" };
  scanner.scan("ok", opts);
  t.push(performance.now());
  scanner.scan("Our 8am transfer patient Dana Whitlock is running late, hold the embryo warming for her! Call her cell 312-555-0148 if needed. Egg freezing info night: Thursday, May 8 at 6pm in our Lakeside office.", opts);
  t.push(performance.now());
  const names = ["importGlue", "fetchCompileInstantiate", "newScanner", "scanOk", "scanPost"];
  const out = Object.fromEntries(names.map((n, i) => [n, +(t[i + 1] - t[i]).toFixed(1)]));
  out.total = +(t[t.length - 1] - t[0]).toFixed(1);
  return out;
}
