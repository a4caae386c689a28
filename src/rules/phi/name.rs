//! Names of patients and other private people.

use crate::analysis::{Analysis, Person, PersonKind};
use crate::category::{Category, Severity};
use crate::options::{ComposeContext, Lang};
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;

const WHY: &str = "A patient's name is protected health information (HIPAA Safe Harbor); \
ASRM guidance: never post details that identify a patient.";

pub static TITLED: Rule = Rule {
    id: "phi.name.titled",
    category: Category::Name,
    severity: Severity::Block,
    summary: "A name with a courtesy title (Ms., Mrs., Mr., Sra., Sr., Don) in a post about care or in a reply.",
    why: crate::native_only!(WHY),
    message: "{text} reads as a patient's name. Naming a patient publicly discloses protected health information; remove the name.",
    suggestion: Some("a patient"),
    example: crate::native_only!("Mrs. Alvarado brought cookies on the morning of her retrieval."),
    near_miss: crate::native_only!("As Mr. Rogers said, look for the helpers."),
    example_with: "",
    check: check_titled,
};

pub static ADDRESSED: Rule = Rule {
    id: "phi.name.addressed",
    category: Category::Name,
    severity: Severity::Block,
    summary: "A person addressed by name (\"Katie, you…\", \"Hi Priscilla!\") in a post or reply that touches on their care.",
    why: crate::native_only!(WHY),
    message: "{text} is addressed by name next to details of care, which tells everyone this person is a patient. Remove the name.",
    suggestion: Some(""),
    example: crate::native_only!("Jolene, you did great at your transfer today!"),
    near_miss: crate::native_only!("Thanks, everyone, for a great open house!"),
    example_with: "",
    check: check_addressed,
};

pub static IN_CARE_CONTEXT: Rule = Rule {
    id: "phi.name.care_context",
    category: Category::Name,
    severity: Severity::Block,
    summary: "A person's name (not staff, not a public figure) in a sentence about a patient's care.",
    why: crate::native_only!(WHY),
    message: "{text} looks like the name of a patient or a patient's relative, mentioned with details of care. Remove it or say \"a patient\".",
    suggestion: Some("a patient"),
    example: crate::native_only!("Maribel Santos called to say her beta came back positive!"),
    near_miss: crate::native_only!("Please welcome Dr. Maribel Santos, our newest physician."),
    example_with: "",
    check: check_care_context,
};

pub static WITH_IDENTIFIER: Rule = Rule {
    id: "phi.name.with_identifier",
    category: Category::Name,
    severity: Severity::Block,
    summary: "A person's name (not staff, not a public figure) next to a private identifier of theirs: a phone, fax, email, SSN, record or plan number.",
    why: crate::native_only!(WHY),
    message: "{text} is named next to a private identifier (a phone, an ID or record number), which ties the name to the practice's records. Remove the name.",
    suggestion: Some("a patient"),
    example: crate::native_only!("Trying to reach Lorna Pettibone: her cell, (541) 555-0192, is disconnected."),
    near_miss: crate::native_only!("Questions? Call Dana at our front desk, (541) 555-0100."),
    example_with: "",
    check: check_with_identifier,
};

fn replacement(a: &Analysis) -> String {
    match a.lang {
        Lang::Es => "una paciente".to_string(),
        Lang::En => "a patient".to_string(),
    }
}

fn care_or_reply(a: &Analysis) -> bool {
    a.any_care() || matches!(a.opts.context, ComposeContext::ReviewReply | ComposeContext::Reply | ComposeContext::Comment | ComposeContext::Dm)
}

fn titled(a: &Analysis, p: &Person) -> bool {
    p.span.start < a.tokens[p.name_tokens.start].span.start
}

fn check_titled(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    // ("el expediente de la Sra. Ek llegó": one named as a patient needs no other care)
    let care = care_or_reply(a);
    for p in a.people.iter().filter(|p| p.kind == PersonKind::Private && titled(a, p) && (care || p.named_as_patient)) {
        hits.add_with_suggestion(p.span.clone(), replacement(a));
    }
}

fn check_addressed(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    for p in a.people.iter().filter(|p| p.kind == PersonKind::Private && p.vocative && !titled(a, p)) {
        // The person is told something about their own care, here or in the next sentences.
        // In a review reply, naming the reviewer next to anything that confirms they were seen
        // ties the name to the practice.
        let review = a.opts.context == ComposeContext::ReviewReply
            && (a.any_care() || (0..a.sentences.len()).any(|i| crate::rules::conduct::review::confirms(a, i)));
        // In a comment or reply the whole text is said to the person addressed.
        let conversation = a.opts.context.is_conversational() && a.any_care();
        let about_care = a.near(p.sentence).any(|j| a.care[j]) || review || conversation;
        if about_care {
            hits.add(p.span.clone());
        }
    }
}

fn check_care_context(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    // A case the text marks as invented ("Teaching case (hypothetical): 'Mara,' 41…") names
    // an invented person.
    if a.hypothetical {
        return;
    }
    for p in &a.people {
        // A bio speaks of its owner and their workplace ("Enfermera Yaritza · Ceiba San Juan").
        if a.opts.context == ComposeContext::Bio && !p.named_as_patient {
            continue;
        }
        let candidate = match p.kind {
            PersonKind::Private => !p.vocative && !titled(a, p),
            PersonKind::Unknown => true,
            PersonKind::Staff | PersonKind::Public => false,
        };
        // ("…get the profiles to you and Beth": the reader's partner, in a thread about their care)
        // (only the last few bytes before the name are lowered: the longest phrase is 8 bytes)
        let with_reader = a.opts.context.is_conversational() && a.any_care() && {
            let before = a.text[..p.span.start].trim_end();
            let before = crate::text::lower(&before[before.floor_char_boundary(before.len().saturating_sub(12))..]);
            crate::text::ends_with_line(&before, crate::lines!["you and", "you &", "tú y", "tu y", "usted y"])
        };
        // ("Al dueño del Jetta gris con placas SMR-482-B…: su esposa ya salió de la aspiración")
        // (the plate is found later: a plate's label a few words on is enough)
        // (after an article, as a model is: not "la troca de Junior Maestas (placas …)")
        let plate_after = a.words_before(p.span.start, 1).first().is_some_and(|w| crate::text::one_of(w, crate::lines!["del", "el", "un", "the", "a", "an", "su", "his", "her", "their", "mi", "my"]))
            && a.words_after(p.span.end, 4).iter().any(|w| crate::text::one_of(w, PLATE_WORDS));
        if plate_after {
            continue;
        }
        if candidate && (p.named_as_patient || a.care_near(p.sentence) || a.private_subject[p.sentence] && a.any_care() || with_reader) {
            hits.add_with_suggestion(p.span.clone(), replacement(a));
        }
    }
}

/// Identifier categories that are a person's own number or address (dates, ages and places
/// are not: they are checked with their own context).
fn personal_identifier(c: Category) -> bool {
    c.is_identifier() && !matches!(c, Category::Name | Category::Date | Category::Age | Category::Location)
}

/// Words for a number plate.
const PLATE_WORDS: &str = crate::lines!["plate", "plates", "tag", "tags", "placa", "placas", "tablilla", "chapa", "patente"];

/// The word at `name` is the model of the car whose plate is at `plate`: a few words before it,
/// with the plate's label between ("Jetta blanco con placas", "Mercedes, plate").
fn names_the_car(a: &Analysis, name: &std::ops::Range<usize>, plate: &std::ops::Range<usize>) -> bool {
    if plate.start < name.end {
        return false;
    }
    let between = crate::text::lower(&a.text[name.end..plate.start]);
    between.split_whitespace().count() <= 5
        && between.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, PLATE_WORDS))
}

/// Whether the "name" at `span` is the model of a car whose plate was found.
fn is_the_car(a: &Analysis, found: &FoundView, span: &std::ops::Range<usize>) -> bool {
    found.items.iter().any(|f| f.category == Category::Vehicle && names_the_car(a, span, &f.range))
}

fn check_with_identifier(a: &Analysis, found: &FoundView, hits: &mut Hits) {
    if !found.items.iter().any(|f| personal_identifier(f.category)) {
        return;
    }
    for p in &a.people {
        if !matches!(p.kind, PersonKind::Private | PersonKind::Unknown) || a.opts.context == ComposeContext::Bio && !p.named_as_patient {
            continue;
        }
        // ("Al dueño del Jetta blanco con placas RZM-771-A"): the car the plate is on
        if is_the_car(a, found, &p.span) {
            continue;
        }
        let near = a.near(p.sentence);
        if found.items.iter().any(|f| personal_identifier(f.category) && near.contains(&a.sentence_at(f.range.start))) {
            hits.add_with_suggestion(p.span.clone(), replacement(a));
        }
    }
}
