// A server on 127.0.0.1 for the benchmarks' timing pages: a blank page that is cross-origin
// isolated (COOP and COEP headers, so that performance.now() resolves 5 us instead of 100), and
// the package's glue and .wasm, read from `dir()` at each request (a benchmark may switch builds
// between requests). Anything else is a 404.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export async function isolatedServer(dir) {
  const headers = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp", "cache-control": "no-store" };
  const server = createServer((req, res) => {
    const name = new URL(req.url, "http://x").pathname.slice(1);
    if (name === "") {
      res.writeHead(200, { ...headers, "content-type": "text/html; charset=utf-8" });
      res.end("<!doctype html><meta charset=utf-8><title>SafePost scan timing</title>");
      return;
    }
    if (!["safepost.js", "safepost_bg.wasm"].includes(name)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, "content-type": name.endsWith(".wasm") ? "application/wasm" : "text/javascript" });
    res.end(readFileSync(join(dir(), name)));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return server;
}
