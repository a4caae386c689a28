// The example policies of docs/deploy.md: each conforms to the extension's managed_schema and
// is accepted by the scanner without a single skipped entry, and the Linux and Firefox files
// wrap a policy for the right extension id.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, EXTENSION_ID } from "./harness.mjs";

const schema = JSON.parse(readFileSync(join(ROOT, "extension", "schema.json"), "utf8"));

/** The subset of JSON Schema that Chrome's managed_schema uses. Returns error strings. */
function validate(value, s, path = "policy") {
  const errors = [];
  const type = Array.isArray(value) ? "array" : value === null ? "null" : typeof value === "number" ? (Number.isInteger(value) ? "integer" : "number") : typeof value;
  if (s.type && s.type !== type && !(s.type === "number" && type === "integer")) return [`${path}: expected ${s.type}, got ${type}`];
  if (s.enum && !s.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in ${s.enum}`);
  if (type === "object") {
    for (const [k, v] of Object.entries(value)) {
      const sub = (s.properties || {})[k];
      if (!sub) errors.push(`${path}.${k}: not in the schema`);
      else errors.push(...validate(v, sub, `${path}.${k}`));
    }
  }
  if (type === "array" && s.items) value.forEach((v, i) => errors.push(...validate(v, s.items, `${path}[${i}]`)));
  return errors;
}

function examples() {
  const dir = join(ROOT, "docs", "policies");
  const out = {};
  for (const f of readdirSync(dir)) out[f] = JSON.parse(readFileSync(join(dir, f), "utf8"));
  return {
    "practice.json": out["practice.json"],
    "strict.json": out["strict.json"],
    "linux-chrome-managed.json": out["linux-chrome-managed.json"]["3rdparty"].extensions[EXTENSION_ID],
    "firefox-policies.json": out["firefox-policies.json"].policies["3rdparty"].Extensions["safepost@safepost-extension.org"],
  };
}

test("the managed schema is a top-level object schema declaring every contract key", () => {
  assert.equal(schema.type, "object");
  const keys = ["enabledSites", "disabledSites", "lockSites", "enforcement", "professionalAccounts", "orgIdentifiers", "customTerms", "customPatterns", "disabledRules", "failMode"];
  assert.deepEqual(Object.keys(schema.properties).sort(), keys.sort());
  for (const k of keys) assert.ok(schema.properties[k].description, `${k} has a description`);
});

for (const [name, policy] of Object.entries(examples())) {
  test(`docs/policies/${name} conforms to the schema and applies without skipped entries`, () => {
    assert.ok(policy, `${name} holds a SafePost policy`);
    assert.deepEqual(validate(policy, schema), []);
    const file = join(mkdtempSync(join(tmpdir(), "safepost-deploy-")), "policy.json");
    writeFileSync(file, JSON.stringify(policy));
    const run = spawnSync(join(ROOT, "target", "release", "safepost"), ["scan", "--policy", file, "-"], { input: "Hello from the practice!" });
    assert.equal(run.status, 0, run.stderr.toString());
    assert.equal(run.stderr.toString(), "", "no skipped policy entries");
    assert.match(run.stdout.toString(), /no problems found/);
  });
}

test("the validator itself rejects wrong policies", () => {
  assert.ok(validate({ enforcement: "strict" }, schema).length === 1);
  assert.ok(validate({ enabledSites: "x.com" }, schema).length === 1);
  assert.ok(validate({ colour: "blue" }, schema).length === 1);
});
