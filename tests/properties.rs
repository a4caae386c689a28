//! Properties of every scan, for any input: no panic, every finding's UTF-16 offsets in bounds
//! and on character boundaries, its `text` exactly the substring they delimit, findings sorted;
//! any JSON value as a policy never panics. Plus the pathological inputs of issue 6.

use proptest::prelude::*;
use safepost::options::{Account, ComposeContext, ScanOptions};
use safepost::{ScanResult, Scanner};

/// Checks the invariants of a result for `text`.
fn check(text: &str, r: &ScanResult) -> Result<(), TestCaseError> {
    let units: Vec<u16> = text.encode_utf16().collect();
    for f in &r.findings {
        prop_assert!(f.start < f.end, "empty or inverted finding {f:?}");
        prop_assert!(f.end <= units.len(), "finding past the end: {f:?}");
        // On a character boundary: the UTF-16 slice decodes without lone surrogates.
        let slice = String::from_utf16(&units[f.start..f.end]);
        prop_assert!(slice.is_ok(), "finding splits a surrogate pair: {f:?}");
        prop_assert_eq!(slice.unwrap(), f.text.clone());
        prop_assert!(!f.message.is_empty());
        prop_assert_eq!(&text[f.range.clone()], f.text.as_str());
    }
    let sorted = r.findings.windows(2).all(|w| w[0].start <= w[1].start);
    prop_assert!(sorted, "findings are sorted by start");
    let flagged = r.findings.iter().any(|f| f.severity >= safepost::Severity::Warn && !f.category.is_advisory());
    prop_assert_eq!(r.flag, flagged);
    Ok(())
}

/// Text built from pieces that exercise the rules: names, numbers, obfuscations, clinical words,
/// emoji, combining marks, bidi controls, NUL, Spanish.
fn post() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mrs. Lowry ".to_string()),
        Just("Ms. K ".to_string()),
        Just("Sra. Núñez ".to_string()),
        Just("415-555-0193 ".to_string()),
        Just("two one four five five five zero one eight seven ".to_string()),
        Just("jo [at] gmail [dot] com ".to_string()),
        Just("MRN 5530218-4 ".to_string()),
        Just("DOB 05.11.1980 ".to_string()),
        Just("44F ".to_string()),
        Just("f**k sh1t a s s e s s.h.i.t. fuuuuck ".to_string()),
        Just("retrieval transfer beta IVF ".to_string()),
        Just("@handle.name ".to_string()),
        Just("😄👩‍👩‍👧‍👦🏳️‍🌈 ".to_string()),
        Just("e\u{301}\u{302}\u{303}\u{304} ".to_string()),
        Just("\u{202E}evil\u{202C} ".to_string()),
        Just("\u{0}\u{1}\t\r\n".to_string()),
        Just("ｆｕｃｋ Ѕhіt 𝐟𝐮𝐜𝐤 ".to_string()),
        Just("¿Qué pasó? ".to_string()),
        Just(". ! ? … ".to_string()),
        "[a-zA-Z0-9 ,.@#:/-]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = ScanOptions> {
    (0usize..6, 0usize..3, any::<bool>()).prop_map(|(c, a, site)| ScanOptions {
        site: site.then(|| "yelp.com".to_string()),
        context: ComposeContext::parse(ComposeContext::NAMES[c]).unwrap(),
        account: [Account::Personal, Account::Professional, Account::Unknown][a],
        lang: None,
    })
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        "[a-zA-Z*.()\\\\{}\\[\\]+?|^$ ]{0,20}".prop_map(serde_json::Value::String),
        prop_oneof![Just("MRN"), Just("NAME"), Just("block"), Just("warn"), Just("(a+)+$"), Just("x.com:@me"), Just("phi.*")].prop_map(|s| serde_json::Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("enforcement".to_string()), Just("customTerms".to_string()), Just("customPatterns".to_string()),
                        Just("orgIdentifiers".to_string()), Just("disabledRules".to_string()), Just("term".to_string()),
                        Just("pattern".to_string()), Just("category".to_string()), Just("severity".to_string()),
                        Just("phones".to_string()), Just("names".to_string()), "[a-z]{1,8}"
                    ],
                    inner
                ),
                0..5
            )
            .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// 400 cases per property from a fixed seed, so that a run in CI reproduces (Hypothesis's
/// "derandomize" for CI, in proptest's terms). A hunt for new inputs sets the environment:
/// `PROPTEST_RNG_SEED=random PROPTEST_CASES=200000 cargo test --release --test properties`
/// (an unparsable seed leaves proptest's default, a fresh random one, with a warning).
fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 400;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = proptest::test_runner::RngSeed::Fixed(0x5afe_9057);
    }
    config
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_scans_with_valid_offsets(text in post(), opts in options()) {
        let r = Scanner::default().scan(&text, &opts);
        check(&text, &r)?;
    }

    /// The substring test the WebAssembly build uses in place of `str::contains`.
    #[test]
    fn bytes_contain_agrees_with_str_contains(hay in "[abé ,]{0,24}", needle in "[abé ,]{0,4}") {
        prop_assert_eq!(safepost::text::bytes_contain(&hay, &needle), hay.contains(needle.as_str()));
    }

    /// The literal gates (src/gate.rs) skip only searches that could not match.
    #[test]
    fn gates_never_change_findings(text in post(), opts in options()) {
        let scanner = Scanner::default();
        let gated = scanner.scan(&text, &opts);
        let ungated = safepost::gate::without_gates(|| scanner.scan(&text, &opts));
        prop_assert_eq!(gated, ungated);
    }

    #[test]
    fn arbitrary_unicode_scans_with_valid_offsets(text in "\\PC{0,200}") {
        let r = Scanner::default().scan(&text, &ScanOptions::default());
        check(&text, &r)?;
    }

    #[test]
    fn any_json_policy_never_panics(policy in json_value(), text in post()) {
        let json = policy.to_string();
        if let Ok(scanner) = Scanner::new(&json) {
            let r = scanner.scan(&text, &ScanOptions::default());
            check(&text, &r)?;
        } else {
            prop_assert!(!policy.is_object(), "only a non-object policy is refused");
        }
    }
}

/// Wide spaces (U+2000–U+200A are three bytes) next to a care word in a text with an address
/// sign: the care check once stepped one byte past such a space and sliced inside it.
#[test]
fn wide_spaces_beside_a_care_word_in_an_address() {
    for text in ["!\u{2000}\u{1D546}b@", "IVF\u{2002}ob@x.com", "ob@\u{2003}retrieval.com", "write\u{2009}ivf@clinic.es"] {
        let r = Scanner::default().scan(text, &ScanOptions::default());
        for f in &r.findings {
            assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end), "{text:?}: {f:?}");
        }
    }
}

/// A name read twice over (a title's name, then a given name found again inside it) left two
/// people overlapping, and the check for a colleague's affiliation in brackets sliced the text
/// between them backwards. Found by `gates_never_change_findings` in CI.
#[test]
fn overlapping_people_never_slice_the_text_backwards() {
    let text = "Mrs. Lowry Ajo [at] gmail [dot] com Mrs. Lowry Ms. K ";
    for account in [Account::Personal, Account::Professional, Account::Unknown] {
        let opts = ScanOptions { account, ..ScanOptions::default() };
        let r = Scanner::default().scan(text, &opts);
        assert!(r.findings.iter().any(|f| f.rule == "phi.email.private"), "{:?}", r.findings);
        check(text, &r).unwrap();
    }
}

#[test]
fn a_megabyte_of_one_character() {
    for c in ["a", " ", "5", ".", "😄", "\u{301}"] {
        let text = c.repeat(1_000_000 / c.len());
        let start = std::time::Instant::now();
        let r = Scanner::default().scan(&text, &ScanOptions::default());
        // Not a timing assertion: a generous bound that only a quadratic blow-up would break.
        assert!(start.elapsed().as_secs() < 20, "{c:?} took {:?}", start.elapsed());
        for f in &r.findings {
            assert_eq!(&text[f.range.clone()], f.text);
        }
    }
}

#[test]
fn deep_emoji_combining_and_bidi_sequences() {
    let family = "👩\u{200D}👩\u{200D}👧\u{200D}👦".repeat(2000);
    let zalgo = format!("Mrs. Lowry{} had her retrieval", "\u{301}".repeat(5000));
    let rtl = "\u{202E}Mrs. Lowry\u{202C} call her cell 415-555-0193 \u{2067}MRN 1234567\u{2069}";
    let nul = "Mrs. Lowry\u{0}had her retrieval\u{0}\u{0} 415-555-0193";
    for text in [family.as_str(), zalgo.as_str(), rtl, nul] {
        let r = Scanner::default().scan(text, &ScanOptions::default());
        let units: Vec<u16> = text.encode_utf16().collect();
        for f in &r.findings {
            assert_eq!(String::from_utf16(&units[f.start..f.end]).unwrap(), f.text);
        }
    }
    // Bidi controls do not hide a phone number.
    assert!(Scanner::default().scan(rtl, &ScanOptions::default()).findings.iter().any(|f| f.category.as_str() == "PHONE"));
}

#[test]
fn oversized_and_catastrophic_custom_patterns_cannot_hang_a_scan() {
    let scanner = Scanner::new(r#"{"customPatterns": [
        {"pattern": "(a+)+$", "category": "MRN"},
        {"pattern": "(x|x)*y", "category": "MRN"},
        {"pattern": "\\w{100}\\w{100}\\w{100}\\w{100}\\w{100}", "category": "MRN"}
    ]}"#)
    .unwrap();
    let text = "a".repeat(100_000);
    let start = std::time::Instant::now();
    let r = scanner.scan(&text, &ScanOptions::default());
    assert!(start.elapsed().as_secs() < 20);
    assert!(r.findings.iter().any(|f| f.rule == "custom.pattern"), "the linear-time engine still matches (a+)+$");
}
