//! The corpus texts, for tests that scan every one of them (tests/gates.rs, tests/prepare.rs).

/// The texts of the shared dev corpus (../shared/corpus/dev.jsonl) and of the project's
/// corpus (corpus/project/*.jsonl), in file order.
pub fn corpus_texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = texts_of(&root.join("../shared/corpus/dev.jsonl"));
    texts.extend(project_texts());
    texts
}

/// The texts of the project's corpus (corpus/project/*.jsonl), files in name order.
pub fn project_texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut project: Vec<_> = std::fs::read_dir(root.join("corpus/project"))
        .expect("corpus/project exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    project.sort();
    project.iter().flat_map(|f| texts_of(f)).collect()
}

fn texts_of(f: &std::path::Path) -> Vec<String> {
    let text = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
    text.lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            v["text"].as_str().expect("each corpus line has a text").to_string()
        })
        .collect()
}
