// `make package`: the store archives (dist/safepost-chrome.zip for the Chrome Web Store and
// Edge Add-ons, dist/safepost-firefox.xpi unsigned for AMO or enterprise signing) and, given the
// organisation's private key, a signed CRX3 with an update manifest for self-hosted
// force-install:
//
//   node scripts/package.mjs --key org-key.pem --update-url https://intranet.example/safepost/
//
// writes dist/safepost.crx and dist/updates.xml and prints the extension id that policies use.
import { createHash, createPrivateKey, createPublicKey, sign } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { zipDir } from "./zip.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : process.env[name.replace(/^--/, "").replace(/-/g, "_").toUpperCase()];
}

/** Chrome's extension id: the first 128 bits of SHA-256 of the public key, as letters a-p. */
export function extensionId(publicKeyDer) {
  const hex = createHash("sha256").update(publicKeyDer).digest("hex").slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join("");
}

function varint(n) {
  const out = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}
const field = (number, bytes) => Buffer.concat([varint((number << 3) | 2), varint(bytes.length), bytes]);

/** A CRX3 file: "Cr24", version 3, a CrxFileHeader (protobuf) and the zip. */
export function crx3(zip, privateKeyPem) {
  const key = createPrivateKey(privateKeyPem);
  const publicDer = createPublicKey(key).export({ type: "spki", format: "der" });
  const crxId = createHash("sha256").update(publicDer).digest().subarray(0, 16);
  const signedData = field(1, crxId); // SignedData { crx_id = 1 }
  const lengthLE = Buffer.alloc(4);
  lengthLE.writeUInt32LE(signedData.length);
  const signature = sign("sha256", Buffer.concat([Buffer.from("CRX3 SignedData\x00", "binary"), lengthLE, signedData, zip]), key);
  const proof = Buffer.concat([field(1, publicDer), field(2, signature)]); // AsymmetricKeyProof
  const header = Buffer.concat([field(2, proof), field(10000, signedData)]); // sha256_with_rsa = 2, signed_header_data = 10000
  const prefix = Buffer.alloc(12);
  prefix.write("Cr24", 0, "ascii");
  prefix.writeUInt32LE(3, 4);
  prefix.writeUInt32LE(header.length, 8);
  return { crx: Buffer.concat([prefix, header, zip]), id: extensionId(publicDer), publicDer };
}

function main() {
  if (!existsSync(join(dist, "chrome", "manifest.json"))) {
    console.error("package: dist/chrome is missing; run `make dist` first");
    process.exit(2);
  }
  console.log("dist/safepost-chrome.zip   Chrome Web Store and Edge Add-ons upload");
  console.log("dist/safepost-firefox.xpi  Firefox (unsigned: submit to AMO or sign for enterprise)");
  const keyPath = arg("--key");
  if (!keyPath) {
    console.log("no --key given: skipping the self-hosted CRX (see README, 'Packaging for IT')");
    return;
  }
  const updateUrl = arg("--update-url");
  if (!updateUrl) {
    console.error("package: --update-url is required with --key (where dist/safepost.crx and updates.xml will be served)");
    process.exit(2);
  }
  let pem;
  try {
    pem = readFileSync(keyPath, "utf8");
    createPrivateKey(pem);
  } catch (e) {
    console.error(`package: ${keyPath} is not a readable PEM private key (${e.code || e.message})`);
    process.exit(2);
  }
  // The packed manifest carries the organisation's public key, so unpacked and packed builds
  // share one id.
  const tmp = mkdtempSync(join(tmpdir(), "safepost-crx-"));
  const dir = join(tmp, "chrome");
  cpSync(join(dist, "chrome"), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const publicDer = createPublicKey(createPrivateKey(pem)).export({ type: "spki", format: "der" });
  manifest.key = publicDer.toString("base64");
  const base = updateUrl.endsWith("/") ? updateUrl : updateUrl + "/";
  manifest.update_url = base + "updates.xml";
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  const zipPath = join(tmp, "packed.zip");
  zipDir(dir, zipPath);
  const { crx, id } = crx3(readFileSync(zipPath), pem);
  writeFileSync(join(dist, "safepost.crx"), crx);
  writeFileSync(
    join(dist, "updates.xml"),
    `<?xml version='1.0' encoding='UTF-8'?>\n<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>\n  <app appid='${id}'>\n    <updatecheck codebase='${base}safepost.crx' version='${manifest.version}' />\n  </app>\n</gupdate>\n`,
  );
  rmSync(tmp, { recursive: true, force: true });
  console.log(`dist/safepost.crx          signed CRX3, extension id ${id}`);
  console.log(`dist/updates.xml           update manifest; force-install with "${id};${base}updates.xml"`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
