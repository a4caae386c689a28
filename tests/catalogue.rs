//! The rule catalogue is a specification: every rule has a stable dotted id in its family,
//! documentation, an example it catches and a near miss it leaves alone; docs/RULES.md is
//! generated from it and must not drift.

use safepost::options::{Account, ComposeContext, ScanOptions};
use safepost::rules::RULES;
use safepost::Scanner;

fn options(with: &str) -> ScanOptions {
    let mut o = ScanOptions::default();
    for pair in with.split_whitespace() {
        let (k, v) = pair.split_once('=').expect("example_with is key=value pairs");
        match k {
            "context" => o.context = ComposeContext::parse(v).expect("known context"),
            "account" => o.account = Account::parse(v).expect("known account"),
            "site" => o.site = Some(v.to_string()),
            other => panic!("unknown example_with key {other}"),
        }
    }
    o
}

#[test]
fn every_rule_catches_its_own_example() {
    let scanner = Scanner::default();
    let mut failures = Vec::new();
    for r in RULES {
        let result = scanner.scan(r.example, &options(r.example_with));
        if !result.findings.iter().any(|f| f.rule == r.id) {
            failures.push(format!("{}: example not caught: {:?} -> {:?}", r.id, r.example, result.findings.iter().map(|f| f.rule.to_string()).collect::<Vec<_>>()));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_rule_leaves_its_near_miss_alone() {
    let scanner = Scanner::default();
    let mut failures = Vec::new();
    for r in RULES {
        let result = scanner.scan(r.near_miss, &options(r.example_with));
        if result.findings.iter().any(|f| f.rule == r.id) {
            failures.push(format!("{}: near miss flagged: {:?}", r.id, r.near_miss));
        }
        if result.flag && !r.category.is_advisory() {
            failures.push(format!("{}: near miss makes the post flagged: {:?} -> {:?}", r.id, r.near_miss, result.findings.iter().map(|f| f.rule.to_string()).collect::<Vec<_>>()));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn rule_ids_are_unique_dotted_and_in_their_family() {
    let mut seen = std::collections::HashSet::new();
    for r in RULES {
        assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
        let parts: Vec<&str> = r.id.split('.').collect();
        assert!(parts.len() >= 2 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c == '_')), "{} is not a dotted lower-case id", r.id);
        let family_ok = match parts[0] {
            "phi" => r.category.is_identifier(),
            "advisory" => r.category.is_advisory(),
            "conduct" | "language" => !r.category.is_identifier() && !r.category.is_advisory() || r.category.as_str() == "INSENSITIVE",
            other => panic!("{}: unknown family {other}", r.id),
        };
        assert!(family_ok, "{} has category {} outside its family", r.id, r.category);
        assert!(!r.summary.is_empty() && !r.why.is_empty() && !r.message.is_empty(), "{} lacks documentation", r.id);
        assert!(r.category.is_advisory() == (r.severity == safepost::Severity::Info) || r.category.as_str() == "INSENSITIVE", "{}: advisories are info, others warn or block", r.id);
    }
}

#[test]
fn every_contract_category_has_a_rule() {
    for c in safepost::Category::ALL {
        assert!(RULES.iter().any(|r| r.category == *c), "no rule reports {c}");
    }
}

#[test]
fn docs_rules_md_is_generated_from_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/RULES.md");
    let generated = safepost::catalogue::markdown();
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    if std::env::var_os("SAFEPOST_BLESS").is_some() {
        std::fs::write(path, &generated).expect("write docs/RULES.md");
        return;
    }
    assert!(on_disk == generated, "docs/RULES.md is out of date: run `make docs` (or SAFEPOST_BLESS=1 cargo test --test catalogue)");
}
