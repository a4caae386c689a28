//! Dates tied to a private person: birth dates, procedure and appointment dates.

use std::sync::LazyLock;

use crate::text::Regex;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;
use crate::text::Has;

const WHY: &str = "Every date element but the year (birth, procedure, admission, appointment dates) \
is a HIPAA identifier when it belongs to a patient.";

pub static BIRTH: Rule = Rule {
    id: "phi.date.birth",
    category: Category::Date,
    severity: Severity::Block,
    summary: "A date of birth (DOB, born, birthday, fecha de nacimiento).",
    why: crate::native_only!(WHY),
    message: "{text} is a date of birth. With any detail of care it identifies the patient; remove it.",
    suggestion: Some(""),
    example: crate::native_only!("New consult, DOB 04/17/1986, two prior losses."),
    near_miss: crate::native_only!("Our clinic was born in 2004 and we're still growing."),
    example_with: "",
    check: check_birth,
};

pub static PERSONAL: Rule = Rule {
    id: "phi.date.personal",
    category: Category::Date,
    severity: Severity::Block,
    summary: "A date (other than a year) of a specific patient's procedure, appointment or birth.",
    why: crate::native_only!(WHY),
    message: "{text} dates a specific patient's care. Dates other than the year are identifiers; drop the date.",
    suggestion: Some(""),
    example: crate::native_only!("Our patient Ms. Oduya had her transfer on 3/14 and it worked!"),
    near_miss: crate::native_only!("Join our free webinar on 3/14 at 7pm."),
    example_with: "",
    check: check_personal,
};

const MONTHS_EN: &str = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTHS_ES: &str = r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(
        r"(?x)
        \b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/(?:19|20)?\d{{2}})?\b(?:/)?   # 3/14, 03/14/1989
        | \b(?:0?[1-9]|[12]\d|3[01])[.-](?:0?[1-9]|1[0-2])[.-](?:19|20)\d{{2}}\b        # 14.03.1989
        | \b(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?:/(?:19|20)?\d{{2}})?\b         # 14/3, 22/5: day first
        | \b(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])-(?:19|20)\d{{2}}\b              # 03-14-1989
        | \b(?:{MONTHS_EN})\.?\s(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?:,?\s(?:19|20)\d{{2}}\b)?
        | \b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s(?:of\s)?(?:{MONTHS_EN})\b(?:,?\s(?:19|20)\d{{2}}\b)?
        | \b(?:0?[1-9]|[12]\d|3[01])\sde\s(?:{MONTHS_ES})\b(?:\sde\s(?:19|20)\d{{2}}\b)?
        | \b(?:0?[1-9]|[12]\d|3[01])[-/\s](?:{MONTHS_EN}|ene|abr|ago|dic)\.?[-/\s](?:19|20)\d{{2}}\b   # 17-ago-1990, 3 Mar 1988
        "
    ))
});

/// Dates by the day of the month alone, as people type them. Built only for texts with an
/// ordinal or a Spanish weekday (see [`day_only_possible`]), which most texts lack.
static DAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(
        r"(?x)
        \b(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?\s)?the\s(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?:\sof\s(?:{MONTHS_EN})\b)?   # the 14th, Tues the 3rd
        | \b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s(?:[1-9]|[12]\d|3[01])\b(?:\sde\s(?:{MONTHS_ES})\b)?   # lunes 17
        | \bel\sdia\s(?:[1-9]|[12]\d|3[01])\b(?:\sde\s(?:{MONTHS_ES})\b|\sa\slas?\b)   # el día 14 a las 3
        "
    ))
});

/// Month names, for [`month_dates`].
static MONTH_NAMES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
]);

/// Care events a month alone can date ("your March monitoring cycle", "su ciclo de abril").
static MONTH_CARE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "cycle", "ciclo", "transfer", "transferencia", "retrieval", "puncion", "aspiracion", "iui", "ivf", "fiv", "fet", "monitoring", "monitoreo",
    "beta", "surgery", "cirugia", "consult", "consulta", "appointment", "cita", "scan", "ultrasound", "ultrasonido", "ecografia", "procedure", "procedimiento",
]);

/// A month alone, named as the time of one person's care: "your March monitoring cycle", "su
/// ciclo de abril", "due in June", "meet baby #2 in October". A month without a day is a date
/// only beside such a word. (Read from the tokens: as a pattern, the month and care lists four
/// times over cost about 5 M instructions to compile, on any text with "may" in it.)
fn month_dates(a: &Analysis) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for k in 0..a.tokens.len() {
        let w = a.word(k);
        // ("may" the verb: only "May" written as a month)
        if !MONTH_NAMES.contains(w) || &a.text[a.tokens[k].span.clone()] == "may" {
            continue;
        }
        let before = |n: usize| k.checked_sub(n).map_or("", |j| a.word(j));
        let after = |n: usize| a.tokens.get(k + n).map_or("", |_| a.word(k + n));
        let yours = crate::text::one_of(before(1), crate::lines!["your", "her", "his", "their", "tu", "su", "sus", "tus"]) && (MONTH_CARE.contains(after(1)) || MONTH_CARE.contains(after(2)));
        let of_care = crate::text::one_of(before(1), crate::lines!["de", "in", "en", "for", "para"]) && MONTH_CARE.contains(before(2));
        let due = crate::text::one_of(before(1), crate::lines!["due", "nace", "nacera", "llega"]) || crate::text::one_of(before(1), crate::lines!["in", "en"]) && crate::text::one_of(before(2), crate::lines!["due", "nace", "nacera", "llega", "cuentas"]);
        let baby = crate::text::one_of(before(1), crate::lines!["in", "en"]) && (2..=4).any(|n| crate::text::one_of(before(n), crate::lines!["baby", "bebe", "bebito", "bebita", "twins", "gemelos", "gemelas"]));
        // ("the sperm cryopreservation you did with us in June": someone's care, with us, that month)
        let with_us = crate::text::one_of(before(1), crate::lines!["in", "en"])
            && (before(2) == "us" && before(3) == "with" || before(2) == "nosotros" && before(3) == "con")
            && (4..=8).any(|n| crate::text::one_of(before(n), crate::lines!["you", "she", "he", "they", "usted", "ella", "el"]));
        if yours || of_care || due || baby || with_us {
            out.push(a.tokens[k].span.clone());
        }
    }
    out
}

/// Words that announce a birth date.
static BIRTH_CUES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["dob", "d.o.b", "born", "birthday", "birthdate", "birth", "nacimiento", "nacio", "nacida", "nacido", "nac", "b"]);
/// Words that make a date an event of the practice rather than of a patient.
const EVENT_CUES: &str = crate::lines![
    "webinar", "event", "going live", "live at", "live on", "live q&a", "en vivo", "join", "open house", "closed", "close", "closes", "reopen", "reopens", "office hours", "our hours", "new hours", "holiday hours",
    "class", "seminar", "picnic", "save the date", "jornada", "taller", "charla", "evento", "registration", "register",
    "rsvp", "panel", "conference", "forum", "deadline", "session", "workshop", "holiday", "info session", "q&a",
    "livestream", "meetup", "walk", "run", "gala", "fundraiser", "cerrado", "cerramos", "abrimos", "feria",
    "summit", "symposium", "talk", "speaking", "launch", "starting", "starts", "begins", "enrollment",
];

/// Whether the folded text could hold a day-only date: a numeral with an ordinal ending
/// ("14th") or a Spanish weekday or "el día".
fn day_only_possible(s: &str) -> bool {
    let b = s.as_bytes();
    let ordinal = b.windows(3).any(|w| w[0].is_ascii_digit() && matches!(&w[1..], b"st" | b"nd" | b"rd" | b"th"));
    static DAYS: LazyLock<crate::lexicon::PhraseSet> =
        LazyLock::new(|| crate::lexicon::PhraseSet::from_lines(crate::lines!["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "el dia"]));
    ordinal || DAYS.any_in(s)
}

fn dates<'a>(a: &'a Analysis) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
    let mut found: Vec<std::ops::Range<usize>> = a.find_ranges(&DATE_RE).collect();
    let dated = found.len();
    found.extend(month_dates(a));
    let day_only = day_only_possible(&a.folded.s);
    if day_only {
        found.extend(a.find_ranges(&DAY_RE));
    }
    if day_only || found.len() > dated {
        crate::text::sort_ranges(&mut found, |r| (r.start, usize::MAX - r.end));
        // (a day-only match that holds a full date, "viernes 27 de diciembre", overlaps it)
        let mut kept: Vec<std::ops::Range<usize>> = Vec::new();
        for r in found {
            if kept.last().is_none_or(|k| r.start >= k.end) {
                kept.push(r);
            }
        }
        found = kept;
    }
    found.into_iter().map(|r| {
        // "viernes 27 de diciembre", "the 22nd of May", "el día 14 a las 3": the date is the day
        // and month ("27 de diciembre", "22nd of May"), or the day alone ("el día 14")
        let f = a.folded_of(r.clone());
        let lead = ["lunes ", "martes ", "miercoles ", "jueves ", "viernes ", "sabado ", "domingo ", "the "].iter().find(|w| f.starts_with(**w));
        let with_month = f.has(" de ") || f.has(" of ");
        let r = match lead {
            Some(w) if with_month => a.folded.to_original(a.folded.from_original(r.start) + w.len()..a.folded.from_original(r.end)),
            _ => r,
        };
        if f.starts_with("el dia ") && (f.ends_with(" la") || f.ends_with(" las")) {
            let cut = f.rfind(" a la").unwrap_or(f.len());
            return a.folded.to_original(a.folded.from_original(r.start)..a.folded.from_original(r.start) + cut);
        }
        r
    })
    .filter(|r| {
        let s = &a.text[r.clone()];
        let folded = a.folded_of(r.clone());
        // "on the 14th", "next Tues the 3rd" (not "the 3rd transfer", "the 2nd round")
        if folded.starts_with("the ") {
            let prev = a.words_before(r.start, 1);
            let next = a.words_after(r.end, 1);
            let dated = prev.first().is_some_and(|w| DATE_PREPOSITIONS.contains(w));
            let counted = next.first().is_some_and(|w| {
                CARE_EVENT_NOUNS.contains(*w)
            });
            return dated && !counted;
        }
        // "(thread, 1/6)", "hilo 2/5": a post's number in a thread
        if a.words_before(r.start, 1).first().is_some_and(|w| crate::text::one_of(*w, crate::lines!["thread", "hilo", "part", "parte", "pt"])) {
            return false;
        }
        // "24/7", "50/50" and fractions are not dates; neither is "may 5" the verb.
        !(s == "24/7" || s.starts_with("may ") && !a.text[r.clone()].starts_with('M'))
    })
}

fn birth_cue(a: &Analysis, r: &std::ops::Range<usize>) -> bool {
    a.words_before(r.start, 4).iter().any(|w| BIRTH_CUES.contains(w))
}

fn check_birth(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    for r in dates(a) {
        let before = a.words_before(r.start, 4);
        // ("(paciente nacida el 14/03/1989)", "born on 03/14/1989": a whole date right after
        // "born" is someone's birth date, whoever the sentence is about)
        let full_date = a.text[r.clone()].split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).count() >= 3;
        let born_on = crate::text::ends_with_pair(&before, crate::lines!["born", "nacio", "nacida", "nacido"], crate::lines!["on", "el"]) || before.last().is_some_and(|w| crate::text::one_of(w, crate::lines!["born", "nacida", "nacido"]));
        let dob = before.iter().any(|w| crate::text::one_of(*w, crate::lines!["dob", "birthdate", "nacimiento", "nac"]))
            || before.iter().any(|w| crate::text::one_of(*w, crate::lines!["born", "birthday", "nacio", "nacida", "nacido"]))
                && (a.private_subject[a.sentence_at(r.start)] || born_on && full_date);
        if dob {
            hits.add(r);
        }
    }
}

/// Whether `phrase` occurs in `s` as whole words ("run" is not in "brunch", "live" not in
/// "delivered").
fn has_phrase(s: &str, phrase: &str) -> bool {
    s.match_indices(phrase).any(|(k, _)| {
        let before = s[..k].chars().next_back();
        let after = s[k + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn check_personal(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    for r in dates(a) {
        if birth_cue(a, &r) && a.private_subject[a.sentence_at(r.start)] {
            continue; // reported by phi.date.birth
        }
        let i = a.sentence_at(r.start);
        let s = a.sentence_folded(i);
        // ("two days before starting chemo" dates the patient's care, not a class that starts)
        let care_start = s.has_line(crate::lines!["before starting", "after starting", "since starting", "antes de empezar", "antes de iniciar"]);
        let event = EVENT_CUES.split_terminator('\n').any(|c| has_phrase(s, c) && !(care_start && crate::text::one_of(c, crate::lines!["starting", "starts", "begins"])));
        // A case told over two sentences: "a 36-year-old … presented with low reserve. We did
        // retrievals on March 4 and March 19."
        // In a review reply the reviewer is the patient: a date of the care the reply confirms
        // ("the storage you signed for on March 3") is theirs.
        // In a comment or reply, "su transferencia quedó para el 14 de febrero" is the reader's.
        let said_to_reader = a.opts.context.is_conversational()
            && a.care[i]
            && (a.cues.addresses_reader(s) || a.lang == crate::options::Lang::Es && s.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, crate::lines!["su", "sus"])))
            && !crate::analysis::speaks_to_any_reader(s);
        // ("41M, vasectomy in 2011, reversal on 3/14": an age found in the sentence)
        let aged = f.in_sentence(a, Category::Age, i).next().is_some();
        let story = said_to_reader
            || aged
            || a.private_subject[i]
            || i > 0 && a.private_subject[i - 1] && a.care[i]
            || a.opts.context == crate::options::ComposeContext::ReviewReply && a.near(i).any(|j| crate::rules::conduct::review::confirms(a, j))
            // ("Pádraig Sheehan, 38, … On February 9 we found a handful of sperm": care dated in
            // a text that names the patient)
            || a.care[i] && a.private_people().next().is_some();
        // A due date is a pregnancy's: "Baby girl is due 11/19", "EDD 3/2", "sale de cuentas el 4 de mayo".
        let due = a.words_before(r.start, 3).iter().any(|w| crate::text::one_of(*w, crate::lines!["due", "edd", "fpp", "cuentas", "parto"]))
            && (f.has(Category::Name) || a.private_people().next().is_some() || a.near(i).any(|j| a.private_subject[j]));
        // ("¡Feliz cumple a nuestra paciente, Xiomara! Hoy 9 de octubre cumple 40": the birthday
        // of a private person named here or just before)
        let due = due || a.private_person_at_or_before(i) && s.has_line(crate::lines!["cumple", "birthday", "bday", "turns", "turned"]);
        let story = story || due;
        // ("…favor de reenviarla antes de su consulta del 18 de marzo", "see you at your consult
        // on May 2"): a visit told as someone's, dated, just after the patient was named
        let visit_dated = i > 0 && a.private_subject[i - 1] && {
            let w = a.words_before(r.start, 4);
            w.windows(2).any(|p| crate::analysis::appointment_word(&[p[0], p[1]].join(" ")) || crate::text::one_of(p[0], crate::lines!["your", "her", "his", "su", "tu"]) && crate::text::one_of(p[1], crate::lines!["consult", "consulta"]))
        };
        // ("Our records show your last visit with us was on March 4": the reviewer's visit)
        let confirmed_visit = a.opts.context == crate::options::ComposeContext::ReviewReply && crate::rules::conduct::review::confirms(a, i);
        // ("labels for MRN KY-0048813 and MRN KY-0048831 almost got swapped … Both retrievals were
        // done 3/14": care dated in a sentence soon after the patients were identified)
        let identified_near = |same: bool| {
            a.care[i] && f.items.iter().any(|x| x.category.is_identifier() && x.category != Category::Date && { let j = a.sentence_at(x.range.start); if same { j == i } else { j < i && j + 2 >= i } })
        };
        // (in the same sentence even beside an event word: "slide 12 still showed chart no.
        // UT-0048817 and the 04/02 hysteroscopy date")
        // ("Our records (MRN 00813574, account 4471-0922) show … your referral expired on 6/30",
        // "el saldo de su cuenta 4471-0093 vence el 15 de julio": a date beside a record number of
        // the person's, care or no care)
        // ("traiga su NSS 43 12 85 60471 y su identificación a la cita del 14 de marzo")
        let records_here = !event && f.record_in_sentence(a, i);
        let identified_before = identified_near(false) && !event || identified_near(true) || records_here;
        if story && !event && (a.care_near(i) || a.any_care() || due) || visit_dated && !event || confirmed_visit || identified_before {
            hits.add(r);
        }
    }
}

/// Care events a date may belong to ("transfer", "retrieval", "cycle").
static CARE_EVENT_NOUNS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "transfer", "round", "cycle", "time", "try", "attempt", "embryo", "retrieval", "day", "week", "baby",
    "one", "pregnancy", "loss", "ivf", "fet", "iui", "percentile", "floor", "grade"
]);

/// Words before a date that tie it to an event ("on 3/14", "since 6/1").
static DATE_PREPOSITIONS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "on",
    "for",
    "by",
    "until",
    "till",
    "before",
    "after",
    "next",
    "this",
    "since",
    "from",
]);
