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

test("a finding that spans a lone surrogate reports the caller's own substring", () => {
  const scanner = new Scanner("");
  // (the scan sees U+FFFD in its place; `text` must still hold the lone surrogate)
  for (const text of ["@kayla_ttc you should double your Gonal-f \uD800 dose tonight and skip the trigger.",
    "We guarantee \uDC00 a baby on the first transfer, 100% success!"]) {
    const r = scanner.scan(text, { site: "x.com", context: "reply" });
    const spanning = r.findings.filter((f) => /[\uD800-\uDFFF]/.test(f.text));
    assert.ok(spanning.length > 0, JSON.stringify(r.findings));
    for (const f of r.findings) assert.equal(f.text, text.slice(f.start, f.end), JSON.stringify(f));
  }
  scanner.free();
});

test("options that are not a plain object read as no options, and never throw", () => {
  const scanner = new Scanner("");
  const text = "Thank you for the kind review, we are so glad your transfer went well!";
  const plain = scanner.scan(text, {});
  const review = scanner.scan(text, { site: "yelp.com", context: "review_reply" });
  assert.notDeepEqual(review.findings.map((f) => f.rule), plain.findings.map((f) => f.rule), "the review context changes the findings");
  const throwing = { get context() { throw new Error("getter"); } };
  for (const o of [undefined, null, 5, "review_reply", [], { context: 5 }, throwing, { context: "review_reply", big: 1n }]) {
    assert.deepEqual(scanner.scan(text, o), plain, String(o));
  }
  scanner.free();
});
