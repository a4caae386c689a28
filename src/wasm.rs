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
        self.inner.policy().effective_json().to_string()
    }

    /// Compiles the built-in patterns ahead of need (scans otherwise compile each one the first
    /// time a text might match it). Call it when idle after start-up.
    pub fn prepare(&self) {
        self.inner.prepare();
    }

    /// Scans `text` for the box described by `options` (`{site, context, account, lang}`, all
    /// optional). Never throws: unknown option values fall back to the defaults.
    pub fn scan(&self, text: &JsString, options: &JsValue) -> Object {
        // Lone surrogates become U+FFFD, which keeps every UTF-16 offset in place; the
        // reported `text` is cut from the caller's own string, so it is always the substring.
        let units: Vec<u16> = text.iter().collect();
        let rust_text = String::from_utf16_lossy(&units);
        let result = self.inner.scan(&rust_text, &read_options(options));
        let findings = Array::new();
        for f in &result.findings {
            let o = Object::new();
            set(&o, "start", &JsValue::from(f.start as u32));
            set(&o, "end", &JsValue::from(f.end as u32));
            set(&o, "text", &text.substring(f.start as u32, f.end as u32).into());
            set(&o, "category", &JsValue::from_str(f.category.as_str()));
            set(&o, "rule", &JsValue::from_str(&f.rule));
            set(&o, "severity", &JsValue::from_str(f.severity.as_str()));
            set(&o, "message", &JsValue::from_str(&f.message));
            let suggestion = f.suggestion.as_deref().map_or(JsValue::NULL, JsValue::from_str);
            set(&o, "suggestion", &suggestion);
            findings.push(&o);
        }
        let out = Object::new();
        set(&out, "flag", &JsValue::from_bool(result.flag));
        set(&out, "findings", &findings);
        out
    }
}

fn set(o: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain object cannot fail.
    let _ = Reflect::set(o, &JsValue::from_str(key), value);
}

fn get_str(o: &JsValue, key: &str) -> Option<String> {
    if !o.is_object() {
        return None;
    }
    Reflect::get(o, &JsValue::from_str(key)).ok().and_then(|v| v.as_string())
}

fn read_options(o: &JsValue) -> ScanOptions {
    ScanOptions {
        site: get_str(o, "site"),
        context: get_str(o, "context").as_deref().and_then(ComposeContext::parse).unwrap_or_default(),
        account: get_str(o, "account").as_deref().and_then(Account::parse).unwrap_or_default(),
        lang: get_str(o, "lang").as_deref().and_then(Lang::parse),
    }
}

/// The rule catalogue as JSON (`[{id, category, severity, summary}]`), for the options page.
#[wasm_bindgen(js_name = ruleCatalogue)]
pub fn rule_catalogue() -> String {
    let list: Vec<serde_json::Value> = crate::rules::RULES
        .iter()
        .map(|r| serde_json::json!({"id": r.id, "category": r.category.as_str(), "severity": r.severity.as_str(), "summary": r.summary}))
        .collect();
    serde_json::Value::Array(list).to_string()
}
