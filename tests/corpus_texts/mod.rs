//! The corpus texts, for tests that scan every one of them (tests/gates.rs, tests/prepare.rs).

/// The texts of the shared dev corpus (../shared/corpus/dev.jsonl) and of the project's
/// corpus (corpus/project/*.jsonl), in file order.
pub fn corpus_texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut project: Vec<_> = std::fs::read_dir(root.join("corpus/project"))
        .expect("corpus/project exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    project.sort();
    let mut texts = Vec::new();
    for f in std::iter::once(root.join("../shared/corpus/dev.jsonl")).chain(project) {
        for line in std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display())).lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            texts.push(v["text"].as_str().expect("each corpus line has a text").to_string());
        }
    }
    texts
}
