// Packaging for IT: the store archives exist and hold a loadable manifest; given a private key,
// the CRX3 is well formed (magic, version, header), its signature verifies against the public
// key it carries, its id is derived from that key, and updates.xml points at it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash, createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";
import { extensionId } from "../../scripts/package.mjs";

/** Reads a protobuf message into { fieldNumber: [bytes...] } (length-delimited fields only). */
function fields(buf) {
  const out = {};
  let i = 0;
  const varint = () => {
    let n = 0, shift = 0, b;
    do {
      b = buf[i++];
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return n;
  };
  while (i < buf.length) {
    const tag = varint();
    assert.equal(tag & 7, 2, "only length-delimited fields");
    const len = varint();
    (out[tag >>> 3] = out[tag >>> 3] || []).push(buf.subarray(i, i + len));
    i += len;
  }
  return out;
}

/** The files of a zip (local headers; deflate or stored). */
function unzip(buf) {
  const files = {};
  let i = 0;
  while (buf.readUInt32LE(i) === 0x04034b50) {
    const method = buf.readUInt16LE(i + 8), size = buf.readUInt32LE(i + 18), nameLen = buf.readUInt16LE(i + 26), extra = buf.readUInt16LE(i + 28);
    const name = buf.subarray(i + 30, i + 30 + nameLen).toString();
    const data = buf.subarray(i + 30 + nameLen + extra, i + 30 + nameLen + extra + size);
    files[name] = method === 8 ? inflateRawSync(data) : data;
    i += 30 + nameLen + extra + size;
  }
  return files;
}

test("store archives hold the built extension", () => {
  for (const [archive, bg] of [["safepost-chrome.zip", "service_worker"], ["safepost-firefox.xpi", "scripts"]]) {
    const files = unzip(readFileSync(join(ROOT, "dist", archive)));
    const manifest = JSON.parse(files["manifest.json"]);
    assert.equal(manifest.manifest_version, 3);
    assert.ok(bg in manifest.background, `${archive}: background.${bg}`);
    assert.ok(files["pkg/safepost_bg.wasm"] && files["pkg/safepost_bg.wasm"].subarray(0, 4).toString("hex") === "0061736d", `${archive} carries the wasm core`);
    assert.ok(files["storage" in manifest ? manifest.storage.managed_schema : "schema.json"]);
  }
});

test("a signed CRX3 and update manifest from the organisation's key", () => {
  const tmp = mkdtempSync(join(tmpdir(), "safepost-pkg-"));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = join(tmp, "org.pem");
  writeFileSync(pem, privateKey.export({ type: "pkcs8", format: "pem" }));
  const out = execFileSync("node", [join(ROOT, "scripts", "package.mjs"), "--key", pem, "--update-url", "https://intranet.example/safepost"], { cwd: ROOT }).toString();
  const crx = readFileSync(join(ROOT, "dist", "safepost.crx"));
  assert.equal(crx.subarray(0, 4).toString(), "Cr24");
  assert.equal(crx.readUInt32LE(4), 3, "CRX version 3");
  const headerLen = crx.readUInt32LE(8);
  const header = fields(crx.subarray(12, 12 + headerLen));
  const zip = crx.subarray(12 + headerLen);
  const proof = fields(header[2][0]);
  const publicDer = proof[1][0];
  const signature = proof[2][0];
  const signedData = header[10000][0];
  const crxId = fields(signedData)[1][0];
  assert.deepEqual(crxId, createHash("sha256").update(publicDer).digest().subarray(0, 16), "crx_id is the key's hash");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(signedData.length);
  const message = Buffer.concat([Buffer.from("CRX3 SignedData\x00", "binary"), len, signedData, zip]);
  assert.ok(verify("sha256", message, createPublicKey({ key: publicDer, format: "der", type: "spki" }), signature), "signature verifies");
  const id = extensionId(publicDer);
  assert.ok(out.includes(id), out);
  const manifest = JSON.parse(unzip(zip)["manifest.json"]);
  assert.equal(manifest.key, publicDer.toString("base64"), "the packed manifest carries the organisation's key");
  assert.equal(manifest.update_url, "https://intranet.example/safepost/updates.xml");
  const updates = readFileSync(join(ROOT, "dist", "updates.xml"), "utf8");
  assert.ok(updates.includes(`appid='${id}'`) && updates.includes("codebase='https://intranet.example/safepost/safepost.crx'") && updates.includes(`version='${manifest.version}'`), updates);
});

test("package refuses a missing or unreadable key with a clear message", () => {
  let err;
  try {
    execFileSync("node", [join(ROOT, "scripts", "package.mjs"), "--key", "/nonexistent.pem", "--update-url", "https://x/"], { cwd: ROOT, stdio: "pipe" });
  } catch (e) {
    err = e;
  }
  assert.equal(err.status, 2);
  assert.match(err.stderr.toString(), /\/nonexistent\.pem is not a readable PEM private key/);
});

test("the manifest's key gives the fixed extension id the policies use", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "extension", "manifest.json"), "utf8"));
  assert.equal(extensionId(Buffer.from(manifest.key, "base64")), "bbhblbmohmkcejbhhacjeflhbcjaijki");
  assert.ok(existsSync(join(ROOT, "dist", "chrome", "manifest.json")));
});
