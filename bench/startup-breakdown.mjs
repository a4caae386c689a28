// Where the first scan after load goes (issue 6, docs/PERFORMANCE.md): the module's JavaScript,
// reading the .wasm, compiling it, instantiating it, building a Scanner and the first scan, each
// timed alone in a fresh extension page (the background's origin and CSP), then a second and a
// third scan of other posts (the patterns their rules need that the first did not).
//   node bench/startup-breakdown.mjs [runs]
import { launch, EXTENSION_ID } from "../tests/e2e/harness.mjs";

const runs = Number(process.argv[2] || 3);
const env = await launch();
try {
  for (let run = 0; run < runs; run++) {
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options/options.html`);
    const r = await page.evaluate(async (run) => {
      const t = [performance.now()];
      // A query string per run so that no run reuses the previous page's module.
      const mod = await import(chrome.runtime.getURL(`pkg/safepost.js?run=${run}`));
      t.push(performance.now());
      const bytes = await (await fetch(chrome.runtime.getURL("pkg/safepost_bg.wasm"))).arrayBuffer();
      t.push(performance.now());
      const module = await WebAssembly.compile(bytes);
      t.push(performance.now());
      mod.initSync({ module });
      t.push(performance.now());
      const scanner = new mod.Scanner("");
      t.push(performance.now());
      const posts = [
        "Our 8am transfer patient Dana Whitlock is running late, hold the embryo warming for her! Call her cell 312-555-0148 if needed. Egg freezing info night: Thursday, May 8 at 6pm in our Lakeside office.",
        "Thank you for the kind words! We can't discuss any visit here, but please call our office at 555-0100 so we can help.",
        "¡Felicidades a la familia! Nuestra paciente de Oaxaca, 39 años, tuvo a su bebé el martes. Con nosotros, todas se embarazan.",
      ];
      for (const p of posts) {
        scanner.scan(p, { site: "x.com", context: "post" });
        t.push(performance.now());
      }
      const d = t.slice(1).map((x, i) => +(x - t[i]).toFixed(1));
      return { importJs: d[0], fetchWasm: d[1], compile: d[2], instantiate: d[3], newScanner: d[4], scan1: d[5], scan2: d[6], scan3: d[7], firstScanAfterLoad: +(t[6] - t[0]).toFixed(1) };
    }, run);
    console.log(JSON.stringify(r));
    await page.close();
  }
} finally {
  await env.close();
}
