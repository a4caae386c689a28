//! `Scanner::prepare` compiles ahead of need every built-in pattern a scan can reach, so that
//! after it (the extension calls it when idle after start-up) no clinician's text waits for a
//! compile. Its own test binary: the count of compiled patterns is per process.

mod corpus_texts;

use safepost::options::{ComposeContext, ScanOptions};
use safepost::Scanner;

#[test]
fn after_prepare_no_corpus_text_compiles_a_pattern() {
    let scanner = Scanner::new("").unwrap();
    let compiled = || safepost::text::compiled_patterns().len();
    assert_eq!(compiled(), 0, "nothing is compiled before the first scan");
    scanner.scan("Lovely day at the clinic!", &ScanOptions::default());
    let few = compiled();
    scanner.prepare();
    let prepared = compiled();
    assert!(prepared > few + 20, "prepare compiled {prepared} patterns, a plain post {few}");

    let mut missed = Vec::new();
    for text in corpus_texts::corpus_texts() {
        for context in ComposeContext::NAMES {
            let opts = ScanOptions { context: ComposeContext::parse(context).unwrap(), ..ScanOptions::default() };
            scanner.scan(&text, &opts);
            if compiled() > prepared + missed.len() {
                let new = safepost::text::compiled_patterns()[prepared + missed.len()..].to_vec();
                missed.push(format!("{new:?}\n  first compiled for ({context}): {text}"));
            }
        }
    }
    assert!(missed.is_empty(), "patterns that prepare does not compile:\n{}", missed.join("\n"));
}
