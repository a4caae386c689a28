//! The scanner: runs every enabled rule over a text, applies the policy, and returns findings
//! with UTF-16 offsets (CONTRACT.md sections 2 and 5).

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::lexicon::{word_char_after, word_char_before};
use crate::options::{Account, ComposeContext, ScanOptions};
use crate::orgfilter;
use crate::policy::{Policy, PolicyError};
use crate::rule::{Hits, Rule};
use crate::rules::RULES;
use crate::text::utf16_offsets;

/// One problem found in a text.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Finding {
    /// UTF-16 code unit offsets (JavaScript string indices).
    pub start: usize,
    pub end: usize,
    /// Exactly the substring between `start` and `end`.
    pub text: String,
    pub category: Category,
    pub rule: Cow<'static, str>,
    pub severity: Severity,
    pub message: String,
    pub suggestion: Option<String>,
    /// Byte offsets in the text (for native callers; not serialized).
    #[serde(skip)]
    pub range: Range<usize>,
}

impl Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Severity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The result of scanning one text.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
pub struct ScanResult {
    /// At least one finding of severity `block` or `warn` outside the advisory categories.
    pub flag: bool,
    pub findings: Vec<Finding>,
}

impl ScanResult {
    /// The highest severity among the findings.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

/// Made-up texts that together reach every rule's patterns (see [`Scanner::prepare`]). Some
/// rules stop at what an earlier one found (mockery after an insult), hence several texts.
const WARM_UP: &[&str] = &[
    "Warm-up: Ms. Example (MRN 12345), a 41 y/o from Springfield, DOB 1/2/1980, seen on the 3rd \
     at 1420 Oak Street; cell 555-0100 or +56 9 5550 0100, fax 555-0101, jane [at] example [dot] com, account 4417, accounts 55120 and 55134, \
     member ID XJ-2291, license plate 7ABC123, serial SN 1234, passport 99, user @example. \
     She will take home a baby: no patient leaves without a baby, 98% success, guaranteed. \
     You should take 5 mg and stop taking it; send your labs and ultrasound photos. \
     Thank you for visiting us, we're sorry about your transfer. Our lawyer and the lawsuit.",
    "You idiots are a bunch of clowns, sh*t. Patients who yell are total jackasses.",
    "So tired of patients who always think they know better 🙄",
    "Our records show this reviewer came in yesterday at 6pm and rescheduled 3 times.",
    "Long ago we met a man called Ruben, thirty-one years old; his wife was forty-one, from Lakewood. \
     The VIN is 2T3W1RFV8MW104587.",
    "@someone for a 12mm cyst I'd skip surgery; I transferred your embryo.",
    "Save the date: our family picnic is Saturday in Lakewood at Riverside Park; address questions to the front desk.",
    "Our patient, a news anchor, came in for her transfer today.",
    "La paciente de Oaxaca, 39 años, de la colonia Centro, número de expediente 55-1234; \
     mándame tus resultados, tómese 5 mg; todas se embarazan; ninguna se va sin su bebé. \
     DNI 12345678Z, RUT 12.345.678-K, CURP ABCD800101HDFXYZ01, RFC ABCD800101XY1, cel 6555-0100, matrícula 12-3456-ABC de la CNS.",
];

/// A scanner configured with a policy. Build it once; scanning is cheap.
#[derive(Debug, Default)]
pub struct Scanner {
    policy: Policy,
    policy_errors: Vec<String>,
}

impl Scanner {
    /// Builds a scanner from the policy JSON (`""` or `"{}"` for none). Fails only when the
    /// policy is not a JSON object; broken entries are skipped and listed by
    /// [`Scanner::policy_errors`].
    pub fn new(policy_json: &str) -> Result<Scanner, PolicyError> {
        let (policy, policy_errors) = Policy::parse(policy_json)?;
        crate::lexicon::lexicons();
        Ok(Scanner { policy, policy_errors })
    }

    pub fn with_policy(policy: Policy) -> Scanner {
        Scanner { policy, policy_errors: Vec::new() }
    }

    /// One message per policy entry that was skipped.
    pub fn policy_errors(&self) -> &[String] {
        &self.policy_errors
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Compiles the built-in patterns ahead of need (scans otherwise compile each when a text
    /// first gets past its gate, see `src/gate.rs`): the extension calls it when idle after
    /// start-up, so that a clinician's later keystrokes never wait for a compile, nor for the
    /// shared phrase search to be built. Costs about what the first scan of a long post did
    /// before patterns were gated.
    pub fn prepare(&self) {
        crate::gate::without_gates(|| {
            for context in [ComposeContext::Post, ComposeContext::Comment, ComposeContext::ReviewReply] {
                for account in [Account::Unknown, Account::Personal] {
                    let opts = ScanOptions { context, account, ..ScanOptions::default() };
                    for text in WARM_UP {
                        self.scan(text, &opts);
                    }
                }
            }
        });
        // The phrase lists the warm-up touched have registered: build their shared search now
        // rather than in the next scan (see `src/phrase_index.rs`).
        crate::phrase_index::catch_up();
        crate::lexicon::build_filters();
    }

    /// Scans a text. Never panics on any string.
    pub fn scan(&self, text: &str, opts: &ScanOptions) -> ScanResult {
        if text.trim().is_empty() {
            return ScanResult::default();
        }
        let a = Analysis::new(text, opts);
        let mut found: Vec<Found> = Vec::new();
        for rule in RULES {
            if self.policy.disabled_rules.contains(&rule.id) {
                continue;
            }
            let mut hits = Hits::default();
            (rule.check)(&a, &found_view(&found), &mut hits);
            for hit in hits.hits {
                let range = trim_range(text, hit.range);
                if range.is_empty() {
                    continue;
                }
                if rule.category.is_identifier() && orgfilter::is_org_identifier(&self.policy.org, rule.category, &text[range.clone()]) {
                    continue;
                }
                found.push(Found {
                    range,
                    category: rule.category,
                    rule: Cow::Borrowed(rule.id),
                    severity: rule.severity,
                    message: hit.message,
                    suggestion: hit.suggestion.or_else(|| rule.suggestion.map(str::to_string)),
                    rule_ref: Some(rule),
                });
            }
        }
        self.custom(&a, &mut found);
        finish(text, found)
    }

    fn custom(&self, a: &Analysis, found: &mut Vec<Found>) {
        for t in &self.policy.custom_terms {
            let s = &a.folded.s;
            let mut from = 0;
            while let Some(k) = s[from..].find(&t.folded) {
                let fs = from + k;
                let fe = fs + t.folded.len();
                from = fe.max(fs + 1);
                if word_char_before(s, fs) && word_char_after(s, fs) || word_char_after(s, fe) && word_char_before(s, fe) {
                    continue;
                }
                let range = a.orig(fs..fe);
                let message = t.message.clone().unwrap_or_else(|| {
                    format!("“{}” is on your organization's list of terms to keep out of posts.", t.term)
                });
                found.push(Found::custom("custom.term", range, t.category, t.severity, message));
            }
        }
        for p in &self.policy.custom_patterns {
            for m in p.regex.find_iter(a.text) {
                if m.range().is_empty() {
                    continue;
                }
                let message = p.message.clone().unwrap_or_else(|| {
                    "This matches a pattern your organization asked SafePost to catch.".to_string()
                });
                found.push(Found::custom("custom.pattern", m.range(), p.category, p.severity, message));
            }
        }
    }
}

/// A finding before offsets are converted.
#[derive(Debug, Clone)]
pub struct Found {
    pub range: Range<usize>,
    pub category: Category,
    pub rule: Cow<'static, str>,
    pub severity: Severity,
    pub message: Option<String>,
    pub suggestion: Option<String>,
    pub rule_ref: Option<&'static Rule>,
}

impl Found {
    fn custom(id: &'static str, range: Range<usize>, category: Category, severity: Severity, message: String) -> Found {
        Found { range, category, rule: Cow::Borrowed(id), severity, message: Some(message), suggestion: None, rule_ref: None }
    }
}

/// What rules see of the findings of the rules that ran before them.
pub struct FoundView<'f> {
    pub items: &'f [Found],
    /// Indexes in `items` grouped by the sentence each finding starts in (in order within a
    /// sentence), and where each sentence's group starts (the last entry is the end): built on
    /// first use by [`FoundView::in_sentence`].
    by_sentence: std::cell::OnceCell<(Vec<u32>, Vec<u32>)>,
}

impl FoundView<'_> {
    pub fn has(&self, c: Category) -> bool {
        self.items.iter().any(|f| f.category == c)
    }

    pub fn of(&self, c: Category) -> impl Iterator<Item = &Found> {
        self.items.iter().filter(move |f| f.category == c)
    }

    /// Any identifier finding (a patient's name, phone, MRN...).
    pub fn any_identifier(&self) -> bool {
        self.items.iter().any(|f| f.category.is_identifier())
    }

    /// The findings of category `c` that start in sentence `i`, in order. (Asked for each
    /// sentence of a long text, a filter over every finding cost sentences × findings.)
    pub fn in_sentence<'v>(&'v self, a: &Analysis, c: Category, i: usize) -> impl Iterator<Item = &'v Found> + 'v {
        let (order, starts) = self.by_sentence.get_or_init(|| {
            // (a counting sort by sentence: findings keep their order within one)
            let sentence: Vec<usize> = self.items.iter().map(|x| a.sentence_at(x.range.start)).collect();
            let mut starts = vec![0u32; a.sentences.len() + 2];
            for &j in &sentence {
                starts[j + 1] += 1;
            }
            for j in 1..starts.len() {
                starts[j] += starts[j - 1];
            }
            let mut next = starts.clone();
            let mut order = vec![0u32; self.items.len()];
            for (k, &j) in sentence.iter().enumerate() {
                order[next[j] as usize] = k as u32;
                next[j] += 1;
            }
            (order, starts)
        });
        let group = match (starts.get(i), starts.get(i + 1)) {
            (Some(&from), Some(&to)) => &order[from as usize..to as usize],
            _ => &[],
        };
        group.iter().map(|&k| &self.items[k as usize]).filter(move |x| x.category == c)
    }

    /// Whether sentence `i` holds a record number of someone's: an MRN, an account, a health
    /// plan or a social security number ("Expediente 0045821-3, paciente de Cahuita", "traiga
    /// su NSS … a la cita del 14 de marzo").
    pub fn record_in_sentence(&self, a: &Analysis, i: usize) -> bool {
        [Category::Mrn, Category::Account, Category::HealthPlan, Category::Ssn].into_iter().any(|c| self.in_sentence(a, c, i).next().is_some())
    }
}

fn found_view(found: &[Found]) -> FoundView<'_> {
    FoundView { items: found, by_sentence: std::cell::OnceCell::new() }
}

/// Trims white space at both ends of a range and keeps it on character boundaries.
fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let r = r.start.min(text.len())..r.end.min(text.len());
    if r.start >= r.end || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
        return 0..0;
    }
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() { 0..0 } else { r.start + lead..r.end - trail }
}

/// Sorts findings, stably, by `key`, with the crate's one merge sort ([`crate::text::stable_order`]):
/// each element type or closure given to the standard sort compiles a copy of it, about 4.5 KB
/// of the wasm.
fn sort_found(found: &mut Vec<Found>, key: fn(&Found) -> (usize, usize, usize)) {
    let keys: Vec<(usize, usize, usize)> = found.iter().map(key).collect();
    crate::text::reorder(found, &keys);
}

/// Removes duplicates (same category, overlapping: the longer wins), sorts, renders messages
/// and converts offsets to UTF-16.
fn finish(text: &str, mut found: Vec<Found>) -> ScanResult {
    sort_found(&mut found, |f| (f.category as usize, f.range.start, usize::MAX - f.range.end));
    // ("póliza de AHCCCS número A48291736": the catch-all OTHER_ID is dropped where a named
    // record number covers it; a phone-shaped reading does not outrank a labelled ID)
    let records: Vec<Range<usize>> = found
        .iter()
        .filter(|f| f.category.is_record_number() || matches!(f.category, Category::DeviceId | Category::Vehicle))
        .map(|f| f.range.clone())
        .collect();
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        let repeated = kept.last().is_some_and(|prev| prev.category == f.category && f.range.start < prev.range.end);
        if repeated || f.category == Category::OtherId && records.iter().any(|r| r.start <= f.range.start && f.range.end <= r.end) {
            continue;
        }
        kept.push(f);
    }
    sort_found(&mut kept, |f| (f.range.start, f.category as usize, 0));
    let bytes: Vec<usize> = kept.iter().flat_map(|f| [f.range.start, f.range.end]).collect();
    let units = utf16_offsets(text, &bytes);
    let findings: Vec<Finding> = kept
        .into_iter()
        .enumerate()
        .map(|(k, f)| {
            let snippet = &text[f.range.clone()];
            let message = f.message.unwrap_or_else(|| {
                f.rule_ref.map(|r| r.message.replace("{text}", &quote(snippet))).unwrap_or_default()
            });
            Finding {
                start: units[2 * k],
                end: units[2 * k + 1],
                text: snippet.to_string(),
                category: f.category,
                rule: f.rule,
                severity: f.severity,
                message,
                suggestion: f.suggestion,
                range: f.range,
            }
        })
        .collect();
    let flag = findings.iter().any(|f| f.severity >= Severity::Warn && !f.category.is_advisory());
    ScanResult { flag, findings }
}

/// A short quotation of the offending text for messages.
fn quote(s: &str) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 60 {
        format!("“{}…”", one_line.chars().take(57).collect::<String>())
    } else {
        format!("“{one_line}”")
    }
}

