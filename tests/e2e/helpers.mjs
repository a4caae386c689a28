// Helpers shared by the end-to-end tests: the site table and page probes.

/** The replica sites: where the box and the submit control are, and which kind of editor. */
export const SITES = [
  { host: "x.com", box: "#box", submit: '[data-testid="tweetButtonInline"]', editor: "Draft.js-style model editor" },
  { host: "www.facebook.com", box: "#box", submit: "#post", editor: "Lexical-style model editor" },
  { host: "www.instagram.com", box: "#box", submit: "#post", editor: "controlled textarea", field: true },
  { host: "www.linkedin.com", box: "#box", submit: "#post", editor: "Quill-style model editor" },
  { host: "www.reddit.com", box: "#box", submit: "#post", editor: "model editor in a shadow root" },
  { host: "www.youtube.com", box: "#contenteditable-root", submit: "#post", editor: "plain model editor" },
  { host: "www.tiktok.com", box: "#box", submit: "#post", editor: "Draft.js-style model editor" },
  { host: "biz.yelp.com", box: "#box", submit: "#post", editor: "form textarea", field: true },
  { host: "www.google.com", box: "#box", submit: "#post", editor: "controlled textarea", field: true },
  { host: "www.healthgrades.com", box: "#box", submit: "#post", editor: "textarea in a same-origin iframe", field: true, frame: "#frame" },
];

/** The frame that holds the site's box (the page itself, or its iframe). */
export async function scope(page, site) {
  if (!site.frame) return page;
  const handle = await page.waitForSelector(site.frame);
  const frame = await handle.contentFrame();
  await frame.waitForSelector(site.box);
  return frame;
}

/** Moves the pointer off the box (as a user does) so no card is left open over it. */
async function pointerAway(page) {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(300);
}

export async function typeInto(page, s, site, text) {
  await pointerAway(page);
  await s.locator(site.box).click();
  await page.keyboard.type(text, { delay: 5 });
}

export async function clearBox(page, s, site) {
  await pointerAway(page);
  await s.locator(site.box).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
}

/** The box's text as the user sees it (value, or the editor's text). */
export async function boxText(s, site) {
  return s.evaluate((sel) => {
    const find = (root) => root.querySelector(sel) || [...root.querySelectorAll("*")].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
    const box = find(document);
    if (box.tagName === "TEXTAREA" || box.tagName === "INPUT") return box.value;
    return [...box.querySelectorAll("p, div[data-block], div")].filter((b) => !b.querySelector("p, div[data-block], div")).map((b) => b.textContent).join("\n") || box.textContent;
  }, site.box);
}

/** Indicator attributes (first indicator of the frame, shadow roots included). */
export async function indicatorOf(s) {
  return s.evaluate(() => {
    const find = (root) => root.querySelector("safepost-indicator") || [...root.querySelectorAll("*")].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
    const el = find(document);
    if (!el) return null;
    const a = { hasShadow: !!el.shadowRoot };
    for (const k of ["data-findings", "data-categories", "data-severity", "data-account", "role", "aria-label"]) a[k] = el.getAttribute(k);
    return a;
  });
}

export async function waitFindings(s, predicate, timeout = 4000) {
  const start = Date.now();
  let last = null;
  while (Date.now() - start < timeout) {
    last = await indicatorOf(s);
    if (last && predicate(last)) return { ...last, waited: Date.now() - start };
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`indicator never matched: ${JSON.stringify(last)}`);
}

/** The marked texts: highlight ranges (contenteditable) or mirror marks (textarea). */
export async function marksOf(s, site) {
  return s.evaluate(() => {
    const out = [];
    if (globalThis.CSS && CSS.highlights) for (const [name, h] of CSS.highlights) if (name.startsWith("safepost-")) for (const r of h) out.push(r.toString());
    const walk = (root) => {
      root.querySelectorAll("safepost-mirror").forEach((m) => m.shadowRoot.querySelectorAll("mark").forEach((k) => out.push(k.textContent)));
      root.querySelectorAll("*").forEach((e) => e.shadowRoot && !e.tagName.startsWith("SAFEPOST") && walk(e.shadowRoot));
    };
    walk(document);
    return out;
  });
}

/** The viewport rectangle of a substring of the box (as drawn), to hover it. */
export async function rectOfText(s, site, text) {
  const rect = await s.evaluate(
    ([sel, text]) => {
      const find = (root) => root.querySelector(sel) || [...root.querySelectorAll("*")].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
      const box = find(document);
      if (box.tagName === "TEXTAREA" || box.tagName === "INPUT") {
        const marks = [];
        const walk = (root) => {
          root.querySelectorAll("safepost-mirror").forEach((m) => m.shadowRoot.querySelectorAll("mark").forEach((k) => marks.push(k)));
          root.querySelectorAll("*").forEach((e) => e.shadowRoot && !e.tagName.startsWith("SAFEPOST") && walk(e.shadowRoot));
        };
        walk(document);
        const m = marks.find((k) => k.textContent === text);
        const r = m && m.getBoundingClientRect();
        return r && { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(text);
        if (i >= 0) {
          const r = new Range();
          r.setStart(n, i);
          r.setEnd(n, i + text.length);
          const b = r.getBoundingClientRect();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        }
      }
      return null;
    },
    [site.box, text],
  );
  if (!rect) throw new Error(`${text} not found in the box`);
  // Frame coordinates to page coordinates.
  if (s.parentFrame && s.parentFrame()) {
    const el = await s.frameElement();
    const box = await el.boundingBox();
    return { ...rect, x: rect.x + box.x, y: rect.y + box.y };
  }
  return rect;
}

export async function guardState(s) {
  return s.evaluate(() => {
    const g = document.querySelector("safepost-guard");
    if (!g) return null;
    return { role: g.getAttribute("role"), categories: g.getAttribute("data-categories"), buttons: [...g.shadowRoot.querySelectorAll("button")].map((b) => b.textContent) };
  });
}

/**
 * The guard once it is shown (a submit may wait for the scan of the last keys typed, so the
 * guard can come a moment after the click), or null after `timeout` ms without one.
 */
export async function shownGuard(s, timeout = 3000) {
  try {
    await s.locator("safepost-guard").waitFor({ state: "attached", timeout });
  } catch {
    return null;
  }
  return guardState(s);
}

export async function clickGuard(s, name) {
  const button = s.locator("safepost-guard").getByRole("button", { name });
  await button.waitFor({ state: "visible", timeout: 3000 });
  await button.click();
}

/** What the site's own submit handler received (the top page records iframe submits too). */
export async function sent(page) {
  return page.evaluate(() => window.__sent.slice());
}
