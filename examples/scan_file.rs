//! Scans a file N times (for profiling): `cargo run --release --example scan_file FILE [N]`.
//!
//! With `WARM=1` the scanner is prepared as the extension does when idle (`Scanner::prepare`:
//! every pattern compiled, the shared phrase search built) and scans the file once, outside
//! `measured`, so that `valgrind --tool=callgrind --toggle-collect=scan_file::measured` counts
//! per-scan cost only.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: scan_file FILE [N]");
    let n: usize = args.next().map_or(10, |s| s.parse().expect("N is a number"));
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let scanner = safepost::Scanner::new("").unwrap();
    if std::env::var_os("WARM").is_some() {
        scanner.prepare();
        scanner.scan(&text, &safepost::ScanOptions::default());
    }
    let start = std::time::Instant::now();
    let findings = measured(&scanner, &text, n);
    let per = start.elapsed() / n as u32;
    eprintln!("{} bytes, {} findings, {:?} per scan, {:.1} MB/s", text.len(), findings / n, per, text.len() as f64 / per.as_secs_f64() / 1e6);
}

#[inline(never)]
fn measured(scanner: &safepost::Scanner, text: &str, n: usize) -> usize {
    let mut findings = 0;
    for _ in 0..n {
        findings += scanner.scan(text, &safepost::ScanOptions::default()).findings.len();
    }
    findings
}
