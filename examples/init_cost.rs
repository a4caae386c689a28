//! How long the first scan takes in a fresh process, split into lexicons and the rest
//! (`cargo run --release --example init_cost`).
fn main() {
    let t0 = std::time::Instant::now();
    let lex = safepost::lexicon::lexicons();
    let t1 = std::time::Instant::now();
    let scanner = safepost::Scanner::new("").unwrap();
    let t2 = std::time::Instant::now();
    let r = scanner.scan("Mrs. Lowry had her retrieval today! Call her cell 415-555-0193.", &safepost::ScanOptions::default());
    let t3 = std::time::Instant::now();
    let r2 = scanner.scan("Mrs. Lowry had her retrieval today! Call her cell 415-555-0193.", &safepost::ScanOptions::default());
    let t4 = std::time::Instant::now();
    eprintln!(
        "lexicons {:?} ({} first names), scanner {:?}, first scan {:?}, second scan {:?} ({} {})",
        t1 - t0, lex.first_names.len(), t2 - t1, t3 - t2, t4 - t3, r.findings.len(), r2.findings.len()
    );
}
