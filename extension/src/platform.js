// The one place where browsers differ. Loaded as a classic content script and imported by the
// background module and the extension pages; it only defines `SafePost.platform`.
(function () {
  "use strict";
  const root = globalThis;
  // Recent Chromium also defines `browser`; only Firefox's has getBrowserInfo. Chromium keeps
  // its own `chrome` namespace.
  const isFirefox = typeof root.browser !== "undefined" && !!(root.browser.runtime && root.browser.runtime.getBrowserInfo);
  const api = isFirefox ? root.browser : root.chrome;
  const SafePost = (root.SafePost = root.SafePost || {});

  /** Promise wrapper for callback-or-promise APIs (Chrome MV3 and Firefox both return promises). */
  async function call(fn, ...args) {
    return await fn(...args);
  }

  const TIMED_OUT = Symbol("timed out");

  SafePost.platform = {
    api,
    isFirefox,
    /** Managed storage (IT policy). Firefox throws when no policy is set: that means "none". */
    async managed() {
      try {
        if (!api.storage || !api.storage.managed) return {};
        // Seen in Chromium: a read made while policy is still loading can stay pending for good,
        // though a fresh read then answers at once. Give each read 2 s, then try a fresh one.
        for (let attempt = 0; attempt < 5; attempt++) {
          const read = call(api.storage.managed.get.bind(api.storage.managed), null);
          const timeout = new Promise((resolve) => setTimeout(() => resolve(TIMED_OUT), 2000));
          const got = await Promise.race([read, timeout]);
          if (got !== TIMED_OUT) return got || {};
        }
        return {};
      } catch (e) {
        return {};
      }
    },
    async local(keys) {
      return (await call(api.storage.local.get.bind(api.storage.local), keys)) || {};
    },
    async setLocal(items) {
      await call(api.storage.local.set.bind(api.storage.local), items);
    },
    onStorageChanged(listener) {
      api.storage.onChanged.addListener(listener);
    },
    /** The origins the user granted on top of the manifest's (optional host permissions) and
     * the manifest's own, as match patterns. */
    async grantedOrigins() {
      try {
        const all = await call(api.permissions.getAll.bind(api.permissions));
        return (all && all.origins) || [];
      } catch (e) {
        return [];
      }
    },
    /** Asks the user for access to `origins`. Firefox only shows its prompt when this runs in the
     * click handler itself, before any await: call it first. Resolves true when granted. */
    requestOrigins(origins) {
      try {
        return Promise.resolve(api.permissions.request({ origins })).catch(() => false);
      } catch (e) {
        return Promise.resolve(false);
      }
    },
    async removeOrigins(origins) {
      try {
        return await call(api.permissions.remove.bind(api.permissions), { origins });
      } catch (e) {
        return false;
      }
    },
    onPermissionsChanged(listener) {
      if (!api.permissions) return;
      api.permissions.onAdded && api.permissions.onAdded.addListener(listener);
      api.permissions.onRemoved && api.permissions.onRemoved.addListener(listener);
    },
    /** The manifest's content-script files as paths inside the extension (Firefox's
     * getManifest() gives them as full moz-extension:// URLs, which scripting refuses). */
    contentScriptFiles() {
      const base = api.runtime.getURL("");
      const rel = (f) => (f.startsWith(base) ? f.slice(base.length) : f.replace(/^\//, ""));
      const cs = api.runtime.getManifest().content_scripts[0];
      return { js: (cs.js || []).map(rel), css: (cs.css || []).map(rel) };
    },
    url(path) {
      return api.runtime.getURL(path);
    },
    message(key, subs) {
      try {
        return (api.i18n && api.i18n.getMessage(key, subs)) || "";
      } catch (e) {
        return "";
      }
    },
    uiLanguage() {
      try {
        return api.i18n.getUILanguage();
      } catch (e) {
        return "en";
      }
    },
  };
})();
