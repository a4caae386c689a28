//! Where a private person lives or comes from: street addresses, towns, ZIP codes.

use std::ops::Range;
use std::sync::LazyLock;

use crate::text::Regex;

use crate::analysis::Analysis;
use crate::lexicon::PhraseSet;
use crate::category::{Category, Severity};
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;
use crate::text::Has;

const WHY: &str = "A private person's street, town or ZIP code is a HIPAA identifier; in a small \
town, \"a patient from X\" can be enough to know who.";

pub static ADDRESS: Rule = Rule {
    id: "phi.location.address",
    category: Category::Location,
    severity: Severity::Block,
    summary: "A street address or intersection of a private person (a home visit, where a patient lives).",
    why: crate::native_only!(WHY),
    message: "{text} is a private person's address. Remove it.",
    suggestion: Some(""),
    example: crate::native_only!("The visiting nurse draws her labs at 17 Birchwood Court, Apt 4 while she stays on bed rest."),
    near_miss: crate::native_only!("Our new office is at 500 Main Street, Suite 210."),
    example_with: "",
    check: check_address,
};

pub static TOWN: Rule = Rule {
    id: "phi.location.town",
    category: Category::Location,
    severity: Severity::Block,
    summary: "The town, city or ZIP code a specific patient or private person comes from.",
    why: crate::native_only!(WHY),
    message: "{text} says where this patient is from. With the other details it can identify them; drop the place.",
    suggestion: Some(""),
    example: crate::native_only!("A patient from Tulsa brought her twins to meet the lab team."),
    near_miss: crate::native_only!("Our Tulsa office now opens at 7am."),
    example_with: "",
    check: check_town,
};

pub static HOMETOWN: Rule = Rule {
    id: "phi.location.hometown",
    category: Category::Location,
    severity: Severity::Block,
    summary: "A place no list knows, named as where a specific person is from or lives (\"a teacher from Tillamook\", \"vive en la colonia Las Brisas\").",
    why: crate::native_only!(WHY),
    message: "{text} says where this person lives or comes from. With the other details it can identify them; drop the place.",
    suggestion: Some(""),
    example: crate::native_only!("A retired schoolteacher from Wetherby brought us cookies after her transfer."),
    near_miss: crate::native_only!("A retired schoolteacher from our Wetherby office brought us cookies."),
    example_with: "",
    check: check_hometown,
};

/// "a schoolteacher from Tillamook", "la paciente de Zapotlán": a capitalized place after a
/// person and "from"; group 1 is the place.
static FROM_RE: LazyLock<Regex> = LazyLock::new(|| {
    // ("scanned a 19yo from Mattawa": an age written as one word is the person too; "patient
    // from the Rockaways": a place named with its article)
    // ("a 19 y/o from Weedpatch"; "Odessa Toliver over in Cedar Grove": a person, then where
    // they are; "Utqiaġvik": letters of Alaska Native and Nordic names; "de Bocas del Toro", "de San
    // Rafael de Heredia", "from Fernando de la Mora", "de Padre Las Casas", "de San Juan de los Lagos")
    crate::text::regex(r"\b([A-Za-záéíóúñäëïöü]+(?:-to-be)?|\d{2}(?:\s?(?:yo|y/o))?),?\s(?:(?:es|era|vive|viven|viene|vienen)\s)?(?:from|de|desde|over\sin|out\sin)\s(?:just\s)?(?:up\s|out\s)?(?:the\s)?(?:outside\s|near\s|cerca\sde\s)?((?:[A-ZÁÉÍÓÚÑ][a-záéíóúñüāēīōūʻġŋłøåäöëïç]+)(?:\s(?:(?:La|Las|Los|El)\s)?[A-ZÁÉÍÓÚÑ][a-záéíóúñüāēīōūʻġŋłøåäöëïç]+)?(?:\s(?:del|de|de\sla|de\slos|de\slas)\s[A-ZÁÉÍÓÚÑ][a-záéíóúñüāēīōūʻġŋłøåäöëïç]+)?)")
});
/// "her kitchen in Browning", "su casa en Tonalá": a person's home and the town it is in.
static HOME_IN_RE: LazyLock<Regex> = LazyLock::new(|| {
    // ("la pequeña Ane ya duerme en casa, en Getxo": at home, and where home is)
    // ("That is her HOME fax in Dover": a line or an office of that home, in any case; "shipped
    // a replacement to her place in Weston")
    crate::text::regex(r"\b(?i:(?:her|his|their|su)\s(?:own\s|parents'\s|mom's\s)?(?:kitchen|house|home|apartment|trailer|ranch|farm|porch|mailbox|driveway|place|condo|casa|cocina|departamento|rancho)(?:\s(?:fax|phone|line|office))?|at\shome,?|en\scasa,)\s(?:in|en)\s((?:[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)(?:\s[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)?)\b")
});
/// Words one of which [`HOME_IN_RE`] needs: tested first, so most texts never build it.
const HOME_WORDS: &[&str] = &["kitchen", "house", "home", "apartment", "trailer", "ranch", "farm", "porch", "mailbox", "driveway", "place", "condo", "casa", "cocina", "departamento"];
/// "colonia Las Brisas", "el barrio San Isidro": a Spanish-named neighbourhood.
static NEIGHBOURHOOD_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?i:colonia|col\.|barrio|fraccionamiento|fracc\.|urbanizaci[oó]n|vereda)\s((?:(?:La|Las|El|Los|San|Santa|Del|De)\s)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:\s[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)?)")
});
/// An age in the sentence ("paciente de 26 años de Tlaquepaque", "41F from Moose Jaw"): the
/// place is one person's.
/// ("Cumplimos 25 años en Medellín" is the practice's anniversary: the age must follow "de",
/// "aged", a comma, a colon or a bracket.)
static AGED: LazyLock<Regex> = LazyLock::new(|| {
    // ("as a 41-year-old kindergarten teacher from Houma": one person, of that age)
    crate::text::regex(r"(?:\bde\s|\bcon\s|\btiene\s|\btenia\s|\baged?\s|,\s|:\s|\(|^)(?:1[89]|[2-5][0-9])\s?(?:anos|years? old|-?year-old|yo|y/o|f|m)\b|\ban?\s(?:1[89]|[2-5][0-9])-year-old\b")
});

/// Capitalized words that make a town's name a longer place ("Millbrook Heights").
static PLACE_SUFFIXES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "heights", "hills", "springs", "falls", "park", "valley", "beach", "gardens", "village", "estates", "junction",
    "lake", "lakes", "ridge", "grove", "creek", "harbor", "harbour", "crossing", "shores", "acres", "commons", "island",
    "bluff", "bluffs", "hollow", "corners", "flats", "landing",
    // ("down from Sweetgrass Butte", "out by Kvale Prairie")
    "butte", "buttes", "prairie", "coulee", "corner", "mesa", "bottoms", "point",
]);

/// Words other than a person's noun that "from <place>" can follow in a story of someone: an
/// age, a distance or a drive, anyone from there ("44 years old from Tooele", "drove four hours
/// each way from Hugoton", "si alguien de Desamparados la conoce"). See [`before_from`].
static OTHER_BEFORE_FROM: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "años", "anos", "añitos", "anitos", "old", "yo", "originaria", "originario", "native",
    "hours", "miles", "horas", "millas", "manejando", "manejaba", "viajando", "viajaba", "driving", "commuting", "commutes",
    // ("que viaja desde Lago Agrio")
    "way", "viaja", "viajan", "maneja", "manejan",
    "alguien", "someone", "anyone", "anybody",
]);

/// Whether "from <place>" after word `w` (lower case) can say where someone is from.
fn before_from(w: &str) -> bool {
    PERSON_NOUNS_BEFORE_TOWN.contains(w) || OTHER_BEFORE_FROM.contains(w)
}


/// Whether the capitalized words from token `t` on (up to four) end in a venue's word: "the
/// Fort Bliss Family Readiness Center", "the Gentilly Public Library" name a building, not
/// anyone's town.
fn names_a_venue(a: &Analysis, t: usize) -> bool {
    let mut k = t;
    while k < t + 4 && a.tokens.get(k).is_some_and(|x| x.capitalized) && crate::analysis::gap_is_space(a, k - 1, k) {
        if VENUES.contains(a.word(k)) {
            return true;
        }
        k += 1;
    }
    false
}

static VENUES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "center", "centre", "hall", "library", "museum", "auditorium", "arena", "stadium", "pavilion", "ymca", "chapel",
    "church", "cathedral", "college", "university", "school", "academy", "convention", "hotel", "theater", "theatre",
    "biblioteca", "auditorio", "iglesia", "escuela", "universidad", "centro",
]);

/// Countries, which name no one's town (folded).
pub(crate) static COUNTRIES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "spain", "espana", "mexico", "colombia", "venezuela", "cuba", "peru", "chile", "argentina", "brazil", "brasil",
    "ecuador", "bolivia", "paraguay", "uruguay", "guatemala", "honduras", "el salvador", "nicaragua", "costa rica",
    "panama", "haiti", "jamaica", "canada", "nigeria", "ghana", "somalia", "ethiopia", "kenya", "india", "china",
    "japan", "korea", "vietnam", "philippines", "ireland", "italy", "france", "germany", "portugal", "israel",
    "poland", "ukraine", "russia", "england", "scotland", "wales", "uk", "australia", "new zealand", "south africa", "egypt",
    "morocco", "turkey", "iran", "iraq", "syria", "lebanon", "jordan", "saudi arabia", "qatar", "kuwait", "pakistan",
    "afghanistan", "bangladesh", "nepal", "bhutan", "myanmar", "burma", "thailand", "cambodia", "laos", "indonesia",
    "malaysia", "singapore", "taiwan", "greece", "netherlands", "belgium", "sweden", "norway", "denmark", "finland",
    "switzerland", "austria", "hungary", "romania", "bulgaria", "serbia", "bosnia", "croatia", "albania", "sudan",
    "south sudan", "eritrea", "congo", "rwanda", "uganda", "tanzania", "liberia", "sierra leone", "senegal", "cameroon",
    "cape verde", "cabo verde", "dominican republic", "republica dominicana", "marshall islands", "samoa", "tonga", "fiji",
    "germania", "alemania", "italia", "francia", "inglaterra", "japon", "corea", "polonia", "ucrania", "rusia",
]);

/// Places at a state's level that are written like a town's name (folded).
static STATE_LEVEL: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["ciudad de mexico", "cdmx", "distrito federal", "puerto rico"]);

/// The practice's sites and programs, after a town ("our Oceanside office", "our McAllen donor center").
static PRACTICE_SITES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "office", "clinic", "location", "lab", "campus", "team", "site", "sede", "oficina", "clinica", "center", "centre", "bank", "program", "agency",
]);

/// Nouns for a person that a town's name can qualify ("the Flagstaff couple").
static PERSON_AFTER_TOWN: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "couple", "patient", "pt", "mom", "dad", "family", "lady", "guy", "woman", "man", "girl", "donor", "carrier",
    "surrogate", "husband", "wife", "parents", "twins", "baby", "mama", "mamas", "mama-to-be", "mom-to-be", "moms-to-be",
    "mommy", "bride", "donors", "pts",
]);

static ADDRESS_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(
        r"(?x)\b\d{1,5}\s[A-Z][a-z]+\s(?:(?:[A-Z][a-z]+|[A-Z]\.?)\s){0,3}(?:Street|St|Lane|Ln|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Court|Ct|Way|Parkway|Pkwy|Place|Pl|Circle|Cir|Terrace|Trail|Trl|Highway|Hwy|Loop|Row|Square|Sq|Crescent|Cres)\b\.?
           (?:,?\s(?:Unit|Apt|Apartment|\#|No\.?)\s?[A-Za-z0-9-]+)?
         | \b(?:[Cc]alle|[Aa]venida|[Aa]v\.|[Cc]amino|[Pp]aseo)\s(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s?){1,3}\d{1,5}\b
         # the US Southwest: '2217 Calle de Oro', '40 Camino del Monte Sol'
         | \b\d{1,5}\s(?:Calle|Camino|Avenida|Paseo|Via|Vía|Plaza|Placita|Callejon|Callejón)\s(?:(?:de|del|la|las|los|el|De|Del|La|Las|Los|El)\s){0,2}[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?
         | \b(?:corner\sof|intersection\sof|esquina\sde)\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:and|&|y)\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?
         # Puerto Rico: 'Urb. Santa Juanita, Calle Ébano DD-8, Bayamón'
         | \b(?:Urb\.|Urbanizaci[oó]n)\s(?:(?:La|Las|El|Los|San|Santa|Villa|Del|De)\s)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?
             ,?\s(?:[Cc]alle\s)?(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s){1,3}[A-Z]{0,2}-?\d{1,4}\b
             (?:,\s[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)?",
    )
});

/// A street address typed in lower case ("1418 w. pecan rd", "220 e main st"): a number, an
/// optional direction, one or two words and a street type. Group 1 holds the words, which
/// must not be ordinary words of a sentence ("20 minutes down the road").
static LOWER_ADDRESS_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b\d{2,5}\s(?:[nsew]\.?\s)?((?:[a-z]+\s){1,2})(?:st|rd|ave|ln|blvd|ct|pkwy|hwy|street|road|avenue|lane|boulevard)\b\.?")
});

static ZIP_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b(?:zip(?: code)?(?: on file| is| was)?|codigo postal|c\.?p\.?)\s*:?\s*(\d{5}(?:-\d{4})?)\b"));

/// Words before an address that make it the practice's.
static ORG_CUES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["our", "us", "visit", "office", "clinic", "located", "nuestra", "nuestro", "oficina", "clinica", "suite", "parking", "garage", "moved", "relocated", "satellite", "mudamos", "mudanza",
    // ("Sede Salto, calle Uruguay 1045", "te espera de lunes a viernes en Av. España 2215")
    "sede", "espera", "esperamos", "viernes", "sabados"]);

fn check_address(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    check_street(a, hits);
    let lower = a.find_iter(&LOWER_ADDRESS_RE).filter(|(_, c)| {
        c.get(1).unwrap().as_str().split_whitespace().all(|w| {
            w.len() > 2 && !crate::analysis::FUNCTION_WORDS.contains(&w) && !DISTANCE_UNITS.contains(w)
        })
    });
    // (typed with capitals, [`ADDRESS_RE`] reads it)
    let lower: Vec<Range<usize>> = lower.map(|(r, _)| r).filter(|r| !a.text[r.clone()].contains(char::is_uppercase)).collect();
    for r in ADDRESS_RE.find_iter(a.text).map(|m| m.range()).chain(lower) {
        let m = &a.text[r.clone()];
        let i = a.sentence_at(r.start);
        let before = a.words_before(r.start, 5);
        // ("closer to home" is not someone's home)
        let home = crate::lines!["her home", "his home", "their home", "home address", "at home", "go home", "went home", "casa", "lives", "her place", "his place", "apartment", "house", "home visit", "home injection", "house call", "visita domiciliaria", "a domicilio"]
            .split_terminator('\n')
            // ("across from the Waffle House": a business, capitalized)
            .any(|w| a.sentence_folded(i).has(w) && (w != "house" || a.text[a.sentences[i].clone()].contains("house")));
        // A bio's address is the practice's; so is one followed by a suite number.
        // ("4820 Whitesburg Dr SW, Suite 300": a compass direction may come first)
        let rest = a.text[r.end..].trim_start_matches([',', ' ']);
        let rest = ["NE", "NW", "SE", "SW", "N", "S", "E", "W"].iter().find_map(|d| rest.strip_prefix(d).filter(|t| t.starts_with([',', ' ']))).unwrap_or(rest);
        let suite_after = rest.trim_start_matches([',', ' ']).starts_with("Suite");
        // ("New address: 1200 Hancock St": the practice announcing its move)
        let announced = before.ends_with(&["new", "address"]) || before.ends_with(&["nueva", "direccion"]);
        // ("…now opens Saturdays 8 to noon for monitoring at 2200 Detroit Ave": opening hours
        // are the practice's)
        // ("¡Ahora abrimos los sábados en Portland! Monitoreo de 7:00 a 11:00 a. m. en 88 Marginal
        // Way": the sentence before may say so, and a span of clock times is opening hours; so
        // does a new site: "¡Nuestra nueva sede en Chiclayo ya está abierta! Av. Balta 812")
        let opening = |s: &str| {
            s.starts_with("we ") || s.has_line(crate::lines!["we now", "we're open", "our new office", "our new location", "nuestra nueva sede", "nuestra sede", "esta abierta", "ya abrio", "we're at", "we are at", "we're located", "we are located", "find us at", "visit us at", "estamos en", "nos encuentras en", "nos ubicamos en", "now open", "is open", "are open", "open mon", "open tue", "open wed", "open thu", "open fri", " opens ", "we open", "open on", "open saturdays", "open sundays", "hours", "abrimos", "horario", "atendemos", "ahora abre"])
        };
        let s = a.sentence_folded(i);
        // ("de 7:00 a 11:00", "7:30-11:00": two clock times a few bytes apart; not "a las 7:00
        // am… te recoge a las 5:45", a patient's times)
        let times: Vec<usize> = s.as_bytes().windows(4).enumerate().filter(|(_, w)| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()).map(|(k, _)| k).collect();
        let clock_span = times.windows(2).any(|p| p[1] - p[0] <= 12);
        // ("…invita a su plática gratuita … el sábado 9 de agosto a las 11:00 am en Av.
        // Chapultepec 1420": where the practice holds an event)
        // ("A ribbon cutting is scheduled for Thursday, Sept. 25 at 4 pm at 2200 Craig Rd.")
        let event = s.has_line(crate::lines!["invita ", "invitamos", "join us", "platica", "charla", "taller", "seminar", "webinar", "info session", "info night", "open house", "sesion informativa", "ribbon cutting", "ribbon-cutting", "grand opening", "inauguracion"]);
        // (an event announced in the sentence before: "Charla abierta… / Sede Salto, calle …")
        let hours = opening(s) || clock_span || event || i > 0 && opening(a.sentence_folded(i - 1)) || i > 0 && a.sentence_folded(i - 1).has_line(crate::lines!["charla", "taller", "join us", "webinar", "info session", "open house", "seminar"]);
        // ("the 2024 Supreme Court ruling": a year and a court, not a street)
        let court = m.contains("Supreme Court") || before.last() == Some(&"the") && m.contains(" Court");
        let org = !home && (announced || hours || before.iter().any(|w| ORG_CUES.contains(w)) || m.has("Suite") || suite_after || a.opts.context == crate::options::ComposeContext::Bio);
        if !org && !court && (a.private_subject[i] || home || a.care_near(i)) {
            hits.add(r.clone());
            // ("at 2217 Calle de Oro in Las Cruces": the town the address is in)
            let t = a.tokens.partition_point(|x| x.span.start < r.end);
            let t = if t < a.tokens.len() && crate::text::one_of(a.word(t), crate::lines!["in", "en"]) { t + 1 } else { t };
            if t < a.tokens.len() && a.tokens[t].capitalized && crate::text::one_of(a.text[r.end..a.tokens[t].span.start].trim(), crate::lines!["", ",", "in", ", in", "en", ", en"]) {
                let n = a.place_at(t);
                if n > 0 {
                    hits.add(a.tokens[t].span.start..a.tokens[t + n - 1].span.end);
                }
            }
        }
    }
}

/// Words of travel before "from" or "desde" (and "in", "down", "up" or "over" then "from"), or
/// before "in", "back" or "forth" ("drove in from Pueblo", "rode the snowmachine in from Kwethluk").
static TRAVEL_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "flight", "flights", "flew", "flying", "drove", "driving", "drives", "drive", "comes", "came", "coming", "flies", "fly", "rode", "rides", "riding",
    "commutes", "commuted", "travels", "traveled", "travelled", "viajo", "viaja", "vino", "viene", "manejo", "maneja",
    "condujo", "volo", "vuelo", "vuelos", "volaron", "vinieron", "viajaron", "manejaron",
    // ("bajaba desde Qhochimarka para cada control": came down from the highlands)
    "bajaba", "bajaban", "bajo", "baja", "bajan", "viajaba", "viajaban", "venia", "venian",
    // ("cuatro años bajando desde Sicuani", "viniendo desde Leganés a cada ecografía")
    "bajando", "viniendo", "viajando", "manejando", "subiendo",
]);

/// Words of going back before "a" or "para" ("regresó a Ponce").
static BACK_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["regreso", "volvio", "vuelta", "devolvio", "devuelve", "vuelve", "regresa", "regresan", "regresaron", "vuelven", "volvieron"]);

/// Street types that end a street's name ("Clifford Ave", "Ridge Rd").
static STREET_TYPES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "ave", "avenue", "st", "street", "rd", "road", "blvd", "boulevard", "ln", "lane", "pkwy", "parkway", "hwy", "highway",
]);

/// A street named without a number ("Yadira and Jomar from Clifford Ave", "a tire shop off
/// Ridge Rd"): one or two capitalized words and a street type after "from", "off", "on" or
/// "near", in a sentence about a private person and not after the practice's own words.
fn check_street(a: &Analysis, hits: &mut Hits) {
    use crate::analysis::gap_is_space;
    for k in 2..a.tokens.len() {
        if !a.tokens[k].capitalized || !STREET_TYPES.contains(a.word(k)) || !a.tokens[k - 1].capitalized || !gap_is_space(a, k - 1, k) {
            continue;
        }
        let first = if a.tokens[k - 2].capitalized && gap_is_space(a, k - 2, k - 1) { k - 2 } else { k - 1 };
        // The word that places the street: "from", "off", "on", "near", in Spanish "en", "por"
        // or "sobre" ("la taquería en Tower Ave"), with or without an article after it ("la
        // bodeguita en la Haverhill St"), or the article alone.
        let article = first >= 3 && crate::text::one_of(a.word(first - 1), crate::lines!["la", "el"]) && crate::text::one_of(a.word(first - 2), crate::lines!["en", "por", "sobre", "de"]);
        let at = if article { first - 2 } else { first - 1 };
        if first < 2 || !crate::text::one_of(a.word(at), crate::lines!["from", "off", "on", "near", "en", "por", "sobre", "la", "el"]) || !gap_is_space(a, at, at + 1) {
            continue;
        }
        let i = a.sentence_at(a.tokens[k].span.start);
        // ("our ambulance bay on Willamette St": a part of the practice's building)
        let facility = at > 0 && FACILITY_PARTS.contains(a.word(at - 1));
        if a.private_subject[i] && !facility && !a.words_before(a.tokens[at].span.start, 2).iter().any(|w| ORG_CUES.contains(w)) {
            hits.add(a.tokens[first].span.start..a.tokens[k].span.end);
        }
    }
    // In Spanish the street type comes first: "la panadería de la calle Pinyon", "vive por la
    // avenida Hidalgo", "en el jirón Ayacucho".
    for k in 2..a.tokens.len().saturating_sub(1) {
        let n = k + 1;
        if !crate::analysis::SPANISH_STREET_TYPES.contains(a.word(k)) || !a.tokens[n].capitalized || !gap_is_space(a, k, n) || !crate::text::one_of(a.word(k - 1), crate::lines!["la", "el"]) || !crate::text::one_of(a.word(k - 2), crate::lines!["en", "por", "sobre", "de"]) {
            continue;
        }
        let last = if n + 1 < a.tokens.len() && a.tokens[n + 1].capitalized && gap_is_space(a, n, n + 1) { n + 1 } else { n };
        let i = a.sentence_at(a.tokens[k].span.start);
        if a.private_subject[i] && !a.words_before(a.tokens[k].span.start, 3).iter().any(|w| ORG_CUES.contains(w)) {
            hits.add(a.tokens[k].span.start..a.tokens[last].span.end);
        }
    }
}


/// "one of our", "una de nuestras" among `words`.
fn one_of_ours(words: &[&str]) -> bool {
    for k in 2..words.len() {
        if matches!((words[k - 2], words[k - 1], words[k]), ("one", "of", "our" | "my") | ("una" | "uno", "de", "nuestras" | "nuestros" | "mis")) {
            return true;
        }
    }
    false
}

/// "hours" or "miles" before "from" a town, in a text that tells a private person's case (a
/// private subject somewhere, or an age reported): how far that person travels.
/// Sentence `i` asks readers about a private person the text names ("si alguien la conoce",
/// "anyone who knows her", "díganle que pase"): a town in it is that person's.
fn points_back(a: &Analysis, i: usize) -> bool {
    a.private_people().next().is_some()
        && a.sentence_folded(i).has_line(crate::lines!["alguien la", "alguien lo", "la conoce", "lo conoce", "la conocen", "lo conocen", "la ven", "lo ven", "knows her", "knows him", "see her", "see him", "diganle", "digale", "avisele", "avisenle"])
}

fn distance_in_case(a: &Analysis, f: &FoundView, word: &str) -> bool {
    crate::text::one_of(word, crate::lines!["hours", "miles", "horas", "millas"]) && (a.private_subject.iter().any(|&p| p) || f.has(Category::Age))
}

fn check_town(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    // A bio's places are the practice's or the account owner's own ("coaches his daughter's
    // soccer team in Falls Church"), unless it speaks of a patient.
    let bio = a.opts.context == crate::options::ComposeContext::Bio;
    // ("Hypothetical for our fellows: a 40-year-old flies from San Diego…": nobody's town)
    if a.hypothetical || a.staff_profile() || bio && !(0..a.sentences.len()).any(|i| crate::analysis::specific_patient_ref(a, a.sentence_folded(i))) {
        return;
    }
    // A text typed all in lower case ("shoutout to jenny from cranston who…") names towns in
    // lower case too: a known town right after "from" or "desde" counts when a clause or a mark
    // follows it ("from mobile pharmacy", "from independence day" are not towns).
    let all_lower = !a.text.chars().any(char::is_uppercase);
    let lower_town = |t: usize| {
        let w = a.word(t);
        let ends_phrase = a.tokens.get(t + 1).is_none_or(|_| {
            !crate::analysis::gap_is_space(a, t, t + 1) || crate::text::one_of(a.word(t + 1), crate::lines!["who", "that", "and", "is", "was", "que", "y", "quien", "es"])
        });
        crate::text::one_of(a.word(t - 1), crate::lines!["from", "desde"]) && ends_phrase && !a.lex.name_stopwords.contains(w) && !a.lex.first_names.contains(w)
    };
    for t in 1..a.tokens.len() {
        // Place names are proper nouns: capitalized in the original.
        if !(a.tokens[t].capitalized || all_lower && lower_town(t)) {
            continue;
        }
        // Only a place introduced by a locative word ("from", "in", "de") can be flagged, and
        // that test is much cheaper than the place lookup: it goes first.
        let start = a.tokens[t].span.start;
        let mut before = a.words_before(start, 3);
        let mut from_about = false;
        // ("poultry farmer from outside Berryville", "rancher from up near Challis": "from", with
        // words for somewhere about the town between, reads as "from")
        if before.last().is_some_and(|w| crate::text::one_of(w, crate::lines!["outside", "near"])) {
            let wider = a.words_before(start, 6);
            let kept = wider.len() - wider.iter().rev().take_while(|w| crate::text::one_of(w, crate::lines!["outside", "near", "up", "out", "just", "right"])).count();
            if kept > 0 && wider[kept - 1] == "from" {
                before = wider[kept.saturating_sub(3)..kept].to_vec();
                from_about = true;
            }
        }
        // ("un abrazo hasta Cherán", "a two-hour drive back to Lawton", "out past Malta"): over
        // there, where someone lives
        // (not a doctor's: "her OB over in Harrison", "su ginecólogo allá en Piura")
        let providers = before.len() == 3 && crate::text::one_of(before[0], crate::lines!["ob", "obgyn", "ob-gyn", "doctor", "dr", "pcp", "midwife", "oncologist", "urologist", "clinic", "office", "ginecologo", "ginecologa", "medico", "medica", "doctora", "obstetra", "clinica", "partera"]);
        if providers && crate::text::ends_with_pair(&before, crate::lines!["alla", "alli", "up", "down", "over", "out"], crate::lines!["en", "in"]) {
            continue;
        }
        let over_there_words = crate::text::ends_with_pair(&before, crate::lines!["alla", "alli", "up", "down", "over", "back", "out"], crate::lines!["en", "in", "to", "past", "near"])
            || before.last() == Some(&"hasta") && before.len() >= 2 && crate::text::one_of(before[before.len() - 2], crate::lines!["abrazo", "abrazos", "saludos", "besos"])
            // ("hugs to the fam in Decatur", "tell everybody in Atmore we said hey": the people of
            // someone named, over there)
            || crate::text::ends_with_pair(&before, crate::lines!["fam", "family", "familia", "everybody", "everyone", "folks", "todos", "gente", "y'all"], crate::lines!["in", "en"]);
        // ("a lobsterman out of Stonington": where someone works from)
        // ("viajó desde Calumet", "regresó a Ponce", "de vuelta a Lares", "se devolvió para
        // Tulsa", "drives down from Embarrass", "comes in from Tok")
        let travel = crate::analysis::travel_before(a, t)
            || match before.as_slice() {
                [.., v, "in" | "down" | "up" | "over", "from"] if TRAVEL_VERBS.contains(v) => true,
                [.., v, "from" | "desde"] => TRAVEL_VERBS.contains(v),
                [.., v, "a" | "para"] => BACK_VERBS.contains(v),
                _ => false,
            }
            // ("ya vino dos veces desde Conocoto", "drove all the way down from Pecos": a few words
            // between the verb and "desde" or "from")
            // (not "the flight delay from JFK", an airport's code, nor "a claim coming back … from
            // TriWest", a payer's answer)
            || matches!(before.last(), Some(&("desde" | "from")))
                && !a.tokens[t].all_caps
                && {
                    let wider = a.words_before(start, 6);
                    let between = wider.iter().rev().skip(1).take_while(|v| !TRAVEL_VERBS.contains(*v)).count();
                    between < wider.len() - 1 && !wider[wider.len() - 1 - between..].contains(&"back")
                };
        // ("the suit is headed to mediation in Midland", "la audiencia en Temuco": where a case is
        // heard, no one's town)
        // ("la corte del condado de Hidalgo", "the district court of Cameron County": a court's county)
        const HEARD: &str = crate::lines!["mediation", "trial", "hearing", "arbitration", "court", "mediacion", "juicio", "audiencia", "arbitraje", "tribunal", "juzgado", "corte", "fiscalia"];
        // ("antes del juicio en el condado de Milwaukee": or a few words before)
        // ("la demanda que nos puso una expaciente en el condado de …": where a suit was filed)
        let county_of_court = before.ends_with(&["condado", "de"]) && a.words_before(start, 10).iter().any(|w| crate::text::one_of(w, HEARD) || crate::text::one_of(w, crate::lines!["demanda", "demando", "lawsuit", "suit", "sued"]))
            || crate::text::ends_with_pair(&before, crate::lines!["court", "corte", "tribunal", "juzgado"], crate::lines!["of", "de", "del"]);
        if crate::text::ends_with_pair(&before, HEARD, crate::lines!["in", "en"]) || county_of_court {
            continue;
        }
        // ("¡día de la Virgen de Guadalupe!", "Our Lady of Lourdes": a holy title, no one's town)
        if crate::text::ends_with_pair(&before, crate::lines!["virgen", "cristo"], crate::lines!["de", "del"]) || before.ends_with(&["our", "lady", "of"]) || before.ends_with(&["nuestra", "senora", "de"]) {
            continue;
        }
        // ("it's -30 in Fairbanks", "20 below in Bethel", "hace 40 grados en Mérida": the weather there)
        let weather = matches!(before.as_slice(), [.., w, n, "in" | "en"] if n.parse::<u32>().is_ok() && crate::text::one_of(w, crate::lines!["it's", "its", "was", "hit", "hits", "hace", "estamos", "hacia"]))
            || crate::text::ends_with_pair(&before, crate::lines!["degrees", "below", "zero", "grados", "°f", "°c", "f", "c"], crate::lines!["in", "en"]);
        // (not "our IVF patient texted that it's -30 in Fairbanks": where she is, told by the weather)
        if weather && !a.sentence_folded(a.sentence_at(start)).has_line(crate::lines!["patient", "paciente", " pt ", "donor", "donante", "carrier", "gestante"]) {
            continue;
        }
        // ("I am personally driving to Birmingham": where the writer goes is no one's town)
        if before.last() == Some(&"to") && crate::text::ends_with_pair(&before[..before.len() - 1], crate::lines!["i", "we", "i'm", "we're", "am", "are", "personally"], crate::lines!["driving", "drive", "drove", "flying", "fly", "going", "heading"]) {
            continue;
        }
        // ("nació en Jericó", "grew up in Embarrass": where someone was born or lives)
        let home = crate::analysis::home_before(a, t);
        let introduced = from_about || crate::analysis::locative_before(a, t) || before.ends_with(&["here", "in"]) || before.ends_with(&["out", "of"]) || over_there_words || travel;
        // "the Flagstaff couple", "our Rio Rancho retrieval pt": a known town before a person
        // ("our favorite Omaha couple": one lower-case word may stand between)
        let town_of_person = || {
            // ("a Laredo egg donor's AMH": one person too; not "if you're a Harlingen couple")
            let any_one = || before[before.len().saturating_sub(4)..].iter().any(|w| ANY_ONE_WORDS.contains(w));
            let det = |w: &str| crate::text::one_of(w, crate::lines!["the", "our", "that", "this"]) || crate::text::one_of(w, crate::lines!["a", "an"]) && !any_one();
            (before.last().is_some_and(|w| det(w))
                || before.len() >= 2
                    && det(before[before.len() - 2])
                    && t >= 1
                    && !a.tokens[t - 1].capitalized
                    && !a.tokens[t - 1].numeric)
                && match a.place_at(t) {
                    0 => false,
                    n => {
                        let after = a.words_after(a.tokens[t + n - 1].span.end, 2);
                        // (not "our Oceanside office: donor eggs…": the practice's site)
                        // (nor "our McAllen donor center": a place for them)
                        let site = |w: &str| PRACTICE_SITES.contains(w);
                        after.iter().position(|w| PERSON_AFTER_TOWN.contains(&w.strip_suffix("'s").unwrap_or(w))).is_some_and(|k| {
                            (k == 0 || !a.tokens[t + n].capitalized && !site(after[0])) && !after.get(k + 1).is_some_and(|w| site(w))
                        })
                    }
                }
        };
        if !introduced && !town_of_person() || crate::analysis::in_place_range(a, t) {
            continue;
        }
        // "from Wadmalaw Island": a town no list knows, named by its place word
        // ("from St. Helena Island": the same after an abbreviated saint; the count of tokens
        // before the place word, or 0)
        let unknown_with_suffix = || {
            let w = if crate::text::one_of(a.word(t), crate::lines!["st", "ste", "mt", "ft"]) && a.tokens.get(t + 1).is_some_and(|x| x.capitalized) { t + 1 } else { t };
            let named = a.tokens.get(w + 1).is_some_and(|x| x.capitalized && crate::analysis::gap_is_space(a, w, w + 1) && PLACE_SUFFIXES.contains(&a.word(w + 1)))
                && !a.lex.first_names.contains(a.word(w))
                && !crate::analysis::is_institution_word(a.word(w))
                && !a.people.iter().any(|p| p.span.contains(&start));
            if named { w - t + 1 } else { 0 }
        };
        // ("runs cow-calf pairs with her husband outside Ekalaka", "a lobsterman out of
        // Stonington": a word no list knows, right after "outside" or "out of", in a sentence
        // about one private person; "near" is as often a store)
        // ("flew home to Bethel", "the flight back to Dillingham", "your flight from Nome": where
        // someone travels to or from, which may also be a surname)
        let alla = before.ends_with(&["alla", "en"]) || before.ends_with(&["alli", "en"]);
        // ("Congrats to Keʻalohilani and her hubby from Pāhoa!!": a person, then where they are
        // from, in a text about care)
        // (not a day: "the mom from Tuesday's 6am slot")
        let noun_from = before.len() >= 2
            && before[before.len() - 1] == "from"
            && PERSON_NOUNS_BEFORE_TOWN.contains(before[before.len() - 2])
            && !a.word(t).ends_with("'s")
            && !crate::analysis::CALENDAR.contains(&a.word(t))
            && a.any_care();
        let unknown_nearby = || {
            let w = a.word(t);
            // ("saludos a toda la familia allá en Biblián": over there, in Spanish)
            (matches!(before.last(), Some(&"outside")) || alla || noun_from
                // (after "out of", only a worker's base: not "chart labs out of Gmail")
                || before.ends_with(&["out", "of"]) && t >= 3 && a.cues.occupation_words().contains(a.word(t - 3))
                || travel
                || home)
                && !a.cues.care.any_in(w)
                // ("…our type 1 mama catching the flight back to Dillingham, someone call her!")
                && (a.private_subject[a.sentence_at(start)] || travel && a.any_care() && a.cues.has_pronoun(a.sentence_folded(a.sentence_at(start))) || alla && a.private_people().next().is_some() || noun_from)
                && w.len() > 2
                && !a.tokens[t].numeric
                && !a.lex.name_stopwords.contains(w)
                && (home || !a.lex.first_names.contains(w))
                && (travel || home || !a.lex.surnames.contains(w))
                && !crate::analysis::is_institution_word(w)
                && !a.people.iter().any(|p| p.span.contains(&start))
        };
        // ("Yadira Colón, de Cabo Rojo, que…": a town no list knows, after a person named;
        // "Yorleny Mora Solís, de Pérez Zeledón, que…": its whole name, when a known place opens it)
        let after_person = crate::analysis::town_after_person(a, &a.people, t);
        let n = match a.place_at(t) {
            0 if unknown_with_suffix() > 0 => unknown_with_suffix(),
            // (a two- or three-word name: "Sabana Grande")
            0 if unknown_nearby() => 1 + (t + 1..(t + 3).min(a.tokens.len()))
                .take_while(|&k| a.tokens[k].capitalized && !a.tokens[k].all_caps && crate::analysis::gap_is_space(a, k - 1, k) && !crate::analysis::FUNCTION_WORDS.contains(&a.word(k)))
                .count(),
            0 => match after_person {
                Some(n) => n,
                None => continue,
            },
            n => n.max(after_person.unwrap_or(0)),
        };
        // "Millbrook Heights", "Cedar Falls": a known town with a capitalized place word after
        // it is that neighbourhood or town, named in full.
        let n = if a.tokens.get(t + n).is_some_and(|x| x.capitalized && crate::analysis::gap_is_space(a, t + n - 1, t + n))
            && PLACE_SUFFIXES.contains(&a.word(t + n))
        {
            n + 1
        } else {
            n
        };
        let r = start..a.tokens[t + n - 1].span.end;
        if COUNTRIES.contains(a.folded_of(r.clone())) || crate::analysis::US_STATES.contains(a.folded_of(r.clone())) || names_a_venue(a, t + n) {
            continue;
        }
        let i = a.sentence_at(r.start);
        // ("I was the patient: a 34-year-old resident in Jackson": the writer's own town)
        if crate::analysis::writers_own_story(a, i) {
            continue;
        }
        // "our Lakewood office", "sede de Kendall", "Tulsa office": the practice's place.
        let after = a.words_after(r.end, 2);
        // ("nuestra paciente de Lawrenceville", "our girl from Lawton" is her town, not ours)
        let ours = |k: usize, w: &str| {
            crate::text::one_of(w, crate::lines!["our", "nuestra", "nuestro"])
                && !before.get(k + 1).is_some_and(|n| crate::text::one_of(n, crate::lines!["patients", "pacientes"]) || PERSON_NOUNS_BEFORE_TOWN.contains(*n))
        };
        let org_place = before.iter().enumerate().any(|(k, w)| ours(k, w) || PRACTICE_PLACES.contains(w))
            || after.first().is_some_and(|w| ORG_AFTER.contains(w))
            // "our transfer with us in Visalia", "con nosotros en Visalia": where the practice is
            || matches!(before.as_slice(), [.., "us" | "nosotros" | "nosotras", "in" | "en"])
            // ("la transferencia que hicimos en Reno", "the retrieval we did in Reno": where the
            // practice worked)
            || matches!(before.as_slice(), [.., "hicimos" | "realizamos" | "did" | "performed", "in" | "en"])
            // ("tiene tres embriones congelados aquí en Caguas": here, where the writer is; not
            // "vive aquí en Caguas" or "es de aquí en Caguas", where she lives or is from; English
            // "from right here in <town>" is hers too)
            // ("Le mandamos un abrazo a usted y a su esposo desde Doral": where the writers send from)
            || before.last() == Some(&"desde") && a.words_before(start, 12).iter().any(|w| crate::text::one_of(w, crate::lines!["mandamos", "enviamos", "saludamos", "abrazamos", "escribimos"]))
            || matches!(before.as_slice(), [.., w, "aqui" | "aca", "en"] if !crate::text::one_of(w, crate::lines!["de", "desde", "es", "son", "vive", "viven", "mismo"]))
                && !a.sentence_folded(a.sentence_at(start)).has_line(crate::lines!["vive", "viven", "reside", "se mudo", "nacio", "es de aqui"]);
        // ("the paper mill office in Escanaba where he works": someone else's office)
        let org_place = org_place && !matches!(a.words_after(r.end, 3).as_slice(), ["where", "he" | "she", "works" | "worked" | "lives" | "lived"] | ["donde", "trabaja" | "trabajaba" | "vive" | "vivia", ..]);
        // ("después de dos años manejando desde Hagerstown": a patient's commute, in a story about them)
        let commute = before.len() >= 2
            && crate::text::one_of(before[before.len() - 2], crate::lines!["manejando", "manejaba", "manejo", "viajando", "viajaba", "viajo", "viniendo", "bajando", "driving", "drove", "commuting", "flying", "flew"])
            && a.people.iter().any(|p| matches!(p.kind, crate::analysis::PersonKind::Private | crate::analysis::PersonKind::Unknown));
        // ("drove three hours from Pikeville", in a case told with an age)
        let distance = before.len() >= 2 && distance_in_case(a, f, before[before.len() - 2]);
        if !introduced {
            if a.private_subject[i] || a.any_care() {
                hits.add(r);
            }
            continue;
        }
        // ("the lady from Dodge City who brought crystals into the transfer room": one person
        // and where she is from, in a text about care)
        // ("one of our Boricua families from Kenosha": one of them, named by where they are from)
        let person_from = before.len() >= 2
            && crate::text::one_of(before[before.len() - 1], crate::lines!["from", "de"])
            && (PERSON_NOUNS_BEFORE_TOWN.contains(before[before.len() - 2])
                || crate::text::one_of(before[before.len() - 2], crate::lines!["families", "couples", "patients", "familias", "parejas", "pacientes"]) && one_of_ours(&a.words_before(start, 7)))
            && a.any_care()
            // ("Every couple from Cache Valley who's trusted us…": any of them)
            && !(before.len() >= 3 && crate::text::one_of(before[before.len() - 3], crate::lines!["every", "each", "any", "cada", "toda", "todas", "todo", "todos"]));
        // ("un abrazo para toda la familia allá en Choloma", "hugs to everyone up in Kalispell"):
        // over there, where a person named in the text lives
        // (when a private person is named, or the sentence or the one before is about one)
        // ("if anybody knows Odessa Toliver over in Cedar Grove": right after a person named)
        let named_right_before = || a.people.iter().any(|p| p.kind != crate::analysis::PersonKind::Public && p.kind != crate::analysis::PersonKind::Staff && p.span.end <= start && start - p.span.end <= " over in ".len()) && a.any_care();
        let over_there = over_there_words && (a.private_people().next().is_some() || a.private_subject[i] || i > 0 && a.private_subject[i - 1] || named_right_before());
        // ("Si alguien la conoce en Masaya, díganle que pase": the town of the person named,
        // whom the sentence points back to)
        // ("Es de Harlingen, si alguien la conoce avísenle")
        let her_town = points_back(a, i) && (matches!(before.last(), Some(&("en" | "in"))) || before.ends_with(&["es", "de"]) || before.ends_with(&["is", "from"]));
        // ("your IP 98.174.22.161 traces right back to West Monroe", "…219, that's a Comcast line
        // in Agawam": where the address of a person in the same sentence sits)
        let ip_town = f.in_sentence(a, Category::Ip, i).next().is_some();
        if !org_place && (over_there || her_town || ip_town) {
            hits.add(r);
            continue;
        }
        // ("…the afternoon flight back to Dillingham, someone call her!": where she travels)
        // (in a text about care, and not a colleague's trip: "our embryologist drove back to
        // Tulsa for her sister's wedding")
        // ("…one of our pre-chemo patients. She lives in Hermosillo.": where she lives, likewise)
        // ("…for a semen analysis. He milks cows outside Twin Falls": where he works, likewise)
        let her_trip = (travel || home || before.last() == Some(&"outside")) && a.any_care() && a.cues.has_pronoun(a.sentence_folded(i)) && !crate::analysis::pronouns_are_staffs(a, a.sentence_folded(i))
            // ("¡Bienvenida al mundo, Safiya! Nació el 3 de mayo en Dayton.": the one just named)
            || home && a.any_care() && i > 0 && a.private_subject[i - 1];
        // ("¡Felicidades a Mariana Zúñiga! … Vino cada semana desde Coyoacán": a Spanish sentence
        // opening with the travel verb, its subject the person named before it)
        let her_trip = her_trip
            || travel && a.any_care() && {
                let verb = a.token_at(a.sentences[i].start);
                verb < t
                    && TRAVEL_VERBS.contains(a.word(verb))
                    // (no subject of its own after the verb: not "Vino el doctor desde Toluca")
                    && (verb + 1..t).all(|k| !crate::text::one_of(a.word(k), crate::lines!["el", "la", "los", "las", "un", "una", "su", "sus", "mi", "nuestro", "nuestra"]))
                    && a.people.iter().any(|p| matches!(p.kind, crate::analysis::PersonKind::Private | crate::analysis::PersonKind::Unknown) && p.span.end <= start)
            };
        // ("la señora de 47 que vino desde Jackson Heights": travelled from there, with her age found)
        let aged_trip = travel && f.in_sentence(a, Category::Age, i).next().is_some();
        // ("Conoce a nuestra donante… Kinesióloga de Valparaíso, 26 años", "La donante LA-D2291…
        // estudiante de enfermería en Lafayette": a donor's profile, her job and her town)
        let donor_profile = || {
            let occupations = a.cues.occupation_words();
            a.words_before(start, 5).iter().any(|w| occupations.contains(*w))
                && a.near(i).filter(|&j| j <= i).any(|j| a.private_subject[j] && a.sentence_folded(j).has_line(crate::lines!["donor", "donante", "donadora", "carrier", "gestante"]))
        };
        if !org_place && (a.private_subject[i] || AGED.is_match(a.sentence_folded(i)) || commute || distance || person_from || her_trip || aged_trip || donor_profile()) {
            hits.add(r);
        }
    }
    for (_, c) in a.find_iter(&ZIP_RE) {
        let m = c.get(1).unwrap();
        let r = a.orig(m.range());
        if a.private_subject[a.sentence_at(r.start)] || a.any_care() {
            hits.add(r);
        }
    }
    // ("…a su casa en 27 Wardlaw Cres, Etobicoke, M9V 2G7"): a Canadian postal code, letter
    // digit letter, digit letter digit, in capitals (a walk over the bytes: no pattern to start)
    let b = a.text.as_bytes();
    let letter = |k: usize| b.get(k).is_some_and(u8::is_ascii_uppercase);
    let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    for k in 0..b.len().saturating_sub(5) {
        if !(letter(k) && digit(k + 1) && letter(k + 2)) || k > 0 && b[k - 1].is_ascii_alphanumeric() {
            continue;
        }
        let second = if b[k + 3] == b' ' || b[k + 3] == b'-' { k + 4 } else { k + 3 };
        let end = second + 3;
        if digit(second) && letter(second + 1) && digit(second + 2) && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric()) {
            let i = a.sentence_at(k);
            // (not the practice's own: "Our Mississauga office: 400 Matheson Blvd, L4Z 1N8")
            let ours = a.words_before(k, 12).iter().any(|w| ORG_CUES.contains(w)) && !a.private_subject[i];
            if (a.private_subject[i] || a.care_near(i)) && !ours {
                hits.add(k..end);
            }
        }
    }
    // ("She's somewhere in 19120 we think", "vive en 85705"): a ZIP code where someone lives or is
    // (a word test on five-digit tokens, not a pattern: no start-up cost)
    if a.any_care() {
        for t in 0..a.tokens.len() {
            let w = a.word(t);
            if !(w.len() == 5 && w.bytes().all(|b| b.is_ascii_digit())) {
                continue;
            }
            // ("Vive en el 33033": the ZIP code with its article)
            // ("lives right off Cahaba Rd in Vestavia Hills 35243": or after the town's name, up to
            // three capitalized words)
            let town_words = (1..=3.min(t))
                .take_while(|&k| a.tokens[t - k].capitalized && a.sentence_at(a.tokens[t - k].span.start) == a.sentence_at(a.tokens[t].span.start))
                .count();
            let mut before = a.words_before(a.tokens[t - town_words].span.start, 8);
            if before.last() == Some(&"el") {
                before.pop();
            }
            // (with a town named, "lives" may stand a street before it)
            let reach = if town_words > 0 { 7 } else { 3 };
            let before = &before[before.len().saturating_sub(reach)..];
            let place_word = matches!(before.last(), Some(&("in" | "near" | "around" | "en" | "por")));
            let someone_there = before.iter().any(|w| LIVES_THERE.contains(w));
            if place_word && someone_there {
                hits.add(a.tokens[t].span.clone());
            }
        }
    }
}

/// A place's name at `r` that opens with an article (`first`, folded) some name list also
/// holds: "El Alto", "El Prado", "La Paz".
fn opens_with_article(first: &str, r: &Range<usize>) -> bool {
    crate::text::one_of(first, crate::lines!["el", "la", "los", "las"]) && r.len() > first.len() + 1
}

fn check_hometown(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    if a.staff_profile() {
        return;
    }
    // ("the same 19-year-old from Wahoo": an age found in the sentence makes it one person's)
    let age_in = |i: usize| f.in_sentence(a, Category::Age, i).next().is_some();
    let occupations = a.cues.occupation_words();
    // On the original text: places are capitalized.
    for c in FROM_RE.captures_iter(a.text) {
        let noun = c.get(1).unwrap();
        // ("Don Efraín y Doña Luz, de Utuado": a private person named right before)
        // ...or with their age between: "Chukwudi Anyanwu, 19, from Bramwell Falls"
        let aged = noun.as_str().bytes().all(|b| b.is_ascii_digit());
        // ("a 19yo from Mattawa")
        let age_word = noun.as_str().starts_with(|c: char| c.is_ascii_digit()) && !aged;
        // ("So proud of Marisol Begay, 38, from Chinle 💕 After three rounds of IVF…": a name
        // not yet known as a patient's, with care told next to it)
        let named = a.people.iter().any(|p| {
            (p.kind == crate::analysis::PersonKind::Private || p.kind == crate::analysis::PersonKind::Unknown && a.care_near(p.sentence))
                && (p.span.start <= noun.start() && noun.end() <= p.span.end || aged && p.span.end <= noun.start() && noun.start() - p.span.end <= 3)
        });
        // ("who drove in from Sells": travelled in from home; "drove herself in from Goessel",
        // "driving back and forth from Emporia")
        let came_in = crate::text::one_of(noun.as_str(), crate::lines!["in", "back", "forth"]) && {
            let before = a.words_before(c.get(1).unwrap().start(), 3);
            before.iter().any(|w| TRAVEL_VERBS.contains(w))
        };
        let start = noun.start();
        // ("nuestra paciente @chamorrita.fiv de Dededo": a tagged person, then where she is from)
        let tagged = a.text[..noun.end()].trim_end_matches(|c: char| c.is_alphanumeric() || c == '_' || c == '.').ends_with('@');
        // (not "la Secretaría de Salud": a capital makes the noun a name's word)
        let capital = a.tokens[a.token_at(start)].capitalized;
        // (folded: the lists spell "señora" as "senora")
        let noun = crate::fold::fold(noun.as_str());
        // ("la donante nueva de Desamparados": an adjective between the person and "de")
        // ("una muchacha ngäbe de Kankintú": or her people)
        let adjective_of_person = (crate::text::one_of(noun.as_str(), crate::lines!["nueva", "nuevo", "joven", "embarazada", "new", "young"]) || crate::analysis::DEMONYMS.contains(&noun))
            && a.words_before(start, 1).first().is_some_and(|w| before_from(w));
        // ("a leukemia patient, age 24, from Juntura", "our donor, 24, from Tok": a person's noun,
        // then the age)
        let aged_person = aged && {
            let b = a.words_before(start, 2);
            match b.as_slice() {
                [w, "age" | "edad"] => PERSON_NOUNS_BEFORE_TOWN.contains(w),
                [.., w] => PERSON_NOUNS_BEFORE_TOWN.contains(w),
                [] => false,
            }
        };
        if !came_in && !adjective_of_person && !age_word && !aged_person && !tagged && !before_from(&noun) && !(occupations.contains(&noun) && !capital) && !named {
            continue;
        }
        // ("Every couple from the Iron Range who finished…": any of them, no one's town)
        if a.words_before(start, 1).first().is_some_and(|w| crate::text::one_of(w, crate::lines!["every", "each", "any", "cada", "toda", "todo", "todas", "todos"])) {
            continue;
        }
        let mut r = c.get(2).unwrap().range();
        // ("from Utqiaġvik Thursday": the day after the town is no part of it)
        if let Some((town, day)) = a.text[r.clone()].split_once(' ') {
            if crate::analysis::WEEKDAYS.contains(&crate::text::lower(day)) {
                r.end = r.start + town.len();
            }
        }
        let t = a.token_at(r.start);
        let i = a.sentence_at(r.start);
        // Known places are phi.location.town's; names, institutions and weekdays are not places.
        let first = a.word(t);
        // ("de El Alto": an article that some name list also holds)
        let article = opens_with_article(first, &r);
        let not_a_place = a.place_at(t) > 0
            || a.lex.first_names.contains(first) && !a.lex.name_stopwords.contains(first) && !article
            || crate::analysis::is_institution_word(first)
            // ("our patient from Tuesday's retrieval": a day, not a town)
            || crate::analysis::CALENDAR.contains(first.trim_end_matches("'s"))
            // ("our patient from Arizona": a state is no town; LOCATION is a city, street or ZIP)
            || r.len() == first.len() && crate::analysis::US_STATES.contains(&first)
            // ("a couple from Spain": a country is no town either; nor a state's peer:
            // "de Ciudad de México", one of Mexico's federal entities)
            || COUNTRIES.contains(a.folded_of(r.clone()))
            || STATE_LEVEL.contains(a.folded_of(r.clone()))
            // ("from the Bangladeshi moms group": a people, not a place)
            || crate::analysis::DEMONYMS.contains(&crate::fold::fold(first))
            || a.people.iter().any(|p| p.span.start <= r.start && r.start < p.span.end)
            || crate::analysis::followed_by_institution(a, a.token_at(r.end.saturating_sub(1)) + 1)
            // ("the couple from the Fort Yates outreach clinic": a site, named by its town)
            // ("our line supervisor from the Tamberlane plant": a workplace)
            || a.words_after(r.end, 2).iter().any(|w| crate::text::one_of(w, crate::lines!["clinic", "clinica", "office", "oficina", "hospital", "site", "sede", "campus", "plant", "factory", "mill", "store", "base", "school", "branch", "location", "lab", "outreach", "planta", "fabrica", "tienda", "escuela",
                // ("from the Bangladeshi moms group": a group of people, not a place)
                "group", "moms", "community", "church", "congregation", "grupo", "comunidad", "iglesia"]));
        // ("an Old Believer family from Nikolaevsk came in for the two-week blood test")
        // (nor "el Congreso Mexicano de Medicina Reproductiva", a congress's name)
        let person_with_care = PERSON_NOUNS_BEFORE_TOWN.contains(noun.as_str()) && !capital && a.care[i];
        // ("Husband drove three hours from Pikeville": a commute in a case told nearby)
        let commute = distance_in_case(a, f, noun.as_str());
        // ("Si alguien de Desamparados la conoce": anyone from the town of the person named,
        // who the sentence points back to)
        let her_town = crate::text::one_of(noun.as_str(), crate::lines!["alguien", "someone", "anyone", "anybody"]) && points_back(a, i);
        // ("…31 y/o, needs oocyte cryo. Flying in from Utqiaġvik Thursday.": the case goes on)
        let case_goes_on = came_in && i > 0 && (a.private_subject[i - 1] || age_in(i - 1)) && a.care_near(i);
        // ("Expediente 0045821-3, paciente de Cahuita": a record number of hers in the sentence)
        let record_here = PERSON_NOUNS_BEFORE_TOWN.contains(noun.as_str()) && f.record_in_sentence(a, i);
        if !not_a_place && (a.private_subject[i] || age_in(i) || person_with_care || commute || her_town || case_goes_on || record_here) {
            hits.add(r);
        }
    }
    static HOME: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::literal(HOME_WORDS));
    if HOME.inside(&a.folded.s) {
        for c in HOME_IN_RE.captures_iter(a.text) {
            let r = c.get(1).unwrap().range();
            let t = a.token_at(r.start);
            let i = a.sentence_at(r.start);
            let first = a.word(t);
            // ("her place in Weston": a known town, though also a given name)
            // ("su casa en El Prado": an article that some name list also holds)
            let article = opens_with_article(first, &r);
            let not_a_place = a.lex.first_names.contains(first) && !a.lex.name_stopwords.contains(first) && a.place_at(t) == 0 && !article
                || crate::analysis::is_institution_word(first)
                || a.people.iter().any(|p| p.span.start <= r.start && r.start < p.span.end);
            let someones = a.private_subject[i] || i > 0 && a.private_subject[i - 1] || a.private_people().next().is_some();
            if !not_a_place && someones {
                hits.add(r);
            }
        }
    }
    for c in NEIGHBOURHOOD_RE.captures_iter(a.text) {
        let r = c.get(1).unwrap().range();
        let i = a.sentence_at(r.start);
        if a.private_subject[i] {
            hits.add(r);
        }
    }
    // ("traced to a Belcourt address", "a Mass. driver's license, S21734690, Bradford address,
    // belongs to the gentleman who…": the town of someone's address)
    if a.folded.s.has(" address") {
        for c in TOWN_ADDRESS_RE.captures_iter(a.text) {
            let r = c.get(1).unwrap().range();
            let t = a.token_at(r.start);
            let i = a.sentence_at(r.start);
            let first = a.word(t);
            let not_a_town = ADDRESS_KINDS.contains(first)
                || crate::analysis::US_STATES.contains(&first)
                || crate::analysis::is_institution_word(first)
                || a.people.iter().any(|p| p.span.start < r.end && r.start < p.span.end);
            if !not_a_town && (a.private_subject[i] || i + 1 < a.sentences.len() && a.private_subject[i + 1] && a.care_near(i)) {
                hits.add(r);
            }
        }
    }
}

/// A capitalized word or two right before "address", after an article or a comma.
static TOWN_ADDRESS_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?:\b(?:an?|her|his|their)\s|,\s)((?:[A-Z][a-z]+\s)?[A-Z][a-z]+)\saddress\b")
});

/// Words before "address" that say what kind of address it is, not where.
static ADDRESS_KINDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "email", "mail", "mailing", "home", "street", "billing", "shipping", "web", "ip", "mac", "old", "new", "current", "previous", "forwarding", "work", "office", "physical", "return", "correct", "wrong", "different", "gmail", "yahoo", "outlook", "hotmail", "icloud", "portal",
]);

/// Units of distance and time: "five minutes from", not a place.
static DISTANCE_UNITS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "minutes", "mins", "hours", "hrs", "miles", "blocks", "steps", "weeks", "days", "years", "min", "km",
    "down", "up", "off", "along"
]);

/// Nouns for a private person (a couple, a family) that a town may follow ("a diabetic from",
/// "the mom in", "la brasileña de Danbury"), in lower case, with and without accents.
static PERSON_NOUNS_BEFORE_TOWN: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    // ("our mom-to-be from Hamtramck")
    "mom-to-be", "mommy-to-be", "mama-to-be", "dad-to-be", "parents-to-be",
    "patient", "pt", "diabetic", "woman", "man", "mom", "dad", "mother", "father", "couple", "girl", "guy",
    "lady", "family", "donor", "carrier", "surrogate", "wife", "husband", "paciente", "expaciente", "mujer",
    "senora", "pareja", "familia", "chica", "hombre", "donante", "esposo", "esposa", "matrimonio",
    "muchacha", "muchacho", "chava", "chavo", "chamaca", "chamaco", "nena", "gurisa", "pelada", "mama", "mami", "mommy",
    "vecina", "vecino", "residente", "resident",
    // ("her hubby from Pāhoa", "la brasileña de Danbury")
    "hubby", "wifey", "boyfriend", "girlfriend", "fiance", "fiancee", "partner", "marido", "novio", "novia", "gestante", "portadora", "subrogada", "subrogado",
    // ("Sus papás de Reading no caben de la emoción", "her parents from Erie")
    "papás", "papas", "mamás", "mamas", "papa", "padres", "parents", "abuela", "abuelo", "abuelos", "abuelita",
    "tita", "auntie", "aunty", "uncle", "tutu", "tia", "tio", "grandma", "grandpa",
    // ("the retired Navy vet from Gatún")
    "vet", "veteran", "retiree",
    // ("la parejita de Olneyville": diminutives)
    "parejita", "parejitas", "senito", "familita",
    "brasilena", "brasileno", "boricua", "dominicana", "dominicano", "mexicana", "mexicano", "venezolana", "venezolano",
]);


/// Words after a place that make it the practice's ("Visalia office", "en Potomac Fertility").
static ORG_AFTER: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "office",
    "clinic",
    "location",
    "outreach",
    "campus",
    "team",
    "area",
    "county",
    "fair",
    "medical",
    "memorial",
    "general",
    "regional",
    "hospital",
    "center",
    "centre",
    // "en Potomac Fertility", "at Cedar Valley Reproductive Associates": the practice's name
    "fertility",
    "ivf",
    "reproductive",
    "partners",
    "partners'",
    "associates",
    "institute",
    "specialists",
    "women's",
]);

/// Words before "in <place>" that put someone there ("lives in", "based in", "vive en").
static LIVES_THERE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "somewhere",
    "lives",
    "living",
    "live",
    "based",
    "staying",
    "moved",
    "vive",
    "viven",
    "she's",
    "he's",
    "they're",
    "esta",
]);

/// Words before a place that make it one of the practice's ("our office in", "la sede de").
static PRACTICE_PLACES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    // ("an RN at a monitoring-only satellite in Stockton")
    "satellite",
    "satelite",
    "sede",
    "office",
    "clinic",
    "visit",
    "oficina",
    "clinica",
    "consultorio",
    "sucursal",
    "location",
    "branch",
    "pharmacy",
    "farmacia",
    // ("passed your kind words on to the whole team in Valladolid": the practice's own people)
    "team",
    "equipo",
    "staff",
    "lab",
    "laboratorio",
    // ("Para facturación en Astoria: …": the practice's own desks)
    "facturacion",
    "billing",
    "recepcion",
]);

/// Parts of a building before "on <street>" ("our ambulance bay on Willamette St").
static FACILITY_PARTS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "bay",
    "lot",
    "entrance",
    "door",
    "doors",
    "building",
    "lobby",
    "campus",
    "site",
    "location",
    "lab",
    "dock",
]);


/// Words that make a town-and-person phrase anyone of that kind ("if you're a Harlingen couple").
static ANY_ONE_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "if",
    "you're",
    "youre",
    "you",
    "any",
    "every",
    "as",
    "when",
    "for",
    "si",
]);
