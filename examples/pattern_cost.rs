//! What each built-in pattern that a first scan compiles costs to build, alone
//! (`cargo run --release --example pattern_cost FILE`): the patterns the first scan of FILE
//! compiled, most expensive first, with the time to build each 20 times; then the time to build
//! all of them split into parsing, translation, the forward and the reverse NFA.
fn main() {
    let path = std::env::args().nth(1).expect("usage: pattern_cost FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let scanner = safepost::Scanner::new("").unwrap();
    scanner.scan(&text, &safepost::ScanOptions::default());
    let mut rows: Vec<(std::time::Duration, String)> = safepost::text::compiled_patterns()
        .into_iter()
        .map(|p| {
            let start = std::time::Instant::now();
            for _ in 0..20 {
                std::hint::black_box(safepost::text::compile_pattern(&p));
            }
            (start.elapsed() / 20, p)
        })
        .collect();
    split(&rows.iter().map(|r| r.1.clone()).collect::<Vec<_>>());
    rows.sort_by(|a, b| b.0.cmp(&a.0));
    let total: std::time::Duration = rows.iter().map(|r| r.0).sum();
    eprintln!("{} patterns, {:?} in all", rows.len(), total);
    // Whether the pattern matches the text at all (as typed or folded): a pattern compiled for
    // nothing passed its gate on a literal that its match needs elsewhere.
    let folded = safepost::fold::fold(&text);
    for (t, p) in rows {
        let shown: String = p.chars().take(140).collect();
        let re = safepost::text::compile_pattern(&p);
        let hit = re.is_match(&text) || re.is_match(&folded);
        eprintln!("{:>9.1?} {:>5} {} {}", t, p.len(), if hit { "match" } else { "-----" }, shown);
        if std::env::var_os("GATES").is_some() {
            let gate = safepost::gate::gate_text(&p).map(|g| g.join(" | ")).unwrap_or_else(|| "(no gate)".into());
            eprintln!("          gate: {}", gate.chars().take(300).collect::<String>());
        }
    }
}

/// Parse, translate, forward NFA and whole build, for all the patterns, 20 times each.
fn split(patterns: &[String]) {
    use regex_automata::nfa::thompson;
    use regex_syntax::{ast::parse::Parser, hir::translate::Translator};
    let time = |f: &dyn Fn(&str)| {
        let start = std::time::Instant::now();
        for _ in 0..20 {
            for p in patterns {
                f(p);
            }
        }
        start.elapsed() / 20
    };
    let parse = time(&|p| {
        std::hint::black_box(Parser::new().parse(p).unwrap());
    });
    let translate = time(&|p| {
        let ast = Parser::new().parse(p).unwrap();
        std::hint::black_box(Translator::new().translate(p, &ast).unwrap());
    });
    let forward = time(&|p| {
        let ast = Parser::new().parse(p).unwrap();
        let hir = Translator::new().translate(p, &ast).unwrap();
        std::hint::black_box(thompson::Compiler::new().build_from_hir(&hir).unwrap());
    });
    let both = time(&|p| {
        let ast = Parser::new().parse(p).unwrap();
        let hir = Translator::new().translate(p, &ast).unwrap();
        std::hint::black_box(thompson::Compiler::new().build_from_hir(&hir).unwrap());
        std::hint::black_box(
            thompson::Compiler::new()
                .configure(thompson::Config::new().reverse(true).which_captures(thompson::WhichCaptures::None))
                .build_from_hir(&hir)
                .unwrap(),
        );
    });
    let whole = time(&|p| {
        std::hint::black_box(safepost::text::compile_pattern(p));
    });
    eprintln!("parse {parse:?}, +translate {translate:?}, +forward NFA {forward:?}, +reverse NFA {both:?}, meta build {whole:?}");
}

