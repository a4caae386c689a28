//! Clinical or patient content composed from a personal account.

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::options::Account;
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;

pub static CLINICAL: Rule = Rule {
    id: "advisory.personal_account.clinical",
    category: Category::PersonalAccount,
    severity: Severity::Info,
    summary: "Clinical or patient content written while signed in to a personal account.",
    why: crate::native_only!("ASRM guidance: keep personal and professional accounts separate, and don't interact with \
patients from a personal account."),
    message: "You're signed in with a personal account. Post clinical or patient content from the practice's professional account.",
    suggestion: None,
    example: crate::native_only!("Three retrievals and a positive beta today, what a shift!"),
    near_miss: crate::native_only!("Great hike with the kids this weekend!"),
    example_with: "account=personal",
    check: check_clinical,
};

fn check_clinical(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    if a.opts.account != Account::Personal {
        return;
    }
    let patient_content = f.items.iter().any(|x| !x.category.is_advisory() && x.category != Category::Profanity);
    let clinical = (0..a.sentences.len()).find(|&i| a.care[i] || a.private_subject[i]);
    match (patient_content, clinical) {
        (_, Some(i)) => hits.add(a.sentences[i].clone()),
        (true, None) => {
            if let Some(x) = f.items.iter().find(|x| !x.category.is_advisory()) {
                hits.add(x.range.clone());
            }
        }
        (false, None) => {}
    }
}
