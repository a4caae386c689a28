// The native CLI and the WebAssembly build give identical findings (offsets, texts, rules,
// messages, suggestions) for the same input, on the whole dev corpus and the project corpus.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

const { initSync, Scanner } = await import(join(ROOT, "pkg", "safepost.js"));
initSync({ module: readFileSync(join(ROOT, "pkg", "safepost_bg.wasm")) });

function corpora() {
  const files = [join(ROOT, "..", "shared", "corpus", "dev.jsonl")];
  const project = join(ROOT, "corpus", "project");
  for (const f of readdirSync(project)) if (f.endsWith(".jsonl")) files.push(join(project, f));
  return files.filter(existsSync);
}

const POLICY = JSON.stringify({ orgIdentifiers: { phones: ["415-555-0100"] }, customTerms: [{ term: "Project Stork", category: "OTHER_ID", severity: "block" }], disabledRules: ["advisory.disclaimer.missing"] });

for (const file of corpora()) {
  test(`native and wasm agree on ${file.split("/").slice(-2).join("/")}`, () => {
    const policyFile = join(ROOT, "target", "wasm-native-policy.json");
    writeFileSync(policyFile, POLICY);
    const native = execFileSync(join(ROOT, "target", "release", "safepost"), ["scan", "--jsonl", file, "--policy", policyFile], { maxBuffer: 64 << 20 })
      .toString()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const items = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(native.length, items.length);
    const scanner = new Scanner(POLICY);
    let findings = 0;
    items.forEach((item, i) => {
      const wasm = scanner.scan(item.text, { site: item.site, context: item.context, lang: item.lang });
      assert.deepEqual({ id: item.id, flag: wasm.flag, findings: wasm.findings }, native[i], `item ${item.id}`);
      findings += wasm.findings.length;
    });
    assert.ok(findings > 0);
    scanner.free();
  });
}

test("lone surrogates from JavaScript keep every offset in place", () => {
  const scanner = new Scanner("");
  // A lone high surrogate before the PHI, a lone low one between sentences, and a proper pair.
  const text = "\uD800 Mrs. Lowry had her retrieval today \uDC00. Call her cell 415-555-0193 😀 ok";
  const r = scanner.scan(text, { site: "x.com", context: "post" });
  assert.ok(r.findings.some((f) => f.category === "NAME"), JSON.stringify(r.findings));
  assert.ok(r.findings.some((f) => f.category === "PHONE"), JSON.stringify(r.findings));
  for (const f of r.findings) assert.equal(text.slice(f.start, f.end), f.text, JSON.stringify(f));
  scanner.free();
});
