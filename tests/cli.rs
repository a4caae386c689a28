//! The command line as the contract (section 2) describes it: commands, output shapes, exit
//! codes and one-line errors that name what was wrong.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn safepost(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_safepost"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start safepost");
    // The CLI may exit (bad flag, bad policy) before reading its input: a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// A file in the temp directory for one test, removed when the test is done with it.
struct TempFile(String);

impl std::ops::Deref for TempFile {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for TempFile {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn temp(name: &str, content: &[u8]) -> TempFile {
    let p = std::env::temp_dir().join(format!("safepost-cli-{}-{name}", std::process::id()));
    std::fs::write(&p, content).unwrap();
    TempFile(p.to_string_lossy().into_owned())
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn scan_exits_1_when_flagged_and_0_when_clean() {
    let flagged = safepost(&["scan", "-"], "Mrs. Alvarado had her transfer today!");
    assert_eq!(flagged.status.code(), Some(1));
    let out = String::from_utf8(flagged.stdout).unwrap();
    assert!(out.contains("phi.name.titled") && out.contains("Mrs. Alvarado") && out.contains("^^^^^^^^^^^^^"), "{out}");
    let clean = safepost(&["scan", "-"], "Our lobby has new chairs!");
    assert_eq!(clean.status.code(), Some(0));
    assert!(String::from_utf8(clean.stdout).unwrap().contains("no problems found"));
}

#[test]
fn scan_reads_a_file_and_marks_the_line() {
    let f = temp("post.txt", "Clinic news.\nHer cell is 415-555-0193, call her about the retrieval.\n".as_bytes());
    let o = safepost(&["scan", "--color", "never", &f], "");
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains(&format!("{f}:2:13: block PHONE [phi.phone.private]")), "{out}");
}

#[test]
fn context_and_site_flags_change_what_is_found() {
    let text = "Your cycle was cancelled because your estradiol was too low.";
    let reply = safepost(&["scan", "--context", "review_reply", "--site", "yelp.com", "-"], text);
    assert!(String::from_utf8(reply.stdout).unwrap().contains("REVIEW_CONFIRMATION"));
    let post = safepost(&["scan", "--context", "post", "-"], text);
    assert!(!String::from_utf8(post.stdout).unwrap().contains("REVIEW_CONFIRMATION"));
}

#[test]
fn bad_usage_exits_2_with_a_message_naming_it() {
    for (args, needle) in [
        (vec!["scan", "--context", "tweet", "-"], "--context \"tweet\""),
        (vec!["scan", "--frobnicate"], "unknown flag \"--frobnicate\""),
        (vec!["launch"], "unknown command \"launch\""),
        (vec![], "no command given"),
        (vec!["scan", "/nonexistent/post.txt"], "cannot read /nonexistent/post.txt: no such file"),
        (vec!["eval"], "eval takes one corpus file"),
    ] {
        let o = safepost(&args, "");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains(needle) && err.lines().count() == 1, "{args:?}: {err}");
    }
}

#[test]
fn non_utf8_input_is_refused_by_name() {
    let f = temp("latin1.txt", b"caf\xe9");
    let o = safepost(&["scan", &f], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not UTF-8"), "{}", stderr(&o));
}

#[test]
fn an_unusable_policy_exits_2_naming_the_file() {
    let f = temp("policy-array.json", b"[1, 2]");
    let o = safepost(&["scan", "--policy", &f, "-"], "hello");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains(&*f) && err.contains("must be a JSON object"), "{err}");
}

#[test]
fn broken_policy_entries_are_reported_and_the_rest_applies() {
    let f = temp(
        "policy-partial.json",
        br#"{"customTerms": [{"term": "Project Stork", "category": "OTHER_ID", "severity": "block"}, {"term": "x", "category": "NOPE"}]}"#,
    );
    let o = safepost(&["scan", "--policy", &f, "-"], "Update on Project Stork today.");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("customTerms[1].category: unknown category \"NOPE\""), "{}", stderr(&o));
    assert!(String::from_utf8(o.stdout).unwrap().contains("custom.term"));
}

#[test]
fn jsonl_writes_one_line_per_input_line_and_keeps_going() {
    let input = [
        r#"{"id": "a", "text": "Mrs. Lowry 😄 had her retrieval today!", "site": "instagram.com", "context": "post"}"#,
        "this is not json",
        r#"{"id": 7, "text": "Our lobby has new chairs!"}"#,
        r#"{"id": "b"}"#,
        "",
        r#"{"id": "c", "text": "hi", "context": "tweet"}"#,
    ]
    .join("\n");
    let f = temp("in.jsonl", input.as_bytes());
    let o = safepost(&["scan", "--jsonl", &f], "");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<Value> = String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["flag"], true);
    let text: Vec<u16> = "Mrs. Lowry 😄 had her retrieval today!".encode_utf16().collect();
    for f in lines[0]["findings"].as_array().unwrap() {
        let (s, e) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16(&text[s..e]).unwrap(), f["text"].as_str().unwrap());
        for key in ["category", "rule", "severity", "message"] {
            assert!(f[key].is_string(), "{key} in {f}");
        }
        assert!(f["suggestion"].is_string() || f["suggestion"].is_null());
    }
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("not valid JSON"));
    assert_eq!(lines[2]["id"], 7);
    assert_eq!(lines[2]["flag"], false);
    assert_eq!(lines[2]["findings"], serde_json::json!([]));
    assert!(lines[3]["error"].as_str().unwrap().contains("missing \"text\""));
    assert_eq!(lines[4]["line"], 5);
    assert!(lines[5]["error"].as_str().unwrap().contains("\"context\" \"tweet\""));
}

#[test]
fn jsonl_reads_standard_input() {
    let o = safepost(&["scan", "--jsonl", "-"], "{\"id\": 1, \"text\": \"Call us at 415-555-0100\"}\n");
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["flag"], false);
}

#[test]
fn eval_prints_scores_and_json() {
    let f = temp(
        "corpus.jsonl",
        concat!(
            r#"{"id":"1","site":"x.com","context":"post","lang":"en","text":"Mrs. Lowry had her retrieval today!","flag":true,"categories":["NAME","PATIENT_DISCLOSURE"],"spans":[{"text":"Mrs. Lowry","type":"NAME"}]}"#,
            "\n",
            r#"{"id":"2","site":"x.com","context":"post","lang":"en","text":"Our lobby has new chairs!","flag":false,"categories":[],"spans":[]}"#,
            "\n"
        )
        .as_bytes(),
    );
    let o = safepost(&["eval", &f], "");
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("post recall          1.000") && out.contains("false-positive rate  0.000") && out.contains("span recall"), "{out}");
    let j = safepost(&["eval", "--json", &f], "");
    let v: Value = serde_json::from_slice(&j.stdout).unwrap();
    assert_eq!(v["items"], 2);
    assert_eq!(v["categories"]["NAME"]["f1"], 1.0);
}

#[test]
fn eval_names_the_bad_line_of_a_corpus() {
    let f = temp("bad-corpus.jsonl", b"{\"text\": \"x\", \"flag\": false}\n{oops\n");
    let o = safepost(&["eval", &f], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line 2"), "{}", stderr(&o));
}

#[test]
fn rules_lists_the_catalogue() {
    let o = safepost(&["rules", "--json"], "");
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.as_array().unwrap().iter().any(|r| r["id"] == "phi.name.titled"));
    let md = safepost(&["rules", "--markdown"], "");
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/RULES.md")).unwrap();
    assert_eq!(String::from_utf8(md.stdout).unwrap(), docs);
}
