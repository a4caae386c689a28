// How IT policy (managed storage) and the user's own settings combine. Pure functions over
// plain data, shared by the background, the popup and the options page. The policy values come
// from the core's `effectivePolicy()`, so every key is validated in one place (Rust).
(function () {
  "use strict";
  const SafePost = (globalThis.SafePost = globalThis.SafePost || {});

  const DEFAULT_POLICY = Object.freeze({
    enabledSites: null,
    disabledSites: [],
    lockSites: false,
    enforcement: "confirm",
    professionalAccounts: [],
    failMode: "open",
    disabledRules: [],
  });

  function normHost(host) {
    return String(host || "").toLowerCase().replace(/^www\./, "").replace(/\.$/, "");
  }

  /**
   * Whether SafePost watches `host`, and whether the user may change it.
   * Order: IT's disabledSites (locked off); IT's enabledSites when given, else the built-in
   * list; then the user's own toggle unless lockSites.
   */
  function siteState(host, policy, user, builtIn) {
    const h = normHost(host);
    const match = (p) => SafePost.sites.hostMatches(h, p);
    policy = policy || DEFAULT_POLICY;
    if ((policy.disabledSites || []).some(match)) {
      return { enabled: false, locked: true, reason: "disabledByPolicy" };
    }
    const listed = policy.enabledSites ? policy.enabledSites.some(match) : builtIn.some(match);
    const userChoice = user && user.sites ? user.sites[h] : undefined;
    if (policy.lockSites) {
      return { enabled: listed, locked: true, reason: listed ? "enabledByPolicy" : "notListed" };
    }
    if (typeof userChoice === "boolean") {
      return { enabled: userChoice, locked: false, reason: userChoice ? "enabledByUser" : "disabledByUser" };
    }
    return { enabled: listed, locked: false, reason: listed ? (policy.enabledSites ? "enabledByPolicy" : "builtIn") : "notListed" };
  }

  /**
   * professional, personal or unknown: unknown when no handle could be read or when no
   * professional account is configured for this site. `handles`: what the page shows of the
   * signed-in account (a name, an @handle, an email).
   */
  function accountType(host, handles, policy) {
    const h = normHost(host);
    const accounts = ((policy && policy.professionalAccounts) || [])
      .map((s) => {
        const i = s.indexOf(":");
        return { site: normHost(s.slice(0, i)), handle: s.slice(i + 1).trim() };
      })
      .filter((a) => SafePost.sites.hostMatches(h, a.site) || SafePost.sites.hostMatches(a.site, h));
    const seen = (Array.isArray(handles) ? handles : [handles]).filter(Boolean);
    if (accounts.length === 0 || seen.length === 0) return "unknown";
    const canon = (x) => String(x).trim().toLowerCase().replace(/^@/, "").replace(/^u\//, "").replace(/\s+/g, " ");
    // The page may show the account several ways (name, @handle, email): any one that is the
    // practice's makes it the practice's account.
    return accounts.some((a) => seen.some((h) => canon(a.handle) === canon(h))) ? "professional" : "personal";
  }

  /**
   * The match pattern that gives access to a site of the site lists: "example.org" and
   * "*.example.org" both become "https://*.example.org/*", which (like hostMatches) covers the
   * host and its subdomains. Accepts what a person pastes ("https://forum.example.org/t/1").
   * Null when the input is not a site's host name.
   */
  function originFor(input) {
    let h = String(input || "").trim().toLowerCase();
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(h)) {
      try {
        h = new URL(h).hostname;
      } catch (e) {
        return null;
      }
    }
    h = normHost(h.replace(/\/.*$/, "")).replace(/^\*\./, "");
    if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/.test(h) || h.length > 253) return null;
    return `https://*.${h}/*`;
  }

  /** The host name an origin pattern from originFor stands for ("https://*.example.org/*" → "example.org"). */
  function hostOf(origin) {
    const m = /^[a-z*]+:\/\/(?:\*\.)?([^/:]+)/.exec(String(origin || ""));
    return m ? m[1] : "";
  }

  /** Whether a match pattern ("https://*.x.com/*", "https://x.com/*") covers pages at https://host/. */
  function patternCovers(pattern, host) {
    const m = /^(\*|https):\/\/([^/]+)\//.exec(String(pattern || ""));
    if (!m) return false;
    const h = String(host || "").toLowerCase().replace(/\.$/, "");
    const p = m[2].toLowerCase();
    if (p === "*") return true;
    if (p.startsWith("*.")) return h === p.slice(2) || h.endsWith(p.slice(1));
    return h === p;
  }

  /** Which keys IT set (and so are locked for the user). */
  function lockedKeys(managed) {
    return Object.keys(managed || {}).filter((k) => managed[k] !== undefined);
  }

  /**
   * The keys the extension itself enforces, read straight from managed storage. Used only when
   * the scanner (which validates the whole policy) cannot load, so failMode, enforcement and
   * the site lists still apply. Chrome has already checked the types against the schema.
   */
  function fallbackPolicy(managed) {
    const m = managed || {};
    const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === "string" && x.trim()) : null);
    return {
      ...DEFAULT_POLICY,
      enabledSites: strings(m.enabledSites),
      disabledSites: strings(m.disabledSites) || [],
      lockSites: m.lockSites === true,
      enforcement: ["warn", "confirm", "block"].includes(m.enforcement) ? m.enforcement : "confirm",
      failMode: m.failMode === "closed" ? "closed" : "open",
      professionalAccounts: (strings(m.professionalAccounts) || []).filter((s) => s.includes(":")),
    };
  }

  SafePost.settings = { DEFAULT_POLICY, siteState, accountType, lockedKeys, normHost, fallbackPolicy, originFor, hostOf, patternCovers };
})();
