//! Ages of specific people ("44F", "a 38-year-old", "de 37 años", "she's now 31").

use std::sync::LazyLock;

use crate::text::Regex;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;
use crate::text::Has;

const WHY: &str = "An age together with details of care can re-identify a patient (stricter than \
Safe Harbor's over-89 rule, by the practice's convention).";

pub static STATED: Rule = Rule {
    id: "phi.age.stated",
    category: Category::Age,
    severity: Severity::Block,
    summary: "An age written as an age (38-year-old, 41 y/o, 44F, 37 años, or \"43, G0\" in clinical shorthand) of a specific person.",
    why: crate::native_only!(WHY),
    message: "{text} gives a specific patient's age. With the case details around it, it can identify them; drop it or generalize (\"in her late thirties\").",
    suggestion: Some(""),
    example: crate::native_only!("Saw a 41 y/o with two failed transfers this morning."),
    near_miss: crate::native_only!("For a 35-year-old, success rates per transfer are higher than at 42."),
    example_with: "",
    check: check_stated,
};

pub static IN_STORY: Rule = Rule {
    id: "phi.age.in_story",
    category: Category::Age,
    severity: Severity::Block,
    summary: "A bare number used as a specific person's age in a case story (\"diagnosed at 29\", \"(34, single mom)\", \"she's now 31\").",
    why: crate::native_only!(WHY),
    message: "{text} is this patient's age. With the other details it can identify them; drop it.",
    suggestion: Some(""),
    example: crate::native_only!("She was diagnosed at 29 and is now 33, holding her baby."),
    near_miss: crate::native_only!("Fertility starts to decline in your mid-30s."),
    example_with: "",
    check: check_in_story,
};

/// Adult ages written as words: "forty-four", "treinta y nueve".
const AGE_WORDS_EN: &str = r"(?:eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)";
const AGE_WORDS_ES: &str = r"(?:dieciocho|diecinueve|veinte|veinti(?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)|(?:treinta|cuarenta|cincuenta)(?:\sy\s(?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?)";

static STATED_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(
        r"\b(?:1[0-9]|[2-9][0-9])(?:\s?(?:y/o|yo|yrs? old|years? old|-years?-old|-yr-old|-year old|year-old|-yo)\b|\s?y\.o\.|[fm]\b|\s(?:anos|ano|anitos)\b(?:\sde\sedad)?)|\bde\s(?:1[89]|[2-5][0-9])a\b"
    )
});

/// Ages written as words, with "-year-old" or "años". Built only for texts that hold a tens
/// word (see [`age_words_possible`]).
static STATED_WORDS_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"\b{AGE_WORDS_EN}(?:-years?-old|\syears?\sold|-yr-old)\b|\b{AGE_WORDS_ES}\s(?:anos|anitos)\b"))
});

/// Whether the folded text holds a word an age can be written with.
fn age_words_possible(s: &str) -> bool {
    static WORDS: LazyLock<crate::lexicon::PhraseSet> = LazyLock::new(|| {
        crate::lexicon::PhraseSet::from_lines(crate::lines!["eighteen", "nineteen", "twenty*", "thirty*", "forty*", "fifty*", "dieciocho", "diecinueve", "veint*", "treinta", "cuarenta", "cincuenta"])
    });
    WORDS.any_in(s)
}

/// The start of an age range, right before the age: "between 21 and ", "entre 20 y ", "25-", "21 to ".
/// A list of ages reads the same way ("de 43, 44 o 45 años", "38 or 39").
static RANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b\d{1,2}\s?(?:-|–|to|and|y|a|o|or)\s?$"));

/// Clinical shorthand: an age before the obstetric history ("43, G0", "38 G2P1", "41yo G1P0").
static OBSTETRIC_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(1[89]|[2-5][0-9])(?:\s?(?:yo|y/o|f))?,?\s(?:g\d{1,2}(?:\s?p\d{1,2}(?:-?\d){0,3})?)\b")
});

/// An age on a birthday: "35 looks amazing on you", "happy 40th".
static BIRTHDAY_AGE_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b([2-5][0-9]) (?:looks|look) (?:good|great|amazing|beautiful|gorgeous|fabulous|stunning) on (?:you|her)\b|\bhappy ([2-5][0-9])(?:th|st|nd|rd)\b|\bfeliz(?:es)? ([2-5][0-9]) (?:anos|anitos)\b")
});

/// A couple's two ages, each after its pronoun: "he's 52, she's 38", "ella 29 y él 34".
static COUPLE_AGES_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:she|he|ella|el)(?:'s| is| tiene| de)? ([1-5][0-9])(?:,| y| and| &|, and) (?:she|he|ella|el)(?:'s| is| tiene| de)? ([1-5][0-9])\b")
});

/// "at 29", "now 31", "(34," — a number that only reads as an age in a story about someone.
/// [`STORY_RE`] for ages written as words ("she's forty-four"); built only when
/// [`age_words_possible`].
static STORY_WORDS_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"(?:\b(?:at|age|aged|now|was|is|turned|turns|turning|she's|he's)\s)({AGE_WORDS_EN})\b(?:\)|,|\s|\.|!|$)"))
});

static STORY_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?:\b(?:at|age|aged|ages|now|was|were|is|turned|turns|turning|eras|era|tenia|tenias|cumple|cumplio|cumplira|she's|he's|you're|both|edad de|a los|a sus|ambos de)\s|\(|[a-z0-9], )((?:1[0-9]|[2-5][0-9]))\b(?:\)|,|\s|\.|!|$)|\b(?:turns|turned|turning|cumple|cumplio|cumplira)\s([1-9])\b(?:,|\s|\.|!|$)")
});

/// Words before an age that make it general ("for a 35-year-old", "women over 40").
static GENERAL_BEFORE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "for", "if", "over", "under", "above", "below", "after", "before", "by", "until", "women", "men", "patients",
    "people", "couples", "average", "typical", "every", "most", "many", "any", "those", "mayores", "menores",
    "mujeres", "pacientes", "las", "los", "past", "around", "whether", "mas", "menos",
]);

fn check_stated(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    if a.hypothetical || a.staff_profile() {
        return;
    }
    let words = age_words_possible(&a.folded.s);
    let stated: Vec<std::ops::Range<usize>> = a.find_ranges(&STATED_RE).chain(words.then(|| a.find_ranges(&STATED_WORDS_RE)).into_iter().flatten()).collect();
    for mut r in stated {
        // "pcte de 36a": "a" for "años" only after a patient word and "de"; the age is "36a"
        if crate::text::lower(&a.text[r.clone()]).starts_with("de") {
            let patient = a.words_before(r.start, 1).first().is_some_and(|w| crate::text::one_of(w, crate::lines!["paciente", "pcte", "pte", "pac", "mujer", "donante", "gestante", "receptora"]));
            if !patient {
                continue;
            }
            let t = &a.text[r.clone()];
            let Some((k, space)) = t.char_indices().rfind(|(_, c)| c.is_whitespace()) else { continue };
            r.start += k + space.len_utf8();
        }
        // ("plate 7K4-92M": the end of a code, not "92, male")
        if a.text[..r.start].ends_with(|c: char| c == '-' || c.is_ascii_alphanumeric()) {
            continue;
        }
        // ("con ese FSH de 14 yo arrancaría…": in Spanish "yo" is "I", not "years old")
        if a.lang == crate::options::Lang::Es && a.text[r.clone()].ends_with(" yo") {
            continue;
        }
        // ("…a todos los que le pusieron laburo a estos 15 años", "Se cumplen 11 años de la Ley
        // 26.862": a span of time, an anniversary)
        let lead = a.words_before(r.start, 2);
        if lead.last().is_some_and(|w| crate::text::one_of(w, crate::lines!["estos", "these", "those", "esos", "cumplen", "cumple"])) && !crate::text::ends_with_pair(&lead, crate::lines!["hoy", "today", "manana"], crate::lines!["cumple"]) {
            continue;
        }
        // ("12 años en laboratorios de reproducción", "15 years in practice": years of work)
        let rest = a.folded.s[a.folded.from_original(r.end)..].trim_start();
        if crate::text::starts_with_line(rest, crate::lines!["en laboratorio", "en el laboratorio", "en reproduccion", "de experiencia", "trabajando", "ejerciendo", "in practice", "of experience", "in the lab", "in ivf",
            "en fiv", "en ovodonacion", "en medicina reproductiva", "en fertilidad", "en embriologia", "en la clinica", "como enfermera", "como embriolog",
            "in fertility", "in reproductive", "in embryology", "in reproductive medicine", "as a nurse", "as an embryologist", "at the clinic", "with the clinic",
            // ("tengo 20 años de enfermera en fertilidad": years in a job)
            "de enfermera", "de enfermero", "de embriolog", "de medic", "de doctor", "de partera", "de matrona", "de ginecolog", "de carrera", "de oficio",
            // ("entre los tres suman veinte años de laboratorio": years at the bench)
            "de laboratorio", "de trabajo", "de trayectoria", "de practica", "of lab", "of work",
            // ("12 años acompañando a pacientes", "10 years helping families grow": years of work)
            "acompanando", "ayudando", "atendiendo", "cuidando", "guiando", "helping", "supporting", "caring for", "guiding", "serving"]) {
            continue;
        }
        // ("35 years old and up: chances…", "40 años o más": everyone past an age, no one's age)
        if crate::text::starts_with_line(rest, crate::lines!["and up", "and older", "and over", "or older", "or over", "or younger", "y mas", "o mas", "en adelante"]) {
            continue;
        }
        let before = a.words_before(r.start, 2);
        // "entre 20 y 32 años", "aged 21 to 30", "25-35 years old": a range is never one person's age
        let range = RANGE_BEFORE.is_match(a.folded_of(a.sentences[a.sentence_at(r.start)].start..r.start));
        // ("for my 38yo with DOR": one patient of the writer's)
        let owned = matches!(a.words_before(r.start, 1).first(), Some(&("my" | "our" | "mi" | "nuestra" | "nuestro")));
        // "hoy cumplo veinte años en el laboratorio", "hace veinte años": years of the writer's
        // work, or time ago
        if matches!(a.words_before(r.start, 1).first(), Some(&("cumplo" | "cumplimos" | "llevo" | "llevamos" | "hace" | "celebramos"))) {
            continue;
        }
        // ("la endometriosis puede tardar de 7 a 10 años en diagnosticarse", "it can take 8 years
        // to get a diagnosis": how long something takes)
        if a.words_before(r.start, 5).iter().any(|w| TAKES_TIME.contains(w)) {
            continue;
        }
        // ("retrieval this morning for the 41-year-old dairy farmer": "the" points at one person)
        let definite = matches!(a.words_before(r.start, 1).first(), Some(&("the" | "this" | "that")));
        // ("más de 40 años" is general; "Nuestra paciente más valiente: 47 años" is one patient)
        let general_word = |k: usize| {
            GENERAL_BEFORE.contains(before[k]) && (!crate::text::one_of(before[k], crate::lines!["mas", "menos"]) || before.get(k + 1).is_none_or(|n| crate::text::one_of(n, crate::lines!["de", "que"])))
        };
        let general = range
            || !owned && !definite && (0..before.len()).any(general_word) && !(before.first() == Some(&"for") && told_today(a, r.start))
            || a.words_before(r.start, 1) == ["a"] && a.words_before(r.start, 2).first() == Some(&"for") && !told_today(a, r.start);
        let i = a.sentence_at(r.start);
        let plural = rest.starts_with("olds") || a.text[r.clone()].ends_with("olds");
        // The reader's own age in a reply that advises them is not a disclosure.
        // ("con 38 años y una FSH de 14, pide letrozol": the reader's case, in a comment)
        let readers_case = a.words_before(r.start, 1).first() == Some(&"con")
            && a.opts.context != crate::options::ComposeContext::ReviewReply
            && !a.people.iter().any(|p| matches!(p.kind, crate::analysis::PersonKind::Private | crate::analysis::PersonKind::Unknown));
        let readers_own = a.opts.context.is_conversational() && (a.cues.addresses_reader(a.sentence_folded(i)) || readers_case) && !a.private_subject[i];
        // ("I was the patient: a 34-year-old resident…": the writer's own age)
        let writers_own = crate::analysis::writers_own_story(a, i);
        // ("Las que llegan con 45 años exigiendo…", "Those who start at 44…": whoever does so)
        let group = crate::text::starts_with_line(a.sentence_folded(i), crate::lines!["las que ", "los que ", "those who ", "the ones who ", "anyone who ", "quienes "])
            // ("Según la OMS, una mujer sana de 30 años tiene cerca de 20%…": a sourced rate, for anyone that age)
            || crate::analysis::sourced_rate(a.sentence_folded(i));
        if !general
            && !group
            && !plural
            && !readers_own
            && !writers_own
            && (a.private_subject[i] || a.care_near(i))
        {
            hits.add(r);
        }
    }
    // Gravida and para are only written of one patient's history.
    for (_, c) in a.find_iter(&OBSTETRIC_RE) {
        hits.add(a.orig(c.get(1).unwrap().range()));
    }
}

/// ("Retrieved eggs today for a 34-year-old barrel racer…, and her first question…": one
/// person, on a day; "for a 34-year-old, chances are…" is anyone)
fn told_today(a: &Analysis, at: usize) -> bool {
    let s = a.sentence_folded(a.sentence_at(at));
    // ("Froze eggs today for a 26yo Norman ER nurse": a job right after the age is one person)
    let job_after = || a.text[at..].split_whitespace().skip(1).take(3).any(|w| a.cues.occupation_words().contains(&crate::text::lower(w)));
    // ("…keeps denying member ID … for a 41 y/o doing her 2nd IVF cycle": her own count of cycles)
    let her_count = || {
        let after: Vec<&str> = a.folded_of(at..a.sentences[a.sentence_at(at)].end).split_whitespace().skip(1).take(4).collect();
        after.windows(3).any(|w| crate::text::one_of(w[0], crate::lines!["doing", "starting", "on", "in", "haciendo", "empezando", "en"])
            && crate::text::one_of(w[1], crate::lines!["her", "his", "su"])
            && (crate::text::one_of(w[2], crate::lines!["2nd", "3rd", "4th", "5th", "second", "third", "fourth", "fifth", "segundo", "tercer", "cuarto", "segunda", "tercera", "cuarta"])))
    };
    s.has_line(crate::lines!["today", "this morning", "yesterday", "tonight", "hoy", "ayer", "esta manana"]) && (s.has_line(crate::lines![" her ", " his ", " su "]) || job_after()) || her_count()
}

/// People whose age a bracketed number gives: "mom (39!)", "su esposo (41)".
static PERSON_NOUNS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "mom", "dad", "mother", "father", "husband", "wife", "partner", "sister", "brother", "patient", "donor", "carrier",
    "she", "he", "her", "him", "mama", "papa", "esposo", "esposa", "pareja", "paciente", "donante", "hermana", "hermano", "pt", "gc", "surrogate", "gestante",
]);

fn check_in_story(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    if a.hypothetical || a.staff_profile() {
        return;
    }
    for (_, c) in a.find_iter(&BIRTHDAY_AGE_RE) {
        let m = c.get(1).or(c.get(2)).or(c.get(3)).unwrap();
        let r = a.orig(m.range());
        if a.private_subject[a.sentence_at(r.start)] || a.people.iter().any(|p| p.kind == crate::analysis::PersonKind::Private) {
            hits.add(r);
        }
    }
    if a.any_care() {
        for (_, c) in a.find_iter(&COUPLE_AGES_RE) {
            hits.add(a.orig(c.get(1).unwrap().range()));
            hits.add(a.orig(c.get(2).unwrap().range()));
        }
    }
    let words = age_words_possible(&a.folded.s);
    for (_, c) in a.find_iter(&STORY_RE).chain(words.then(|| a.find_iter(&STORY_WORDS_RE)).into_iter().flatten()) {
        let m = c.get(1).or(c.get(2)).unwrap();
        let r = a.orig(m.range());
        let i = a.sentence_at(r.start);
        if f.of(Category::Age).any(|x| x.range.start <= r.start && r.end <= x.range.end) {
            continue;
        }
        let whole = &c[0];
        let after = &a.text[r.end..];
        // "at 29" must not be a time, a price, a dose or a count: the next word is not a unit.
        let next: String = after.trim_start_matches([')', ',', ' ']).chars().take_while(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
        // ("Kelsey Moreau, 36, of Medford": after a closing comma, "of" starts the next phrase)
        let closed = after.starts_with(',') || after.starts_with("),");
        let unit = UNITS_AFTER_NUMBER.contains(next.as_str())
            || !closed && crate::text::one_of(next.as_str(), crate::lines!["of", "to", "or"])
            // a count of people: "18 five-year-olds", "20 kids" (not "At 44, three eggs")
            || after.starts_with(' ') && COUNTED_PEOPLE.contains(next.as_str());
        let paren = whole.starts_with('(');
        // "(45, works nights)" but not "(2019)" or "(12 eggs)"
        // "mom (39!)", "her husband (41)": a bare number in brackets right after a person.
        let open = a.orig(c.get(0).unwrap().range()).start;
        let person_before = a.words_before(open + 1, 1).first().is_some_and(|w| PERSON_NOUNS.contains(w))
            // "our carrier Ximena (31)"
            || a.people.iter().any(|p| {
                matches!(p.kind, crate::analysis::PersonKind::Private | crate::analysis::PersonKind::Unknown) && p.span.end <= open && open - p.span.end <= 1
            });
        // ("her mom Amandeep (42 at the time!)", "(41 at her transfer!!)": when it happened)
        let at_the_time = crate::text::starts_with_line(after, crate::lines![" at the time", " at her ", " at his ", " at their ", " when ", " cuando ", " en ese momento", " en su "]);
        // ("Trevion Pettiford (16!!)": any number of marks before the bracket closes)
        let closes = after.trim_start_matches(['!', '?']).starts_with(')');
        let paren_age = paren && (after.starts_with(',') || person_before && (closes || at_the_time));
        // "came in, 31, quietly devastated": only between commas, right after words
        let comma = !paren && whole.as_bytes().get(1) == Some(&b',');
        // ("our IUI pt (rosalie nanalook, 31) did…", "(Rosalie Nanalook, 31)": a name and age in
        // brackets after a word for a patient, or a person's name then the age)
        let named_in_brackets = comma && after.starts_with(')') && {
            let before = &a.text[..open + 1];
            before.rfind('(').is_some_and(|k| {
                let inside = &a.text[k + 1..open + 1];
                !inside.contains([')', '.', ';']) && inside.split_whitespace().count() <= 3
                    && (a.words_before(k + 1, 1).first().is_some_and(|w| PERSON_NOUNS.contains(w))
                        || a.people.iter().any(|p| p.span.start > k && p.span.end <= open + 1 && p.kind != crate::analysis::PersonKind::Staff))
            })
        };
        // ("MRN 7741-0392, 33, bilateral hydrosalpinges": after a number, only after a record
        // number or other identifier found, not in a list of numbers)
        // ("donor NS-2290 (24, nursing student…)": in brackets after a donor or case number)
        let after_id = (comma || paren_age) && f.items.iter().any(|x| x.category.is_identifier() && x.range.end + 1 >= open && x.range.end <= open + 1);
        // ("one of our patients from Waianae, 43 and on her first donor-egg cycle": after an
        // identifier found, the age may run on with "and")
        let from_town = || {
            let k = a.token_at(open);
            k < a.tokens.len() && a.tokens[k].capitalized && (k.saturating_sub(4)..k).any(|j| crate::text::one_of(a.word(j), crate::lines!["from", "de", "desde"]))
        };
        let runs_on = (after.starts_with(" and ") || after.starts_with(" y ")) && (after_id || person_before || from_town());
        if comma && !after.starts_with(',') && !named_in_brackets && !runs_on {
            continue;
        }
        if comma && whole.starts_with(|c: char| c.is_ascii_digit()) && !after_id && !named_in_brackets {
            continue;
        }
        // ("She's in for her mock transfer at 10": a time; "at" an age under 15 is not one here)
        if whole.starts_with("at ") && m.as_str().parse::<u32>().is_ok_and(|n| n < 15) {
            continue;
        }
        // ("her baseline FSH was 19": a lab value)
        // (not "a super strong beta at 44": "at" gives the age)
        let lab_value = {
            let b = a.words_before(r.start, 2);
            const LABS: &str = crate::lines!["fsh", "amh", "lh", "e2", "tsh", "estradiol", "progesterone", "prolactin", "count", "level", "levels", "score", "bmi", "hcg", "beta"];
            b.len() == 2 && crate::text::ends_with_pair(&b, LABS, crate::lines!["was", "is", "were", "of", "came", "around", "about"])
                // ("your hCG came back at 41"): the result, a few words on
                || matches!(a.words_before(r.start, 4).as_slice(), [lab, "came" | "went" | "was" | "is", "back" | "up" | "down" | "only", "at"] if crate::text::one_of(lab, LABS))
        };
        // ("booked for 60 minutes and you checked out at 35": a time on a clock, not an age)
        // (but "aged out at 25" is an age)
        let clock = match a.words_before(r.start, 3).as_slice() {
            [.., before, "out", "at"] => !crate::text::one_of(*before, crate::lines!["aged", "ages", "age"]),
            [.., "out" | "left" | "arrived" | "finished" | "ended" | "done" | "started", "at"] => true,
            _ => false,
        };
        if lab_value || clock {
            continue;
        }
        // "is at 42 Larkspur Lane" is an address, not an age.
        let capitalized_next = after.trim_start_matches([' ']).starts_with(|c: char| c.is_uppercase());
        if unit || paren && !paren_age || !paren && capitalized_next {
            continue;
        }
        // ("¡Felicidades a doña Chayo! A sus 44 por fin tiene a su niña": "a sus" is only ever an age)
        let her_age = whole.starts_with("a sus ") && a.people.iter().any(|p| p.kind == crate::analysis::PersonKind::Private);
        // ("39F, LMP 2/14. husband is 52 and…": a person of the case, then "is" and the age)
        let persons_age = matches!(whole.split_whitespace().next(), Some("is" | "was" | "tiene" | "tenia"))
            && a.words_before(open, 1).first().is_some_and(|w| PERSON_NOUNS.contains(w) && !crate::text::one_of(*w, crate::lines!["she", "he", "her", "him"]));
        // ("Mrs. Bien-Aimé wants her records faxed… she's 41 and says…": she, named just before)
        // ("Huge congrats to Marisol…! She's 41", "Ms. Anais, … Since you're 41, we're going
        // with…": or a person already found by name, she or the one spoken to)
        let persons_age = persons_age
            || matches!(whole.split_whitespace().next(), Some("she's" | "he's")) && (a.private_person_at_or_before(i) || f.items.iter().any(|x| x.category == Category::Name && x.range.start < r.start))
            || whole.starts_with("you're ") && f.items.iter().any(|x| x.category == Category::Name) && !crate::analysis::speaks_to_any_reader(a.sentence_folded(i));
        // ("for the Casper schoolteacher, 41, who drove…": a job, then the age between commas)
        let jobs_age = comma && a.words_before(open + 1, 1).first().is_some_and(|w| a.cues.occupation_words().contains(w));
        // ("replying to @kaylaxo sis you did 4 rounds WITH US at 44": the age of the person tagged
        // and told what they did)
        // ("Respectfully, at 43 with an AMH of 0.3, donor eggs were always going to come up": a
        // review reply giving the reviewer's case)
        let reviewers_case = whole.starts_with("at ")
            && a.opts.context == crate::options::ComposeContext::ReviewReply
            && crate::text::starts_with_line(a.sentence_after(r.end), crate::lines![" with an amh", " with a fsh", " with an fsh", " with an afc", " con una amh", " con amh"]);
        let tagged_told = reviewers_case
            || whole.starts_with("at ")
            && crate::analysis::has_handle(a, i)
            && a.sentence_folded(i).has_line(crate::lines![" you did ", " you had ", " you were ", " you started ", " you froze ", " you came "]);
        // ("…would fix an AMH of 0.2. at 42.": the age alone, right after a story of one person)
        let fragment = whole.starts_with("at ") && i > 0 && a.private_subject[i - 1] && a.sentence_folded(i).trim_end_matches(['.', '!', '?', ' ']).len() <= whole.len() + 1;
        // ("…I was the patient. Two retrievals at 37 and 38 while I was a fellow": the writer's own)
        // ("¡Feliz cumple a nuestra paciente, Xiomara! Hoy cumple 40", "Sofia, who turns 6 on
        // April 22nd": a birthday of a private person named here or just before)
        let birthday = matches!(whole.split_whitespace().next(), Some("turns" | "turned" | "turning" | "cumple" | "cumplio" | "cumplira"))
            && a.private_person_at_or_before(i);
        if birthday && !crate::analysis::writers_own_story(a, i) {
            hits.add(r);
            continue;
        }
        if (a.private_subject[i] || her_age || persons_age || jobs_age || after_id || tagged_told || fragment) && (a.care_near(i) || a.any_care()) && !crate::analysis::writers_own_story(a, i) {
            hits.add(r);
        }
    }
    if a.lang == crate::options::Lang::Es && a.any_care() {
        named_has_age(a, hits);
    }
    // ("Yesenia, la patoja de 26 que congeló óvulos": a young woman or man "de" an age, then who
    // she is)
    if a.lang == crate::options::Lang::Es && a.any_care() {
        for (_, c) in a.find_iter(&YOUNG_OF_AGE_ES) {
            hits.add(a.orig(c.get(1).unwrap().range()));
        }
    }
}

/// "Hiba tiene 36 y ya está preguntando por el hermanito" (the name may be one said before,
/// alone: "¡Felicidades a Nadira y Samir! … Nadira tiene 38"): a person named, "tiene" and a
/// bare two-digit number that counts nothing after it.
#[inline(never)]
fn named_has_age(a: &Analysis, hits: &mut Hits) {
    for k in 1..a.tokens.len().saturating_sub(1) {
        if a.word(k) != "tiene" || !a.tokens[k - 1].capitalized || !a.tokens[k + 1].numeric {
            continue;
        }
        let v = &a.text[a.tokens[k + 1].span.clone()];
        let age = v.len() == 2 && v.parse::<u32>().is_ok_and(|n| (18..=55).contains(&n));
        let counted = a.tokens.get(k + 2).is_some_and(|_| UNITS_AFTER_NUMBER.contains(a.word(k + 2)) || crate::text::one_of(a.word(k + 2), crate::lines!["anos", "foliculos", "meses", "puntos", "mil"]));
        let who = a.word(k - 1);
        let named = a.people.iter().any(|p| matches!(p.kind, crate::analysis::PersonKind::Private | crate::analysis::PersonKind::Unknown) && (p.name_tokens.start..p.name_tokens.end).any(|j| a.word(j) == who));
        if age && !counted && named {
            hits.add(a.tokens[k + 1].span.clone());
        }
    }
}

/// A Spanish word for a young woman or man, then "de" and an age, then who they are.
static YOUNG_OF_AGE_ES: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:patoj[ao]|chav[ao]|chavita|morr[ao]|muchach[ao]|chic[ao]|chamac[ao]|joven|senora|senor|senorita|cipot[ae]|gurisa|pib[ae]|cham[ao]|mujer|hombre|paciente) de (1[6-9]|[2-4][0-9]|5[0-5])(?: que |,| y | de [a-z])")
});

/// Units after a number that make it a time, a dose or a count, not an age.
static UNITS_AFTER_NUMBER: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "am", "pm", "weeks", "week", "days", "day", "mm", "mg", "iu", "percent", "eggs", "follicles", "embryos",
    "years", "year", "minutes", "hours", "wks", "wk", "semanas", "dias", "huevos", "ovulos", "embriones",
    "dpo", "lbs", "lb", "cm", "k", "units", "ml"
]);

/// Words after a number that make it a count of people ("18 five-year-olds", "20 kids").
static COUNTED_PEOPLE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "kids", "children",
    "students", "niños", "ninos", "alumnos"
]);

/// Verbs of how long something takes ("puede tardar de 7 a 10 años", "it can take 8 years").
static TAKES_TIME: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "tardar",
    "tarda",
    "tardan",
    "tardo",
    "demora",
    "demorar",
    "demoran",
    "take",
    "takes",
    "took",
    "taking",
    "lasts",
    "lasted",
]);
