//! The WebAssembly binding (CONTRACT.md section 5): a thin layer over [`crate::Scanner`].
//! Offsets are UTF-16 code units, computed by the core exactly as for the CLI.

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::options::{Account, ComposeContext, Lang, ScanOptions};

/// A scanner configured with a policy.
#[wasm_bindgen]
pub struct Scanner {
    inner: crate::Scanner,
}

#[wasm_bindgen]
impl Scanner {
    /// `policyJson`: the policy object as a JSON string (`""` or `"{}"` for none). Throws an
    /// `Error` only when it is not a JSON object; broken entries go to `policyErrors()`.
    #[wasm_bindgen(constructor)]
    pub fn new(policy_json: &str) -> Result<Scanner, JsError> {
        let inner = crate::Scanner::new(policy_json).map_err(|e| JsError::new(&e.0))?;
        Ok(Scanner { inner })
    }

    /// One message per policy entry that was skipped.
    #[wasm_bindgen(js_name = policyErrors)]
    pub fn policy_errors(&self) -> Vec<String> {
        self.inner.policy_errors().to_vec()
    }

    /// The policy as applied (broken entries skipped), as a JSON string: `enabledSites`,
    /// `disabledSites`, `lockSites`, `enforcement`, `professionalAccounts`, `failMode`,
    /// `disabledRules` and counts of the rest.
    #[wasm_bindgen(js_name = effectivePolicy)]
    pub fn effective_policy(&self) -> String {
        self.inner.policy().effective_json()
    }

    /// Compiles the built-in patterns ahead of need (scans otherwise compile each one the first
    /// time a text might match it). Call it when idle after start-up.
    pub fn prepare(&self) {
        self.inner.prepare();
    }

    /// Scans `text` for the box described by `options` (`{site, context, account, lang}`, all
    /// optional). Never throws: unknown option values fall back to the defaults.
    pub fn scan(&self, text: &JsString, options: &JsValue) -> Object {
        // The string crosses into WebAssembly in one copy; lone surrogates become U+FFFD, which
        // keeps every UTF-16 offset in place.
        let rust_text = String::from(text);
        let result = self.inner.scan(&rust_text, &read_options(options));
        // One JSON string and one `JSON.parse` instead of a property set per field: crossing
        // into JavaScript once per field cost more than the scan of a short post.
        let json = serde_json::to_string(&result).expect("a scan result serializes");
        let out: Object = js_sys::JSON::parse(&json).expect("serde_json writes valid JSON").unchecked_into();
        // `text` must be the caller's own substring. It already is unless the text held a lone
        // surrogate (or a real U+FFFD): then cut every `text` from the caller's string.
        if rust_text.contains('\u{FFFD}') {
            let findings: Array = Reflect::get(&out, &JsValue::from_str("findings")).unwrap_or_default().unchecked_into();
            for (o, f) in findings.iter().zip(&result.findings) {
                set(o.unchecked_ref(), "text", &text.substring(f.start as u32, f.end as u32).into());
            }
        }
        out
    }
}

fn set(o: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain object cannot fail.
    let _ = Reflect::set(o, &JsValue::from_str(key), value);
}

fn read_options(o: &JsValue) -> ScanOptions {
    // The options cross as one JSON string (one call into JavaScript instead of a property
    // read per key); anything that is not a plain object, or that JSON cannot hold, reads as
    // no options. Only string values count, as the contract says.
    let json = if o.is_object() { js_sys::JSON::stringify(o).ok().and_then(|s| s.as_string()) } else { None };
    // (parsed as a `Value`, as the policy is, so that no second JSON parser is compiled in)
    let value = json.and_then(|j| serde_json::from_str::<serde_json::Value>(&j).ok()).unwrap_or_default();
    let get = |key: &str| value.get(key).and_then(|v| v.as_str());
    ScanOptions {
        site: get("site").map(str::to_string),
        context: get("context").and_then(ComposeContext::parse).unwrap_or_default(),
        account: get("account").and_then(Account::parse).unwrap_or_default(),
        lang: get("lang").and_then(Lang::parse),
    }
}

/// The rule catalogue as JSON (`[{id, category, severity, summary}]`), for the options page.
#[wasm_bindgen(js_name = ruleCatalogue)]
pub fn rule_catalogue() -> String {
    #[derive(serde::Serialize)]
    struct Entry {
        id: &'static str,
        category: &'static str,
        severity: &'static str,
        summary: &'static str,
    }
    let list: Vec<Entry> = crate::rules::RULES
        .iter()
        .map(|r| Entry { id: r.id, category: r.category.as_str(), severity: r.severity.as_str(), summary: r.summary })
        .collect();
    serde_json::to_string(&list).expect("the catalogue serializes")
}
