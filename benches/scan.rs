//! Scan speed: a 280-character post, corpus-like text throughput, and cost against length
//! (1 KB to 100 KB). Run with `cargo bench --bench scan`; results are reported in
//! docs/PERFORMANCE.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use safepost::{ScanOptions, Scanner};
use std::hint::black_box;

/// Posts written for the benchmark (not from any corpus): a mix of clean and flagged text.
const POSTS: &[&str] = &[
    "Our 8am transfer patient Dana Whitlock is running late, hold the embryo warming for her! Call her cell 312-555-0148 if needed.",
    "Egg freezing info night: Thursday, May 8 at 6pm in our Lakeside office. Free registration, link in bio! 🧊",
    "Progesterone side effects can include bloating and mood swings. Tell your nurse line if something seems wrong 💛",
    "@hopeful_mama with an AMH of 0.8 you should skip IUI and ask for 300 IU of Gonal-f next cycle.",
    "We're sorry the retrieval felt rushed. Per our chart a nurse looked in on you each quarter hour.",
    "Guaranteed baby or your money back! Highest success rates in the state 👶",
    "The pharmacy botched the order AGAIN, what in the actual f**k, people",
    "Shrimp cocktail for everyone 🦐 The Middlesex office potluck was a hit, thanks Dr. Reyes!",
    "Nuestra paciente de 38 años de Hialeah tuvo su transferencia hoy y ya tiene latido 🙏",
    "Repeated miscarriage calls for a thorough workup: uterine cavity, karyotypes and thyroid function.",
];

/// A text of at least `len` bytes made of the sample posts.
fn text_of(len: usize) -> String {
    let mut s = String::with_capacity(len + 200);
    let mut i = 0;
    while s.len() < len {
        s.push_str(POSTS[i % POSTS.len()]);
        s.push(' ');
        i += 1;
    }
    s
}

fn bench(c: &mut Criterion) {
    let scanner = Scanner::new("").unwrap();
    let opts = ScanOptions::default();
    let post = &text_of(280)[..];
    let post: String = post.chars().take(280).collect();

    c.bench_function("post_280_chars", |b| b.iter(|| scanner.scan(black_box(&post), &opts)));

    let mut g = c.benchmark_group("throughput");
    for &len in &[1_000usize, 10_000, 100_000] {
        let text = text_of(len);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(len), &text, |b, t| b.iter(|| scanner.scan(black_box(t), &opts)));
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
