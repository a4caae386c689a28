// Measures the WebAssembly core inside Chromium (issue 6, docs/PERFORMANCE.md): compile and
// first scan, and scan time for 280, 2,000 and 20,000 characters, from an extension page (the
// same origin and CSP as the background). Also checks that a page under a strict CSP cannot
// compile WebAssembly, which is why the scanner runs in the background.
//
// Then the same package, served from 127.0.0.1 by a page that is cross-origin isolated (COOP and
// COEP headers), where `performance.now()` resolves 5 microseconds instead of 100, so that each
// scan is timed on its own: once as loaded (no `prepare()`, no warm-up: the tail is V8 compiling
// and optimizing, and the scanner building its patterns), once as the extension's background
// runs it (`prepare()` when idle, then a few hundred milliseconds of scans while the clinician
// types, so V8 has optimized the hot code).
// Last, the cold load, in three fresh browsers without the extension: each step from importing
// the glue to the first scan's result.
//   node bench/wasm-in-chromium.mjs
import { join } from "node:path";
import { launch, open, EXTENSION_ID, DIST } from "../tests/e2e/harness.mjs";
import { isolatedServer } from "./isolated-server.mjs";

const env = await launch();
try {
  const page = await env.context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options/options.html`);
  const r = await page.evaluate(async () => {
    const t0 = performance.now();
    const mod = await import(chrome.runtime.getURL("pkg/safepost.js"));
    await mod.default({ module_or_path: chrome.runtime.getURL("pkg/safepost_bg.wasm") });
    const t1 = performance.now();
    const scanner = new mod.Scanner("");
    const t2 = performance.now();
    const sample = "Our 8am transfer patient Dana Whitlock is running late, hold the embryo warming for her! Call her cell 312-555-0148 if needed. Egg freezing info night: Thursday, May 8 at 6pm in our Lakeside office. ";
    const text = (n) => sample.repeat(Math.ceil(n / sample.length)).slice(0, n);
    const first = performance.now();
    scanner.scan(text(280), { site: "x.com", context: "post" });
    const firstScan = performance.now() - first;
    const stats = {};
    for (const n of [280, 2000, 20000]) {
      const t = text(n);
      const runs = n > 5000 ? 60 : 400;
      const times = [];
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        scanner.scan(t, { site: "x.com", context: "post" });
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      // performance.now() is coarsened (100 us without cross-origin isolation), so the mean of a
      // timed batch is the precise figure; p50 and p99 show the spread at that resolution.
      const batch = performance.now();
      for (let i = 0; i < runs; i++) scanner.scan(t, { site: "x.com", context: "post" });
      const mean = (performance.now() - batch) / runs;
      stats[n] = { mean_ms: +mean.toFixed(4), p50_ms: +times[Math.floor(runs * 0.5)].toFixed(3), p99_ms: +times[Math.floor(runs * 0.99)].toFixed(3) };
    }
    return { compileAndInit_ms: +(t1 - t0).toFixed(1), buildScanner_ms: +(t2 - t1).toFixed(1), firstScan_ms: +firstScan.toFixed(2), firstScanAfterLoad_ms: +(t2 - t0 + firstScan).toFixed(1), stats };
  });
  console.log(JSON.stringify(r, null, 2));
  // A site page under "script-src 'self'" (no 'wasm-unsafe-eval'): compiling is refused.
  const site = await open(env, "x.com");
  const csp = await site.evaluate(async () => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
    try {
      await WebAssembly.compile(bytes);
      return "compiled";
    } catch (e) {
      return `${e.name}: ${e.message}`;
    }
  });
  console.log("WebAssembly.compile on a page with a strict CSP:", csp);
  const isolated = await isolatedServer(() => join(DIST, "pkg"));
  try {
    for (const mode of [{ name: "as loaded", prepare: false, warm: 0 }, { name: "after prepare() and 60 scans (the extension once the clinician has typed a little)", prepare: true, warm: 60 }]) {
      const page = await env.context.newPage();
      await page.goto(`http://127.0.0.1:${isolated.address().port}/`);
      const stats = await page.evaluate(perScan, mode);
      console.log(`Each scan timed alone, ${mode.name}:`, JSON.stringify(stats));
      await page.close();
    }
  } finally {
    isolated.close();
  }
} finally {
  await env.close();
}

// Cold load, three times: a fresh browser without the extension (so that no service worker
// compiles the same module alongside), the package served to an isolated page on 127.0.0.1,
// each step timed at 5 us. "First scan after load" is the import of the glue through the first
// scan's result; the first scan also pays V8's lazy compilation of every function it calls.
{
  const isolated = await isolatedServer(() => join(DIST, "pkg"));
  try {
    for (let run = 0; run < 3; run++) {
      const cold = await launch({ extension: false });
      try {
        const page = await cold.context.newPage();
        await page.goto(`http://127.0.0.1:${isolated.address().port}/`);
        await new Promise((r) => setTimeout(r, 1000));
        console.log("Cold load (ms):", JSON.stringify(await page.evaluate(coldLoad)));
      } finally {
        await cold.close();
      }
    }
  } finally {
    isolated.close();
  }
}

/** In a fresh page: the glue imported, the module fetched, compiled and instantiated, two scans. */
async function coldLoad() {
  if (!crossOriginIsolated) throw new Error("the timing page is not cross-origin isolated: performance.now() would be coarse");
  const t0 = performance.now();
  const mod = await import("/safepost.js");
  const t1 = performance.now();
  const bytes = await (await fetch("/safepost_bg.wasm")).arrayBuffer();
  const t2 = performance.now();
  const module = await WebAssembly.compile(bytes);
  const t3 = performance.now();
  mod.initSync({ module });
  const scanner = new mod.Scanner("");
  const t4 = performance.now();
  const opts = { site: "x.com", context: "post" };
  scanner.scan("Our 8am transfer patient Dana Whitlock is running late, hold the embryo warming for her! Call her cell 312-555-0148 if needed. Egg freezing info night: Thursday, May 8 at 6pm in our Lakeside office.", opts);
  const t5 = performance.now();
  scanner.scan("Reminder for everyone starting stims next week: bring your med calendar to the teaching visit.", opts);
  const t6 = performance.now();
  const ms = (x) => +x.toFixed(1);
  return { importGlue: ms(t1 - t0), fetch: ms(t2 - t1), compile: ms(t3 - t2), instantiate: ms(t4 - t3), firstScan: ms(t5 - t4), secondScan: ms(t6 - t5), firstScanAfterLoad: ms(t5 - t0) };
}

/** In the page: loads the package, optionally prepares and warms up, then times each scan. */
async function perScan({ prepare, warm }) {
  if (!crossOriginIsolated) throw new Error("the timing page is not cross-origin isolated: performance.now() would be coarse");
  const mod = await import("/safepost.js");
  await mod.default({ module_or_path: "/safepost_bg.wasm" });
  const scanner = new mod.Scanner("");
  if (prepare) scanner.prepare();
  const sample = "Our 8am transfer patient Dana Whitlock is running late, hold the embryo warming for her! Call her cell 312-555-0148 if needed. Egg freezing info night: Thursday, May 8 at 6pm in our Lakeside office. ";
  const text = (n) => sample.repeat(Math.ceil(n / sample.length)).slice(0, n);
  const opts = { site: "x.com", context: "post" };
  for (let i = 0; i < warm; i++) scanner.scan(text([280, 2000, 20000][i % 3]), opts);
  const us = (ms) => Math.round(ms * 1000);
  const stats = {};
  for (const n of [280, 2000, 20000]) {
    const t = text(n);
    const runs = n > 5000 ? 100 : 1000;
    const times = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      scanner.scan(t, opts);
      times.push(performance.now() - s);
    }
    const sorted = [...times].sort((a, b) => a - b);
    stats[n] = { p50_us: us(sorted[runs >> 1]), p99_us: us(sorted[Math.floor(runs * 0.99)]), max_us: us(sorted[runs - 1]), mean_us: us(times.reduce((a, b) => a + b) / runs) };
  }
  return stats;
}
