// The extension's pure site logic (extension/src/settings.js and sites.js), as a table: which
// address gives which host permission, which match pattern covers which host, and how IT's
// lists, the built-in list and the user's switch combine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "extension", "src");
const sandbox = { URL };
sandbox.globalThis = sandbox;
vm.createContext(sandbox);
for (const f of ["sites.js", "settings.js"]) vm.runInContext(readFileSync(join(SRC, f), "utf8"), sandbox, { filename: f });
const { settings: S, sites } = sandbox.SafePost;

test("originFor: what a person types or IT lists becomes one https pattern for the site and its subdomains", () => {
  const cases = [
    ["forum.example.org", "https://*.forum.example.org/*"],
    ["Forum.Example.ORG", "https://*.forum.example.org/*"],
    ["www.example.org", "https://*.example.org/*"],
    ["example.org.", "https://*.example.org/*"],
    ["*.example.org", "https://*.example.org/*"],
    ["  foro.clinica.es  ", "https://*.foro.clinica.es/*"],
    ["https://forum.example.org/t/welcome?x=1", "https://*.forum.example.org/*"],
    ["http://forum.example.org", "https://*.forum.example.org/*"],
    ["forum.example.org/t/welcome", "https://*.forum.example.org/*"],
    ["xn--clnica-2ya.es", "https://*.xn--clnica-2ya.es/*"],
  ];
  for (const [input, want] of cases) assert.equal(S.originFor(input), want, input);
});

test("originFor: anything that is not a site's host name is refused", () => {
  for (const input of ["", "   ", "not a site", "localhost", "forum", "exa mple.org", "-bad.example.org", "a..b.org", "192.168.1.10", "javascript:alert(1)", "https://", "*.org.", `${"a".repeat(64)}.org`]) {
    assert.equal(S.originFor(input), null, JSON.stringify(input));
  }
});

test("hostOf undoes originFor", () => {
  for (const h of ["forum.example.org", "x.com", "foro.clinica.es"]) assert.equal(S.hostOf(S.originFor(h)), h);
});

test("patternCovers: a match pattern covers https pages of its host (and subdomains for *.)", () => {
  const cases = [
    ["https://*.x.com/*", "x.com", true],
    ["https://*.x.com/*", "mobile.x.com", true],
    ["https://*.x.com/*", "notx.com", false],
    ["https://x.com/*", "x.com", true],
    ["https://x.com/*", "www.x.com", false],
    ["http://x.com/*", "x.com", false],
    ["https://*/*", "forum.example.org", true],
    ["*://x.com/*", "x.com", true],
    ["not a pattern", "x.com", false],
  ];
  for (const [pattern, host, want] of cases) assert.equal(S.patternCovers(pattern, host), want, `${pattern} ${host}`);
});

test("siteState: IT's disabledSites win, then IT's enabledSites or the built-in list, then the user's switch", () => {
  const builtIn = sites.defaultSites();
  const policy = (p) => ({ ...S.DEFAULT_POLICY, ...p });
  const cases = [
    // host, policy, user's switches, enabled, locked, reason
    ["x.com", {}, {}, true, false, "builtIn"],
    ["www.x.com", {}, {}, true, false, "builtIn"],
    ["forum.example.org", {}, {}, false, false, "notListed"],
    ["forum.example.org", {}, { "forum.example.org": true }, true, false, "enabledByUser"],
    ["x.com", {}, { "x.com": false }, false, false, "disabledByUser"],
    ["forum.example.org", { enabledSites: ["forum.example.org"] }, {}, true, false, "enabledByPolicy"],
    ["x.com", { enabledSites: ["forum.example.org"] }, {}, false, false, "notListed"],
    ["x.com", { disabledSites: ["x.com"] }, { "x.com": true }, false, true, "disabledByPolicy"],
    ["forum.example.org", { enabledSites: ["*.example.org"], disabledSites: ["forum.example.org"] }, {}, false, true, "disabledByPolicy"],
    ["x.com", { lockSites: true }, { "x.com": false }, true, true, "enabledByPolicy"],
    ["forum.example.org", { lockSites: true }, { "forum.example.org": true }, false, true, "notListed"],
  ];
  for (const [host, p, userSites, enabled, locked, reason] of cases) {
    const st = S.siteState(host, policy(p), { sites: userSites }, builtIn);
    assert.deepEqual([st.enabled, st.locked, st.reason], [enabled, locked, reason], `${host} ${JSON.stringify(p)} ${JSON.stringify(userSites)}`);
  }
});

test("sites.forHost: the ten sites get their adapter, any other host the generic one", () => {
  assert.equal(sites.forHost("www.reddit.com").id, "reddit");
  assert.equal(sites.forHost("biz.yelp.com").id, "yelp");
  assert.equal(sites.forHost("forum.example.org").id, "generic");
  assert.equal(sites.forHost("notreddit.com").id, "generic");
});
