//! The `safepost` command line (CONTRACT.md section 2).

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

use safepost::eval;
use safepost::options::{Account, ComposeContext, Lang, ScanOptions};
use safepost::{catalogue, Finding, Scanner, Severity};

const USAGE: &str = "\
safepost: check a post for patient identifiers, disclosures and other compliance problems

usage:
  safepost scan [--site HOST] [--context CONTEXT] [--account personal|professional|unknown]
                [--lang en|es] [--policy FILE] [--color auto|always|never] [--explain] [TEXT_FILE|-]
  safepost scan --jsonl FILE|- [--policy FILE]
  safepost eval FILE.jsonl [--policy FILE] [--json] [--errors]
  safepost rules [--markdown|--json]

CONTEXT is post, comment, reply, review_reply, bio or dm. --explain also prints what the
scanner read in the text: sentences, people and whose they are, care and patient cues.
Exit codes: 0 the run completed; 1 `scan` of one text found something flagged;
2 bad usage, an unreadable file or an unusable policy.";

/// A failure that ends the run with exit code 2 and a one-line message.
struct Fail(String);

type Res<T> = Result<T, Fail>;

fn fail<T>(msg: impl Into<String>) -> Res<T> {
    Err(Fail(msg.into()))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(Fail(msg)) => {
            eprintln!("safepost: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Res<u8> {
    match args.first().map(String::as_str) {
        Some("scan") => scan(&args[1..]),
        Some("eval") => eval_cmd(&args[1..]),
        Some("rules") => rules(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(0)
        }
        Some("-V" | "--version") => {
            println!("safepost {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        Some(other) => fail(format!("unknown command \"{other}\" (expected scan, eval or rules; see safepost --help)")),
        None => fail("no command given (expected scan, eval or rules; see safepost --help)"),
    }
}

/// Parsed flags: `--name value` pairs, bare `--switch`es and positional arguments.
struct Flags {
    values: Vec<(String, String)>,
    switches: Vec<String>,
    positional: Vec<String>,
}

impl Flags {
    fn parse(args: &[String], with_value: &[&str], switches: &[&str]) -> Res<Flags> {
        let mut f = Flags { values: Vec::new(), switches: Vec::new(), positional: Vec::new() };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if a == "-" || !a.starts_with('-') {
                f.positional.push(a.clone());
                continue;
            }
            let (name, inline) = match a.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (a.clone(), None),
            };
            if with_value.contains(&name.as_str()) {
                let v = match inline {
                    Some(v) => v,
                    None => match it.next() {
                        Some(v) => v.clone(),
                        None => return fail(format!("{name} needs a value")),
                    },
                };
                if f.values.iter().any(|(n, _)| *n == name) {
                    return fail(format!("{name} given twice"));
                }
                f.values.push((name, v));
            } else if switches.contains(&name.as_str()) && inline.is_none() {
                f.switches.push(name);
            } else {
                return fail(format!("unknown flag \"{a}\" (see safepost --help)"));
            }
        }
        Ok(f)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn has(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }
}

fn read_file(path: &str) -> Res<String> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        io::stdin().read_to_end(&mut b).map_err(|e| Fail(format!("cannot read standard input: {e}")))?;
        b
    } else {
        std::fs::read(path).map_err(|e| Fail(format!("cannot read {path}: {}", io_reason(&e))))?
    };
    String::from_utf8(bytes).map_err(|e| Fail(format!("{path} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to())))
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "it is a directory".to_string(),
        _ => e.to_string(),
    }
}

fn load_scanner(flags: &Flags) -> Res<Scanner> {
    let Some(path) = flags.value("--policy") else {
        return Ok(Scanner::default());
    };
    let json = read_file(path)?;
    let scanner = Scanner::new(&json).map_err(|e| Fail(format!("policy {path}: {e}")))?;
    for err in scanner.policy_errors() {
        eprintln!("safepost: warning: policy {path}: {err}");
    }
    Ok(scanner)
}

fn scan_options(flags: &Flags) -> Res<ScanOptions> {
    let mut o = ScanOptions { site: flags.value("--site").map(str::to_string), ..ScanOptions::default() };
    if let Some(c) = flags.value("--context") {
        o.context = ComposeContext::parse(c)
            .ok_or_else(|| Fail(format!("--context \"{c}\" is not one of {}", ComposeContext::NAMES.join(", "))))?;
    }
    if let Some(a) = flags.value("--account") {
        o.account = Account::parse(a).ok_or_else(|| Fail(format!("--account \"{a}\" is not one of personal, professional, unknown")))?;
    }
    if let Some(l) = flags.value("--lang") {
        o.lang = Some(Lang::parse(l).ok_or_else(|| Fail(format!("--lang \"{l}\" is not one of en, es")))?);
    }
    Ok(o)
}

fn scan(args: &[String]) -> Res<u8> {
    let flags = Flags::parse(args, &["--site", "--context", "--account", "--lang", "--policy", "--jsonl", "--color"], &["--explain"])?;
    if let Some(path) = flags.value("--jsonl") {
        if !flags.positional.is_empty() {
            return fail(format!("scan --jsonl takes no other file (got \"{}\")", flags.positional[0]));
        }
        let scanner = load_scanner(&flags)?;
        return scan_jsonl(&scanner, path, &scan_options(&flags)?);
    }
    if flags.positional.len() > 1 {
        return fail("scan takes one text file (or - for standard input)");
    }
    let path = flags.positional.first().map(String::as_str).unwrap_or("-");
    let opts = scan_options(&flags)?;
    let scanner = load_scanner(&flags)?;
    let text = read_file(path)?;
    let color = match flags.value("--color").unwrap_or("auto") {
        "always" => true,
        "never" => false,
        "auto" => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        other => return fail(format!("--color \"{other}\" is not one of auto, always, never")),
    };
    let result = scanner.scan(&text, &opts);
    let name = if path == "-" { "<stdin>" } else { path };
    if flags.has("--explain") {
        print!("{}", safepost::analysis::explain(&text, &opts));
    }
    let out = render_human(name, &text, &result.findings, color);
    let mut stdout = io::stdout().lock();
    let _ = stdout.write_all(out.as_bytes());
    Ok(if result.flag { 1 } else { 0 })
}

fn scan_jsonl(scanner: &Scanner, path: &str, defaults: &ScanOptions) -> Res<u8> {
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        let f = std::fs::File::open(path).map_err(|e| Fail(format!("cannot read {path}: {}", io_reason(&e))))?;
        Box::new(io::BufReader::new(f))
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.map_err(|e| Fail(format!("cannot read {path}: {e}")))?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        let json = match jsonl_line(scanner, line, defaults) {
            Ok(v) => v,
            Err(msg) => serde_json::json!({ "line": n + 1, "error": msg }),
        };
        let _ = writeln!(out, "{json}");
    }
    let _ = out.flush();
    Ok(0)
}

fn jsonl_line(scanner: &Scanner, line: &[u8], defaults: &ScanOptions) -> Result<serde_json::Value, String> {
    let line = std::str::from_utf8(line).map_err(|e| format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1))?;
    if line.trim().is_empty() {
        return Err("empty line, expected a JSON object".to_string());
    }
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("not valid JSON: {e}"))?;
    let obj = v.as_object().ok_or("expected a JSON object")?;
    let text = obj.get("text").and_then(|t| t.as_str()).ok_or("missing \"text\" (a string)")?;
    let mut opts = defaults.clone();
    if let Some(site) = obj.get("site").filter(|s| !s.is_null()) {
        opts.site = Some(site.as_str().ok_or("\"site\" must be a string")?.to_string());
    }
    if let Some(c) = obj.get("context").filter(|s| !s.is_null()) {
        let c = c.as_str().ok_or("\"context\" must be a string")?;
        opts.context = ComposeContext::parse(c).ok_or_else(|| format!("\"context\" \"{c}\" is not one of {}", ComposeContext::NAMES.join(", ")))?;
    }
    if let Some(l) = obj.get("lang").filter(|s| !s.is_null()) {
        let l = l.as_str().ok_or("\"lang\" must be a string")?;
        opts.lang = Some(Lang::parse(l).ok_or_else(|| format!("\"lang\" \"{l}\" is not one of en, es"))?);
    }
    if let Some(a) = obj.get("account").filter(|s| !s.is_null()) {
        let a = a.as_str().ok_or("\"account\" must be a string")?;
        opts.account = Account::parse(a).ok_or_else(|| format!("\"account\" \"{a}\" is not one of personal, professional, unknown"))?;
    }
    let result = scanner.scan(text, &opts);
    Ok(serde_json::json!({
        "id": obj.get("id").cloned().unwrap_or(serde_json::Value::Null),
        "flag": result.flag,
        "findings": result.findings,
    }))
}

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.0 { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() }
    }
}

/// Linter-style output: location, severity, category and rule; the line with the span marked;
/// the message and suggestion.
fn render_human(name: &str, text: &str, findings: &[Finding], color: bool) -> String {
    let p = Paint(color);
    let mut out = String::new();
    for f in findings {
        let line_start = text[..f.range.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[f.range.start..].find('\n').map_or(text.len(), |i| f.range.start + i);
        let line_no = text[..f.range.start].matches('\n').count() + 1;
        let col = text[line_start..f.range.start].chars().count() + 1;
        let sev_color = match f.severity {
            Severity::Block => "1;31",
            Severity::Warn => "1;33",
            Severity::Info => "1;36",
        };
        out.push_str(&format!(
            "{}:{}:{}: {} {} {}\n",
            p.wrap("1", name),
            line_no,
            col,
            p.wrap(sev_color, f.severity.as_str()),
            p.wrap("1", f.category.as_str()),
            p.wrap("2", &format!("[{}]", f.rule))
        ));
        let gutter = format!("{line_no}");
        let pad = " ".repeat(gutter.len());
        let mark_end = f.range.end.min(line_end);
        let before = display_width(&text[line_start..f.range.start]);
        let width = display_width(&text[f.range.start..mark_end]).max(1);
        out.push_str(&format!("{pad} |\n{gutter} | {}\n", &text[line_start..line_end]));
        let tail = if f.range.end > line_end { "…" } else { "" };
        out.push_str(&format!("{pad} | {}{}{}\n", " ".repeat(before), p.wrap(sev_color, &"^".repeat(width)), tail));
        out.push_str(&format!("{pad} = {}\n", f.message));
        match f.suggestion.as_deref() {
            Some("") => out.push_str(&format!("{pad} = {}\n", p.wrap("32", "fix: remove it"))),
            Some(s) => out.push_str(&format!("{pad} = {}\n", p.wrap("32", &format!("fix: replace with “{}”", s.trim())))),
            None => {}
        }
        out.push('\n');
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (b, w, i) = (count(Severity::Block), count(Severity::Warn), count(Severity::Info));
    if findings.is_empty() {
        out.push_str(&format!("{}: {}\n", name, p.wrap("32", "no problems found")));
    } else {
        out.push_str(&format!(
            "{}: {} finding{} ({} block, {} warn, {} info)\n",
            name,
            findings.len(),
            if findings.len() == 1 { "" } else { "s" },
            b,
            w,
            i
        ));
    }
    out
}

/// Terminal columns of a string: wide (East Asian, emoji) characters take two.
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x200B..=0x200F | 0xFE00..=0xFE0F | 0x0300..=0x036F => 0,
            0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 | 0x1F300..=0x1FAFF => 2,
            _ => 1,
        })
        .sum()
}

fn eval_cmd(args: &[String]) -> Res<u8> {
    let flags = Flags::parse(args, &["--policy"], &["--json", "--errors"])?;
    let [path] = flags.positional.as_slice() else {
        return fail("eval takes one corpus file (FILE.jsonl)");
    };
    let scanner = load_scanner(&flags)?;
    let items = eval::parse_corpus(&read_file(path)?).map_err(|e| Fail(format!("{path}: {e}")))?;
    let scores = eval::evaluate(&scanner, &items).map_err(|e| Fail(format!("{path}: {e}")))?;
    if flags.has("--json") {
        println!("{}", serde_json::to_string_pretty(&scores).expect("scores serialize"));
    } else {
        print!("{}", scores.render());
    }
    if flags.has("--errors") {
        for e in &scores.errors {
            eprintln!("{}  missing {:?}  extra {:?}  spans {:?}\n    {}", e.id, e.missing, e.extra, e.missed_spans, e.text.replace('\n', " "));
        }
    }
    Ok(0)
}

fn rules(args: &[String]) -> Res<u8> {
    let flags = Flags::parse(args, &[], &["--markdown", "--json"])?;
    if flags.has("--markdown") {
        print!("{}", catalogue::markdown());
    } else if flags.has("--json") {
        let list: Vec<serde_json::Value> = safepost::rules::RULES
            .iter()
            .map(|r| serde_json::json!({"id": r.id, "category": r.category.as_str(), "severity": r.severity.as_str(), "summary": r.summary}))
            .collect();
        println!("{}", serde_json::to_string_pretty(&list).expect("rules serialize"));
    } else {
        for r in safepost::rules::RULES {
            println!("{:<40} {:<20} {:<6} {}", r.id, r.category.as_str(), r.severity.as_str(), r.summary);
        }
    }
    Ok(0)
}
