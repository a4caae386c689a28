//! Shared helpers for the specification tables.

use safepost::options::{Account, ComposeContext, Lang, ScanOptions};
use safepost::{ScanResult, Scanner};

/// One row of a specification table: a text, where it is composed, and what must and must not
/// be found. Expectations are `CATEGORY`, `CATEGORY:exact text` or a rule id (`phi.ssn`).
pub struct Case {
    pub text: &'static str,
    pub with: &'static str,
    pub must: &'static [&'static str],
    pub must_not: &'static [&'static str],
}

pub const fn case(text: &'static str, must: &'static [&'static str], must_not: &'static [&'static str]) -> Case {
    Case { text, with: "", must, must_not }
}

#[allow(dead_code)] // not every specification file needs options
pub const fn case_in(with: &'static str, text: &'static str, must: &'static [&'static str], must_not: &'static [&'static str]) -> Case {
    Case { text, with, must, must_not }
}

pub fn options(with: &str) -> ScanOptions {
    let mut o = ScanOptions::default();
    for pair in with.split_whitespace() {
        let (k, v) = pair.split_once('=').expect("key=value");
        match k {
            "context" => o.context = ComposeContext::parse(v).expect("context"),
            "account" => o.account = Account::parse(v).expect("account"),
            "lang" => o.lang = Lang::parse(v),
            "site" => o.site = Some(v.to_string()),
            other => panic!("unknown key {other}"),
        }
    }
    o
}

fn matches(result: &ScanResult, expectation: &str) -> bool {
    if expectation.contains('.') && !expectation.contains(':') && expectation.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '_') {
        return result.findings.iter().any(|f| f.rule == expectation);
    }
    match expectation.split_once(':') {
        Some((cat, text)) => result.findings.iter().any(|f| f.category.as_str() == cat && f.text == text),
        None if expectation == "FLAG" => result.flag,
        None => result.findings.iter().any(|f| f.category.as_str() == expectation),
    }
}

/// Runs a table; reports every failing row at once.
pub fn check(table: &[Case]) {
    let scanner = Scanner::default();
    let mut failures = Vec::new();
    for c in table {
        let r = scanner.scan(c.text, &options(c.with));
        let found: Vec<String> = r.findings.iter().map(|f| format!("{}:{} [{}]", f.category, f.text, f.rule)).collect();
        for m in c.must {
            if !matches(&r, m) {
                failures.push(format!("MISSING {m}\n    in {:?} ({})\n    found {found:?}", c.text, c.with));
            }
        }
        for m in c.must_not {
            if matches(&r, m) {
                failures.push(format!("UNWANTED {m}\n    in {:?} ({})\n    found {found:?}", c.text, c.with));
            }
        }
    }
    assert!(failures.is_empty(), "{} failing expectations:\n{}", failures.len(), failures.join("\n"));
}
