// Compares two builds of the WebAssembly package in one Node process (docs/PERFORMANCE.md):
// both are loaded side by side and timed in alternating batches, so that the load of a shared
// machine falls on both alike. Prints the median and minimum time per scan for each.
//   node bench/wasm-ab.mjs OLD_PKG_DIR NEW_PKG_DIR     (directories made by `make pkg`)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
const dirs = process.argv.slice(2, 4).map((d) => resolve(d));
if (dirs.length !== 2) throw new Error("usage: node bench/wasm-ab.mjs OLD_PKG_DIR NEW_PKG_DIR");
const scanners = [];
for (const dir of dirs) {
  // (a query string makes each directory's glue a module of its own)
  const mod = await import(pathToFileURL(dir + "/safepost.js").href + "?build=" + encodeURIComponent(dir));
  mod.initSync({ module: readFileSync(dir + "/safepost_bg.wasm") });
  const scanner = new mod.Scanner("{}");
  scanner.prepare();
  scanners.push(scanner);
}
const sample = "Our 8am transfer patient Dana Whitlock is running late, hold the embryo warming for her! Call her cell 312-555-0148 if needed. Egg freezing info night: Thursday, May 8 at 6pm in our Lakeside office. ";
const text = (n) => sample.repeat(Math.ceil(n / sample.length)).slice(0, n);
const plain = "We are so proud of our embryology team and the care they bring to every cycle, every day of the year. Join us for our spring open house and meet the nurses and doctors who make this place special. Bring your questions, and your partner, and let us show you around the lab too!";
const cases = { plain280: [plain, 300], sample280: [text(280), 300], s2000: [text(2000), 60], s20000: [text(20000), 8] };
const opts = { site: "x.com", context: "post" };
for (const [k, [t, runs]] of Object.entries(cases)) {
  const res = [[], []];
  for (const s of scanners) for (let i = 0; i < 10; i++) s.scan(t, opts);
  for (let rep = 0; rep < 15; rep++) for (let j = 0; j < 2; j++) {
    const a = performance.now(); for (let i = 0; i < runs; i++) scanners[j].scan(t, opts); res[j].push((performance.now() - a) / runs * 1000);
  }
  const med = (v) => v.sort((x, y) => x - y)[v.length >> 1];
  console.log(`${k}: A med ${med(res[0]).toFixed(0)} us (min ${Math.min(...res[0]).toFixed(0)}), B med ${med(res[1]).toFixed(0)} us (min ${Math.min(...res[1]).toFixed(0)}), B/A ${(med(res[1]) / med(res[0])).toFixed(2)}`);
}
