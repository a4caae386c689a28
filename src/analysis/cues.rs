//! Context cues shared by several rules, and the per-sentence judgement "this sentence is
//! about one specific private person".

use std::sync::OnceLock;

use crate::text::Regex;

use super::{Analysis, PersonKind};
use crate::lexicon::{entries, PhraseSet, WordSet};
use crate::options::ComposeContext;
use crate::text::Has;

/// Days past ovulation or transfer, the way patients and nurses write them: "11dp5dt", "10dpo",
/// "6dpt".
static CYCLE_DAY: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| crate::text::regex(r"\b\d{1,2}\s?dp(?:\d?dt|\d?t|o|iui|r)\b"));

/// The family of a baby born here: "the twins' big sister", "the baby's grandma".
static FAMILY_OF_BABY: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    crate::text::regex(r"\b(?:twins'?|triplets'?|baby's|babies'|newborn's)\s(?:big |little |proud |new )?(?:sister|brother|mom|dad|mother|father|parents|grandma|grandpa|grandmother|grandfather|family)\b")
});

/// "tip for whoever finds this thread later", "para quien lea esto": any reader, now or later.
fn reader_whoever(s: &str, r: std::ops::Range<usize>) -> bool {
    &s[r.clone()] == "whoever"
        && s[r.end..].split_whitespace().next().is_some_and(|w| READER_VERBS.contains(w))
        && ["this", "it", "here", "across", "upon", "reading"].iter().any(|w| s[r.end..].split_whitespace().take(3).any(|x| x.trim_matches(|c: char| !c.is_alphanumeric()) == *w))
}

/// "whoever put you on T", "whoever told her that", "whoever warmed that embryo": the patient
/// reference at `r` of `s` is "whoever" doing a provider's act, so it names a provider.
pub fn provider_whoever(s: &str, r: std::ops::Range<usize>) -> bool {
    if &s[r.clone()] != "whoever" {
        return false;
    }
    let rest = &s[r.end..];
    // ("mocktails for whoever's on call": a colleague on shift)
    if crate::text::starts_with_line(rest, crate::lines!["'s on call", "'s on shift", " is on call", " is on shift", "'s working", " is working", " isn't on call", " is not on call", " isn't working", " is off", "'s off"]) {
        return true;
    }
    // ("the specialty pharmacy lost the shipment again. fuuuuck whoever runs their logistics":
    // whoever holds a job somewhere)
    let mut next = rest.split_whitespace();
    let first = next.next();
    if first.is_some_and(|w| crate::text::one_of(w, crate::lines!["runs", "manages", "handles", "schedules", "staffs", "supervises", "designed", "programmed", "approved"])) {
        return true;
    }
    // ("Whoever booked four egg retrievals AND a fire drill for the same morning": whoever
    // keeps the schedule; "to whoever keeps posting fake 1-star reviews": an unknown reviewer)
    let mut words = rest.split_whitespace().skip_while(|w| crate::text::one_of(w, crate::lines!["keeps", "is", "has", "just", "also"]));
    let verb = words.next().unwrap_or("");
    if crate::text::one_of(verb, crate::lines!["booked", "scheduled", "double-booked", "overbooked", "rescheduled"])
        || crate::text::one_of(verb, crate::lines!["posting", "posted", "leaving", "left", "writing", "wrote"]) && words.take(4).any(|w| w.starts_with("review") || w.ends_with("-star"))
    {
        return true;
    }
    first.is_some_and(|w| WHOEVER_ACTS.contains(w)) && next.next().is_some_and(|w| OBJECTS_OF_CARE.contains(w))
}

/// [`specific_patient_ref`] with the third person's own family left out: in a colleague's
/// profile, "he coaches his daughter's soccer team" is the colleague's family.
pub fn patient_ref_beyond_own_family(a: &Analysis, s: &str) -> bool {
    let mut s = s.to_string();
    for own in ["his daughter", "her daughter", "his son", "her son", "his wife", "her husband", "his kids", "her kids", "su hija", "su hijo", "sus hijos"] {
        s = s.replace(own, "");
    }
    specific_patient_ref(a, &s)
}

/// "the family in Kingsville suing us", "la pareja de Laredo que nos demandó": those who sue the
/// practice were its patients.
fn sues_the_practice(s: &str) -> bool {
    static SUING: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| PhraseSet::literal(&["suing us", "sued us", "que nos demanda", "que nos demando"]));
    // "recibimos la queja de una gestante sobre su compensación", "la demanda que presentó la familia de
    // Dalton", "a complaint filed by a couple we treated": a claim, then who brought it
    // ("Nos demandó la gestante subrogada de un caso de 2023": the verb, then who)
    static CLAIMS: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| PhraseSet::literal(&["demanda ", "queja ", "denuncia ", "complaint ", "lawsuit ", "nos demando ", "nos demandaron ", "nos denuncio "]));
    // (one look at the scan's shared search first: most texts sue no one)
    SUING.inside(s) && SUING.phrases.iter().any(|p| {
        s.match_indices(p).any(|(k, _)| {
            crate::text::last_words(&s[..k], 5).iter().any(|w| ONE_PERSON_NOUNS.contains(w))
        })
    }) || CLAIMS.inside(s) && CLAIMS.phrases.iter().any(|p| {
        s.match_indices(p.as_str()).any(|(k, _)| {
            let after: Vec<&str> = s[k + p.len()..].split_whitespace().take(6).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')).collect();
            after.iter().position(|w| ONE_PERSON_NOUNS.contains(w) || CLAIMANTS.contains(w)).is_some_and(|n| {
                p.starts_with("nos ") && n <= 2 || after[..n].iter().any(|w| crate::text::one_of(w, crate::lines!["de", "del", "by", "presento", "presentaron", "puso", "metio", "filed", "brought"]))
                    // ("la queja que la expaciente presentó ante la CONAMED")
                    || after[..n].contains(&"que") && after.get(n + 1).is_some_and(|w| crate::text::one_of(w, crate::lines!["presento", "presentaron", "puso", "metio", "interpuso"]))
            })
        })
    })
}

/// Who may bring a claim against the practice, besides one person or family: a donor, a carrier,
/// a former patient.
static CLAIMANTS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "donor", "donante", "exdonante", "carrier", "surrogate", "gestante", "expaciente", "exesposo", "exesposa", "ex-husband", "ex-wife",
]);

/// Whether `before` (the start of a comment, up to a person) is only "replying to": the person
/// is the reader, who posted what follows ("replying to the guy whose SA showed…").
fn replying_to(before: &str) -> bool {
    ["replying to", "reply to", "respondiendo a", "respondiendole a"].contains(&before.trim())
}

/// Nouns for one person or one family: before "suing us", or before a place and "who".
static ONE_PERSON_NOUNS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "family", "familia", "couple", "pareja", "patient", "paciente", "woman", "mujer", "man", "guy", "senora", "senor",
]);

/// Words after "donor" or "carrier" that make it a job, a place or a treatment ("donor
/// coordinator", "our donor center", "the donor IUI").
static DONOR_THINGS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "coordinator", "coordinators", "program", "programs", "navigator", "liaison", "agency", "agencies", "center", "centre", "centers",
    "bank", "banks", "clinic", "office", "site", "database", "registry", "pool", "portal", "team", "iui", "ivf", "insemination", "cycle",
    "cycles", "egg", "eggs", "sperm", "embryo", "embryos",
]);

/// A habitual, any-patient framing: "when a patient tells you", "every time a couple asks".
static GENERIC_PERSON: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    crate::text::regex(r"\b(?:(?:when|whenever|every time|each time|if|cuando|cada vez que|si)\s(?:a|an|una|un)\s(?:new\s)?|(?:no|not one|not a single|every|each|any|ningun|ninguna|ni una|ni un|cada|toda|todo|sin que una|sin que un)\s)(?:patient|woman|couple|client|mom|mother|dad|father|husband|man|guy|donor|carrier|applicant|candidate|recipient|paciente|mujer|pareja|mama|papa|padre|esposo|hombre|donante|gestante|candidata|receptora)\b|\b(?:todas\slas|todos\slos)\s(?:parejas|pacientes|mujeres|familias|donantes)\b|\b(?:ninguna\sde\snuestras|ninguno\sde\snuestros|none\sof\sour)\s(?:pacientes|parejas|patients|couples)\b|\b(?:nadie|nobody|no\sone|everyone|everybody)\s(?:sale|se\sva|leaves|walks\sout|goes\shome)\b")
});

pub struct Cues {
    /// Care events, procedures, results, diagnoses (data/vocab/care.txt) and medicines
    /// ([`MEDICINES`]).
    pub care: PhraseSet,
    /// Phrases that point at one specific patient or private person.
    pub patient_ref: PhraseSet,
    /// "a/the/our/your (up to two words) patient|couple|woman|...": one person, in the singular.
    pub person_ref: Regex,
    /// "a/the/our <noun> who/whose ..." with a singular noun: one specific person.
    pub who_clause: Regex,
    /// "a firefighter", "a 31-year-old flight attendant", "una maestra": one specific person
    /// described by their job.
    pub occupation: Regex,
    /// "a 38-year-old", "una mujer de 40 años": one specific person described by their age.
    pub aged_person: Regex,
    /// Third-person singular pronouns.
    pub pronoun: WordSet,
    /// Second-person words.
    pub second_person: WordSet,
    /// Marks a case as invented or general: "hypothetical", "board review question".
    pub hypothetical: PhraseSet,
    pub spanish_words: WordSet,
    pub english_words: WordSet,
}

/// The medicines and supplements of fertility care (data/vocab/medicines.txt): care details,
/// the medicine a directive names, the drug a dose is of.
pub const MEDICINES: &str = include_str!(concat!(env!("OUT_DIR"), "/medicines.txt"));

static CUES: OnceLock<Cues> = OnceLock::new();

pub fn cues() -> &'static Cues {
    CUES.get_or_init(|| Cues {
        care: PhraseSet::from_iter(entries(include_str!(concat!(env!("OUT_DIR"), "/care.txt"))).chain(entries(MEDICINES))),
        patient_ref: PhraseSet::from_lines(crate::lines![
            // "a/the/our patient", "a woman"... are found by `person_ref`; these are the rest.
            "one of our patients", "one of my patients", "one of our couples", "one of our intended", "one of our donors",
            "one of our carriers", "one of our families", "una de nuestras pacientes", "uno de nuestros pacientes", "patient named", "pt", "you know who you are", "ya sabes quien eres", "tu sabes quien eres", "her husband", "his wife", "her wife",
            "her partner",
            // ("Our 6am monitoring regular, the one who deals blackjack…")
            "monitoring regular", "one of our regulars", "nuestra paciente de siempre", "nuestra habitual",
            "i'm treating", "i am treating", "i treated", "we treated", "i'm seeing", "we're treating", "i saw a", "we saw a",
            "came to us", "llego con nosotros", "atendimos a",
            // ("Hoy operé a un muchacho…", "today I operated on a guy who…")
            "i operated on", "we operated on", "opere a", "operamos a", "atendi a",
            "his partner", "her baby", "their baby", "their son", "their daughter", "their twins", "her son",
            "her daughter", "his son", "his daughter", "su hijo", "su hija", "su bebe", "whoever", "someone who", "a reviewer", "this reviewer",
            "the reviewer", "our nicu graduate", "su esposo", "su esposa",
            // ("our mom-to-be from Hamtramck, 43, is out of the first trimester"): a patient, not
            // the writer's mother
            "our mom-to-be", "our mommy-to-be", "our mama-to-be", "our dad-to-be", "our parents-to-be", "this mom-to-be", "nuestra futura mama", "nuestro futuro papa", "nuestros futuros papas",
        ]),
        person_ref: crate::text::regex(
            r"\b(a|an|the|this|that|our|one|my|your)\s+(?:[a-z0-9'-]+\s+){0,3}?(patient|pt|couple|woman|man|mom|mother|dad|father|lady|guy|girl|boy|teen|teenager|donor|carrier|surrogate|husband|wife|partner|client|reviewer|grandmother|grandma|widow|bride|newlywed)(?:'s)?\b(?:\s+([a-z]+))?|\b(una|un|la|el|esta|este|nuestra|nuestro|tu|su|otra|otro)\s+(?:[a-z]+\s+){0,2}?(paciente|expaciente|pareja|parejita|matrimonio|mujer|senora|senor|chica|chico|mama|papa|donante|esposo|esposa|muchacha|muchacho)\b(?:\s+([a-z]+))?",
        ),
        who_clause: crate::text::regex(
            r"\b(?:a|an|the|our|this|that|one|my|una|un|la|el|nuestra|nuestro)\s+(?:(?:[a-z'-]+)\s+){0,2}?([a-z'-]+)\s+(?:who|whose|who's|que|cuya|cuyo)\b",
        ),
        occupation: occupation_regex(),
        aged_person: crate::text::regex(r"\b(?:a|an|one|una|un|my|our)\s+(?:[a-z]+\s+)?(?:\d{2}-?\s?(?:year-old|yr-old|yo|y/o)|\d{2}\s?(?:year|yr)s?\s?old)\b|\b(?:(?:una|un)\s+[a-z]+|mujer|hombre|varon|paciente|senora|chica)\s+de\s+\d{2}\s+anos\b|(?:^|[:;]\s*)(?:patient|pt|female|woman|male|man|paciente|mujer|varon|hombre)\s?,\s?\d{2}\s?(?:,|yo\b|y/o)|(?:^|[:;]\s*)\d{2}\s?(?:yo|y/o|year-old|yr-old)\s(?:with|w/|con|who|g\d|from|de)|^(?:guy|dude|lady|woman|man|couple|patient|pt|chica|senora|senor|paciente|muchacho|muchacha)\s(?:today|this\smorning|this\safternoon|yesterday|last\snight|earlier|hoy|ayer|esta\smanana)\b"),
        pronoun: WordSet::from_list(&["she", "her", "he", "him", "his", "she's", "he's", "ella"]),
        second_person: WordSet::from_list(&[
            "you", "your", "you're", "youre", "yours", "you've", "you'll", "you'd", "yourself", "u", "ur", "tu", "tus",
            "te", "ti", "usted", "contigo", "tuyo", "tuya", "ustedes",
        ]),
        hypothetical: PhraseSet::from_lines(crate::lines![
            "hypothetical", "hypothetically", "board review", "board question",
            "fictional", "composite", "example patient", "imagine a patient", "caso hipotetico", "hipotetico",
            "hipotetica", "ficticio", "ficticia", "fictitious", "caso simulado", "de ejemplo", "caso inventado", "inventado para", "no patients in it", "no patient details", "no hay pacientes en",
            "con fines docentes", "for teaching purposes", "(inventado", "(inventada", "(made up",
            // ("Made-up example to illustrate, not anyone real: say a couple's…")
            "made-up example", "made up example", "not anyone real", "not a real patient", "not a real person", "ejemplo inventado", "no es una paciente real",
            "not about anyone in particular", "not about any one patient", "not about a specific patient", "no es sobre nadie en particular", "no hablo de nadie en particular",
        ]),
        spanish_words: WordSet::from_list(&[
            "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "para", "con", "su", "sus",
            "es", "se", "nos", "lo", "al", "pero", "muy", "tu", "mas", "como", "esta", "este",
        ]),
        english_words: WordSet::from_list(&[
            "the", "a", "an", "of", "and", "to", "in", "is", "it", "for", "with", "on", "our", "your", "you", "this",
            "that", "we", "at", "be", "are", "was", "my", "her", "his",
        ]),
    })
}

/// "a/an/one/our" (or "una/un/nuestra"), up to three words (an age, adjectives), then a job;
/// or "the" with an age ("the 41-year-old music teacher").
fn occupation_regex() -> Regex {
    let (en, es) = occupations();
    let alt = |jobs: &str| jobs.split_terminator('\n').map(regex::escape).collect::<Vec<_>>().join("|");
    crate::text::regex(&format!(
        r"\b(?:(?:(?:a|an|one|our)\s+(?:[a-z0-9'-]+\s+){{0,3}}|the\s+\d{{2}}-?\s?(?:year-old|yr-old|yo)\s+(?:[a-z'-]+\s+){{0,2}}|the\s+(?:[a-z0-9'-]+\s+){{0,2}})(?:{})|(?:una|un|nuestra|nuestro|la|el)\s+(?:[a-z0-9'-]+\s+){{0,2}}(?:{}))\b",
        alt(en),
        alt(es)
    ))
}

/// Jobs and descriptions that single out a person outside the practice. Clinic roles (nurse,
/// doctor) are left out: "a nurse will call you" is staff.
fn occupations() -> (&'static str, &'static str) {
    const JOBS_EN: &str = crate::lines![
        "teacher", "kindergarten teacher", "firefighter", "paramedic", "emt", "er nurse", "er doc", "icu nurse",
        "police officer", "cop", "sheriff's deputy", "soldier", "veteran", "marine", "pilot", "flight attendant",
        "farmer", "rancher", "student", "grad student", "professor", "lawyer", "attorney", "engineer", "chef",
        "baker", "barista", "bartender", "waitress", "server", "mechanic", "electrician", "plumber", "realtor",
        "hairstylist", "stylist", "pastor", "rabbi", "imam", "priest", "musician", "cellist", "violinist", "singer",
        "dancer", "artist", "athlete", "runner", "marathoner", "coach", "influencer", "youtuber", "truck driver",
        "accountant", "librarian", "journalist", "reporter", "photographer", "scientist", "surgeon", "dentist", "flight attendant", "school principal", "principal", "nanny", "postal worker", "mail carrier", "cashier", "hair stylist", "dj", "tattoo artist", "yoga instructor", "personal trainer", "marine biologist",
        "pharmacist", "vet", "veterinarian", "social worker", "schoolteacher", "college student", "college junior",
        "college senior", "high schooler", "high school senior", "high school junior", "high school student", "college freshman", "college sophomore", "dental hygienist", "hygienist", "bus driver", "construction worker",
        "contractor", "welder", "carpenter", "business owner", "entrepreneur", "stay-at-home mom", "news anchor",
        "line supervisor", "shift supervisor", "machinist", "line worker", "assembler",
        "meteorologist", "survivor", "retiree", "army wife", "military wife", "single mom", "single mother", "single dad",
        "first-time mom", "mom of", "dad of", "grandmother", "grandma", "newlywed", "bride", "widow",
        "fisherman", "lobsterman", "lineman", "fireman", "policeman", "ranch hand", "oilfield worker", "roughneck", "shrimper",
    ];
    const JOBS_ES: &str = crate::lines![
        "maestra", "maestro", "bombera", "bombero", "paramedica", "enfermera de urgencias", "policia", "soldado",
        "piloto", "agricultora", "estudiante", "profesora", "abogada", "abogado", "ingeniera", "ingeniero",
        "cocinera", "panadera", "mesera", "peluquera", "cantante", "bailarina", "artista", "atleta", "periodista",
        "contadora", "madre soltera", "mama soltera", "viuda", "abuela", "profesor", "trabajadora social", "empresaria",
        "ama de casa", "costurera", "universitaria", "militar", "cajera", "taxista", "veterinaria", "arquitecta",
        "dentista", "profe", "educadora", "parvularia", "pescador", "pescadora", "comerciante", "secretaria", "funcionaria",
        "kinesiologa", "kinesiologo", "fisioterapeuta", "nutricionista", "odontologa", "estilista", "disenadora", "contador",
    ];
    (JOBS_EN, JOBS_ES)
}

impl Cues {
    /// The last word of every occupation ("teacher", "schoolteacher", "bombera").
    pub fn occupation_words(&self) -> &'static WordSet {
        static WORDS: OnceLock<WordSet> = OnceLock::new();
        WORDS.get_or_init(|| {
            let (en, es) = occupations();
            let last: Vec<&str> = en.split_terminator('\n').chain(es.split_terminator('\n')).filter_map(|j| j.split(' ').next_back()).collect();
            WordSet::from_list(&last)
        })
    }

    /// Whether the folded text gives a day of a cycle in shorthand ("5dp5dt", "8dpo").
    pub fn cycle_day_in(&self, folded: &str) -> bool {
        CYCLE_DAY.is_match(folded)
    }

    /// Whether the folded text mentions care.
    pub fn care_in(&self, folded: &str) -> bool {
        // ("that anti-IVF page": a stance, not anyone's care)
        // ("got a round of applause"): "round of" is care only when what follows is ("two
        // rounds of IVF" has "IVF")
        // ("you can book a consult online", "book your appointment", "agenda tu cita": a visit
        // offered, not one had)
        let booking = |r: &std::ops::Range<usize>| {
            let before = folded[..r.start].trim_end();
            let before = [" a", " an", " una", " your", " free"].iter().find_map(|w| before.strip_suffix(w)).unwrap_or(before);
            let word = &folded[r.clone()];
            (word.starts_with("consult") || appointment_word(word))
                && crate::text::ends_with_line(before, crate::lines!["book", "schedule", "request", "agenda", "agendar", "agende", "reserva", "reservar", "reserve", "programa", "programe", "solicita", "solicite", "pide", "pida"])
        };
        // (most sentences name no care: one search says so; the care words' matches are judged
        // one by one only where a word the judgements are about is in the sentence)
        if !self.care.any_in(folded) {
            return CYCLE_DAY.is_match(folded);
        }
        // ("write to atencion@clinica-fiv.es", "ivf-center.com": a word of an address, not care)
        let address = folded.contains('@') || folded.as_bytes().windows(2).any(|w| w[0] == b'.' && w[1].is_ascii_alphabetic());
        if !(address || folded.has("anti-") || folded.has("round of ") || folded.has("rounds of ") || folded.has("consult") || folded.has("appointment") || folded.has("appt") || folded.has("cita") || folded.has("twin ") || folded.has("transfer")) {
            return true;
        }
        // ("una transferencia de Bs 3.500 desde la cuenta…", "a wire transfer"): money sent, not an embryo
        let money = |r: &std::ops::Range<usize>| {
            folded[r.clone()].starts_with("transfer")
                && (crate::text::starts_with_line(&folded[r.end..], crate::lines![" de bs", " de $", " de s/", " bancaria", " de dinero", " desde la cuenta", " desde su cuenta", " of $", " from your account", " to our account"])
                    || crate::text::ends_with_line(&folded[..r.start], crate::lines!["wire ", "bank ", "money "]))
        };
        // ("nuestra clínica de Twin Falls", "the Twin Cities"): a place, not twins
        let place = |r: &std::ops::Range<usize>| folded[r.end..].starts_with(" falls") || folded[r.end..].starts_with(" cities");
        let in_address = |r: &std::ops::Range<usize>| {
            address && {
                // (past the whole space: "\u{2000}" is three bytes)
                let start = folded[..r.start].char_indices().rev().find(|&(_, c)| c.is_whitespace()).map_or(0, |(p, c)| p + c.len_utf8());
                let end = folded[r.end..].find(char::is_whitespace).map_or(folded.len(), |p| r.end + p);
                let chunk = folded[start..end].trim_end_matches(|c: char| !c.is_alphanumeric());
                // (a domain by its ending, not "did IVF.Then" typed without a space)
                // (an email's, not a handle's: "@dothan_endo_sis" may say what she has)
                chunk.find('@').is_some_and(|p| p > 0) || chunk.contains("www.") || chunk.contains("://")
                    || chunk.rsplit_once('.').is_some_and(|(_, tld)| crate::text::one_of(tld.split('/').next().unwrap_or(""), crate::lines!["com", "org", "net", "es", "mx", "co", "us", "info", "health", "clinic", "care", "ar", "cl", "pe", "ec"]))
            }
        };
        self.care.find_iter(folded).any(|(r, _)| {
            !folded[..r.start].ends_with("anti-") && !(crate::text::one_of(&folded[r.clone()], crate::lines!["round", "rounds"]) && folded[r.end..].starts_with(" of ")) && !booking(&r) && !place(&r) && !in_address(&r) && !money(&r)
        }) || CYCLE_DAY.is_match(folded)
    }

    /// Whether the folded text has a second-person word.
    pub fn addresses_reader(&self, folded: &str) -> bool {
        folded.split(|c: char| !(c.is_alphanumeric() || c == '\'')).any(|w| self.second_person.contains(w))
    }

    /// Whether the folded text has "she", "his"...
    pub fn has_pronoun(&self, folded: &str) -> bool {
        // Pronoun declarations in a bio ("he/him", "she/her") refer to the writer.
        let declared = |w: &str| {
            let at = w.as_ptr() as usize - folded.as_ptr() as usize;
            folded[..at].ends_with('/') || folded[at + w.len()..].starts_with('/')
        };
        folded.split(|c: char| !(c.is_alphanumeric() || c == '\'')).any(|w| self.pronoun.contains(w) && !declared(w))
    }

    /// A "<determiner> <singular noun> who/whose" clause ("the firefighter whose wife").
    pub fn singular_who_clause(&self, folded: &str) -> bool {
        self.who_clause.captures_iter(folded).any(|c| {
            let whole = &c[0];
            // ("whoever put a guy who's trying to conceive on T": any such person)
            let before = &folded[..c.get(0).unwrap().start()];
            if before.has("whoever") || before.has("quien sea que") {
                return false;
            }
            // ("replying to the guy whose SA showed 2% morphology: you do NOT need ICSI": the
            // reader, who posted it)
            if replying_to(before) {
                return false;
            }
            // ("¿Qué es una gestante subrogada? Es la mujer que lleva…", "a carrier is the woman
            // who…": a definition)
            if matches!(before.split_whitespace().next_back(), Some("es" | "is" | "son" | "are" | "means" | "significa")) {
                return false;
            }
            // ("I wanted to be the clinician who pulls up a chair", "soy la enfermera que…": the
            // writer, or the kind of person they mean to be)
            if matches!(before.split_whitespace().next_back(), Some("be" | "become" | "am" | "i'm" | "im" | "soy" | "ser")) {
                return false;
            }
            // "cuando llega la señora que ya investigó en Google…", "every time a patient who…":
            // a habit, not one person
            // ("there's usually a social worker who can untangle…": whoever is on duty)
            // ("Every baby announcement here was shared by a family who asked us to": a different
            // family for each)
            let each = before.trim_start_matches(|c: char| !c.is_alphanumeric());
            let each = crate::text::starts_with_line(each, crate::lines!["every ", "each ", "cada "]);
            if each || before.has_line(crate::lines!["cuando llega", "cuando viene", "cuando entra", "cada vez que", "siempre que", "every time", "whenever", "when a ", "when an ", "suele haber"]) || before.has_line(USUALLY) {
                return false;
            }
            // ("To the guy who keeps commenting that…", "al señor que comenta en cada video": a
            // commenter, known by what they post)
            let after = &folded[c.get(0).unwrap().end()..];
            if crate::text::starts_with_line(after.trim_start(), crate::lines!["keeps commenting", "keeps posting", "keeps dming", "keeps spamming", "keeps trolling", "commented", "comments on", "posted", "left a comment", "comenta", "comento", "publico", "escribio en", "deja comentarios", "dejo comentarios", "deja resenas", "dejo resenas", "leaves comments", "left comments",
                "left a review", "left the review", "left that review", "wrote the review", "wrote that review", "dejo una resena", "dejo la resena", "escribio la resena", "escribio esa resena"])
            {
                return false;
            }
            // ("A la señora que nos dejó una estrella: si no entiende lo que es una beta…", "to the
            // man who left us two stars"): a reviewer, known by the review, when nothing of their
            // own care is told ("…porque no le garantizamos gemelos" tells it)
            if crate::text::starts_with_line(after.trim_start(), crate::lines!["left us", "left", "gave us", "nos dejo", "nos puso", "nos dio"])
                && after.split_whitespace().take(5).any(|w| crate::text::starts_with_line(w, crate::lines!["star", "estrella", "review", "resena", "1-star", "one-star", "comment", "comentario"]))
                && !after.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, crate::lines!["su", "sus", "le", "les", "her", "his", "him", "she", "he", "them", "their"]))
            {
                return false;
            }
            // "not one couple who finished…", "not a single patient who…", "ni una paciente
            // que…": nobody in particular
            if matches!(before.split_whitespace().next_back(), Some("not" | "no" | "ni" | "never" | "nunca" | "jamas")) {
                return false;
            }
            // ("one of very few REIs in the state who can counsel families": a place, and "who"
            // goes back to the people in it)
            // (but "the lady in our waiting room who…" is the lady)
            let back = crate::text::last_words(before, 4);
            if matches!(back.first(), Some(&("in" | "across" | "throughout" | "around" | "en")))
                && !back.iter().any(|w| ONE_PERSON_NOUNS.contains(w) || crate::text::one_of(*w, crate::lines!["lady", "girl", "mom", "dad"]))
            {
                return false;
            }
            let noun = &c[1];
            let singular = !(noun.ends_with('s') && !noun.ends_with("ss"));
            // "a good guide for anyone who": a preposition in between, or a pronoun, is no person.
            let prepositional = whole.split_whitespace().any(|w| PREPOSITIONS.contains(w))
                // ("a family from Socorro whose first son…": a person, then where they are from)
                && !{
                    let mut ws = whole.split_whitespace().skip(1);
                    ws.next().is_some_and(|n| PERSON_NOUNS.contains(n) || PERSON_NOUNS_ES.contains(n))
                        && ws.next().is_some_and(|p| crate::text::one_of(p, crate::lines!["from", "de", "in", "en"]))
                };
            let indefinite = NOT_ONE_PERSON.contains(noun);
            // Spanish "que" also follows things ("un medicamento que se usa"): only people count.
            // ("la muchacha de Heredia que preguntó": a person, then where she is from)
            let from_place = {
                let mut ws = whole.split_whitespace().skip(1);
                ws.next().is_some_and(|n| PERSON_NOUNS_ES.contains(n)) && ws.next() == Some("de")
            };
            let person = !whole.ends_with("que")
                || from_place
                || PERSON_NOUNS_ES.contains(noun)
                || self.occupation_words().contains(noun);
            singular && !prepositional && !indefinite && person
        })
    }
}

/// Whether sentence `i` is about one specific private person.
pub(super) fn private_subject(a: &Analysis, i: usize) -> bool {
    let s = a.sentence_folded(i);
    let c = a.cues;
    if a.hypothetical || answers_what_is(a, i) {
        return false;
    }
    // ("Not your doctor, just general info since this comes up a lot: … the donor is retested"):
    // a sentence that calls itself general information, or answers what many ask, is about
    // anyone, unless it names someone
    // ("Según ACOG, una pareja sana menor de 35…": a source's statistic; "La Cámara aprobó un
    // proyecto…": legislation news; "tag the husband who says…": whoever the reader tags)
    if (calls_itself_general(s) || s.has_line(crate::lines!["just general", "comes up a lot", "nos preguntan mucho"]) || sourced_or_legislation(s) || s.starts_with("tag ") || s.starts_with("etiqueta a"))
        && !a.people.iter().any(|p| p.sentence == i && p.kind == PersonKind::Private)
    {
        return false;
    }
    let conversational = a.opts.context.is_conversational() && a.opts.context != ComposeContext::ReviewReply;
    // A post that welcomes a colleague, and names nobody else
    let colleague_profile = a.topics.team && a.people.iter().any(|p| p.kind == PersonKind::Staff) && !a.people.iter().any(|p| p.kind == PersonKind::Private);
    a.people.iter().any(|p| p.sentence == i && (p.kind == PersonKind::Private || p.kind == PersonKind::Unknown && a.care_near(i)))
        // ("a 'fertility coach' with 200k followers": a public voice, not a patient)
        || !s.has("followers") && !s.has("seguidores") && c.occupation.find_iter(s).any(|m| {
            // "it made me a better teacher", "I'm a runner": the writer, not a patient
            let before = s[..m.start()].split_whitespace().next_back().unwrap_or("");
            // ("normalmente hay una trabajadora social que…": whoever holds that job)
            let near_before = &s[s.floor_char_boundary(m.start().saturating_sub(16))..m.start()];
            let usual = near_before.has_line(USUALLY);
            // ("if you're a UK andrology scientist, come say hi": any reader)
            // "la maestra de Colima", "la maestra que…": with "la"/"el" only when a place or a
            // clause follows (not "la maestra nos visitó")
            let definite = s[m.start()..].starts_with("la ") || s[m.start()..].starts_with("el ");
            let rest = s[m.end()..].trim_start();
            let rest = rest.strip_prefix("de ").map_or(rest, |r| if r.starts_with("que ") { rest } else { r.split_once(' ').map_or("", |(_, t)| t) });
            let anchored = !definite || s[m.end()..].trim_start().starts_with("de ") || rest.starts_with("que ") || rest.starts_with("de ");
            // ("printouts from a wellness influencer": a source, not a patient)
            // ("spent eight years as a regional airline pilot": a career, not a patient)
            // ("if a reporter calls about…", "cuando una periodista llame": any such person)
            // ("legal basics with a family-law attorney. RSVP via link in bio": an event's speaker)
            // ("We'll have an ART attorney, a carrier agency and two embryologists on the panel")
            // ("Our REI and a family law attorney will cover reciprocal IVF… RSVP": the speakers)
            let speaker = (crate::text::one_of(before, crate::lines!["with", "con", "have", "featuring", "by", "tendremos"])
                || {
                    // (a few words on: "una abogada de familia explicarán…")
                    let after: Vec<&str> = s[m.end()..].split_whitespace().take(5).collect();
                    let presents = |w: &str| PRESENTING_VERBS.contains(w);
                    after.windows(2).any(|p| p[0] == "will" && presents(p[1]))
                        || after.iter().any(|w| crate::text::one_of(w.trim_end_matches('n'), crate::lines!["hablara", "explicara", "presentara", "respondera", "resolvera"]))
                })
                && event_announced(a);
            // ("with our malpractice attorney": the practice's own counsel)
            // ("our third-party reproduction attorney walks through…": the practice's own)
            // ("In this video, our pharmacist Abdikarim walks through…": a job a practice employs)
            // ("Nuestro abogado nos pidió no comentar": the same in Spanish)
            let our_counsel = m.as_str().contains("malpractice")
                || crate::text::one_of(m.as_str().split(' ').next().unwrap_or(""), crate::lines!["our", "nuestro", "nuestra", "nuestros", "nuestras"]) && crate::text::ends_with_line(m.as_str(), crate::lines!["attorney", "lawyer", "counsel", "abogada", "abogado", "pharmacist", "social worker", "surgeon", "scientist", "photographer"]);
            // ("I was a specialty pharmacist for eight years": the writer's own job)
            // ("why I became a fibroid surgeon")
            let writer = crate::lines![" i was", " i am", " i'm", " i've been", " ive been", " i became", " yo era", " yo soy", " yo fui", " me hice", " me converti en"].split_terminator('\n').any(|w| {
                let t = s[..m.start()].trim_end();
                t.ends_with(w) || t == &w[1..]
            });
            // ("talk to a family law attorney about your situation", "consulta con una abogada":
            // whoever the reader goes to)
            let referred = {
                let t = s[..m.start()].trim_end();
                crate::lines!["talk to", "talk with", "speak to", "speak with", "check with", "consult", "consult with", "consulta con", "consulte con", "habla con", "hable con", "see", "ask"].split_terminator('\n').any(|v| {
                    t.ends_with(v) && t[..t.len() - v.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
                })
                // ("con un abogado les gana seguro": any lawyer the reader finds)
                || (t.ends_with(" con") || t == "con") && (m.as_str().starts_with("un ") || m.as_str().starts_with("una "))
                // ("Talk with your clinic and a family-law attorney about your own situation":
                // the second of two the reader is sent to)
                || crate::text::ends_with_line(t, crate::lines![" and", " or", " y", " o"]) && {
                    let clause: Vec<&str> = t.split_whitespace().rev().take(6).collect();
                    clause.windows(2).any(|p| crate::text::one_of(p[0], crate::lines!["to", "with", "con"]) && crate::text::one_of(p[1], crate::lines!["talk", "speak", "check", "consult", "consulta", "consulte", "habla", "hable"]))
                }
            };
            // ("our tele-monitoring pilot", "a pilot study", "un programa piloto": a trial, not a flyer)
            let trial = (m.as_str().ends_with("pilot") || m.as_str().ends_with("piloto"))
                && (m.as_str().starts_with("our ")
                    || m.as_str().has_line(crate::lines!["program", "study", "estudio", "proyecto", "monitoring", "monitoreo"])
                    || crate::text::starts_with_line(rest, crate::lines!["program", "study", "project", "trial", "phase"]));
            // ("We partner with a nursing student group in Lafayette": a body of them, not one)
            let body = crate::text::starts_with_line(s[m.end()..].trim_start(), crate::lines!["group", "groups", "club", "association", "union", "council", "organization", "chapter", "society", "grupo", "asociacion", "sindicato", "colegio"]);
            // ("the 4th-grade teacher we've treated through five IVF cycles": "the" job holds one
            // person only with the practice's care of them after it)
            let the_one = !m.as_str().starts_with("the ") || m.as_str().as_bytes().get(4).is_some_and(u8::is_ascii_digit) && m.as_str().has_line(crate::lines!["year-old", "yr-old", " yo "]) || {
                let rest = s[m.end()..].trim_start();
                let rest = ["who ", "that ", "whom "].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
                crate::text::starts_with_line(rest, crate::lines!["we've treated", "we have treated", "we treated", "we've been treating", "we're treating", "we are treating", "we saw", "we've seen", "we've been seeing", "we helped", "we've helped", "we cared for", "we've cared for", "i treated", "i've treated", "i've been treating", "i saw", "we retrieved", "we transferred"])
            };
            anchored && the_one && !NOT_A_PATIENT_BEFORE.contains(before) && !usual && !speaker && !our_counsel && !writer && !referred && !trial && !body
        })
        || c.aged_person.find_iter(s).any(|m| {
            // "for a 35-year-old", "if you're a 40-year-old": general, not one person ("for my
            // 38yo" is the writer's patient)
            if m.as_str().starts_with("my ") || m.as_str().starts_with("our ") {
                return true;
            }
            if writer_aged(&s[s[..m.start()].rfind(|ch: char| ch == '.' || ch == ',').map_or(0, |k| k + 1)..]) {
                return false;
            }
            let before = s[..m.start()].split_whitespace().next_back().unwrap_or("");
            !GENERAL_BEFORE.contains(before)
        })
        // ("Please welcome Dami Ogunleye to our team! … still coaches his son's soccer team":
        // the colleague's own family)
        || if colleague_profile { patient_ref_beyond_own_family(a, s) } else { specific_patient_ref(a, s) }
        || c.singular_who_clause(s)
        // "his varicocele" in a reply that says "your husband" is the reader's family, not a patient story
        || a.care[i] && c.has_pronoun(s) && !(conversational && (c.addresses_reader(s) || has_handle(a, i)))
            // "Michelle Obama wrote about IVF in her memoir": the pronoun is the public figure's;
            // "when a patient tells you her...": any patient's.
            && !a.people.iter().any(|p| p.sentence == i && p.kind == PersonKind::Public)
            && !GENERIC_PERSON.is_match(s)
            // ("A guy with a varicocele can improve his count": anyone's)
            && !indefinite_can(s, 0)
            && !super::people::pronouns_are_staffs(a, s)
            // ("the Governor spoke openly about her own IVF journey": a public story)
            && !super::people::speaks_publicly(a, i)
            // "Meet Obinna, our new supervisor. He joins us from a lab in Houston": the colleague
            && !colleague_profile
            && !writers_mother_away_from_care(a, s)
            // ("Please welcome Kenji Harada, our new lab supervisor! Kenji spent 20 years in
            // embryology labs…, holds his certification": the sentence opens with the colleague)
            && !(a.people.iter().any(|p| p.kind == PersonKind::Staff && p.sentence == i && p.span.start == a.sentences[i].start)
                && !a.people.iter().any(|p| p.kind == PersonKind::Private)
                && !specific_patient_ref(a, s))
        || a.opts.context == ComposeContext::ReviewReply && c.addresses_reader(s) && !speaks_to_any_reader(s)
        // "Hi Tamsin! Your HSG is confirmed for...": "you" is the person greeted by name.
        || (c.addresses_reader(s) || a.lang == crate::options::Lang::Es && s.split(|ch: char| !ch.is_alphanumeric()).any(|w| crate::text::one_of(w, crate::lines!["su", "sus", "le"])))
            && a.people.iter().any(|p| p.vocative && p.kind == PersonKind::Private)
}

/// "What is reciprocal IVF? One mom provides the eggs and the other carries the pregnancy",
/// "¿Qué es la FIV recíproca? Una de las dos mamás aporta los óvulos…": sentence `i` answers the
/// question before it, and so describes anyone, unless it names someone or says when.
fn answers_what_is(a: &Analysis, i: usize) -> bool {
    if i == 0 || a.people.iter().any(|p| p.sentence == i) {
        return false;
    }
    let q = a.sentence_folded(i - 1).trim_start_matches(['¿', '¡']);
    let asked = q.trim_end().ends_with('?')
        && crate::text::starts_with_line(q, crate::lines!["what is ", "what's ", "whats ", "how does ", "how do ", "que es ", "en que consiste ", "como funciona "]);
    let s = a.sentence_folded(i);
    asked && !s.has_line(crate::lines!["yesterday", "today", "this morning", "last week", "last month", "ayer", "hoy", "esta manana", "la semana pasada", "el mes pasado"])
}

/// Whether the text announces an event (a talk, a workshop, an info night) its readers may join.
fn event_announced(a: &Analysis) -> bool {
    static EVENTS: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| PhraseSet::literal(&[
        "rsvp", "register", "webinar", "seminar", "workshop", "info night", "info session", "q&a", "panel", "open house",
        "inscrib", "charla", "taller", "conversatorio", "sesion informativa",
    ]));
    EVENTS.inside(&a.folded.s)
}

/// "the families who came to us", "las parejas que llegaron con nosotros": many people, before
/// the phrase at `at`.
fn many_who(s: &str, at: usize) -> bool {
    // ("bring whoever you lean on": anyone the reader likes)
    if s[at..].starts_with("whoever") && matches!(s[..at].split_whitespace().next_back(), Some("bring" | "invite" | "with" | "and" | "trae" | "traiga")) {
        return true;
    }
    let mut before = s[..at].split_whitespace().rev();
    matches!(before.next(), Some("who" | "que")) && before.next().is_some_and(|n| n.len() > 3 && n.ends_with('s') && !n.ends_with("ss"))
}

/// Whether the folded sentence says it is general information ("general info only", "not
/// medical advice", "información general"): the advice rule gives no directive in it, and it
/// tells no one's story.
pub fn calls_itself_general(s: &str) -> bool {
    s.has_line(crate::lines!["general info", "not medical advice", "informacion general"])
}

/// "según ACOG", "according to the CDC", "per SART data": a sentence that gives its source.
/// "La Cámara aprobó un proyecto…", "the bill would cap…": news of a law or a bill.
fn sourced_or_legislation(s: &str) -> bool {
    static CUES: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| {
        PhraseSet::from_lines(crate::lines![
            "segun acog", "segun la acog", "segun el cdc", "segun los cdc", "segun la asrm", "segun sart", "segun la oms", "segun datos", "segun los datos",
            "de acuerdo con la acog", "de acuerdo con el cdc", "de acuerdo con la oms", "according to acog", "according to the acog", "according to the cdc",
            "according to cdc", "according to sart", "according to the asrm", "according to asrm", "according to the who", "according to the data",
            "per cdc", "per the cdc", "per sart", "per acog", "per asrm", "per the who", "per the data",
            "proyecto de ley", "aprobo un proyecto", "aprobo una ley", "la camara aprobo", "el senado aprobo", "the bill", "a bill that",
            "signed into law", "the legislature", "la legislatura", "nueva ley", "new law",
        ])
    });
    CUES.any_in(s)
}

/// A sentence whose "you" is any reader: "if you…", "for anyone comparing clinics… you can look"
/// (not the reproach "if you'd shown up on time").
pub fn speaks_to_any_reader(s: &str) -> bool {
    let conditional = s.match_indices("if you").any(|(k, m)| !(s[k + m.len()..].starts_with("'d") || s[k + m.len()..].starts_with(" had")));
    conditional || s.has_line(crate::lines!["si usted", "for anyone", "you can "])
}

/// "Fifteen years ago I was the patient: a 34-year-old resident in Jackson…": the writer tells
/// their own time as a patient, and the ages and towns in that sentence are their own.
pub fn writer_was_patient(s: &str) -> bool {
    static CUES: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| PhraseSet::literal(&["i was the patient", "i was a patient", "i was also a patient", "i was also the patient", "i have also been a patient", "i've also been a patient", "estuve al otro lado", "been on the other side of", "i was on the other side of", "i've been on the other side", "i was an ivf patient", "i was an infertility patient", "i've been the patient", "i have been the patient",
        "yo fui la paciente", "yo fui paciente", "fui paciente", "he sido paciente", "he sido la paciente", "yo era la paciente", "yo era paciente", "la paciente era yo", "el paciente era yo", "the patient was me",
        "a former ivf patient", "former ivf patient myself", "mi propia historia", "my own story", "he estado al otro lado", "he estado del otro lado", "estuve del otro lado", "estado en el otro lado", "i've sat on the other side", "sat where you are sitting",
        // ("straight talk on male infertility from a guy who's been there")
        "who's been there", "who has been there", "que ya paso por esto", "que ha pasado por esto",
        // ("IVF nurse in Tulsa | did 3 rounds of IUI myself back in 2016")
        "iui myself", "ivf myself", "rounds myself", "cycles myself", "retrievals myself", "transfers myself", "fiv yo misma", "yo misma pase por", "yo misma hice",
        // ("yes I'm Dr. Nadège and yes I ugly-cried at my own beta")
        "my own beta", "my own ivf", "my own retrieval", "my own transfer", "my own egg retrieval", "mi propia beta", "mi propia fiv",
        // ("con 34 años … congelé mis propios óvulos": the writer's own eggs)
        "my own eggs", "my own embryos", "froze my eggs", "mis propios ovulos", "mis propios embriones", "congele mis ovulos",
        // ("my husband and I drove … for our own IVF")
        "our own ivf", "our own retrieval", "our own transfer", "nuestra propia fiv",
        "carrier myself", "surrogate myself", "i was a carrier", "i was a surrogate", "i've been a carrier", "i've been a surrogate", "fui gestante", "yo fui gestante"]));
    CUES.inside(s) || writer_aged(s) || writer_was_trying(s) || writer_was_that_person(s)
}

/// "I was the guy staring at his own semen analysis in a parking lot", "yo era la mujer que
/// lloraba con su propio resultado": the writer, as the person of their own story.
fn writer_was_that_person(s: &str) -> bool {
    ["i was the ", "i was that ", "yo era la ", "yo era el ", "yo era esa ", "yo era ese ", "yo fui la ", "yo fui el "].iter().filter_map(|w| s.find(w).map(|k| &s[k + w.len()..])).any(|rest| {
        let (noun, after) = rest.split_once(' ').unwrap_or((rest, ""));
        crate::text::one_of(noun, crate::lines!["guy", "man", "woman", "girl", "lady", "dude", "husband", "wife", "one", "chica", "chico", "mujer", "hombre", "senora", "muchacha", "muchacho"])
            && after.has_line(crate::lines![" own ", "own ", " propio", " propia"])
    })
}

/// Whether sentence `i` tells the writer's own time as a patient: it says so itself
/// ([`writer_was_patient`]), or it goes on in the first person from a sentence that did ("…I
/// was the patient. Two retrievals at 37 and 38 while I was a fellow in Seattle…") and names
/// no one else.
pub fn writers_own_story(a: &Analysis, i: usize) -> bool {
    let s = a.sentence_folded(i);
    writer_was_patient(s)
        || i > 0
            && writer_was_patient(a.sentence_folded(i - 1))
            && s.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, crate::lines!["i", "my", "me", "yo", "mi", "mis"]))
            && !specific_patient_ref(a, s)
            && !a.people.iter().any(|p| p.sentence == i && matches!(p.kind, PersonKind::Private | PersonKind::Unknown))
}

/// "In 2011 I was a Navy spouse in Norfolk with two failed IUIs", "yo era una enfermera recién
/// casada con dos pérdidas": the writer, as they were, with their own failed treatment or loss.
fn writer_was_trying(s: &str) -> bool {
    static WAS: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| PhraseSet::literal(&["i was a", "era un"]));
    if !WAS.inside(s) {
        return false;
    }
    const OWN_TRIES: &str = crate::lines!["failed iui", "failed ivf", "failed transfer", "failed cycle", "failed round", "miscarriage", "trying to conceive", "iuis fallid", "fiv fallid", "transferencias fallid", "perdidas", "abortos"];
    ["i was a ", "i was an ", "yo era una ", "yo era un ", "era una "].iter().filter_map(|w| s.find(w).map(|k| &s[k..])).any(|rest| {
        // (the tries must be the writer's: not "I was a new nurse when a patient with two failed IUIs…")
        OWN_TRIES.split_terminator('\n').filter_map(|t| rest.find(t)).min().is_some_and(|end| {
            !rest[..end].has_line(crate::lines![" when ", " patient", " who ", " whose ", " she ", " her ", " he ", " his ", " cuando ", " paciente", " que "])
        })
    })
}

/// "Before I was an RE, I was a 34-year-old fellow freezing my own eggs", "cuando yo era una
/// residente de 31 años": the writer, at an age they give.
fn writer_aged(s: &str) -> bool {
    static AGED_WRITER: std::sync::LazyLock<crate::text::Regex> = std::sync::LazyLock::new(|| {
        // ("I was 34 and my husband was stationed…", "I was 31 when we started trying")
        crate::text::regex(r"\bi(?: was|'m| am) an? \d{2}(?:-year-old| year old|-yr-old| ?yo\b)|\byo era una? [a-z]+ de \d{2} anos\b|\bi(?: was|'m| am) \d{2},? (?:and (?:my|i|we)|when (?:i|we|my|our|she|he)\b)|\b(?:yo )?tenia \d{2} (?:anos )?(?:y mi|cuando (?:empece|empezamos|mi))\b")
    });
    AGED_WRITER.is_match(s)
}

/// A patient reference that points at one person: not "never had a patient", "every patient".
/// A care word of data/vocab/care.txt that is an appointment told as someone's ("your
/// appointment", "her appt", "su cita"): a visit, without what it was for ("prenatal
/// appointment" says more).
pub fn appointment_word(w: &str) -> bool {
    w.split_once(' ').is_some_and(|(whose, what)| crate::text::one_of(whose, crate::lines!["your", "her", "his", "their", "su", "tu"]) && crate::text::one_of(what, crate::lines!["appointment", "appt", "cita"]))
}

/// Whether `s` gives a percentage and cites a body's figures: "according to the CDC", "de
/// acuerdo con la ASRM", "según la OMS".
pub fn sourced_rate(s: &str) -> bool {
    s.contains('%') && ["according to ", "de acuerdo con ", "segun ", "data from ", "datos de "].iter().any(|cue| {
        s.match_indices(cue).any(|(k, c)| {
            s[k + c.len()..].split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()).take(2).any(|w| crate::text::one_of(w, crate::lines!["asrm", "cdc", "sart", "who", "oms", "acog", "eshre", "nih", "redlara", "sef", "hfea"]))
        })
    })
}

/// "A guy with a varicocele can improve his count", "Una mujer con SOP puede ovular con
/// letrozol": from byte `start`, someone indefinite who can or may, on no day told: anyone.
fn indefinite_can(s: &str, start: usize) -> bool {
    crate::text::starts_with_line(&s[start..], crate::lines!["a ", "an ", "un ", "una "])
        && s[start..].split(|c: char| !c.is_alphanumeric()).take(12).any(|w| crate::text::one_of(w, crate::lines!["can", "may", "might", "could", "tends", "puede", "pueden", "podria", "suele"]))
        && !s.has_line(crate::lines!["today", "yesterday", "this morning", "last week", "this week", "hoy", "ayer", "esta manana", "esta semana", "la semana pasada"])
}

/// "El espermograma es parte del estudio de la pareja", "part of the couple's workup", "the
/// evaluation of the couple includes…": the workup every couple gets, told as routine. (Not "la
/// evaluación de la pareja mostró…", one couple's result.) `start` is where the couple is named.
fn routine_workup(s: &str, start: usize) -> bool {
    const WORKUP: &str = crate::lines!["estudio", "evaluacion", "valoracion", "abordaje", "workup", "work-up", "evaluation", "assessment"];
    let before: Vec<&str> = s[..start].split_whitespace().rev().take(3).collect();
    let rest: Vec<&str> = s[start..].split_whitespace().skip_while(|w| *w == "the").take(2).collect();
    let of_the = matches!(before.as_slice(), ["la" | "the", "de" | "of", w, ..] if crate::text::one_of(w, WORKUP))
        || matches!(before.as_slice(), ["de" | "of", w, ..] if crate::text::one_of(w, WORKUP)) && crate::text::starts_with_line(&s[start..], crate::lines!["la ", "the "]);
    let possessive = rest.len() == 2 && crate::text::one_of(rest[0], crate::lines!["couple's", "couple’s"]) && crate::text::one_of(rest[1].trim_end_matches(|c: char| !c.is_alphanumeric()), WORKUP);
    (of_the || possessive) && s.has_line(crate::lines![" part of", " parte de", " parte basica", " parte del", "include", "incluye"])
}

pub fn specific_patient_ref(a: &Analysis, s: &str) -> bool {
    // ("In general, … the donor's age at retrieval matters more than the recipient's": any donor)
    if ["in general", "generally", "typically", "as a rule", "en general", "por lo general", "generalmente"].iter().any(|g| s.starts_with(g) && s[g.len()..].starts_with([',', ' '])) {
        return false;
    }
    // ("De acuerdo con la ASRM, una pareja sana de veintitantos tiene alrededor de 25% de
    // probabilidad…": a sourced rate, about anyone)
    if sourced_rate(s) {
        return false;
    }
    let not_general = |start: usize| {
        let before: Vec<&str> = s[..start].split_whitespace().rev().take(2).collect();
        // "never had a patient", "every patient", and comparisons: "nothing like a patient who..."
        // "when a patient tells you", "every time I call a patient": any patient, habitually.
        // ("when the patient's husband faints" is one scene, told as a story).
        // ("we never post … unless the patient has signed", "salvo que la paciente lo autorice": a rule's condition)
        let habitual = s[..start].has_line(crate::lines!["every time", "whenever", "cada vez", "siempre que"])
            || s[..start].split_whitespace().rev().take(3).any(|w| crate::text::one_of(w, crate::lines!["unless", "menos", "salvo"]))
            || s[..start].split_whitespace().rev().take(4).any(|w| crate::text::one_of(w, crate::lines!["when", "cuando", "whenever"]))
                && crate::text::starts_with_line(&s[start..], crate::lines!["a ", "an ", "un ", "una "]);
        // "6 years ago I was the patient": the writer's own story.
        // ("unpopular take from someone who's been on the other side": the writer)
        let own = matches!(before.as_slice(), ["was", "i", ..] | ["am", "i", ..] | ["i'm", ..] | ["fui", ..] | ["from" | "as" | "como", ..]) && s[start..].starts_with("someone")
            || matches!(before.as_slice(), ["was", "i", ..] | ["am", "i", ..] | ["i'm", ..] | ["fui", ..]);
        // ("replying to the guy whose SA…", "respondiendo a la muchacha que subió su AMH": the reader)
        if replying_to(&s[..start]) {
            return false;
        }
        // "myths pt 3": part three; ("Friday 12–2 PT": Pacific time)
        let part = s[start..].strip_prefix("pt ").is_some_and(|t| t.starts_with(|ch: char| ch.is_ascii_digit()))
            || s[start..].starts_with("pt") && {
                let b = s[..start].trim_end();
                let b = b.strip_suffix("am").or_else(|| b.strip_suffix("pm")).map_or(b, str::trim_end);
                b.ends_with(|ch: char| ch.is_ascii_digit())
            };
        // ("get in and out before PT or school drop-off": a service member's physical training)
        let training = s[start..].starts_with("pt")
            && matches!(before.first(), Some(&("before" | "after" | "during" | "morning" | "skip" | "miss")))
            && {
                let after = s[start + 2..].trim_start();
                after.is_empty() || after.starts_with("or ") || after.starts_with([',', '.', '!', ')'])
            };
        if part || training {
            return false;
        }
        // ("DM us the word DONOR": a word to type, not a person)
        if ["the word ", "la palabra ", "the keyword ", "el texto "].iter().any(|w| s[..start].ends_with(w) || s[start..].starts_with(w)) {
            return false;
        }
        // "ninguna paciente se va sin su bebé", "if a patient brings her baby": the generic
        // person earlier in the sentence is whose baby it is.
        let generic_owner = GENERIC_PERSON.is_match(&s[..start])
            // "we can't confirm whether anyone is or was a patient here"
            || s[..start].has_line(crate::lines!["whether anyone", "if anyone", "confirm whether", "confirm that anyone", "si alguien"])
            // ("300 familias… y ni una se ha ido sin su bebé", "not one of them left without their baby")
            || s[..start].has_line(crate::lines!["ni una se ", "ni uno se ", "ninguna se ", "ninguno se ", "not one of them", "none of them", "not one has", "not one left"])
            // ("9 de cada 10 parejas se van con su bebé", "9 out of 10 couples take their baby home"): a share of many
            || s[..start].has_line(crate::lines!["de cada ", "out of every ", "out of 10 ", "out of ten ", " in 10 ", " in ten "]);
        // "want to be a gestational carrier?", "become a donor": a role anyone can take
        // ("watching doesn't make you my patient": a relationship denied)
        // ("What is a gestational carrier?", "¿Qué es una donante?": a definition asked for)
        // ("a staff volunteer playing the patient", "una enfermera haciendo de paciente": a part
        // acted, in a training film)
        let role = before.first().is_some_and(|w| crate::text::one_of(*w, crate::lines!["be", "become", "becoming", "ser", "playing", "plays", "played", "portraying", "interpretando"]))
            || matches!(before.as_slice(), ["de", "haciendo" | "hace" | "hizo", ..])
            || matches!(before.as_slice(), ["is", "what", ..] | ["es", "que" | "¿que", ..] | ["is", "who", ..] | ["es", "quien" | "¿quien", ..])
            || matches!(before.as_slice(), ["you", "make" | "makes" | "made", ..] | ["en", "convierte", ..]);
        // ("whoever put a guy who's trying to conceive on T": any such person)
        let generic_owner = generic_owner || s[..start].has("whoever") || s[..start].has("quien sea que");
        // ("A guy with a varicocele can improve his count", "Una mujer con SOP puede ovular con
        // letrozol"): someone indefinite who can or may, with no day told, is anyone
        let modal = indefinite_can(s, start);
        !habitual && !own && !generic_owner && !role && !modal && !before.iter().any(|w| NONE_BEFORE.contains(*w))
    };
    // "Patient this morning asked if…", "Paciente llamó para…": a note's bare "patient"
    // opening the sentence, then a time or a verb in the past, is one patient
    // ("storytime 🧵 guy came in swearing…": after a story's opener, a bare "guy" or "couple" too)
    let opened = s.strip_prefix("storytime").or_else(|| s.strip_prefix("story time")).unwrap_or(s).trim_start_matches(|c: char| !c.is_alphanumeric());
    // ("Amish couple from out past…", "Pareja haitiana de Quilicura, ella 29…": one word that
    // says what kind may stand before the English noun or after the Spanish one)
    let described = DESCRIBED_COUPLE.captures_iter(opened).next().is_some_and(|c| {
        let kind = c.get(1).or(c.get(2)).map_or("", |m| m.as_str());
        !crate::text::one_of(kind, crate::lines!["every", "each", "any", "our", "the", "this", "that", "a", "an", "no", "one"])
            && opened.split_whitespace().skip(3).take(14).any(|x| x.starts_with(|c: char| c.is_ascii_digit()) || OPENING_PATIENT_VERBS.contains(x))
    });
    let opening_patient = described || ["patient ", "paciente ", "pt ", "guy ", "lady ", "dude ", "couple ", "pareja "].iter().find_map(|n| opened.strip_prefix(n)).is_some_and(|rest| {
        let w = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        crate::text::starts_with_line(rest, crate::lines!["this morning", "this afternoon", "today", "yesterday", "last night", "tonight", "hoy", "ayer", "esta manana", "esta tarde"])
            || w.len() > 4 && w.ends_with("ed")
            || OPENING_PATIENT_VERBS.contains(w)
            // ("couple from a reciprocal IVF case says we transferred…": where from, then what they say)
            || crate::text::one_of(w, crate::lines!["from", "de"]) && rest.split_whitespace().take(10).any(|x| crate::text::one_of(x, crate::lines!["says", "said", "claims", "claimed", "alleges", "sued", "dice", "dijo", "alega", "demando"]))
    });
    // ("en nuestra clínica nadie se va sin su bebé": nobody in particular)
    // ("aquí quien empieza el tratamiento acaba con su bebé", "everyone who … takes their baby home": anyone)
    opening_patient || sues_the_practice(s) || FAMILY_OF_BABY.is_match(s) && !s.has_line(crate::lines!["nadie ", "nobody ", "no one ", "quien ", "toda ", "todas ", "everyone ", "every patient", "all our "])
        || a.cues.patient_ref.find_iter(s).any(|(r, _)| !provider_whoever(s, r.clone()) && !reader_whoever(s, r.clone()) && not_general(r.start) && !many_who(s, r.start) && !routine_workup(s, r.start))
        || a.cues.person_ref.captures_iter(s).any(|c| {
            let m = c.get(0).unwrap();
            let det = c.get(1).or(c.get(4)).map_or("", |n| n.as_str());
            let noun = c.get(2).or(c.get(5)).map_or("", |n| n.as_str());
            let next = c.get(3).or(c.get(6)).map_or("", |n| n.as_str());
            let noun_at = c.get(2).or(c.get(5)).map_or(0, |n| n.start());
            // "one very patient lab director" (the adjective), "myths pt 3" (part three)
            let word_before_noun = s[..noun_at].split_whitespace().next_back().unwrap_or("");
            // "my malpractice carrier", "our insurance carrier": a company
            if noun == "carrier"
                && (crate::text::one_of(word_before_noun, crate::lines!["malpractice", "insurance", "phone", "mail", "cell", "wireless", "liability", "cable"])
                    // "a positive carrier result", "carrier screening": a test, not a gestational carrier
                    || crate::text::one_of(next, crate::lines!["result", "results", "screening", "status", "test", "testing", "panel", "screen", "frequency", "rate"]))
                || noun == "patient" && crate::text::one_of(word_before_noun, crate::lines!["very", "so", "most", "more", "too", "extremely", "incredibly", "super", "really"])
                || noun == "pt" && s[noun_at + 2..].trim_start().starts_with(|ch: char| ch.is_ascii_digit())
                // "el portal del paciente": the patient as anyone, inside a thing's name
                || crate::text::one_of(word_before_noun, crate::lines!["del", "of"])
                // "our patient concierge", "our patient coordinator": a job
                || noun == "patient" && (crate::text::one_of(next, crate::lines!["concierge", "liaison"]) || MODIFIED_NOUNS.contains(&next))
                // ("our new donor and gestational carrier coordinator": a job, the nouns joined
                // before it)
                // ("Our McAllen donor center has moved", "skip the donor IUI": a place or a treatment)
                || crate::text::one_of(noun, crate::lines!["donor", "carrier", "surrogate"]) && DONOR_THINGS.contains(next)
                || crate::text::one_of(noun, crate::lines!["donor", "carrier", "surrogate", "patient"]) && (next == "and" || s[noun_at + noun.len()..].trim_start().starts_with('&')) && {
                    // (within the three words after "and")
                    let mut job = false;
                    for w in s[noun_at + noun.len()..].trim_start().splitn(5, ' ').skip(1).take(3) {
                        // ("our free egg donor & carrier guide": a thing for them)
                        job |= crate::text::starts_with_line(w, crate::lines!["coordinator", "program", "team", "nurse", "navigator", "liaison", "manager", "agency"])
                            || MODIFIED_NOUNS.contains(w.trim_end_matches(|ch: char| !ch.is_alphanumeric()));
                    }
                    job
                }
            {
                return false;
            }
            // ("POV: the 10th patient this week asks if sweet potatoes cure infertility": one of
            // many, counted)
            if crate::text::one_of(det, crate::lines!["the", "la", "el"])
                && (word_before_noun.ends_with("th") && word_before_noun.starts_with(|ch: char| ch.is_ascii_digit())
                    || crate::text::one_of(word_before_noun, crate::lines!["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twelfth", "twentieth", "millionth", "tercera", "cuarta", "quinta", "sexta", "septima", "octava", "decima", "enesima"]))
            {
                return false;
            }
            // ("Otra paciente hoy con un video de TikTok…" is one patient; "otra paciente
            // exigiendo resultados…" without a moment is a type)
            if crate::text::one_of(det, crate::lines!["otra", "otro"]) && !s.has_line(crate::lines!["hoy", "ayer", "anoche", "esta manana", "esta tarde", "esta semana"]) {
                return false;
            }
            // ("se usan óvulos de una donante", "eggs from a donor": a source, anyone)
            let before_match = s[..m.start()].split_whitespace().next_back().unwrap_or("");
            // ("a pregnancy as an individual or with a partner", "como paciente": a role, anyone's)
            if crate::text::one_of(before_match, crate::lines!["as", "como"]) && crate::text::one_of(det, crate::lines!["a", "an", "una", "un"]) {
                return false;
            }
            // ("as an individual or with a partner", "single or with a partner": anyone's partner)
            if noun == "partner" && crate::text::one_of(det, crate::lines!["a", "an"]) && crate::text::one_of(before_match, crate::lines!["with", "without", "or", "and", "need", "needs", "have", "has"]) {
                return false;
            }
            // ("explained by our agency partner's attorney": a practice's partner is a business)
            if noun == "partner" && det == "our" {
                return false;
            }
            if crate::text::one_of(det, crate::lines!["a", "an", "una", "un"]) && crate::text::one_of(before_match, crate::lines!["de", "from", "of"]) && crate::text::one_of(noun, crate::lines!["donor", "donante"]) {
                return false;
            }
            if routine_workup(s, noun_at) {
                return false;
            }
            // Words that mean a patient take any determiner; a plain person ("this girl", "the
            // man") only when a story introduces them ("a woman", "our mom of twins").
            let patientish = PATIENT_NOUNS.contains(noun);
            let introduces = crate::text::one_of(det, crate::lines!["a", "an", "one", "our", "my", "una", "un", "nuestra", "nuestro"]);
            // "your husband" in a reply is the reader's family; in a post "your partner" is any
            // reader's. Only "your patient" (said to clinicians) is somebody else.
            let yours = crate::text::one_of(det, crate::lines!["your", "tu", "su"]);
            let conversational = a.opts.context.is_conversational();
            let noun_end = c.get(2).or(c.get(5)).map_or(0, |n| n.end());
            // ("A carrier is the woman who carries…", "Una donante es la mujer que…": a definition)
            if m.start() == 0 && crate::text::starts_with_line(&s[noun_end..], crate::lines![" is the ", " is a ", " is an ", " is someone", " es la ", " es una ", " es el ", " es un ", " es quien "]) {
                return false;
            }
            // ("the woman suing us signed the consent twice": the one who sued the practice was its patient)
            let sues_us = crate::text::starts_with_line(s[noun_end..].trim_start(), crate::lines!["suing us", "who sued us", "who is suing us", "who's suing us", "que nos demanda", "que nos demando"]);
            let determiner_ok = if yours { noun == "patient" && !conversational } else { patientish || introduces || sues_us };
            // "patient portal", "family picnic", "donor program": the noun modifies another.
            // ("our donor-program coordinator", "a patient-facing role": a hyphenated compound)
            let modifier = MODIFIED_NOUNS.contains(&next) || s[noun_end..].starts_with('-');
            // "my husband and I went through three IUIs": the writer's own story, told with
            // their spouse
            // "within a couple months", "a couple of weeks": a few, not two people
            let few = noun == "couple"
                && COUPLE_AS_FEW.contains(next);
            if few {
                return false;
            }
            let with_writer = det == "my" && crate::text::one_of(noun, crate::lines!["husband", "wife", "partner"]) && (s[noun_end..].starts_with(" and i ") || s[noun_end..].starts_with(" and me "))
                // ("w/ my mom in the woods behind her house": the writer's mother, away from care)
                || det == "my" && crate::text::one_of(noun, crate::lines!["mom", "mother"]) && writers_mother_away_from_care(a, s);
            // "a two-time IVF mom myself": the writer
            if with_writer || s[noun_end..].trim_start().starts_with("myself") || s[noun_end..].trim_start().starts_with("yo misma") {
                return false;
            }
            let words_between = m.as_str().split_whitespace().count();
            // "the patient experience team": adjectives in between must not be clinic words.
            let clinic_words = m.as_str().split_whitespace().any(|w| GENERIC_ADJECTIVES.contains(w) && noun == "patient");
            determiner_ok && !modifier && !clinic_words && words_between <= 6 && not_general(m.start())
        })
}

/// "w/ my mom in the woods behind her house 🍄 back Monday for your monitoring appts": the
/// writer's mother, in a clause (up to an emoji or a mark on either side) with no care in it.
fn writers_mother_away_from_care(a: &Analysis, s: &str) -> bool {
    let Some(k) = s.find("my mom ").or_else(|| s.find("my mother ")) else {
        return false;
    };
    let edge = |c: char| matches!(c, '.' | '!' | '?' | ';') || !c.is_ascii() && !c.is_alphabetic();
    let from = s[..k].char_indices().rev().find(|&(_, c)| edge(c)).map_or(0, |(e, c)| e + c.len_utf8());
    let to = s[k..].find(edge).map_or(s.len(), |e| k + e);
    !a.cues.care_in(&s[from..to])
}

/// Nouns that a person word can modify: "patient portal", "family picnic", "donor program".
static MODIFIED_NOUNS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "portal", "advocate", "advocates", "coordinator", "coordinators", "experience", "relations", "line", "packet",
    "explanations", "explanation", "conversations", "calls", "emails", "messages", "visits",
    "forms", "form", "education", "educator", "care", "services", "service", "navigator", "navigators", "council",
    "guide", "guides", "handbook", "survey", "satisfaction", "safety", "privacy", "stories", "story", "program",
    "programs", "bank", "egg", "eggs", "sperm", "agency", "agencies", "picnic", "day", "event", "events", "medicine",
    "planning", "building", "friendly", "of", "resources", "support", "group", "groups", "center", "centre",
    "questions", "faq", "intake", "registration", "matching", "profile", "profiles", "database", "pool", "screening",
    "leave", "benefits", "benefit", "history", "members", "member",
    // ("our egg donor recruitment ads", "donor application")
    "recruitment", "recruiting", "ads", "ad", "application", "applications", "listings", "campaign",
    // "the donor mix-up", "the donor-swap case": an event named after the role
    "mix-up", "mix", "mixup", "swap", "lawsuit", "suit", "case", "error", "errors", "compensation",
    // "our patient assistance fund", "patient appreciation night"
    "fund", "funds", "assistance", "financial", "financing", "fundraiser", "scholarship", "scholarships", "grant", "grants",
    "appreciation", "lounge", "newsletter", "webinar", "workshop", "seminar", "class", "classes", "panel", "night",
    "fact", "handout", "handouts", "leaflet", "brochure", "booklet", "sheet", "sheets",
    // "our partner site on Broadway", "partner clinics", "partner labs": a place working with us
    "site", "sites", "clinic", "clinics", "lab", "labs", "office", "offices", "practice", "practices", "pharmacy",
    "pharmacies", "hospital", "hospitals", "organization", "organizations", "location", "locations",
]);

/// Whether sentence `i` has an @handle or u/username.
pub fn has_handle(a: &Analysis, i: usize) -> bool {
    let r = a.sentences[i].clone();
    let s = &a.text[r];
    s.match_indices('@').any(|(k, _)| {
        s[k + 1..].chars().next().is_some_and(|ch| ch.is_alphanumeric() || ch == '_')
            && (k == 0 || !s[..k].chars().next_back().is_some_and(char::is_alphanumeric))
    }) || s.has("u/")
}

/// Nouns a "who" clause follows without pointing at one private person: anyone, a moment, a
/// thing, a colleague ("someone who", "the day that", "my supervisor who").
static NOT_ONE_PERSON: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "anyone", "someone", "everyone", "anybody", "somebody", "everybody", "one", "people", "those",
    // places ("the only surgeon between Macon and the Gulf whose patients…")
    "gulf", "coast", "river", "valley", "city", "state", "county", "town", "region", "area", "border", "island", "bay", "lake",
    "procedure", "procedimiento", "way", "day", "time", "moment", "thing", "cycle", "ciclo", "momento", "dia",
    "forma", "manera", "women", "men", "folks", "children", "re", "rei", "doctor", "doc", "clinic", "ob",
    "obgyn", "provider", "specialist", "nurse", "medico", "clinica", "supervisor", "boss", "mentor",
    "colleague", "attending", "professor", "jefa", "jefe", "urologist", "andrologist", "endocrinologist",
    "embryologist", "gynecologist", "surgeon", "therapist", "counselor", "lab", "urologo", "ginecologo",
    "ginecologa", "coordinator", "coordinadora", "coordinador", "navigator", "interpreter", "interprete",
    "receptionist", "scheduler", "biller", "team", "staff", "agency", "company", "program", "group", "crew", "squad", "bunch", "cohort", "club", "grupo", "equipo",
    // ("the Becton Dickinson rep who brought the facturas": a supplier's people)
    "rep", "representative", "vendor", "courier", "supplier", "proveedor", "repartidor",
    // ("the influencer who DM'd us asking for a free egg freeze": a public account, not a patient)
    "influencer", "influencers",
]);

/// Objects after a provider's act ("put you", "told her").
static OBJECTS_OF_CARE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "you", "him", "her", "them", "a", "an", "your", "his", "my", "their", "that", "the", "this", "our", "it",
    "these", "those"
]);

/// Prepositions (English and Spanish).
static PREPOSITIONS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "for", "of", "to", "in", "with", "on", "at", "from", "by", "about", "para", "de", "en", "con", "por"
]);

/// Spanish person nouns a "que" clause may follow.
static PERSON_NOUNS_ES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "paciente", "mujer", "senora", "senor", "chica", "chico", "pareja", "mama", "papa", "donante", "esposo",
    "esposa", "muchacha", "muchacho", "hombre", "madre", "padre", "joven", "bebe", "familia",
    // (regional words for a young man or woman: "a un pibe que quedó azoospérmico")
    "pibe", "piba", "chabon", "cabro", "cabra", "chamo", "chama", "morro", "morra", "chaval", "chavala", "pelado", "pelada", "man", "vato", "senorita", "mina", "loca", "loco", "gallo", "parejita",
    // (diminutives: "a la pacientita que ayer salió llorando")
    "pacientita", "pacientito", "mamita", "muchachita", "muchachito", "chamaca", "chamaco",
]);

/// Words before a person noun that make it no patient here: the writer ("I'm", "myself"), a
/// source ("from", "by"), a career ("as") or anyone ("if", "when").
static NOT_A_PATIENT_BEFORE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "me", "i'm", "im", "myself", "you're", "youre", "are", "from", "by", "as", "como", "if", "when",
    "whenever", "si", "cuando"
]);

/// Words that make a role whoever holds it ("there's usually a social worker who…").
const USUALLY: &str = crate::lines!["usually", "typically", "normally", "generalmente", "normalmente"];

/// Words before a patient word that make it anyone ("for", "if", "every").
static GENERAL_BEFORE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "for", "if", "like", "as", "than", "every", "each", "any", "para", "si", "cada", "eres", "seas", "sea"
]);

/// Words that make a patient reference nobody in particular ("never", "any").
static NONE_BEFORE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "never", "ever", "no", "not", "nothing", "nada", "any", "every", "each", "had", "like", "if", "as", "hasn't", "haven't", "hasnt", "havent",
    "ningun", "ninguna", "cada", "como", "si"
]);

/// Words after "couple" that make it "a few" ("a couple of weeks").
static COUPLE_AS_FEW: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "of", "months", "weeks", "days", "years", "hours", "minutes", "times", "more", "cycles", "rounds",
    "tries", "transfers", "visits", "questions", "things", "extra", "dozen"
]);

/// What "whoever" did in a complaint about someone at work ("whoever thawed it", "whoever built it", "whoever approved this").
static WHOEVER_ACTS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "put",
    "prescribed",
    "told",
    "gave",
    "started",
    "recommended",
    "diagnosed",
    "ordered",
    "warmed",
    "thawed",
    "graded",
    "froze",
    "transferred",
    "retrieved",
    "biopsied",
    "vitrified",
    "handled",
    // ("Whoever built it should have to run an IVF Monday on it": a vendor)
    "built",
    "designed",
    "wrote",
    "coded",
    "programmed",
    "made",
    "invented",
    "installed",
    // ("whoever approved this sh1tshow of an update on a monday": someone at work)
    "approved",
    "pushed",
    "rolled",
    "updated",
    "configured",
]);

/// What the patient of a story did, right after "patient" opens it ("patient told me…", "pareja llegó…").
/// "amish couple from …", "pareja haitiana de …": a couple, one word saying what kind, and where from.
static DESCRIBED_COUPLE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| crate::text::regex(r"^(?:([a-z]+) couple|pareja ([a-z]+)) (?:from|de) "));

static OPENING_PATIENT_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "said",
    "told",
    "came",
    "brought",
    "sent",
    "wants",
    "says",
    "showed",
    "dijo",
    "llamo",
    "pregunto",
    "trajo",
    "vino",
    "quiere",
    "llego",
    "llegaron",
    "vinieron",
]);

/// Nouns for a person or a family ("the Okafor family", "la pareja", "this woman").
static PERSON_NOUNS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "family",
    "couple",
    "woman",
    "man",
    "mom",
    "dad",
    "patient",
    "familia",
    "pareja",
    "mujer",
    "senora",
    "paciente",
]);

/// Nouns that mean a patient, whatever the determiner ("this patient", "una pareja").
static PATIENT_NOUNS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "patient",
    "pt",
    "couple",
    "donor",
    "carrier",
    "surrogate",
    "client",
    "reviewer",
    "paciente",
    "pacientita",
    "pacientito",
    "pareja",
    "donante",
]);

/// Adjectives that make a person noun any such person ("new patients", "the typical couple").
static GENERIC_ADJECTIVES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "new",
    "prospective",
    "potential",
    "future",
    "average",
    "typical",
    "ideal",
    "first-time",
    "individual",
    "given",
]);

/// Verbs of a speaker at an event ("will cover", "will talk").
static PRESENTING_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "cover",
    "talk",
    "discuss",
    "present",
    "answer",
    "share",
    "walk",
    "explain",
    "speak",
    "lead",
]);

/// Verbs of a hypothetical reader ("whoever finds this", "anyone who reads").
static READER_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "finds",
    "reads",
    "sees",
    "needs",
    "stumbles",
    "comes",
    "is",
    "lands",
    "searches",
    "scrolls",
]);
