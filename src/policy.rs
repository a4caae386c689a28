//! The policy object that IT pushes as managed storage (CONTRACT.md section 4), as the scanner
//! uses it. A policy that is not a JSON object is unusable; any other broken entry is skipped
//! and reported by name, and the rest applies.


use regex::{Regex, RegexBuilder};
use serde_json::{Map, Value};

use crate::category::{Category, Severity};
use crate::rules;
use crate::text::Folded;

/// Longest custom pattern accepted, in bytes.
pub const MAX_PATTERN_LEN: usize = 1_000;
/// Size limit of one compiled custom pattern; larger ones are skipped and reported.
pub const MAX_PATTERN_SIZE: usize = 1 << 20;
/// Most custom terms or patterns accepted; the rest are skipped and reported.
pub const MAX_CUSTOM_ENTRIES: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Enforcement {
    Warn,
    #[default]
    Confirm,
    Block,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailMode {
    #[default]
    Open,
    Closed,
}

/// The practice's own public identifiers: never reported as PHI.
#[derive(Debug, Clone, Default)]
pub struct OrgIdentifiers {
    /// Folded names ("blue heron ivf", "dr. ana ruiz").
    pub names: Vec<String>,
    /// Digits only, without a leading US country code.
    pub phones: Vec<String>,
    /// Lower case.
    pub emails: Vec<String>,
    /// Lower case, without "www.".
    pub domains: Vec<String>,
    /// Folded, with runs of white space and punctuation collapsed.
    pub addresses: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct CustomTerm {
    pub term: String,
    pub folded: String,
    pub category: Category,
    pub severity: Severity,
    pub message: Option<String>,
}

#[derive(Debug, Clone)]
pub struct CustomPattern {
    pub regex: Regex,
    pub category: Category,
    pub severity: Severity,
    pub message: Option<String>,
}

/// A parsed policy. Every key is optional.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub enabled_sites: Option<Vec<String>>,
    pub disabled_sites: Vec<String>,
    pub lock_sites: bool,
    pub enforcement: Enforcement,
    pub professional_accounts: Vec<String>,
    pub org: OrgIdentifiers,
    pub custom_terms: Vec<CustomTerm>,
    pub custom_patterns: Vec<CustomPattern>,
    /// The ids of the rules turned off, each once. (A list: a policy turns off a few rules, and
    /// a set of them compiled another hash table into the wasm.)
    pub disabled_rules: Vec<&'static str>,
    pub fail_mode: FailMode,
}

/// The policy is not a JSON object at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyError(pub String);

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PolicyError {}

impl Policy {
    /// Parses a policy. `""`, white space and `{}` give the default policy. Errors: the text
    /// is not JSON, or not an object. Skipped entries are returned as messages naming the key.
    pub fn parse(json: &str) -> Result<(Policy, Vec<String>), PolicyError> {
        if json.trim().is_empty() {
            return Ok((Policy::default(), Vec::new()));
        }
        let value: Value = serde_json::from_str(json)
            .map_err(|e| PolicyError(format!("policy is not valid JSON: {e}")))?;
        match value {
            Value::Object(map) => Ok(Policy::from_object(&map)),
            other => Err(PolicyError(format!("policy must be a JSON object, got {}", kind(&other)))),
        }
    }

    /// Builds a policy from an object, skipping and reporting broken entries.
    pub fn from_object(map: &Map<String, Value>) -> (Policy, Vec<String>) {
        let mut p = Policy::default();
        let mut errors = Vec::new();
        for (key, value) in map {
            let mut err = |msg: String| errors.push(msg);
            match key.as_str() {
                "enabledSites" => p.enabled_sites = Some(host_patterns(key, value, &mut err)),
                "disabledSites" => p.disabled_sites = host_patterns(key, value, &mut err),
                "lockSites" => match value {
                    Value::Bool(b) => p.lock_sites = *b,
                    v => err(format!("lockSites: expected true or false, got {}", kind(v))),
                },
                "enforcement" => match value.as_str() {
                    Some("warn") => p.enforcement = Enforcement::Warn,
                    Some("confirm") => p.enforcement = Enforcement::Confirm,
                    Some("block") => p.enforcement = Enforcement::Block,
                    _ => err(format!("enforcement: expected \"warn\", \"confirm\" or \"block\", got {}", show(value))),
                },
                "failMode" => match value.as_str() {
                    Some("open") => p.fail_mode = FailMode::Open,
                    Some("closed") => p.fail_mode = FailMode::Closed,
                    _ => err(format!("failMode: expected \"open\" or \"closed\", got {}", show(value))),
                },
                "professionalAccounts" => {
                    for (i, s) in strings(key, value, &mut err) {
                        match s.split_once(':') {
                            Some((site, handle)) if !site.trim().is_empty() && !handle.trim().is_empty() => {
                                p.professional_accounts.push(s.trim().to_string())
                            }
                            _ => err(format!("professionalAccounts[{i}]: expected \"site:handle\", got {}", show(&Value::String(s)))),
                        }
                    }
                }
                "orgIdentifiers" => p.org = org_identifiers(value, &mut err),
                "customTerms" => p.custom_terms = custom_terms(value, &mut err),
                "customPatterns" => p.custom_patterns = custom_patterns(value, &mut err),
                "disabledRules" => {
                    for (i, id) in strings(key, value, &mut err) {
                        let matched = rules::matching_ids(&id);
                        if matched.is_empty() {
                            err(format!("disabledRules[{i}]: no rule has the id \"{id}\" (see docs/RULES.md)"));
                        }
                        for id in matched {
                            if !p.disabled_rules.contains(&id) {
                                p.disabled_rules.push(id);
                            }
                        }
                    }
                }
                other => err(format!("{other}: unknown policy key, ignored")),
            }
        }
        (p, errors)
    }
}

impl Policy {
    /// The policy as it applies after skipping broken entries, as JSON: what the extension
    /// reads for the keys it enforces itself (sites, enforcement, accounts, failMode).
    /// (A typed record, not a `serde_json::Value`: writing a `Value` brings the number
    /// formatter into the wasm.)
    pub fn effective_json(&self) -> String {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Effective<'a> {
            enabled_sites: &'a Option<Vec<String>>,
            disabled_sites: &'a [String],
            lock_sites: bool,
            enforcement: &'static str,
            professional_accounts: &'a [String],
            fail_mode: &'static str,
            disabled_rules: Vec<&'static str>,
            custom_terms: usize,
            custom_patterns: usize,
            org_identifiers: Counts,
        }
        #[derive(serde::Serialize)]
        struct Counts {
            names: usize,
            phones: usize,
            emails: usize,
            domains: usize,
            addresses: usize,
        }
        let enforcement = match self.enforcement {
            Enforcement::Warn => "warn",
            Enforcement::Confirm => "confirm",
            Enforcement::Block => "block",
        };
        let fail_mode = match self.fail_mode {
            FailMode::Open => "open",
            FailMode::Closed => "closed",
        };
        // (in the catalogue's order: a stable order without a sort in the wasm)
        let disabled_rules: Vec<&'static str> = rules::RULES.iter().map(|r| r.id).filter(|id| self.disabled_rules.contains(id)).collect();
        let org = &self.org;
        serde_json::to_string(&Effective {
            enabled_sites: &self.enabled_sites,
            disabled_sites: &self.disabled_sites,
            lock_sites: self.lock_sites,
            enforcement,
            professional_accounts: &self.professional_accounts,
            fail_mode,
            disabled_rules,
            custom_terms: self.custom_terms.len(),
            custom_patterns: self.custom_patterns.len(),
            org_identifiers: Counts { names: org.names.len(), phones: org.phones.len(), emails: org.emails.len(), domains: org.domains.len(), addresses: org.addresses.len() },
        })
        .expect("the effective policy serializes")
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A short rendering of a value for error messages.
/// A value as it was written, shortened: a string quoted, a whole number or a word as is, and
/// anything else by its kind. (Not `Value`'s own writer: that brings the decimal-number
/// formatter into the wasm for an error message.)
fn show(v: &Value) -> String {
    let s = match v {
        Value::String(t) => serde_json::to_string(t).unwrap_or_default(),
        Value::Number(n) if n.is_i64() || n.is_u64() => n.as_i128().map(|i| i.to_string()).unwrap_or_default(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".to_string(),
        other => kind(other).to_string(),
    };
    if s.chars().count() > 60 { format!("{}…", s.chars().take(60).collect::<String>()) } else { s }
}

/// The strings of an array value, with their indexes; other entries are reported.
fn strings(key: &str, value: &Value, err: &mut impl FnMut(String)) -> Vec<(usize, String)> {
    let Value::Array(items) = value else {
        err(format!("{key}: expected an array of strings, got {}", kind(value)));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(s) if !s.trim().is_empty() => out.push((i, s.to_string())),
            _ => err(format!("{key}[{i}]: expected a non-empty string, got {}", show(item))),
        }
    }
    out
}

fn host_patterns(key: &str, value: &Value, err: &mut impl FnMut(String)) -> Vec<String> {
    let mut out = Vec::new();
    for (i, s) in strings(key, value, err) {
        let p = s.trim().to_ascii_lowercase();
        let host = p.strip_prefix("*.").unwrap_or(&p);
        let valid = !host.is_empty()
            && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
            && !host.starts_with('.')
            && !host.ends_with('.');
        if valid {
            out.push(p);
        } else {
            err(format!("{key}[{i}]: \"{s}\" is not a host pattern (use \"example.com\" or \"*.example.com\")"));
        }
    }
    out
}

fn org_identifiers(value: &Value, err: &mut impl FnMut(String)) -> OrgIdentifiers {
    let mut org = OrgIdentifiers::default();
    let Value::Object(map) = value else {
        err(format!("orgIdentifiers: expected an object, got {}", kind(value)));
        return org;
    };
    for (key, list) in map {
        let path = format!("orgIdentifiers.{key}");
        let items = strings(&path, list, err);
        match key.as_str() {
            "names" => org.names = items.into_iter().map(|(_, s)| crate::fold::fold(s.trim())).collect(),
            "phones" => {
                for (i, s) in items {
                    let d = phone_digits(&s);
                    if d.len() >= 7 {
                        org.phones.push(d);
                    } else {
                        err(format!("{path}[{i}]: \"{s}\" has too few digits for a phone number"));
                    }
                }
            }
            "emails" => {
                for (i, s) in items {
                    if s.contains('@') {
                        org.emails.push(s.trim().to_ascii_lowercase());
                    } else {
                        err(format!("{path}[{i}]: \"{s}\" is not an email address"));
                    }
                }
            }
            "domains" => org.domains = items.into_iter().map(|(_, s)| normalize_domain(&s)).collect(),
            "addresses" => org.addresses = items.into_iter().map(|(_, s)| normalize_address(&s)).collect(),
            other => err(format!("orgIdentifiers.{other}: unknown key, ignored (expected names, phones, emails, domains, addresses)")),
        }
    }
    org
}

/// The digits of a phone number without a leading US country code "1".
pub fn phone_digits(s: &str) -> String {
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    if d.len() == 11 && d.starts_with('1') { d[1..].to_string() } else { d }
}

pub fn normalize_domain(s: &str) -> String {
    let s = s.trim().to_ascii_lowercase();
    let s = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")).unwrap_or(&s).to_string();
    let s = s.split('/').next().unwrap_or("").to_string();
    s.strip_prefix("www.").unwrap_or(&s).to_string()
}

/// Folded letters and digits separated by single spaces, for comparing addresses.
pub fn normalize_address(s: &str) -> String {
    Folded::new(s)
        .s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn category_and_severity(path: &str, obj: &Map<String, Value>, err: &mut impl FnMut(String)) -> Option<(Category, Severity, Option<String>)> {
    let category = match obj.get("category").and_then(Value::as_str) {
        Some(c) => match Category::parse(c) {
            Some(c) => c,
            None => {
                err(format!("{path}.category: unknown category \"{c}\" (see CONTRACT.md section 1)"));
                return None;
            }
        },
        None => {
            err(format!("{path}.category: missing (a category such as \"OTHER_ID\" is required)"));
            return None;
        }
    };
    let severity = match obj.get("severity") {
        None | Some(Value::Null) => Severity::Warn,
        Some(v) => match v.as_str().and_then(Severity::parse) {
            Some(s) => s,
            None => {
                err(format!("{path}.severity: expected \"block\", \"warn\" or \"info\", got {}", show(v)));
                return None;
            }
        },
    };
    let message = match obj.get("message") {
        None | Some(Value::Null) => None,
        Some(Value::String(m)) if !m.trim().is_empty() => Some(m.trim().to_string()),
        Some(v) => {
            err(format!("{path}.message: expected a non-empty string, got {}", show(v)));
            return None;
        }
    };
    Some((category, severity, message))
}

fn entries<'v>(key: &str, value: &'v Value, err: &mut impl FnMut(String)) -> Vec<(String, &'v Map<String, Value>)> {
    let Value::Array(items) = value else {
        err(format!("{key}: expected an array of objects, got {}", kind(value)));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = format!("{key}[{i}]");
        if i >= MAX_CUSTOM_ENTRIES {
            err(format!("{path}: more than {MAX_CUSTOM_ENTRIES} entries, the rest are ignored"));
            break;
        }
        match item {
            Value::Object(o) => out.push((path, o)),
            v => err(format!("{path}: expected an object, got {}", kind(v))),
        }
    }
    out
}

fn custom_terms(value: &Value, err: &mut impl FnMut(String)) -> Vec<CustomTerm> {
    let mut out = Vec::new();
    for (path, obj) in entries("customTerms", value, err) {
        let term = match obj.get("term").and_then(Value::as_str).map(str::trim) {
            Some(t) if !t.is_empty() => t.to_string(),
            _ => {
                err(format!("{path}.term: missing or empty"));
                continue;
            }
        };
        if let Some((category, severity, message)) = category_and_severity(&path, obj, err) {
            out.push(CustomTerm { folded: crate::fold::fold(&term), term, category, severity, message });
        }
    }
    out
}

fn custom_patterns(value: &Value, err: &mut impl FnMut(String)) -> Vec<CustomPattern> {
    let mut out = Vec::new();
    for (path, obj) in entries("customPatterns", value, err) {
        let Some(src) = obj.get("pattern").and_then(Value::as_str).filter(|s| !s.is_empty()) else {
            err(format!("{path}.pattern: missing or empty"));
            continue;
        };
        if src.len() > MAX_PATTERN_LEN {
            err(format!("{path}.pattern: longer than {MAX_PATTERN_LEN} characters"));
            continue;
        }
        // ("(?i)mrn-\d+": case insensitivity spelled out, for want of the folding tables)
        let unfolded = match crate::casefold::without_case_flag(src) {
            Ok(p) => p,
            Err(e) => {
                err(format!("{path}.pattern: {e}"));
                continue;
            }
        };
        let regex = match RegexBuilder::new(&unfolded).size_limit(MAX_PATTERN_SIZE).dfa_size_limit(MAX_PATTERN_SIZE).build() {
            Ok(r) => r,
            Err(regex::Error::CompiledTooBig(_)) => {
                err(format!("{path}.pattern: compiles to more than {} KB, too large", MAX_PATTERN_SIZE / 1024));
                continue;
            }
            Err(e) => {
                let first = e.to_string().lines().last().unwrap_or("").trim().to_string();
                err(format!("{path}.pattern: does not compile: {first}"));
                continue;
            }
        };
        if regex.is_match("") {
            err(format!("{path}.pattern: matches the empty string, which would mark every text"));
            continue;
        }
        if let Some((category, severity, message)) = category_and_severity(&path, obj, err) {
            out.push(CustomPattern { regex, category, severity, message });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_policies_are_the_default() {
        for json in ["", "  ", "{}"] {
            let (p, errors) = Policy::parse(json).unwrap();
            assert!(errors.is_empty());
            assert_eq!(p.enforcement, Enforcement::Confirm);
            assert_eq!(p.fail_mode, FailMode::Open);
        }
    }

    #[test]
    fn a_policy_that_is_not_an_object_is_unusable() {
        assert!(Policy::parse("[1,2]").unwrap_err().0.contains("JSON object, got an array"));
        assert!(Policy::parse("{nope").unwrap_err().0.contains("not valid JSON"));
    }

    #[test]
    fn broken_entries_are_skipped_by_name_and_the_rest_applies() {
        let (p, errors) = Policy::parse(
            r#"{"enforcement": "strict", "failMode": "closed",
                "customPatterns": [{"pattern": "(", "category": "MRN"},
                                   {"pattern": "SP-\\d{6}", "category": "MRN", "severity": "block"},
                                   {"pattern": "x", "category": "NOPE"}],
                "customTerms": [{"term": "Project Stork", "category": "OTHER_ID"}, {"category": "NAME"}],
                "disabledRules": ["phi.nothing.here"],
                "orgIdentifiers": {"phones": ["(207) 555-0136", "12"], "names": ["Blue Heron IVF"]},
                "colour": "blue"}"#,
        )
        .unwrap();
        assert_eq!(p.enforcement, Enforcement::Confirm);
        assert_eq!(p.fail_mode, FailMode::Closed);
        assert_eq!(p.custom_patterns.len(), 1);
        assert_eq!(p.custom_terms.len(), 1);
        assert_eq!(p.org.phones, ["2075550136"]);
        let joined = errors.join("\n");
        for needle in [
            "enforcement: expected",
            "customPatterns[0].pattern: does not compile",
            "customPatterns[2].category: unknown category \"NOPE\"",
            "customTerms[1].term: missing",
            "disabledRules[0]: no rule has the id \"phi.nothing.here\"",
            "orgIdentifiers.phones[1]",
            "colour: unknown policy key",
        ] {
            assert!(joined.contains(needle), "missing {needle:?} in:\n{joined}");
        }
        assert_eq!(errors.len(), 7, "{joined}");
    }

    #[test]
    fn oversized_custom_patterns_are_refused() {
        let (p, errors) = Policy::parse(r#"{"customPatterns": [{"pattern": "\\w{1000}\\w{1000}\\w{1000}", "category": "MRN"}]}"#).unwrap();
        assert!(p.custom_patterns.is_empty());
        assert!(errors[0].contains("too large"), "{errors:?}");
    }

    #[test]
    fn case_insensitive_custom_patterns_match_either_case() {
        let (p, errors) = Policy::parse(r#"{"customPatterns": [
            {"pattern": "(?i)chart-\\d{5}", "category": "MRN"},
            {"pattern": "(?i)\\p{Lu}{3}-\\d+", "category": "MRN"}]}"#).unwrap();
        assert_eq!(p.custom_patterns.len(), 1);
        let re = &p.custom_patterns[0].regex;
        assert!(re.is_match("CHART-12345") && re.is_match("Chart-12345") && !re.is_match("chart-1234"));
        // a class of capitals under (?i) cannot be widened without the folding tables: refused, by name
        assert!(errors.len() == 1 && errors[0].starts_with("customPatterns[1].pattern: ") && errors[0].contains("(?i)"), "{errors:?}");
    }

    #[test]
    fn patterns_matching_the_empty_string_are_refused() {
        let (p, errors) = Policy::parse(r#"{"customPatterns": [{"pattern": "a*", "category": "MRN"}]}"#).unwrap();
        assert!(p.custom_patterns.is_empty());
        assert!(errors[0].contains("empty string"));
    }
}
