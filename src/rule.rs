//! What a rule is: a declared unit with a stable dotted id, a category, a severity, a plain
//! message, an optional safe rewrite, documentation, and the function that finds it.
//! The catalogue (docs/RULES.md) is generated from these declarations.

use std::ops::Range;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::scanner::FoundView;

/// Text that only the native build reads: a rule's reason, example and near miss (for
/// docs/RULES.md, `scan --explain` and the catalogue's tests). The WebAssembly build gets `""`,
/// and the text is left out of the module (about 2.5 KB gzipped).
#[macro_export]
macro_rules! native_only {
    ($text:expr) => {
        if cfg!(target_arch = "wasm32") { "" } else { $text }
    };
}

/// A declared detection rule.
pub struct Rule {
    /// Stable dotted id, `family.topic.variant` (e.g. `phi.name.honorific`). IT disables rules by it.
    pub id: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// What the rule finds, in one line.
    pub summary: &'static str,
    /// Why it matters (the guidance behind it).
    pub why: &'static str,
    /// The message shown on a finding. `{text}` is replaced by the offending text.
    pub message: &'static str,
    /// A safe rewrite for the offending text, when one exists. `""` means "remove it".
    pub suggestion: Option<&'static str>,
    /// A text on which the rule fires (checked by a test).
    pub example: &'static str,
    /// A similar text on which it must stay quiet (checked by a test).
    pub near_miss: &'static str,
    /// Where the example is composed, as `key=value` pairs (`context=review_reply`,
    /// `account=personal`); empty for a post on an unknown account.
    pub example_with: &'static str,
    /// Finds the rule's hits in an analysed text, seeing what the rules before it found.
    pub check: fn(&Analysis, &FoundView, &mut Hits),
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("id", &self.id).finish()
    }
}

/// One place where a rule fired: a byte range of the original text, with an optional message
/// or suggestion that replaces the rule's own.
#[derive(Debug, Clone)]
pub struct Hit {
    pub range: Range<usize>,
    pub message: Option<String>,
    pub suggestion: Option<String>,
}

/// Collects the hits of one rule.
#[derive(Debug, Default)]
pub struct Hits {
    pub(crate) hits: Vec<Hit>,
}

impl Hits {
    /// Reports the byte range `range` of the original text.
    pub fn add(&mut self, range: Range<usize>) {
        self.hits.push(Hit { range, message: None, suggestion: None });
    }

    /// Reports a range with a suggestion specific to this hit.
    pub fn add_with_suggestion(&mut self, range: Range<usize>, suggestion: String) {
        self.hits.push(Hit { range, message: None, suggestion: Some(suggestion) });
    }

    /// Reports a range with a message specific to this hit.
    pub fn add_with_message(&mut self, range: Range<usize>, message: String) {
        self.hits.push(Hit { range, message: Some(message), suggestion: None });
    }

    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }
}
