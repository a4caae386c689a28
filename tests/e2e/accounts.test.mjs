// Account detection on the replica of each of the ten sites, signed in as the practice's
// account and as a personal one: data-account says so, and clinical content composed from a
// personal account raises the PERSONAL_ACCOUNT advisory. Without professionalAccounts for a site,
// the account stays unknown.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch, setPolicy } from "./harness.mjs";
import { SITES, scope, typeInto, waitFindings } from "./helpers.mjs";

// What each replica shows by default is the practice's account; ?handle= shows another one.
const ACCOUNTS = {
  "x.com": { pro: "x.com:@SunpointIVF", personal: "@dr_jane_smith" },
  "www.facebook.com": { pro: "facebook.com:Sunpoint IVF", personal: "Jane Smith" },
  "www.instagram.com": { pro: "instagram.com:@sunpointivf", personal: "jane.smith.md" },
  "www.linkedin.com": { pro: "linkedin.com:Sunpoint IVF", personal: "Jane Smith" },
  "www.reddit.com": { pro: "reddit.com:u/sunpoint_ivf", personal: "u/throwaway_doc" },
  "www.youtube.com": { pro: "youtube.com:@SunpointIVF", personal: "@JaneSmithMD" },
  "www.tiktok.com": { pro: "tiktok.com:@sunpointivf", personal: "@nursejane" },
  "biz.yelp.com": { pro: "yelp.com:Sunpoint IVF", personal: "Jane S." },
  "www.google.com": { pro: "google.com:Sunpoint IVF", personal: "Jane Smith" },
  "www.healthgrades.com": { pro: "healthgrades.com:Sunpoint IVF", personal: "Jane Smith" },
};

const CLINICAL = "Three retrievals and a positive beta on today's shift!";

let env;
before(async () => {
  env = await launch({ policy: { professionalAccounts: Object.values(ACCOUNTS).map((a) => a.pro) } });
  await env.waitPolicy((s) => s.policy.professionalAccounts.length === 10);
});
after(async () => {
  await env.close();
  setPolicy(null);
});

/** Types clinical text and waits until the indicator shows `account` for the whole text. */
async function accountOn(site, query, account) {
  const page = await env.context.newPage();
  await page.goto(`https://${site.host}/${query}`);
  const s = await scope(page, site);
  await typeInto(page, s, site, CLINICAL);
  const personal = account === "personal";
  const ind = await waitFindings(s, (a) => a["data-account"] === account && a["data-categories"].includes("PERSONAL_ACCOUNT") === personal, 4000);
  await page.close();
  return ind;
}

for (const site of SITES) {
  const acct = ACCOUNTS[site.host];
  test(`${site.host}: the practice's account is professional`, async () => {
    const ind = await accountOn(site, "", "professional");
    assert.equal(ind["data-account"], "professional");
    assert.ok(!ind["data-categories"].split(",").includes("PERSONAL_ACCOUNT"));
  });
  test(`${site.host}: another account is personal, and clinical content raises PERSONAL_ACCOUNT`, async () => {
    // Healthgrades shows the account in the top page; its reply box is in a frame.
    const query = site.frame ? "" : `?handle=${encodeURIComponent(acct.personal)}`;
    if (site.frame) {
      const page = await env.context.newPage();
      await page.goto(`https://${site.host}/`);
      await page.evaluate((h) => (document.getElementById("me").textContent = h), acct.personal);
      await page.waitForTimeout(2200); // the account is re-read at most every 2 s
      const s = await scope(page, site);
      await typeInto(page, s, site, CLINICAL);
      const ind = await waitFindings(s, (a) => a["data-account"] === "personal" && a["data-categories"].includes("PERSONAL_ACCOUNT"));
      assert.ok(ind["data-categories"].split(",").includes("PERSONAL_ACCOUNT"), ind["data-categories"]);
      await page.close();
      return;
    }
    const ind = await accountOn(site, query, "personal");
    assert.equal(ind["data-account"], "personal");
    assert.ok(ind["data-categories"].split(",").includes("PERSONAL_ACCOUNT"), ind["data-categories"]);
  });
}

test("without professionalAccounts for a site the account stays unknown", async () => {
  setPolicy({ professionalAccounts: ["x.com:@SunpointIVF"] });
  await env.waitPolicy((s) => s.policy.professionalAccounts.length === 1, 30000);
  const page = await env.context.newPage();
  await page.goto("https://www.linkedin.com/");
  await typeInto(page, page, SITES[3], CLINICAL);
  await page.waitForTimeout(2500);
  const ind = await waitFindings(page, () => true);
  assert.equal(ind["data-account"], "unknown");
  await page.close();
});
