//! Posts that disclose a specific patient's care, with or without their name.

use std::sync::LazyLock;

use crate::lexicon::PhraseSet;
use crate::analysis::{appointment_word, Analysis, PersonKind};
use crate::category::{Category, Severity};
use crate::options::ComposeContext;
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;

use super::review;
use crate::text::Has;

const WHY: &str = "HIPAA and ASRM guidance: never post anything that identifies a patient or their \
care. A story is identifying when a specific person, a care event and a detail (time, age, place, \
job, handle) come together, even without a name.";

pub static IDENTIFIED: Rule = Rule {
    id: "conduct.disclosure.identified",
    category: Category::PatientDisclosure,
    severity: Severity::Block,
    summary: "A post that ties a patient identifier (name, date, age, number, handle...) to a person's care or to the practice.",
    why: crate::native_only!(WHY),
    message: "This ties an identifier to a patient's care ({text}). Remove the identifying details, or get the patient's written consent first.",
    suggestion: None,
    example: crate::native_only!("Congrats to Lena Ortiz on her positive beta after her second transfer!"),
    near_miss: crate::native_only!("Congrats to our nurse Lena Ortiz on ten years with the practice!"),
    example_with: "",
    check: check_identified,
};

pub static DESCRIBED: Rule = Rule {
    id: "conduct.disclosure.described",
    category: Category::PatientDisclosure,
    severity: Severity::Block,
    summary: "A story about one specific patient's care (\"the paramedic whose husband did four cycles here\"), even without a name.",
    why: crate::native_only!(WHY),
    message: "This describes a specific patient's care ({text}). Details like their job, family, timing or results can identify them; generalize it or get written consent.",
    suggestion: None,
    example: crate::native_only!("The kindergarten teacher who did four rounds with us just had her 12-week scan!"),
    near_miss: crate::native_only!("Many patients need more than one round of IVF; that is normal."),
    example_with: "",
    check: check_described,
};

pub static REVIEW_CARE: Rule = Rule {
    id: "conduct.disclosure.review_reply",
    category: Category::PatientDisclosure,
    severity: Severity::Block,
    summary: "A review reply that discusses the reviewer's tests, procedures, results or treatment.",
    why: crate::native_only!(WHY),
    message: "This reply discusses the reviewer's care ({text}), which discloses it publicly. Remove the clinical details.",
    suggestion: None,
    example: crate::native_only!("Your cycle was cancelled because your estradiol was too low."),
    near_miss: crate::native_only!("We're sorry about the wait in our lobby and have added staff on Mondays."),
    example_with: "context=review_reply",
    check: check_review_care,
};

/// A moment: "today", "this morning", "at 2am", "last week", "hoy".
static TIME: std::sync::LazyLock<crate::text::Regex> = std::sync::LazyLock::new(|| {
    crate::text::regex(r"\b(?:today|tonight|this (?:morning|afternoon|evening|week)|yesterday|last (?:night|week)|at \d{1,2}(?::\d\d)?\s?(?:am|pm)|\d+ times|hoy|ayer|anoche|esta (?:manana|tarde|semana))\b")
});

/// The writer did a step of someone's care: "I graded", "I transferred", "yo descongelé".
static CARED_FOR: std::sync::LazyLock<crate::text::Regex> = std::sync::LazyLock::new(|| {
    crate::text::regex(r"\b(?:i|we)\s(?:personally\s|actually\s)?(?:graded|transferred|retrieved|thawed|froze|biopsied|inseminated|injected|scanned|did\syour|did\sthe)\b|\b(?:yo\s)?(?:califique|transferi|descongele|congele|biopsie|puncione|insemine)\b|\b(?:te|le)\s(?:transferimos|descongelamos|congelamos|biopsiamos|puncionamos|inseminamos)\b")
});

fn sentence_span(a: &Analysis, i: usize) -> std::ops::Range<usize> {
    a.sentences[i].clone()
}

fn check_identified(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    // A review reply that names the reviewer without discussing any care confirms them as a
    // patient (conduct.review.confirms_patient) but discloses no care.
    // (an appointment told as theirs is no care there: "nos dio gusto verla en su cita del 22 de
    // febrero"; it confirms them as a patient)
    if a.opts.context == ComposeContext::ReviewReply
        && (0..a.sentences.len()).filter(|&i| a.care[i]).all(|i| {
            let s = a.sentence_folded(i);
            a.cues.care.find_iter(s).all(|(r, _)| appointment_word(&s[r]))
        })
    {
        return;
    }
    // A notice about a plate, an address online or a licence with no care anywhere in the text
    // ("Whoever parked the grey Silverado, plate …, across the exit: please move it", "the fake
    // reviews all came from IP …") identifies someone but tells no one's care.
    // A visit or a patient's account still makes it someone's care ("…blocking the ambulance bay
    // during your husband's collection appointment", "…tried to get into one patient's portal").
    static VISIT: LazyLock<PhraseSet> = LazyLock::new(|| {
        PhraseSet::literal(&[
            "patient", "paciente", "portal", "appointment", "collection", "triage", "l&d", "labor and delivery", "recovery", "monitoring", "screen",
            "intended", "recipient", "visit", "cita", "consulta", "recuperacion", "su control", "tu control",
        ])
    });
    let notice = |c: Category| matches!(c, Category::Vehicle | Category::Ip | Category::License);
    // (the findings first, then the care flags, then the whole-text phrase search)
    if f.items.iter().filter(|x| x.category.is_identifier()).all(|x| notice(x.category)) && !a.any_care() && !VISIT.inside(&a.folded.s) {
        return;
    }
    // (each sentence once, in order: marked, not sorted, which keeps a sort out of the wasm)
    let mut marked = vec![false; a.sentences.len()];
    for x in f.items.iter().filter(|x| x.category.is_identifier()) {
        marked[a.sentence_at(x.range.start)] = true;
    }
    for i in (0..marked.len()).filter(|&i| marked[i]) {
        hits.add(sentence_span(a, i));
    }
}

/// "Embryologist here, …", "Enfermera aquí: …": the writer says who they are.
fn self_introduced(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("").trim_end_matches([',', ':', '.', '!']);
    first.chars().all(char::is_alphabetic) && crate::text::one_of(second, crate::lines!["here", "aqui"])
}

/// "he"/"she" count as a specific patient only when no staff member is named in the text
/// (a bio's "He trained at Duke" is about the doctor).
fn pronoun_only(a: &Analysis, i: usize) -> bool {
    let s = a.sentence_folded(i);
    let other = a.people.iter().any(|p| p.sentence == i && p.kind == PersonKind::Private)
        || crate::analysis::specific_patient_ref(a, s)
        || a.cues.singular_who_clause(s);
    !other && a.cues.has_pronoun(s)
}

fn check_described(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    // ("Meet our newest nurse! She was born in Falam…": the colleague's own story)
    if f.has(Category::PatientDisclosure) || a.staff_profile() {
        return;
    }
    static OWN_FAMILY: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::literal(&[" my own ", "my son", "my daughter", "my husband", "my wife"]));
    static OWN_CARE: LazyLock<PhraseSet> = LazyLock::new(|| {
        PhraseSet::literal(&["i carried", "i was pregnant", "i went through", "when i did ivf", "i was a carrier", "i was a donor", "yo fui donante", "estuve embarazada"])
    });
    static NO_TREATMENT: LazyLock<PhraseSet> = LazyLock::new(|| {
        PhraseSet::literal(&["the old-fashioned way", "old fashioned way", "zero needles", "no needles", "without any treatment", "de forma natural", "sin tratamiento"])
    });
    let staff_named = a.people.iter().any(|p| p.kind == PersonKind::Staff);
    let first_person_story = |i: usize| {
        let s = a.sentence_folded(i);
        (s.starts_with("for me") || s.starts_with("my own ") || OWN_FAMILY.inside(s))
            // ("from someone who's been on the other side: my wife and I…" is the writer)
            && !a.cues.patient_ref.find_iter(s).any(|(r, _)| {
                !(s[r.clone()].starts_with("someone") && (s[..r.start].ends_with("from ") || s[..r.start].ends_with("as ")))
                    && !crate::analysis::provider_whoever(s, r)
            })
            // the writer's own care: "in 2021 I carried a baby for my best friend and her wife"
            || OWN_CARE.inside(s)
            || crate::analysis::writer_was_patient(s)
            // "Andrologist here, and also a guy who had his own vasectomy reversed": a writer
            // who introduces themselves, then their own care
            || self_introduced(s) && s.has_line(crate::lines![" his own ", " her own ", " my own ", " mi propia ", " mi propio "])
            // ("RE here, and a former patient too."): the writer was a patient once
            || self_introduced(s) && s.has_line(crate::lines![" former patient", " a patient too", " a patient myself", " ex paciente", " expaciente", " ex-paciente"])
    };
    let reviewish = a.opts.context == ComposeContext::ReviewReply;
    // A reply that tells the person it tags or names what they went through here, and when
    // ("@mei you were so brave at your hysteroscopy this morning"): the practice saw them.
    let spoken_to = (0..a.sentences.len()).any(|i| crate::analysis::has_handle(a, i)) || a.people.iter().any(|p| p.vocative && p.kind == PersonKind::Private);
    // ("@frosted_88 I'm fairly sure your two are the blasts I graded on my last shift": the
    // writer did the person's care.)
    let seen_here = |i: usize| {
        let s = a.sentence_folded(i);
        a.opts.context.is_conversational()
            && spoken_to
            && a.care[i]
            && (TIME.is_match(s)
                // (not "a money grab at your age": a reader's age, in advice)
                && (s.has_line(crate::lines!["you were", "you did", "you had", "you came", "during your", "estuviste", "tuviste", "viniste", "en tu "])
                    || s.match_indices("at your ").any(|(k, m)| !s[k + m.len()..].starts_with("age")))
                || CARED_FOR.is_match(s) && a.cues.addresses_reader(s))
    };
    // "my best friend had her baby this morning, the old-fashioned way": no care of ours
    let no_treatment = NO_TREATMENT.inside(&a.folded.s);
    // ("Staff potluck …: Rosa's arancini, and Frank's very honest assessment": colleagues)
    let staff_party = a.topics.staff_event && a.folded.s.has_line(crate::lines!["staff", "team", "office", "equipo"]);
    for i in 0..a.sentences.len() {
        if no_treatment {
            break;
        }
        if public_figure_here(a, i) {
            hits.add(sentence_span(a, i));
            break;
        }
        if seen_here(i) {
            hits.add(sentence_span(a, i));
            break;
        }
        // A specific patient and either care or a dated moment ("at 2am", "today"): a story
        // about that patient.
        let s = a.sentence_folded(i);
        // (not a car's driver told of it with no word of care: "To whoever parked the silver
        // Tacoma … this morning: your headlights are on!")
        let driver_only = || !a.care_near(i) && s.has_line(crate::lines!["parked", "plate", "headlights", "your lights", "placa", "placas", "tablilla", "matricula", "patente"]);
        let dated = crate::analysis::specific_patient_ref(a, s) && (TIME.is_match(s) || i > 0 && TIME.is_match(a.sentence_folded(i - 1))) && !driver_only();
        // ("…my own retrieval. Three eggs, one embryo, and now a kid who refuses to wear socks":
        // the story goes on about the writer)
        let own_story_goes_on = i > 0 && first_person_story(i - 1) && !a.people.iter().any(|p| p.sentence == i && p.kind == PersonKind::Private);
        // ("not one of our patients left without a baby in her arms": every patient, a success claim)
        let claim_here = f.in_sentence(a, Category::SuccessClaim, i).next().is_some();
        // ("pov: it's -30 out and your partner's swimmers are low → he needs to stop the gel": a
        // video's imagined viewer and their partner, nobody named)
        // (not "POV: your patient googles…", the writer's own patient)
        let imagined = s.starts_with("pov")
            && s.has_line(crate::lines!["your partner", "your husband", "your wife", "your boyfriend", "ur partner", "ur husband", "tu pareja", "tu esposo", "tu marido", "tu novio"])
            && !s.has_line(crate::lines!["patient", "paciente", " pt "])
            && !a.people.iter().any(|p| p.sentence == i)
            && !crate::analysis::has_handle(a, i);
        // ("…if you were my patient": a patient only supposed)
        let supposed = s.has_line(crate::lines!["if you were my patient", "if you were our patient", "if she were my patient", "if she was my patient", "if you were a patient", "si fueras mi paciente", "si fuera mi paciente", "si fueras nuestra paciente", "si fuera nuestra paciente"]);
        if imagined || supposed || !a.private_subject[i] || !(a.care_near(i) || dated) || first_person_story(i) || own_story_goes_on || claim_here {
            continue;
        }
        // ("…the complaint a former egg donor filed in district court. We believe her claims about
        // compensation are without merit": a former donor's dispute over a contract names a role,
        // not care; so does one over her identity)
        let contract_dispute = (i..(i + 2).min(a.sentences.len())).any(|j| f.in_sentence(a, Category::Legal, j).next().is_some())
            && s.has_line(crate::lines!["former ", "antigua ", "antiguo ", "ex donante", "exdonante", "ex-donante"])
            && a.cues.care.find_iter(s).all(|(r, _)| crate::text::one_of(&s[r], crate::lines!["donor", "donors", "egg donor", "sperm donor", "carrier", "gestational carrier", "surrogate", "donante", "donante de ovulos", "portadora gestacional", "gestante"]))
            && [s, if i + 1 < a.sentences.len() { a.sentence_folded(i + 1) } else { "" }].iter().any(|t| {
                t.has_line(crate::lines!["compensation", "compensacion", "contract", "contrato", "confidentiality", "confidencialidad", "anonymity", "anonimato", "fees", "honorarios", "identity", "identidad"])
            })
            && !a.people.iter().any(|p| p.sentence == i && p.kind == PersonKind::Private);
        if contract_dispute {
            continue;
        }
        // ("Send us a pic of your husband's semen analysis"): a request for the reader's
        // details (PHI_SOLICITATION) tells no story about anyone
        // ("If you have a patient with recurrent loss, text photos of her chart…": anyone's)
        let private_named = || a.people.iter().any(|p| p.sentence == i && p.kind == PersonKind::Private);
        let asks_reader = (s.has("your") || s.has("if you have a") || s.has("si tienes una") || s.has("si tiene una"))
            && f.in_sentence(a, Category::PhiSolicitation, i).next().is_some()
            && !private_named();
        // ("Según los datos publicados por la SART, … la edad de la donante": the donor of a
        // statistic is anyone)
        let sourced = cites_data(s) && !private_named();
        // (a consent policy whose sentence a quoted "!" cut short: "…or even a 'guess who just
        // got a positive!' without your signed written consent")
        let policy = consent_policy(s) || i + 1 < a.sentences.len() && consent_policy(&format!("{s} {}", a.sentence_folded(i + 1)));
        let staff_event = staff_party && !private_named();
        if policy || asks_reader || sourced || staff_event {
            continue;
        }
        // A bio's "she" is the account's owner, and the names in it are hers and her workplace's,
        // unless one is called a patient.
        if pronoun_only(a, i) && (staff_named || a.opts.context == ComposeContext::Bio)
            || a.opts.context == ComposeContext::Bio && !crate::analysis::patient_ref_beyond_own_family(a, s)
        {
            continue;
        }
        if reviewish && (!a.care[i] || review::declines(s) || only_bare_care(a, s)) {
            continue;
        }
        hits.add(sentence_span(a, i));
        break;
    }
}

/// A sentence that reports published data ("according to the CDC", "según los datos de la SART").
fn cites_data(s: &str) -> bool {
    static SOURCE: LazyLock<PhraseSet> = LazyLock::new(|| {
        PhraseSet::from_lines(crate::lines![
            "according to the cdc", "according to sart", "according to the sart", "cdc data", "sart data", "national data", "national summary", "published data",
            "segun datos", "segun los datos", "segun la sart", "segun el cdc", "segun la cdc", "datos publicados", "datos de la sart", "datos del cdc", "registro nacional",
        ])
    });
    SOURCE.any_in(s)
}

/// A rule about consent for every patient ("We never post a photo … without your signed
/// permission", "any picture of a patient … needs signed consent on file"): policy, no story.
fn consent_policy(s: &str) -> bool {
    static CONSENT: LazyLock<PhraseSet> = LazyLock::new(|| {
        PhraseSet::literal(&["signed permission", "signed consent", "written consent", "written permission", "signed release", "media consent", "consent form", "media release", "consentimiento firmado", "consentimiento por escrito", "permiso firmado", "autorizacion firmada", "autorizacion por escrito"])
    });
    static EVERY_TIME: LazyLock<PhraseSet> = LazyLock::new(|| {
        PhraseSet::literal(&["never", "any ", "every ", "always", "no exceptions", "no photo", "no picture", "rule", "policy", "nunca", "cualquier", "siempre", "sin excepcion", "ninguna foto", "regla", "politica", "we only ", "anyone ", "solo compartimos", "solo publicamos"])
    });
    CONSENT.inside(s) && EVERY_TIME.inside(s)
}

/// People the public would recognize, named by what they do ("a certain channel 8 weekend
/// anchor", "la chica del tiempo de À Punt").
static KNOWN_PERSON: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "anchor", "news anchor", "weather girl", "weather lady", "weatherman", "weatherwoman", "weather guy", "meteorologist",
        "chica del tiempo", "chico del tiempo", "el del tiempo", "la del tiempo", "presentadora", "presentador", "actress",
        "actor", "actriz", "singer", "cantante", "influencer", "celebrity", "celeb", "reality star", "famous", "famosa",
        "famoso", "quarterback", "pitcher", "point guard", "futbolista", "jugadora", "newscaster", "reporter", "reportera",
        "periodista", "locutora", "locutor", "tiktoker", "youtuber", "streamer", "councilwoman", "councilman", "mayor",
        "alcaldesa", "senator", "senadora", "diputada", "congresswoman", "pastor's wife", "first lady", "councilor", "councillor",
        "city councilor", "concejal", "concejala",
    ])
});

/// At the practice: "was in our recovery bay", "en la sala de espera".
static AT_PRACTICE: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "in our waiting room", "in the waiting room", "in our lobby", "in our recovery", "in recovery", "in our office",
        "in our clinic", "in our exam room", "in the exam room", "in our procedure room", "at our clinic", "at our office",
        "came in for", "came in today", "was in today", "in for her", "in for his", "en la sala de espera", "en nuestra sala",
        "en recuperacion", "en la consulta", "en nuestra clinica", "en el consultorio", "vino a consulta", "vino hoy",
        "estuvo hoy", "paso hoy por", "stopped by", "whose twins we", "whose baby we", "we helped bring",
    ])
});

/// "a certain channel 8 weekend anchor was in our recovery bay this morning", "hoy en la sala
/// de espera estaba la chica del tiempo": someone the public would recognize, seen at the
/// practice. Said on a public page, that discloses their care even without a name.
fn public_figure_here(a: &Analysis, i: usize) -> bool {
    let s = a.sentence_folded(i);
    // one person, with a determiner a few words before ("a certain channel 8 weekend anchor"),
    // not "famous or not, everyone"
    let one_person = |start: usize| {
        let before: Vec<&str> = s[..start].split_whitespace().rev().take(4).collect();
        let det = before.iter().position(|w| ARTICLES.contains(w));
        det.is_some_and(|k| !before[..k].iter().any(|w| crate::text::one_of(w, crate::lines!["every", "any", "no", "cada", "ningun", "ninguna", "or", "o"])))
    };
    !a.hypothetical && AT_PRACTICE.any_in(s) && KNOWN_PERSON.find_iter(s).any(|(r, _)| one_person(r.start))
}

/// In a review reply, a sentence whose only care words say that someone had a consult or a
/// treatment ("the reviewer cancelled her own consult twice", "acompañarlos durante su
/// tratamiento"): that confirms a patient (REVIEW_CONFIRMATION) without discussing their care.
/// (What they paid or were charged, and who saw them for how long, say more: "you wouldn't pay
/// the deposit", "Dr. Lindqvist actually spent 40 minutes with you".)
fn only_bare_care(a: &Analysis, s: &str) -> bool {
    let more = s.has_line(crate::lines!["fee", "charged", "charge", "deposit", "bill", "billed", "paid", "pay ", "payment", "refund", "cobro", "cobramos", "deposito", "pago", "pagar", "factura", "minutes with you", "minutos con usted", "minutos contigo", "dr. ", "dra. "]);
    !more && a.cues.care.find_iter(s).all(|(r, _)| crate::text::one_of(&s[r.clone()], crate::lines!["consult", "consultation", "consults", "consulta", "tratamiento", "treatment"]) || appointment_word(&s[r.clone()]))
}


fn check_review_care(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    if a.opts.context != ComposeContext::ReviewReply || f.has(Category::PatientDisclosure) {
        return;
    }
    for i in 0..a.sentences.len() {
        let s = a.sentence_folded(i);
        if a.care[i] && !only_bare_care(a, s) && review::confirms(a, i) && !s.has("if you") {
            hits.add(sentence_span(a, i));
            return;
        }
    }
}

/// Articles and "certain" before a noun.
static ARTICLES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "a",
    "an",
    "the",
    "la",
    "el",
    "una",
    "un",
    "certain",
    "cierta",
    "cierto",
]);
