//! The gate table (src/gate_table.rs, used by src/gate.rs): for each built-in pattern, a set of
//! literals such that every match of the pattern contains one of them. The table is computed
//! here from the patterns' syntax trees and must equal the committed file; after a pattern
//! changes, `SAFEPOST_BLESS=1 cargo test --release --test gates` writes it again.
//!
//! A pattern missing from the table is simply never gated, so the table can only be stale in
//! the safe direction; this test keeps it current so that no pattern loses its gate unnoticed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use regex_syntax::hir::{Class, Hir, HirKind};
use safepost::options::{ComposeContext, ScanOptions};
use safepost::Scanner;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A set of literals at least one of which occurs in every match of `h`, or `None` when no
/// such set is known (an optional part, a look-around, a large class).
fn required(h: &Hir) -> Option<BTreeSet<String>> {
    match h.kind() {
        HirKind::Literal(l) => Some(BTreeSet::from([String::from_utf8(l.0.to_vec()).ok()?])),
        HirKind::Class(c) => small_class(c),
        HirKind::Look(_) | HirKind::Empty => None,
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        HirKind::Repetition(_) => None,
        HirKind::Capture(c) => required(&c.sub),
        // Every part of a sequence is in every match: the most selective part's set will do.
        HirKind::Concat(parts) => parts.iter().filter_map(required).max_by_key(selectivity),
        // A match is a match of one branch: the union of the branches' sets, if each has one.
        HirKind::Alternation(branches) => {
            let mut all = BTreeSet::new();
            for b in branches {
                all.extend(required(b)?);
            }
            Some(minimal(all))
        }
    }
}

/// The characters of a class of at most ten, none of them white space (a gate of spaces would
/// let every text through).
fn small_class(c: &Class) -> Option<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    match c {
        Class::Unicode(u) => {
            for r in u.ranges() {
                for ch in r.start()..=r.end() {
                    if ch.is_whitespace() || out.len() >= 10 {
                        return None;
                    }
                    out.insert(ch.to_string());
                }
            }
        }
        Class::Bytes(b) => {
            for r in b.ranges() {
                for byte in r.start()..=r.end() {
                    if !byte.is_ascii() || byte.is_ascii_whitespace() || out.len() >= 10 {
                        return None;
                    }
                    out.insert(char::from(byte).to_string());
                }
            }
        }
    }
    Some(out)
}

/// Drops literals that contain another literal of the set: wherever they occur, so does the
/// shorter one.
fn minimal(set: BTreeSet<String>) -> BTreeSet<String> {
    set.iter().filter(|l| !set.iter().any(|s| s != *l && l.contains(s.as_str()))).cloned().collect()
}

/// Longer shortest literal first, then fewer literals.
fn selectivity(set: &BTreeSet<String>) -> (usize, std::cmp::Reverse<usize>) {
    (set.iter().map(String::len).min().unwrap_or(0), std::cmp::Reverse(set.len()))
}

fn gate(pattern: &str) -> Option<BTreeSet<String>> {
    let hir = regex_syntax::ParserBuilder::new().unicode(true).utf8(true).build().parse(pattern).expect("a built-in pattern parses");
    required(&hir).filter(|s| !s.is_empty() && !s.iter().any(|l| l.trim().is_empty()))
}

/// The texts of the shared dev corpus and of the project's corpus.
fn corpus_texts() -> Vec<String> {
    let mut files = vec![Path::new(ROOT).join("../shared/corpus/dev.jsonl")];
    let mut project: Vec<_> = std::fs::read_dir(Path::new(ROOT).join("corpus/project")).unwrap().map(|e| e.unwrap().path()).collect();
    project.sort();
    files.extend(project);
    let mut texts = Vec::new();
    for f in files {
        for line in std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display())).lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(v["text"].as_str().unwrap().to_string());
        }
    }
    texts
}

/// Builds every built-in pattern the corpus texts reach, in every compose context.
fn built_in_patterns() -> BTreeSet<String> {
    let scanner = Scanner::new("").unwrap();
    for text in corpus_texts() {
        for context in ComposeContext::NAMES {
            let opts = ScanOptions { context: ComposeContext::parse(context).unwrap(), ..ScanOptions::default() };
            scanner.scan(&text, &opts);
        }
    }
    safepost::text::built_in_patterns().into_iter().collect()
}

fn render(gates: &BTreeMap<u64, BTreeSet<String>>) -> String {
    let literals: BTreeSet<&String> = gates.values().flatten().collect();
    let index: BTreeMap<&String, usize> = literals.iter().enumerate().map(|(i, l)| (*l, i)).collect();
    let mut out = String::from(
        "//! Generated by `SAFEPOST_BLESS=1 cargo test --release --test gates` from the built-in\n\
         //! patterns (see src/gate.rs): do not edit by hand.\n\n\
         /// Gate literals, sorted.\n\
         pub(crate) static LITERALS: &[&str] = &[\n",
    );
    for l in &literals {
        out.push_str(&format!("    {l:?},\n"));
    }
    out.push_str("];\n\n/// (FNV-1a hash of a pattern, indexes of its gate literals), sorted by hash.\npub(crate) static GATES: &[(u64, &[u16])] = &[\n");
    for (h, set) in gates {
        let ids: Vec<String> = set.iter().map(|l| index[l].to_string()).collect();
        out.push_str(&format!("    (0x{h:016x}, &[{}]),\n", ids.join(", ")));
    }
    out.push_str("];\n");
    out
}

#[test]
fn the_gate_table_is_current() {
    let patterns = built_in_patterns();
    assert!(patterns.len() >= 30, "the corpus reached only {} built-in patterns", patterns.len());
    let gates: BTreeMap<u64, BTreeSet<String>> =
        patterns.iter().filter_map(|p| gate(p).map(|g| (safepost::gate::fnv1a(p.as_bytes()), g))).collect();
    let expected = render(&gates);
    let path = Path::new(ROOT).join("src/gate_table.rs");
    if std::env::var_os("SAFEPOST_BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == expected,
        "src/gate_table.rs is out of date with the built-in patterns: run `SAFEPOST_BLESS=1 cargo test --release --test gates`"
    );
}

/// What must (and must not) count as a pattern's gate.
#[test]
fn gates_are_what_every_match_contains() {
    let table: &[(&str, Option<&[&str]>)] = &[
        (r"account|cuenta", Some(&["account", "cuenta"])),
        (r"(?-u:\b)(?:mrn|medical record)[0-9]+", Some(&["medical record", "mrn"])),
        // The most selective part of a sequence.
        (r"(?:a|an|the) (?:patient|couple)", Some(&["couple", "patient"])),
        // A literal inside a longer one adds nothing.
        (r"licen[cs]e|driver licen[cs]e|licencia", Some(&["licen"])),
        // Repeated at least once: still required.
        (r"(?:ab)+c?", Some(&["ab"])),
        // Small classes give their characters; white space and large classes give nothing.
        (r"[0-9]{7,10}", Some(&["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])),
        (r"[0-9]{3}-[0-9]{4}", Some(&["-"])),
        (r"[a-z]+[\t\n ]+[a-z]+", None),
        // An optional or empty branch means no literal is required.
        (r"(?:rut)?[0-9a-z]{8}", None),
        (r"dni|", None),
        // Case-insensitive letters are classes.
        (r"(?i)dni", Some(&["I", "i"])),
        // A gate that holds a space lets every text through: none.
        (r"(?:[a-z]+ [a-z]+|dni)", None),
        (r"(?-u:\b)", None),
    ];
    let mut failures = Vec::new();
    for (pattern, want) in table {
        let got = gate(pattern);
        let want: Option<BTreeSet<String>> = want.map(|w| w.iter().map(|s| s.to_string()).collect());
        if got != want {
            failures.push(format!("{pattern}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Scanning with the gates gives exactly the findings of scanning without them, on every
/// corpus text, in a post and in a review reply.
#[test]
fn gated_and_ungated_scans_agree() {
    let scanner = Scanner::new("").unwrap();
    let mut differ = Vec::new();
    let mut n = 0;
    for text in corpus_texts() {
        for context in [ComposeContext::Post, ComposeContext::ReviewReply] {
            let opts = ScanOptions { context, ..ScanOptions::default() };
            let gated = scanner.scan(&text, &opts);
            let ungated = safepost::gate::without_gates(|| scanner.scan(&text, &opts));
            n += 1;
            if gated != ungated {
                differ.push(text.clone());
            }
        }
    }
    assert!(n > 1000, "only {n} scans");
    assert!(differ.is_empty(), "gating changed the findings of {} texts, e.g. {:?}", differ.len(), differ.first());
}
