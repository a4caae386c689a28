//! The policy keys the scanner applies: orgIdentifiers are never reported, customTerms and
//! customPatterns add findings, disabledRules turns rules off (by id or family prefix).

use safepost::{ScanOptions, Scanner};

fn categories(scanner: &Scanner, text: &str) -> Vec<String> {
    scanner.scan(text, &ScanOptions::default()).findings.iter().map(|f| format!("{}:{}:{}", f.category, f.rule, f.text)).collect()
}

#[test]
fn org_identifiers_are_never_reported() {
    let text = "Ana Ruiz called from 415-555-0193 about her transfer; she emailed ana.ruiz@gmail.com too.";
    let plain = Scanner::new("").unwrap();
    let found = categories(&plain, text);
    assert!(found.iter().any(|f| f.starts_with("PHONE")) && found.iter().any(|f| f.starts_with("EMAIL")) && found.iter().any(|f| f.starts_with("NAME")), "{found:?}");
    let org = Scanner::new(r#"{"orgIdentifiers": {"names": ["Ana Ruiz"], "phones": ["(415) 555-0193"], "emails": ["ana.ruiz@gmail.com"]}}"#).unwrap();
    assert!(org.policy_errors().is_empty());
    let found = categories(&org, text);
    assert!(!found.iter().any(|f| f.starts_with("PHONE") || f.starts_with("EMAIL") || f.starts_with("NAME")), "{found:?}");
}

#[test]
fn custom_terms_match_whole_words_case_and_accent_insensitively() {
    let s = Scanner::new(r#"{"customTerms": [{"term": "Proyecto Cigüeña", "category": "OTHER_ID", "severity": "block", "message": "Internal code name."}]}"#).unwrap();
    let r = s.scan("Update on PROYECTO CIGUENA: on track. Not proyecto cigüeñas.", &ScanOptions::default());
    let custom: Vec<_> = r.findings.iter().filter(|f| f.rule == "custom.term").collect();
    assert_eq!(custom.len(), 1, "{custom:?}");
    assert_eq!(custom[0].text, "PROYECTO CIGUENA");
    assert_eq!(custom[0].message, "Internal code name.");
    assert!(r.flag);
}

#[test]
fn custom_patterns_report_their_category_and_severity() {
    let s = Scanner::new(r#"{"customPatterns": [{"pattern": "\\bSP-\\d{6}\\b", "category": "MRN", "severity": "block"}]}"#).unwrap();
    let r = s.scan("Form SP-448812 was misfiled.", &ScanOptions::default());
    let f = r.findings.iter().find(|f| f.rule == "custom.pattern").expect("custom pattern found");
    assert_eq!((f.category.as_str(), f.severity.as_str(), f.text.as_str()), ("MRN", "block", "SP-448812"));
}

#[test]
fn info_custom_findings_do_not_flag() {
    let s = Scanner::new(r#"{"customTerms": [{"term": "webinar", "category": "DISCLAIMER", "severity": "info"}]}"#).unwrap();
    let r = s.scan("Join our webinar!", &ScanOptions::default());
    assert!(r.findings.iter().any(|f| f.rule == "custom.term"));
    assert!(!r.flag);
}

#[test]
fn disabled_rules_by_id_and_by_prefix() {
    let text = "Mrs. Lowry had her retrieval today, call her cell 415-555-0193.";
    let by_id = Scanner::new(r#"{"disabledRules": ["phi.name.titled"]}"#).unwrap();
    assert!(!categories(&by_id, text).iter().any(|f| f.contains("phi.name.titled")));
    assert!(categories(&by_id, text).iter().any(|f| f.starts_with("PHONE")));
    let by_family = Scanner::new(r#"{"disabledRules": ["phi.*"]}"#).unwrap();
    assert!(!categories(&by_family, text).iter().any(|f| f.contains(":phi.")), "{:?}", categories(&by_family, text));
}

#[test]
fn a_policy_that_is_not_an_object_is_an_error_and_entries_are_reported() {
    assert!(Scanner::new("42").is_err());
    assert!(Scanner::new("{\"enforcement\": \"block\"}").unwrap().policy_errors().is_empty());
    let s = Scanner::new(r#"{"customPatterns": [{"pattern": "(a+", "category": "MRN"}], "disabledRules": ["no.such.rule"]}"#).unwrap();
    assert_eq!(s.policy_errors().len(), 2, "{:?}", s.policy_errors());
}
