//! Health education that sounds individual should say it is general information.

use std::sync::LazyLock;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::lexicon::PhraseSet;
use crate::options::ComposeContext;
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;

pub static MISSING: Rule = Rule {
    id: "advisory.disclaimer.missing",
    category: Category::Disclaimer,
    severity: Severity::Info,
    summary: "Health education addressed to \"you\" with no note that it is general information.",
    why: crate::native_only!("ASRM guidance: make clear that posts are general education, not medical advice for any \
individual; a one-line disclaimer does it."),
    message: "This reads as health advice to the reader. Add a line saying it is general information, not medical advice.",
    suggestion: Some(" General information only, not medical advice; talk to your own doctor about your situation."),
    example: crate::native_only!("If your AMH is low, your ovaries may respond less to stimulation."),
    near_miss: crate::native_only!("If your AMH is low, your ovaries may respond less. General info only; ask your own doctor."),
    example_with: "",
    check: check_missing,
};

static DISCLAIMERS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "not medical advice", "isn't medical advice", "is not medical advice", "general information", "general info",
        "general education", "educational only", "education only", "for information only", "your own doctor",
        "your doctor", "your physician", "your provider", "your clinic", "your care team", "your own care team",
        "not a substitute", "consult your", "talk to your", "ask your", "individual chances vary", "no es consejo medico",
        "informacion general", "consulte a su medico", "tu medico", "su medico",
    ])
});

fn check_missing(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    if a.opts.context != ComposeContext::Post || f.has(Category::MedicalAdvice) || DISCLAIMERS.any_in(&a.folded.s) {
        return;
    }
    let i = (0..a.sentences.len()).find(|&i| {
        let s = a.sentence_folded(i);
        a.care[i] && a.cues.addresses_reader(s) && !a.private_subject[i]
    });
    if let Some(i) = i {
        hits.add(a.sentences[i].clone());
    }
}
