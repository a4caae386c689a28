//! Scores the scanner against a labelled corpus (format of shared/corpus/README.md):
//! post-level recall and false-positive rate, per-category precision/recall/F1, and the
//! recall of identifier and profanity spans.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::options::{ComposeContext, Lang, ScanOptions};
use crate::scanner::{ScanResult, Scanner};

/// One labelled item.
#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub site: Option<String>,
    #[serde(default)]
    pub context: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    pub text: String,
    pub flag: bool,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub spans: Vec<Span>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Span {
    pub text: String,
    #[serde(rename = "type")]
    pub kind: String,
}

impl Item {
    pub fn options(&self) -> ScanOptions {
        ScanOptions {
            site: self.site.clone(),
            context: self.context.as_deref().and_then(ComposeContext::parse).unwrap_or_default(),
            lang: self.lang.as_deref().and_then(Lang::parse),
            ..ScanOptions::default()
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CategoryScore {
    pub support: usize,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    pub items: usize,
    pub flagged: usize,
    pub clean: usize,
    pub post_recall: f64,
    pub false_positive_rate: f64,
    pub post_precision: f64,
    /// Identifier spans found by a finding of the same category that overlaps them.
    pub span_recall: f64,
    /// Identifier spans found with exactly the labelled text.
    pub span_exact: f64,
    pub profanity_span_recall: f64,
    pub categories: BTreeMap<String, CategoryScore>,
    /// Per item errors, for `--errors`.
    #[serde(skip)]
    pub errors: Vec<ItemError>,
}

#[derive(Debug, Clone)]
pub struct ItemError {
    pub id: String,
    pub text: String,
    pub missing: Vec<String>,
    pub extra: Vec<String>,
    pub missed_spans: Vec<String>,
}

/// The categories that make a post flagged, from a scan result.
pub fn predicted_categories(r: &ScanResult) -> BTreeSet<Category> {
    r.findings
        .iter()
        .filter(|f| !f.category.is_advisory() && f.severity >= crate::Severity::Warn)
        .map(|f| f.category)
        .collect()
}

/// Scores `items`. Unknown category names in the labels are an error.
pub fn evaluate(scanner: &Scanner, items: &[Item]) -> Result<Scores, String> {
    let mut s = Scores { items: items.len(), ..Scores::default() };
    let (mut tp_posts, mut fp_posts) = (0, 0);
    let (mut spans, mut spans_found, mut spans_exact) = (0, 0, 0);
    let (mut prof, mut prof_found) = (0, 0);
    let mut per: BTreeMap<Category, CategoryScore> = BTreeMap::new();
    for item in items {
        let gold: BTreeSet<Category> = item
            .categories
            .iter()
            .map(|c| Category::parse(c).ok_or_else(|| format!("item {}: unknown category {c:?}", item.id)))
            .collect::<Result<_, _>>()?;
        let r = scanner.scan(&item.text, &item.options());
        let pred = predicted_categories(&r);
        if item.flag {
            s.flagged += 1;
            if r.flag {
                tp_posts += 1;
            }
        } else {
            s.clean += 1;
            if r.flag {
                fp_posts += 1;
            }
        }
        for c in gold.union(&pred) {
            let e = per.entry(*c).or_default();
            match (gold.contains(c), pred.contains(c)) {
                (true, true) => e.tp += 1,
                (true, false) => e.fn_ += 1,
                (false, true) => e.fp += 1,
                (false, false) => {}
            }
            if gold.contains(c) {
                e.support += 1;
            }
        }
        let mut missed_spans = Vec::new();
        for span in &item.spans {
            let cat = Category::parse(&span.kind).ok_or_else(|| format!("item {}: unknown span type {:?}", item.id, span.kind))?;
            let occurrences: Vec<usize> = item.text.match_indices(&span.text).map(|(i, _)| i).collect();
            let hit = r.findings.iter().filter(|f| f.category == cat).any(|f| {
                occurrences.iter().any(|&o| f.range.start < o + span.text.len() && o < f.range.end)
            });
            let exact = r.findings.iter().any(|f| f.category == cat && f.text == span.text);
            if cat == Category::Profanity {
                prof += 1;
                prof_found += hit as usize;
            } else if cat.is_identifier() {
                spans += 1;
                spans_found += hit as usize;
                spans_exact += exact as usize;
            }
            if !hit {
                missed_spans.push(format!("{}:{}", span.kind, span.text));
            }
        }
        let missing: Vec<String> = gold.difference(&pred).map(|c| c.to_string()).collect();
        let extra: Vec<String> = pred.difference(&gold).map(|c| c.to_string()).collect();
        if !missing.is_empty() || !extra.is_empty() || !missed_spans.is_empty() {
            s.errors.push(ItemError { id: item.id.clone(), text: item.text.clone(), missing, extra, missed_spans });
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    s.post_recall = ratio(tp_posts, s.flagged);
    s.false_positive_rate = if s.clean == 0 { 0.0 } else { fp_posts as f64 / s.clean as f64 };
    s.post_precision = ratio(tp_posts, tp_posts + fp_posts);
    s.span_recall = ratio(spans_found, spans);
    s.span_exact = ratio(spans_exact, spans);
    s.profanity_span_recall = ratio(prof_found, prof);
    for (c, mut e) in per {
        e.precision = ratio(e.tp, e.tp + e.fp);
        e.recall = ratio(e.tp, e.tp + e.fn_);
        e.f1 = if e.precision + e.recall == 0.0 { 0.0 } else { 2.0 * e.precision * e.recall / (e.precision + e.recall) };
        s.categories.insert(c.to_string(), e);
    }
    Ok(s)
}

/// Parses a corpus: one JSON object per line; blank lines are skipped. Errors name the line.
pub fn parse_corpus(text: &str) -> Result<Vec<Item>, String> {
    let mut items = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let item: Item = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        items.push(item);
    }
    Ok(items)
}

impl Scores {
    /// A plain-text report.
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "items {}  (flagged {}, clean {})\npost recall          {:.3}\nfalse-positive rate  {:.3}\npost precision       {:.3}\nspan recall          {:.3}  (exact text {:.3})\nprofanity spans      {:.3}\n\n",
            self.items, self.flagged, self.clean, self.post_recall, self.false_positive_rate, self.post_precision,
            self.span_recall, self.span_exact, self.profanity_span_recall
        ));
        out.push_str(&format!("{:<20} {:>7} {:>9} {:>7} {:>6}\n", "category", "support", "precision", "recall", "F1"));
        for (c, e) in &self.categories {
            out.push_str(&format!("{:<20} {:>7} {:>9.3} {:>7.3} {:>6.3}\n", c, e.support, e.precision, e.recall, e.f1));
        }
        out
    }
}
