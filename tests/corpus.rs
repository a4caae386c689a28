//! Detection quality on labelled corpora, through the CLI's `eval --json`: scores must meet the
//! issue's targets and never fall below the committed baseline (tests/baseline.json), which is
//! raised whenever scores improve (`SAFEPOST_BLESS=1 cargo test --test corpus`).
//!
//! Corpora: the shared dev corpus (../shared/corpus/dev.jsonl, kept outside this repository)
//! and the project's own labelled posts (corpus/project/*.jsonl).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The quality targets.
const MIN_POST_RECALL: f64 = 0.95;
const MAX_FALSE_POSITIVE_RATE: f64 = 0.05;
const MIN_SPAN_RECALL: f64 = 0.95;
const MIN_CATEGORY_F1: f64 = 0.80;

fn eval(corpus: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_safepost"))
        .args(["eval", "--json"])
        .arg(corpus)
        .output()
        .expect("run safepost eval");
    assert!(out.status.success(), "safepost eval {} failed: {}", corpus.display(), String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("eval --json prints JSON")
}

/// The scores that the baseline tracks, flattened: higher is better for all but the
/// false-positive rate.
fn tracked(scores: &Value) -> BTreeMap<String, f64> {
    let mut m = BTreeMap::new();
    for k in ["post_recall", "false_positive_rate", "span_recall", "profanity_span_recall"] {
        m.insert(k.to_string(), scores[k].as_f64().unwrap());
    }
    for (c, s) in scores["categories"].as_object().unwrap() {
        if s["support"].as_u64().unwrap() > 0 {
            m.insert(format!("f1.{c}"), s["f1"].as_f64().unwrap());
        }
    }
    m
}

fn dev_corpus() -> PathBuf {
    let p = Path::new(ROOT).join("../shared/corpus/dev.jsonl");
    assert!(p.exists(), "the shared dev corpus is missing at {} (tests read it from ../shared/corpus/)", p.display());
    p
}

fn project_corpora() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("corpus/project"))
        .expect("corpus/project exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    v.sort();
    v
}

fn check_against_baseline(name: &str, scores: &Value) -> Vec<String> {
    let path = Path::new(ROOT).join("tests/baseline.json");
    let mut baseline: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|_| "{}".into())).unwrap();
    let now = tracked(scores);
    let mut failures = Vec::new();
    let before: BTreeMap<String, f64> = baseline
        .get(name)
        .and_then(Value::as_object)
        .map(|o| o.iter().map(|(k, v)| (k.clone(), v.as_f64().unwrap())).collect())
        .unwrap_or_default();
    for (k, &old) in &before {
        let Some(&new) = now.get(k) else {
            failures.push(format!("{name}: {k} is no longer measured (baseline {old:.3})"));
            continue;
        };
        let worse = if k == "false_positive_rate" { new > old + 1e-9 } else { new < old - 1e-9 };
        if worse {
            failures.push(format!("{name}: {k} fell from {old:.3} to {new:.3}"));
        }
    }
    if std::env::var_os("SAFEPOST_BLESS").is_some() && failures.is_empty() {
        // Raise only: keep the better of old and new for every score.
        let mut merged = before.clone();
        for (k, v) in &now {
            let better = match merged.get(k) {
                None => *v,
                Some(&o) if k == "false_positive_rate" => o.min(*v),
                Some(&o) => o.max(*v),
            };
            merged.insert(k.clone(), (better * 1000.0).floor() / 1000.0 + if k == "false_positive_rate" { 0.001 } else { 0.0 });
        }
        baseline[name] = json!(merged);
        std::fs::write(&path, serde_json::to_string_pretty(&baseline).unwrap() + "\n").unwrap();
    }
    failures
}

fn check_targets(name: &str, scores: &Value) -> Vec<String> {
    let mut failures = Vec::new();
    let get = |k: &str| scores[k].as_f64().unwrap();
    if get("post_recall") < MIN_POST_RECALL {
        failures.push(format!("{name}: post recall {:.3} < {MIN_POST_RECALL}", get("post_recall")));
    }
    if get("false_positive_rate") > MAX_FALSE_POSITIVE_RATE {
        failures.push(format!("{name}: false-positive rate {:.3} > {MAX_FALSE_POSITIVE_RATE}", get("false_positive_rate")));
    }
    if get("span_recall") < MIN_SPAN_RECALL {
        failures.push(format!("{name}: identifier span recall {:.3} < {MIN_SPAN_RECALL}", get("span_recall")));
    }
    for (c, s) in scores["categories"].as_object().unwrap() {
        let f1 = s["f1"].as_f64().unwrap();
        if s["support"].as_u64().unwrap() > 0 && f1 < MIN_CATEGORY_F1 {
            failures.push(format!("{name}: {c} F1 {f1:.3} < {MIN_CATEGORY_F1}"));
        }
    }
    failures
}

#[test]
fn dev_corpus_meets_targets_and_baseline() {
    let scores = eval(&dev_corpus());
    let mut failures = check_targets("dev", &scores);
    failures.extend(check_against_baseline("dev", &scores));
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn project_corpora_do_not_regress() {
    // Each file has its own baseline, so adding a new (harder) file never lowers another's.
    let mut failures = Vec::new();
    let mut items = 0;
    for p in project_corpora() {
        let scores = eval(&p);
        items += scores["items"].as_u64().unwrap();
        let name = format!("project/{}", p.file_name().unwrap().to_string_lossy());
        failures.extend(check_against_baseline(&name, &scores));
    }
    assert!(items >= 100, "the project corpus should hold at least 100 posts");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn baseline_is_at_least_the_target() {
    // The issue is resolved when the committed baseline meets the targets on the dev corpus.
    let baseline: Value = serde_json::from_str(&std::fs::read_to_string(Path::new(ROOT).join("tests/baseline.json")).unwrap()).unwrap();
    let dev = baseline["dev"].as_object().expect("baseline has dev scores");
    assert!(dev["post_recall"].as_f64().unwrap() >= MIN_POST_RECALL);
    assert!(dev["false_positive_rate"].as_f64().unwrap() <= MAX_FALSE_POSITIVE_RATE);
    assert!(dev["span_recall"].as_f64().unwrap() >= MIN_SPAN_RECALL);
    for (k, v) in dev.iter().filter(|(k, _)| k.starts_with("f1.")) {
        assert!(v.as_f64().unwrap() >= MIN_CATEGORY_F1, "{k} baseline {v} below target");
    }
}
