//! Wording that hurts people going through infertility, with kinder alternatives.

use std::sync::LazyLock;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::lexicon::PhraseSet;
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;

pub static PHRASE: Rule = Rule {
    id: "language.insensitive.phrase",
    category: Category::Insensitive,
    severity: Severity::Info,
    summary: "Dated or hurtful wording about infertility, with a kinder alternative (\"incompetent cervix\" → \"cervical insufficiency\").",
    why: crate::native_only!("Patients read clinic posts during hard times; words like \"barren\" or \"just relax\" blame \
or wound, and modern clinical language has better terms."),
    message: "{text} can read as hurtful to people facing infertility. Consider the suggested wording.",
    suggestion: None,
    example: crate::native_only!("Remember: just relax and it will happen!"),
    near_miss: crate::native_only!("Stress is real; our counselors can help you relax during treatment."),
    example_with: "",
    check: check_phrase,
};

/// (phrase, kinder alternative; "" means drop it)
const PHRASES: &[(&str, &str)] = &[
    ("just relax", ""),
    ("relax and it will happen", ""),
    ("stop trying and it will happen", ""),
    ("at least you can adopt", ""),
    ("you can always adopt", ""),
    ("barren", "experiencing infertility"),
    ("incompetent cervix", "cervical insufficiency"),
    ("hostile uterus", "uterine factor"),
    ("hostile cervix", "cervical factor"),
    ("geriatric pregnancy", "pregnancy at 35 or older"),
    ("geriatric mother", "patient 35 or older"),
    ("elderly primigravida", "first pregnancy at 35 or older"),
    ("old eggs", "age-related decline in egg quality"),
    ("test-tube baby", "baby born through IVF"),
    ("test tube baby", "baby born through IVF"),
    ("real mom", "mom"),
    ("real parents", "parents"),
    ("natural child", "child"),
    ("failed ivf", "IVF cycle that didn't result in pregnancy"),
    ("you failed", "the cycle didn't work"),
    ("mujer esteril", "mujer con infertilidad"),
    ("solo relajate", ""),
    ("relajate y llegara", ""),
];

static SET: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::from_iter(PHRASES.iter().map(|(p, _)| *p)));

fn check_phrase(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    for (fr, idx) in SET.find_iter(&a.folded.s) {
        let (_, alt) = PHRASES[idx];
        hits.add_with_suggestion(a.orig(fr), alt.to_string());
    }
}
