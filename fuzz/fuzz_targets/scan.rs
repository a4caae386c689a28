//! Fuzz target for issue 6: `scan(text, policy)` never panics, and every finding's UTF-16
//! offsets are in bounds and on character boundaries, with `text` equal to that substring
//! (and to the byte range), findings sorted by start. See `check` in tests/properties.rs.
//!
//! Input: `text 0xFF policy 0xFF options`, missing parts empty (0xFF never occurs in UTF-8,
//! so a plain-text file is a valid input). Text and policy are decoded lossily, as the wasm
//! binding does with lone surrogates. Options bytes: context, account, lang, then the site.
//!
//! Run: `make fuzz` (or `RUSTC_BOOTSTRAP=1 cargo fuzz run -s none scan fuzz/seeds/scan`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use safepost::options::{Account, ComposeContext, Lang, ScanOptions};
use safepost::{Scanner, Severity};

fn options(b: &[u8]) -> ScanOptions {
    let byte = |i: usize| b.get(i).copied().unwrap_or(0) as usize;
    let site = String::from_utf8_lossy(b.get(3..).unwrap_or_default()).into_owned();
    ScanOptions {
        context: ComposeContext::parse(ComposeContext::NAMES[byte(0) % 6]).unwrap(),
        account: [Account::Unknown, Account::Personal, Account::Professional][byte(1) % 3],
        lang: [None, Some(Lang::En), Some(Lang::Es)][byte(2) % 3],
        site: (!site.is_empty()).then_some(site),
    }
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |&b| b == 0xFF);
    let text = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let policy = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let opts = options(parts.next().unwrap_or_default());

    // Any string is accepted or refused with an error, never a panic (as in the wasm binding).
    let Ok(scanner) = Scanner::new(&policy) else { return };
    let r = scanner.scan(&text, &opts);

    let units: Vec<u16> = text.encode_utf16().collect();
    for f in &r.findings {
        assert!(f.start < f.end && f.end <= units.len(), "offsets out of bounds: {f:?}");
        let slice = String::from_utf16(&units[f.start..f.end]).expect("finding splits a surrogate pair");
        assert_eq!(slice, f.text, "UTF-16 slice differs from text: {f:?}");
        assert_eq!(text.get(f.range.clone()), Some(f.text.as_str()), "byte range differs from text: {f:?}");
        assert!(!f.message.is_empty(), "empty message: {f:?}");
    }
    assert!(r.findings.windows(2).all(|w| w[0].start <= w[1].start), "findings not sorted by start");
    let flagged = r.findings.iter().any(|f| f.severity >= Severity::Warn && !f.category.is_advisory());
    assert_eq!(r.flag, flagged, "flag disagrees with the findings");
});
