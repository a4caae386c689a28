//! Patient stories and baby announcements need documented consent.

use std::sync::LazyLock;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::lexicon::PhraseSet;
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;

pub static STORY: Rule = Rule {
    id: "advisory.consent.story",
    category: Category::Consent,
    severity: Severity::Info,
    summary: "A patient story, testimonial or baby announcement: documented consent must be on file before it is posted.",
    why: crate::native_only!("ASRM guidance: get the patient's documented, written consent (HIPAA authorization) before \
sharing their story, photos or their baby's photos."),
    message: "Patient stories and baby photos need the patient's written consent on file before posting.",
    suggestion: None,
    example: crate::native_only!("Welcome to the world, baby Theo! His parents did three transfers with us."),
    near_miss: crate::native_only!("Our consent forms are now available in Spanish."),
    example_with: "",
    check: check_story,
};

static STORY_CUES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "success story", "patient story", "testimonial", "shares her story", "shared her story", "their story",
        "her story", "featured family", "family friday", "ivf baby", "rainbow baby", "welcome to the world",
        "is officially here", "was born", "were born", "arrived", "baby photo", "baby pic", "baby announcement",
        "meet baby", "birth announcement", "nacio", "nacieron", "bienvenid* al mundo", "su historia", "testimonio",
    ])
});

static CONSENT_STATED: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines!["with permission", "with their permission", "with her permission", "with consent", "shared with consent", "consented", "con permiso", "con su autorizacion"])
});

fn check_story(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    if CONSENT_STATED.any_in(&a.folded.s) {
        return;
    }
    let disclosed = f.of(Category::PatientDisclosure).next().map(|x| x.range.clone());
    let story = (0..a.sentences.len()).find(|&i| STORY_CUES.any_in(a.sentence_folded(i)) && (a.private_subject[i] || a.any_care()));
    match (disclosed, story) {
        (Some(r), _) => hits.add(r),
        (None, Some(i)) => hits.add(a.sentences[i].clone()),
        (None, None) => {}
    }
}
