//! Finds people named in a text and decides, from the words around each name, whether the
//! name belongs to staff, to a public figure, or to a private person (a patient, a relative).

use std::ops::Range;

use super::Analysis;
use crate::text::Has;

/// Whose name it is, as far as the context tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonKind {
    /// The context marks a private person: a courtesy title (Ms., Sra.), a greeting or direct
    /// address, "patient", a family relation ("their son Zayd").
    Private,
    /// A name with no cue either way.
    Unknown,
    /// A clinician or employee: "Dr.", "Nurse", "our embryologist", "from our lab team".
    Staff,
    /// A public figure: senator, author, judge.
    Public,
}

/// A person's name in the text.
#[derive(Debug, Clone)]
pub struct Person {
    /// Byte range of the name in the original text (with a courtesy title, without "'s").
    pub span: Range<usize>,
    pub kind: PersonKind,
    /// The sentence it is in.
    pub sentence: usize,
    /// Tokens of the name (indexes into `Analysis::tokens`), title excluded.
    pub name_tokens: Range<usize>,
    /// Addressed directly ("Katie, you looked great", "Hi Priscilla!").
    pub vocative: bool,
    /// Named as a patient ("our patient Ana", "Ana, our new IUI patient", "the Diaz family"):
    /// a disclosure even without words of care.
    pub named_as_patient: bool,
}

static COURTESY_TITLES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "mr", "mrs", "ms", "mx", "miss", "sr", "sra", "srta", "senor", "senora", "senorita", "don", "dona", "deacon", "deaconess",
    // military ranks: "SSG Darnell Pruitt", "Staff Sgt. Oyelaran", "el sargento Ibarra"
    "sgt", "ssg", "ssgt", "sfc", "tsgt", "msgt", "cpl", "lcpl", "pvt", "pfc", "spc", "amn", "lt", "ltc", "capt", "cpt",
    "maj", "cmdr", "cdr", "sergeant", "corporal", "lieutenant", "sargento", "teniente", "capitan",
    // ("A1C Jamal Whitfield": Air Force and Navy enlisted ranks)
    "a1c", "smsgt", "cmsgt", "po1", "po2", "po3", "cpo", "sgm",
]);
static STAFF_TITLES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["dr", "dra", "doctor", "doctora", "nurse", "enfermera", "enfermero", "prof", "professor", "midwife", "matrona", "matron", "lic", "licda", "licdo", "lcda", "lcdo", "licenciada", "licenciado", "ing", "inga", "embriologa", "embriologo", "blga", "blgo", "biol", "obst", "obsta"]);
/// Words after which a capitalized word is part of a place or an institution, not a person.
static PLACE_PREFIXES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "st", "saint", "san", "santa", "santo", "sao", "sainte", "ste", "mount", "mt", "fort", "lake", "port", "univ", "university", "hospital", "ciudad", "rio",
    // neighbourhoods: "Col. Kennedy", "barrio Obrero"
    "col", "colonia", "urb", "urbanizacion", "barrio", "fraccionamiento", "fracc",
    // streets: "Av. Homero 1420", "calle Morelos"
    "av", "ave", "avenida", "calle", "paseo", "camino", "blvd", "boulevard", "carretera", "calzada", "privada", "circuito", "jiron",
]);
/// Street types that come before a street's name in Spanish ("calle Morelos", "jirón Ayacucho"),
/// written in lower case as often as not.
pub static SPANISH_STREET_TYPES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["calle", "avenida", "jiron", "callejon", "pasaje", "calzada"]);
/// Words that, right after a capitalized name-like word, make it an institution or a place.
static INSTITUTION_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    // ("Florida Blue", "Blue Cross": an insurer)
    "blue",
    "hospital", "clinic", "clinica", "center", "centre", "centro", "fertility", "ivf", "medical", "health", "healthcare",
    "university", "college", "school", "park", "street", "st", "avenue", "ave", "road", "rd", "blvd", "boulevard", "lane",
    // ("the Hal Rogers Parkway": a road named for someone)
    "parkway", "pkwy", "highway", "hwy", "expressway", "freeway", "turnpike", "bridge",
    "ln", "drive", "dr", "way", "county", "city", "institute", "foundation", "method", "protocol", "pharmacy", "labs",
    "lab", "group", "associates", "partners", "women's", "womens", "reproductive", "day", "award", "fund", "library",
    "church", "high", "elementary", "mall", "plaza", "tower", "building", "suite", "office", "station", "river", "valley",
    "heights", "hills", "beach", "bay", "falls", "springs", "lake", "memorial", "regional", "general", "children's",
    "team", "location", "locations", "campus", "branch", "area", "region", "metro", "afb", "afb's", "base",
    // ("Recepción Cuenca: …": the front desk of a site)
    "recepcion", "reception",
    // ("Banco Galicia, CBU …", "Wells Fargo Bank")
    "banco", "bank",
    // events ("a booth at Marian Days", "Cinco de Mayo Fest")
    "days", "fest", "festival", "fair", "parade", "expo", "gala", "carnival", "rodeo", "fiesta", "feria",
    // courts and legislatures ("the state Supreme Court's ruling")
    "court", "court's", "courts", "senate", "legislature", "assembly", "council", "commission", "committee", "tribunal",
    // (regulators and professional bodies: "the Maryland Board of Physicians", "Ohio Department of Health")
    "board", "bureau", "department", "agency", "association", "society",
    // (a town's quarter: "Kennedy Norte", "Carapungo Sur")
    "norte", "sur", "oriente", "poniente",
]);
/// Whether a word names an institution or a kind of place ("Clinic", "Street").
pub fn is_institution_word(w: &str) -> bool {
    INSTITUTION_WORDS.contains(&w)
}

/// Jobs that, right before a name, are a title ("embryologist Tran Nguyen").
static JOB_TITLES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "embryologist", "embryologists", "sonographer", "sonographers", "andrologist", "endocrinologist", "anesthesiologist",
    "phlebotomist", "receptionist", "nurses", "midwife", "counselor", "counsellor", "psychologist", "therapist",
    "embriologa", "embriologo", "embriologas", "embriologos", "matrona", "recepcionista", "psicologa", "psicologo",
    // ("carrier program manager Luz María Sotelo", "practice administrator Dana Whitt")
    "manager", "administrator", "director", "coordinator", "navigator", "gerente", "coordinadora", "coordinador",
    "directora", "administradora",
]);

/// What a person named does, after the name ("Wade Sixkiller drove in…").
static ACTS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "drove", "came", "called", "walked", "flew", "sent", "brought", "finally", "just", "texted", "emailed", "messaged",
]);

/// Where programs and people are hosted: "the programs at Walter Reed", "su residencia en …".
static HOSTING_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "program", "programs", "hospital", "hospitals", "center", "centers", "centre", "base", "bases", "clinic", "clinics",
    "residency", "fellowship", "rotation", "rotations", "unit", "units", "programa", "programas", "hospitales", "residencia",
]);

/// Words that place a shortened month ([`crate::text::SHORT_MONTHS`]) in time before it.
static WHEN_BEFORE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "in", "since", "by", "until", "till", "before", "after", "early", "late", "mid", "last", "next", "this", "en", "desde", "hasta",
]);

/// Things after a relation word in a title ("Donor Egg 101", "Patient Portal"): not a name.
static RELATION_THINGS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "egg", "eggs", "sperm", "embryo", "embryos", "oocyte", "oocytes", "bank", "program", "programs", "agency", "portal", "ovulo",
    "ovulos", "esperma", "semen", "embrion", "embriones", "programa",
]);

/// Staff-role words that are no one's job on their own ("our", "team", "office").
static NOT_A_JOB: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "our", "nuestra", "nuestro", "welcome", "bienvenida", "bienvenido", "team", "equipo", "practice", "clinic", "clinica", "office",
    "lab", "laboratorio", "staff", "front", "desk", "billing", "partner",
]);

/// Verbs after a role that make it a clause ("our whole team is heartbroken"), not an apposition.
static CLAUSE_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "is", "are", "was", "were", "has", "have", "will", "would", "can", "wants", "sends", "misses", "loved", "loves", "esta", "estan", "quiere", "le",
]);

/// Staff roles; a name right after one of these (within a few words) is staff.
static STAFF_ROLES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "front-desk", "superstar", "rockstar", "teammate", "hire",
    "nurse", "nurses", "rn", "np", "doctor", "physician", "dr", "md", "embryologist", "embryologists", "sonographer",
    "andrologist", "endocrinologist", "reproductive", "rei", "obgyn", "ob", "gyn", "surgeon", "anesthesiologist",
    "manager", "administrator", "director", "coordinator", "counselor", "counsellor", "psychologist", "therapist",
    "receptionist", "scheduler", "biller", "phlebotomist", "technician", "tech", "assistant", "ma", "pa", "midwife", "pharmacist", "farmaceutica", "farmaceutico",
    "founder", "cofounder", "co-founder", "ceo", "coo", "cfo", "officer", "lead", "supervisor", "specialist",
    "navigator", "educator", "advocate", "concierge", "liaison", "worker", "promotora", "promotor", "team", "staff", "colleague", "colleagues", "coworker", "co-worker", "intern", "resident",
    "fellow", "partner", "enfermera", "enfermero", "matrona", "matron", "doctora", "medico", "medica", "embriologa", "embriologo",
    "coordinadora", "coordinador", "directora", "director", "gerente", "recepcionista", "equipo", "biologa", "biologo",
    "tecnica", "tecnico", "psicologa", "psicologo", "asistente", "practice", "lab", "laboratorio", "front", "desk",
    "billing", "clinic", "clinica", "office", "our", "nuestra", "nuestro", "welcome", "bienvenida", "bienvenido",
]);
/// US states ("Michigan Family Protection Act" names no one); the place list holds towns.
pub static US_STATES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
    "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
    "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin",
    "wyoming", "carolina", "dakota",
]);
/// Staff events: the people named in a post about one are colleagues.
pub(super) const STAFF_EVENTS: &[&str] = &[
    "staff potluck", "team potluck", "office potluck", "potluck", "bake-off", "bake off", "chili cook-off", "team lunch",
    "staff lunch", "holiday party", "office party", "ugly sweater", "staff appreciation", "employee of the month",
    "work anniversary", "convivio", "posada del equipo",
];

/// Public roles; a name right after one of these is a public figure.
static PUBLIC_ROLES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "senator", "sen", "governor", "gov", "president", "rep", "representative", "congresswoman", "congressman",
    "judge", "justice", "author", "journalist", "reporter", "singer", "actress", "actor", "mayor", "secretary",
    "minister", "researcher", "researchers", "scientist", "professor", "podcaster", "host", "senadora", "senador",
    "gobernador", "gobernadora", "presidenta", "presidente", "autora", "autor", "jueza", "juez", "alcalde", "alcaldesa",
    "cantante", "actriz", "presentadora", "conductora",
    // a court case by its parties' names ("el caso Artavia Murillo")
    "caso",
]);
/// Words just before a name that mark a private person.
static PRIVATE_BEFORE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "patient", "pt", "patients", "paciente", "son", "daughter", "baby", "babies", "twins", "husband", "wife", "partner",
    "fiance", "fiancee", "boyfriend", "girlfriend", "mom", "dad", "mother", "father", "sister", "brother", "donor",
    "carrier", "surrogate", "gc", "hijo", "hija", "bebe", "esposo", "esposa", "pareja", "novio", "novia", "mama", "papa",
    "named", "llamada", "llamado", "hi", "hello", "hey", "dear", "congratulations", "congrats", "thanks", "thank",
    "hola", "querida", "querido", "felicidades", "felicitaciones", "gracias", "welcome", "meet", "little", "sweet",
    "jajaja", "jaja", "haha", "hahaha",
    "donante", "gestante", "portadora", "receptora", "hermana", "hermano", "abuela", "abuelo", "suegra", "suegro", "girl",
    "boy",
]);
/// Function words that some name lists carry ("She", "De", "Will"): never a name on their own.
pub static FUNCTION_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "only", "she", "he", "her", "his", "him", "hers", "they", "them", "their", "we", "our", "us", "you", "your", "it", "its",
    "i", "me", "my", "the", "a", "an", "and", "or", "but", "if", "so", "as", "at", "by", "for", "from", "in", "into",
    "of", "on", "to", "up", "with", "is", "are", "was", "were", "be", "been", "am", "do", "did", "has", "have", "had",
    "this", "that", "these", "those", "who", "what", "when", "where", "why", "how", "all", "any", "some", "no", "not",
    "de", "del", "la", "las", "el", "lo", "los", "un", "una", "y", "o", "en", "con", "por", "para", "su", "sus", "que",
    "se", "es", "al", "le", "les", "mi", "tu", "da", "dan", "tell", "ask", "call", "text", "send", "give", "let",
    "after", "before", "since", "while", "during", "despues", "antes", "durante", "desde", "nos", "ya", "muy", "mas", "sin", "sobre", "hoy", "ayer", "pero", "como",
    "ella", "ellos", "usted", "nuestro", "nuestra", "nuestros", "nuestras", "mis", "tus", "vuestro", "vuestra", "don't", "can't", "won't", "i'm", "we're", "she's", "he's", "it's", "that's", "let's",
    "happy", "dear", "estimada", "estimado", "estimadas", "estimados", "querida", "querido", "hi", "hey", "hello", "thanks", "hola", "gracias", "team", "staff", "patient", "patients",
    // openers of a spoken sentence ("Mira, con tres folículos...", "Oye, ...")
    "mira", "oye", "bueno", "mija", "mijo", "amiga", "amigo", "look", "listen", "okay", "ok", "sis", "hun", "babe", "yo",
    "che", "wey", "guey", "ey", "ay", "uy", "chama", "chamo", "pana", "mana", "mano", "parce", "parcera", "parcero", "nena", "reina", "cielo", "corazon",
    "compa", "compadre", "comadre", "carnal", "carnala", "plebe", "morra", "wepa", "orale", "andale",
    // (Peruvian, Chilean, Argentine and Colombian forms of address: "Causa, mándame…")
    "causa", "weon", "weona", "huevon", "huevona", "boludo", "boluda", "loco", "loca", "flaco", "flaca", "pibe", "piba", "chabon", "chaval", "tio", "tia", "hermano", "primo", "prima",
    "guapa", "guapo", "guapisima", "guapisimo", "preciosa", "precioso", "san", "santa", "santo", "saint", "whoever", "whatever", "whenever", "wherever", "quienquiera",
    "aqui", "aca", "alli", "alla", "ahi", "here", "there",
]);

/// Words after a name that mark staff: "Devon from our lab team", "Ingrid, our embryologist".
static STAFF_AFTER: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["rn", "np", "md", "do", "phd", "pa-c", "facog", "msn", "bsn", "lpn", "cnm", "dnp", "hcld", "eld", "ms", "mph", "lcsw", "lmft", "rdms", "rdcs", "rvt", "arrt", "clt", "mls", "cls", "tlc", "bcla", "ibclc", "lmsw", "msw", "lpc", "lmhc", "psyd", "pharmd", "rph", "cpht", "fnp", "whnp", "aprn", "crnp", "ccrn"]);

pub(super) fn find(a: &Analysis) -> Vec<Person> {
    let mut people = Vec::new();
    let mailboxes = mailbox_words(a);
    let fund_paths = fundraiser_paths(a);
    let toks = &a.tokens;
    let mut i = 0;
    while i < toks.len() {
        let w = a.word(i);
        let tok = &toks[i];
        // Spanish titles are written in lower case mid-sentence: "el señor Ibáñez", "doña Carmen".
        // ...and so are abbreviated ones in casual posts: "buscando al sr. Patricio Andrade".
        let lower_title = LOWER_CASE_TITLES.contains(w)
            && i + 1 < toks.len()
            && toks[i + 1].capitalized
            && (gap_is_space(a, i, i + 1) || crate::text::one_of(w, crate::lines!["sr", "sra", "srta", "mr", "mrs", "ms"]) && joined_by_title_gap(a, i, i + 1))
            && !FUNCTION_WORDS.contains(&a.word(i + 1));
        let lower_name = !tok.capitalized && (lower_case_name(a, i) || lower_case_vocative(a, i));
        // ("@Rosanna Peralta so glad the band is working for you!!"): a mention by display name
        if let Some(end) = display_mention(a, i) {
            let mut p = person(a, i, i..end, PersonKind::Private);
            p.vocative = true;
            people.push(p);
            i = end;
            continue;
        }
        // "…11 blastocysts for Pa Nhia Vang (MRN 7730-4419)", "j. goicoechea, DOB 03/14/1991": a
        // name no list knows, right before a chart's label for its record or birth date
        if let Some(end) = charted_name(a, i) {
            people.push(person(a, i, i..end, PersonKind::Private));
            i = end;
            continue;
        }
        // "so mrs. tybo's HSG results…": a courtesy title typed in lower case, with its period,
        // before a word in lower case that is no function word
        if crate::text::one_of(w, crate::lines!["mr", "mrs", "ms", "sra", "srta"])
            && !toks[i].capitalized
            && i + 1 < toks.len()
            && a.text[toks[i].span.end..toks[i + 1].span.start] == *". "
            && !toks[i + 1].capitalized
            && a.word(i + 1).len() > 2
            && a.word(i + 1).chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’')
            && !FUNCTION_WORDS.contains(&a.word(i + 1))
            // ("the ms. word template": the software)
            && !crate::text::one_of(a.word(i + 1), crate::lines!["word", "excel", "teams", "outlook", "office", "paint"])
        {
            let kind = if role_named(a, i).is_some() { PersonKind::Staff } else { PersonKind::Private };
            people.push(person(a, i, i + 1..i + 2, kind));
            i += 2;
            continue;
        }
        if (!tok.capitalized && !lower_title && !lower_name) || tok.numeric || inside_handle(a, i) {
            i += 1;
            continue;
        }
        // ("#Valencia", "#SanAntonio": a place's hashtag)
        if a.text[..tok.span.start].ends_with('#') && a.place_at(i) > 0 {
            i += 1;
            continue;
        }
        // ("Hannah's Circle fertility ministry meets…", "Sarah's House"): a name's possessive
        // before a capitalized word for a group or a place names that group or place
        if tok.capitalized
            && strip_possessive(w).len() < w.len()
            && toks.get(i + 1).is_some_and(|n| n.capitalized && !n.all_caps)
            && gap_is_space(a, i, i + 1)
            && ORGANIZATION_NAME_WORDS.contains(a.word(i + 1))
        {
            i += 2;
            continue;
        }
        // ("Meet Mai Nou Her, our community health worker": the verb, not the given name Meet)
        if w == "meet" && !mid_sentence(a, i) && toks.get(i + 1).is_some_and(|n| n.capitalized) {
            i += 1;
            continue;
        }
        // ("¡Llegó Bautista!", "Nació Valentina a las 4:10": a Spanish verb in the past tense,
        // capitalized where the sentence opens, before the name)
        if tok.capitalized && a.text[tok.span.clone()].ends_with('ó') && !a.lex.first_names.contains(w) && !a.lex.surnames.contains(w) {
            i += 1;
            continue;
        }
        // "Yadira Colón, de Cabo Rojo, que…": right after a person named, a comma and "de" or
        // "from", the capitalized words are where she is from (see `town_after_person`)
        if let Some(n) = town_after_person(a, &people, i) {
            i += n;
            continue;
        }
        if lower_name {
            // ("me llamo ondina lacayo, …", "a nombre de yorman briceño": the surname after a
            // name said so, whatever it is)
            let said_surname = || named_as(a, i) && a.tokens.get(i + 1).is_some_and(|n| !n.capitalized && gap_is_space(a, i, i + 1)) && {
                let n = a.word(i + 1);
                n.chars().count() >= 3 && n.chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(&n) && !a.lex.name_stopwords.contains(n)
            };
            let end = if lower_case_surname_after(a, i) || said_surname() { i + 2 } else { i + 1 };
            let kind = classify(a, i, end);
            people.push(person(a, i, i..end, if kind == PersonKind::Unknown { PersonKind::Private } else { kind }));
            i = end;
            continue;
        }
        // "Okonkwo, D.": a chart-style surname and initial.
        if let Some(end) = surname_comma_initial(a, i) {
            let kind = classify(a, i, i + 1);
            let mut p = person(a, i, i..end, kind);
            p.span.end += 1; // the initial's period
            people.push(p);
            i = end;
            continue;
        }
        // (the rank is "A1C"; "an A1c" is the lab test)
        let titled = (COURTESY_TITLES.contains(&w) && (w != "a1c" || &a.text[tok.span.clone()] == "A1C")) || STAFF_TITLES.contains(&w);
        // ("Sra. Lê Thị Hoa": a surname with its accents is no function word, "le")
        if titled && i + 1 < toks.len() && joined_by_title_gap(a, i, i + 1) && toks[i + 1].capitalized && (!FUNCTION_WORDS.contains(&a.word(i + 1)) || !a.text[toks[i + 1].span.clone()].is_ascii()) {
            let end = extend_name(a, i + 1, true);
            // "our patient advocate, Ms. Okoro-Lindgren": a courtesy title on a colleague
            // ("pida hablar con nuestra gerente, Doña Chelo, al…": set off after one of our roles)
            let kind = if STAFF_TITLES.contains(&w) || classify(a, i + 1, end) == PersonKind::Staff || role_named(a, i).is_some() { PersonKind::Staff } else { PersonKind::Private };
            // ("Staff Sgt. Oyelaran", "Master Sgt. Ruiz": the rank's first word is part of it)
            let first = if i > 0 && toks[i - 1].capitalized && gap_is_space(a, i - 1, i) && crate::text::one_of(a.word(i - 1), crate::lines!["staff", "master", "tech", "senior", "first", "chief"]) { i - 1 } else { i };
            people.push(person(a, first, i + 1..end, kind));
            i = end;
            continue;
        }
        // "Naw Say Paw, if that's you…": a name no list knows, of two or three words, opening
        // a sentence that speaks to that person
        if let Some(end) = addressed_name_run(a, i) {
            people.push(person(a, i, i..end, PersonKind::Private));
            i = end;
            continue;
        }
        if let Some(end) = cheered_name_run(a, i) {
            let kind = classify(a, i, end);
            people.push(person(a, i, i..end, kind));
            i = end;
            continue;
        }
        // A name no list knows is a colleague's with a clinician's credential after it ("Please
        // welcome Losana Fifita, RN, to our team"), welcomed to the practice ("Please welcome
        // Oluwadamilare 'Dami' Ogunleye to our andrology team"), or set off by commas after one
        // of the practice's roles ("our patient care lead, Narine, would like to talk with you")
        if let Some(end) = credentialed_name(a, i).or_else(|| welcomed_name(a, i)).or_else(|| role_named(a, i)).or_else(|| introduced_name(a, i)) {
            people.push(person(a, i, i..end, PersonKind::Staff));
            i = end;
            continue;
        }
        // "Sagal Abdirahman's HSG report": a two-word name no list knows owns a care record
        if let Some(end) = owner_of_record(a, i) {
            let kind = classify(a, i, end);
            people.push(person(a, i, i..end, kind));
            i = end;
            continue;
        }
        // ("'hi this is Chue calling back about my husband's results'": a caller names themselves)
        let caller = i >= 2
            && a.word(i - 1) == "is"
            && a.word(i - 2) == "this"
            && a.tokens.get(i + 1).is_some_and(|_| crate::text::one_of(a.word(i + 1), crate::lines!["calling", "returning", "llamando"]))
            && name_shaped(a, i);
        let by_relation = caller || paired_opening(a, i).is_some() || named_by_relation(a, i) || listed_first_unlisted_surname(a, i) || middle_then_unlisted_surname(a, i) || record_follows(a, i) || phone_follows(a, i) || initial_follows(a, i) || greeted(a, i) || family_surname(a, i) || aged_apposition(a, i) || opening_address(a, i) || partner_follows(a, i)
            || set_off_as_patient(a, i) || mailbox_owner(a, i, &mailboxes) || mailbox_follows(a, i) || reached_about(a, i) || called_back_or_noticed(a, i) || born_or_kin_of(a, i) || named_in_fundraiser(a, i, &fund_paths) || owner_named(a, i);
        // ("Maestra de primaria, guatemalteca": a job, capitalized at a sentence start)
        let job = a.cues.occupation_words().contains(strip_possessive(w)) && !(i + 1 < toks.len() && toks[i + 1].capitalized && gap_is_space(a, i, i + 1));
        // ("the Irish Catholic aunties": a people or a faith, not a given name)
        // ("I can't help you, and neither can Jesus": in English, "Jesus" alone is the one prayed
        // to; "Jesús" and "Jesus Ramírez" stay names)
        // (asked only of a candidate)
        // ("if you're Navajo and…": a people, even where a name could stand)
        let people_word = || {
            DEMONYMS.contains(strip_possessive(w)) && !a.tokens.get(i + 1).is_some_and(|n| n.capitalized && gap_is_space(a, i, i + 1))
                // ("consent packets in Karen, Nuer, Dinka, Lakota and Spanish": listed with a language)
                || in_language_list(a, i)
                // ("He speaks Nepali, Hindi and a little Dzongkha": a language in the list spoken)
                // ("Speaks Burmese + Karen": the verb may open the sentence, capitalized)
                // ("fluent in English, Spanish and a little Yucatec Maya": even after "little")
                || (1..=8.min(i)).map(|k| i - k).find(|&k| crate::text::one_of(a.word(k), crate::lines!["speaks", "speak", "habla", "hablan", "fluent"]) || !(a.tokens[k].capitalized || crate::text::one_of(a.word(k), crate::lines!["and", "a", "little", "some", "basic", "conversational", "y", "un", "poco", "in", "en"])))
                    .is_some_and(|k| crate::text::one_of(a.word(k), crate::lines!["speaks", "speak", "habla", "hablan", "fluent"]))
                // ("…and (thanks to our front desk) a little Tamil": a language after a measure of it)
                || LANGUAGES.contains(w) && i > 0 && crate::text::one_of(a.word(i - 1), crate::lines!["little", "some", "basic", "conversational", "broken", "poco", "in", "en"])
                // ("the women of Maverick and Val Verde counties": a county's name)
                || names_county(a, i)
                // ("if you kept a pharmacy running through Laura or Ida": a hurricane's name)
                || storm_named(a, i)
                || !by_relation
                && (DEMONYMS.contains(strip_possessive(w))
                    // ("Karen-speaking families", "about Karen or Yemeni refugee families": a
                    // people before its plural, or listed with another people)
                    || a.tokens.get(i + 1).is_some_and(|_| crate::text::one_of(a.word(i + 1), crate::lines!["families", "refugees", "communities", "speakers", "speaking", "-speaking", "women", "men", "mothers", "moms"]))
                    // ("A Karen family says…": one family of a people)
                    || a.tokens.get(i + 1).is_some_and(|_| a.word(i + 1) == "family") && i > 0 && crate::text::one_of(a.word(i - 1), crate::lines!["a", "an"])
                    || i + 3 < a.tokens.len() && crate::text::one_of(a.word(i + 1), crate::lines!["or", "and"]) && a.tokens[i + 2].capitalized
                        && crate::text::one_of(a.word(i + 3), crate::lines!["families", "refugees", "refugee", "communities", "people", "patients", "women", "couples"])
                    || w == "jesus" && a.lang == crate::options::Lang::En && a.text[tok.span.clone()].starts_with("Jesus")
                        && !a.tokens.get(i + 1).is_some_and(|n| n.capitalized && gap_is_space(a, i, i + 1)))
        };
        // ("moved to Lawrence as a teenager", "grew up in Tyler": a known town after a move or a home)
        let moved_to = || {
            i >= 2
                && (a.word(i - 1) == "to" && crate::text::one_of(a.word(i - 2), crate::lines!["moved", "moving", "relocated", "emigrated", "immigrated"])
                    // ("driving up to Tijuana every other weekend", "everyone coming down to Tijuana for FET")
                    || a.word(i - 1) == "to" && a.words_before(a.tokens[i - 1].span.start, 2).iter().any(|w| crate::text::one_of(w, crate::lines!["driving", "drive", "drove", "drives", "flew", "fly", "flying", "headed", "heading", "went", "going", "trip", "commute", "commuting", "coming", "came"]))
                    || home_before(a, i)
                    // ("our Marshallese patient out of Enid": where someone comes from)
                    || a.word(i - 1) == "of" && a.word(i - 2) == "out"
                    // ("se fue la luz en todo Kendall": the whole of a place)
                    || crate::text::one_of(a.word(i - 1), crate::lines!["todo", "toda"]) && a.word(i - 2) == "en")
                && a.place_at(i) > 0
        };
        // ("Doña, lo que usted nos contó…": a title called on its own, though "Dona" is a name too)
        let title_called = COURTESY_TITLES.contains(&w) && a.text[tok.span.end..].starts_with(',');
        // ("No conozco otro centro en Argentina": a country after a preposition, though a name too)
        let country = || i > 0 && crate::text::one_of(a.word(i - 1), crate::lines!["en", "in", "de", "from", "desde", "to", "of", "para", "across", "throughout", "toda", "todo"]) && crate::rules::phi::location::COUNTRIES.contains(w)
            // ("whether Argentina's Law 26.862 covers…": a country's, before what it has)
            || w.ends_with("'s") && crate::rules::phi::location::COUNTRIES.contains(strip_possessive(w)) && a.tokens.get(i + 1).is_some_and(|n| n.capitalized && !n.all_caps || PLACE_NOUNS.contains(a.word(i + 1)));
        // ("Nota para admisión de Valencia", "el equipo de Granada": a site of the practice, by its town)
        let our_site = || i >= 2 && a.word(i - 1) == "de" && crate::text::one_of(a.word(i - 2), crate::lines!["admision", "recepcion", "sede", "clinica", "centro", "laboratorio", "equipo", "oficina", "unidad", "consulta"]) && a.place_at(i) > 0;
        // ("the patient from Fernando de la Mora": the end of a town's name, after "de la")
        let town_tail = || {
            i >= 4
                && crate::text::one_of(a.word(i - 1), crate::lines!["la", "las", "los"])
                && a.word(i - 2) == "de"
                && a.tokens[i - 3].capitalized
                && a.place_at(i - 3) > 0
                && crate::text::one_of(a.word(i - 4), crate::lines!["from", "de", "desde", "in", "en"])
        };
        let candidate = (is_first_name(a, i) || unknown_first_then_surname(a, i) || by_relation) && !town_tail() && !job && !title_called && !spanish_slang_address(a, w) && !people_word() && !moved_to() && !country() && !our_site();
        // "a Washington license", "Austin area": a place before a noun that places it.
        let place_noun_after = || {
            i + 1 < a.tokens.len()
                && a.place_at(i) > 0
                && (PLACE_NOUNS.contains(a.word(i + 1))
                    // ("Bethel & Y-K Delta families:", "Nome and Kotzebue moms"): places listed
                    // before their people
                    || {
                        let joined = a.text[tok.span.end..a.tokens[i + 1].span.start].trim() == "&";
                        let next = if joined { i + 1 } else { i + 2 };
                        (joined || crate::text::one_of(a.word(i + 1), crate::lines!["and", "y", "or", "o"]))
                            && (next..(next + 4).min(a.tokens.len())).find(|&k| !a.tokens[k].capitalized).is_some_and(|k| k > next && PLACE_NOUNS.contains(a.word(k)))
                    })
        };
        // "Quincy, MA 02169": a word before a state code is a town (without the comma, only
        // with the ZIP code after: "Lowell MA 01851")
        let before_state_code = || {
            let rest = &a.text.as_bytes()[tok.span.end..];
            let comma = rest.starts_with(b", ");
            let rest = if comma { &rest[2..] } else if rest.starts_with(b" ") { &rest[1..] } else { return false };
            let code = rest.len() >= 2 && rest[0].is_ascii_uppercase() && rest[1].is_ascii_uppercase() && rest.get(2).is_none_or(|b| !b.is_ascii_alphanumeric());
            let zip = rest.len() >= 8 && rest[2] == b' ' && rest[3..8].iter().all(u8::is_ascii_digit) && rest.get(8).is_none_or(|b| !b.is_ascii_alphanumeric());
            code && (comma || zip)
        };
        // "Equipo Santiago:", "nuestra sede de Valencia": a team or a site of the practice
        let site_name = i > 0 && gap_is_space(a, i - 1, i) && (crate::text::one_of(a.word(i - 1), crate::lines!["equipo", "team", "sede", "sucursal"])
            || i > 1 && crate::text::one_of(a.word(i - 1), crate::lines!["de", "of"]) && PRACTICE_SITES.contains(a.word(i - 2)));
        // "the white Kia Soul", "a silver Tacoma": a vehicle
        let vehicle = i > 0 && COLOURS.contains(a.word(i - 1));
        // "Bethel's kindergarten teacher": a town's teacher
        let towns_job = || a.word(i).ends_with("'s") && (i + 1..(i + 3).min(a.tokens.len())).any(|k| a.cues.occupation_words().contains(a.word(k))) && a.place_at(i) > 0;
        // "our Pittsburgh, Richmond and Wilmington offices": places listed before the practice's sites
        let listed_sites = || {
            a.place_at(i) > 0
                && (i + 1..(i + 8).min(a.tokens.len()))
                    .take_while(|&k| a.tokens[k].capitalized || crate::text::one_of(a.word(k), crate::lines!["and", "y", "&"]))
                    .last()
                    .is_some_and(|k| k + 1 < a.tokens.len() && crate::text::one_of(a.word(k + 1), crate::lines!["offices", "clinics", "locations", "sites", "campuses", "oficinas", "clinicas", "sedes", "office", "clinic"]))
        };
        // ("Sanford y Kissimmee, los esperamos", "Shreveport, Monroe y Alexandria": towns
        // listed, a neighbour in the list no given name)
        let paired_places = || {
            let place_only = |k: usize| a.tokens[k].capitalized && a.place_at(k) > 0 && !a.lex.first_names.contains(a.word(k));
            let conj = |k: usize| crate::text::one_of(a.word(k), crate::lines!["and", "y", "&"]);
            // ("Miami | Kendall | Homestead", "San Juan · Ponce": a list set off by bars or dots)
            let comma = |k: usize| crate::text::one_of(a.text[a.tokens[k].span.end..a.tokens[k + 1].span.start].trim(), crate::lines![",", "|", "·", "•"]);
            a.place_at(i) > 0
                && (i + 2 < a.tokens.len() && conj(i + 1) && place_only(i + 2)
                    || i + 1 < a.tokens.len() && comma(i) && place_only(i + 1)
                    || i >= 2 && conj(i - 1) && place_only(i - 2)
                    || i >= 1 && comma(i - 1) && place_only(i - 1))
        };
        // "nuestro plan Cuna Segura", "the Little Miracles program": a program's name
        let program_name = i > 0 && crate::text::one_of(a.word(i - 1), crate::lines!["plan", "programa", "program", "paquete", "package", "campana", "campaign", "protocolo", "protocol"]);
        // "2014 Hosea L Williams Dr NE": after a house number, a street named for someone
        let street = || {
            i > 0 && a.tokens[i - 1].numeric && gap_is_space(a, i - 1, i)
                && (i + 1..(i + 5).min(a.tokens.len())).any(|k| {
                    a.tokens[k].capitalized
                        && STREET_TYPES.contains(a.word(k))
                })
        };
        // "Rosario, Argentina", "Mar del Plata, Argentina": a country or state after a town and
        // a comma is part of the place
        let after_town = || {
            i >= 1 && &a.text[a.tokens[i - 1].span.end..tok.span.start] == ", " && (i.saturating_sub(4)..i).any(|k| a.place_at(k) == i - k)
                // ("our carrier from Maipú, Rocío Antimán, left…": not a given name no list
                // gives as a place, before a capitalized word)
                && !(a.place_at(i) == 0 && a.lex.first_names.contains(strip_possessive(w)) && a.tokens.get(i + 1).is_some_and(|n| n.capitalized && gap_is_space(a, i, i + 1)))
        };
        // "Hospital Metropolitano de Santiago", "3er Juzgado Civil de Concepción": a known place
        // closing an institution's or a court's name
        // ("viene del hospital universitario de Madison": in lower case too, right after the
        // institution's words)
        let institution_word = |k: usize| is_institution_word(a.word(k)) || crate::text::one_of(a.word(k), crate::lines!["universidad", "instituto", "colegio", "juzgado", "tribunal", "corte", "court", "fiscalia", "universitario", "universitaria"]);
        let institution_of_place = || i >= 2 && crate::text::one_of(a.word(i - 1), crate::lines!["de", "del", "of"]) && a.place_at(i) > 0
            && (a.tokens[i - 2].capitalized && !a.tokens[i - 2].all_caps && (i.saturating_sub(4)..i - 1).any(institution_word) || (i.saturating_sub(3)..i - 1).any(institution_word) && institution_word(i - 2));
        // "Savannah, come hang out with us!", "Austin, we're hiring": a town the practice's post
        // calls to, opening the text
        let town_called = || {
            i == 0 && a.place_at(i) == 1 && a.text[tok.span.end..].starts_with(',') && {
                let s = a.sentence_folded(0);
                // ("Marietta, we heard you: monitoring draws now start at 6:30 at our Roswell St
                // office": care the practice offers there)
                let at_our_site = s.has_line(crate::lines!["office", "clinic", "our lab", "our new"]) && s.has("our ");
                (!a.care[0] || at_our_site) && s.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| crate::text::one_of(w, crate::lines!["us", "we", "we're", "nosotros", "nos", "our"]))
            }
        };
        // "a Raleigh coffee basket", "a 26yo Norman ER nurse": a known place after an article,
        // then a word in lower case (or an abbreviation and one), describes the thing that follows
        let place_adjective = || {
            i > 0
                && a.place_at(i) == 1
                // ("your Houston RE", "a big Houston hospital": a possessive, or one adjective between)
                && {
                    let det = |k: usize| crate::text::one_of(a.word(k), crate::lines!["a", "an", "the", "our", "un", "una", "your", "my", "her", "his", "their"]);
                    // (the word between only an adjective of size or kind, not "su bebé Santiago nació")
                    let adjective = |k: usize| crate::text::one_of(a.word(k), crate::lines!["big", "small", "little", "local", "huge", "major", "new", "old", "former", "previous", "other", "whole"]);
                    det(i - 1) || i > 1 && adjective(i - 1) && det(i - 2) || a.tokens[i - 1].numeric || a.word(i - 1).ends_with("yo")
                }
                && a.tokens.get(i + 1).is_some_and(|n| gap_is_space(a, i, i + 1) && (!n.capitalized || n.all_caps && a.tokens.get(i + 2).is_some_and(|m| !m.capitalized)))
                && (a.cues.occupation_words().contains(a.word(i + 1)) || !a.lex.first_names.contains(a.word(i + 1)))
                // ("the Hollins embryos": a surname naming a case, though a town is called so too)
                && !surname_names_case(a, i)
        };
        // "Glen Ellyn": the second word of a known place is not a name.
        let inside_place = || i >= 1 && a.place_at(i - 1) >= 2 || i >= 2 && a.place_at(i - 2) >= 3;
        // "Orlando's surest path to parenthood", "Anchorage's first…": a town's, ranked
        let ranked_town = || {
            w.ends_with("'s") && a.lex.place_len(&[strip_possessive(w)]) > 0 && a.tokens.get(i + 1).is_some_and(|_| {
                RANKS.contains(a.word(i + 1))
            })
        };
        // "our teacher from Sabana Grande": after a worker and "from", a word no list gives as
        // a first name is where she is from
        let workers_town = || crate::analysis::after_worker_from(a, i) && !is_first_name(a, i);
        // "América Latina", "América del Sur", "Latin America": a region, not América the name
        let region = || {
            crate::text::one_of(a.word(i), crate::lines!["latina", "central"]) && i > 0 && a.word(i - 1) == "america"
                || a.word(i) == "america"
                && (a.tokens.get(i + 1).is_some_and(|_| crate::text::one_of(a.word(i + 1), crate::lines!["latina", "central", "del"]))
                    || i > 0 && crate::text::one_of(a.word(i - 1), crate::lines!["latin", "central", "south", "north", "middle"]))
        };
        // ("the card on file expired in Jan.", "since Mar"): a month, shortened
        let month = i > 0 && crate::text::SHORT_MONTHS.contains(strip_possessive(w)) && WHEN_BEFORE.contains(a.word(i - 1));
        // ("the military ART programs at Walter Reed and Portsmouth": hospitals, by what is at them)
        let institution_at = || {
            let mut k = i;
            while k > 0 && i - k < 5 && (a.tokens[k - 1].capitalized && gap_is_space(a, k - 1, k) || crate::text::one_of(a.word(k - 1), crate::lines!["and", "y", "&"])) {
                k -= 1;
            }
            k >= 2 && crate::text::one_of(a.word(k - 1), crate::lines!["at", "en"]) && (k.saturating_sub(4)..k - 1).any(|j| HOSTING_WORDS.contains(a.word(j)))
        };
        if candidate && !month && !institution_at() && !home_before(a, i) && !region() && !town_called() && !place_adjective() && !program_name && !site_name && !vehicle && !street() && !after_town() && !institution_of_place() && !towns_job() && !place_noun_after() && !listed_sites() && !paired_places() && !inside_place() && !before_state_code() && !after_place_prefix(a, i) && !inside_proper_phrase(a, i) && !is_place_here(a, i) && !after_career_verb(a, i) && !ranked_town() && !workers_town() {
            let mut end = extend_name(a, i + 1, false);
            // "our donor Ana Petrescu": after a relation word, a capitalized word no list knows
            // is the surname.
            if by_relation && end == i + 1 && unlisted_surname(a, end) {
                end += 1;
            }
            if by_relation && end < i + 3 && middle_then_unlisted_surname(a, i) {
                end = i + 3;
            }
            // "Patient Financial Coordinator @ …": a job title in capitals, not a person
            let job_title = (i..end).any(|k| {
                let w = strip_possessive(a.word(k));
                STAFF_ROLES.contains(&w) && !ROLE_WORDS_NOT_TITLES.contains(w)
            });
            if job_title {
                i = end;
                continue;
            }
            let joined_to_previous = people.last().is_some_and(|p: &Person| {
                crate::text::one_of(a.text[p.span.end.min(tok.span.start)..tok.span.start].trim(), crate::lines!["&", "and", "y"])
            });
            let strong = end > i + 1
                || by_relation && (!CALENDAR.contains(&strip_possessive(w)) || relation_then_given_name(a, i))
                || !a.lex.name_stopwords.contains(strip_possessive(w)) && !tok.all_caps
                // ("Ojo: no es un caso real" is a word before a colon, not a person addressed)
                // ("Lady, that's not a protocol": a word of address, not a name)
                || is_vocative(a, i, end)
                    && !(a.lex.name_stopwords.contains(strip_possessive(w))
                        && (a.text[a.tokens[end - 1].span.end..].trim_start().starts_with(':')
                            || end == i + 1 && COMMON_OPENERS.contains(&w)
                            // ("Insurance, I am begging you": a word no one is called; "Faith," may be)
                            || end == i + 1 && !a.lex.first_names.contains(strip_possessive(w))
                            // ("¡Milagro! 🙌 Nuestra paciente…": a word exclaimed alone, then a story told
                            // of someone; not "Destiny!! 🥹 thank u sm", the reader called)
                            || end == i + 1 && {
                                let k = a.sentence_at(tok.span.start);
                                a.text[a.sentences[k].clone()].trim_matches(|c: char| !c.is_alphanumeric()) == &a.text[tok.span.clone()]
                                    && !a.sentences.get(k + 1).is_some_and(|_| a.cues.addresses_reader(a.sentence_folded(k + 1)))
                            }))
                || joined_to_previous
                // ("Como Rocío, que hizo su transferencia…", "like Mercedes, who…"): a given name
                // that is also a word, capitalized inside a sentence, then what she did
                || end == i + 1
                    && a.lex.first_names.contains(strip_possessive(w))
                    && a.sentences[a.sentence_at(tok.span.start)].start < tok.span.start
                    && crate::text::starts_with_line(&a.text[tok.span.end..], crate::lines![", que ", ", who ", ", quien "]);
            let strong = strong && !(end == i + 1 && ADDRESSED_THINGS.contains(&strip_possessive(w)))
                // ("Ta, ya se abrió la agenda…": an opener, not a name, however lists hold it)
                && !(end == i + 1 && i == 0 && w.len() == 2 && COMMON_OPENERS.contains(&w) && a.text[tok.span.end..].starts_with(','));
            // "San Diego", "Santa Rosa", "Mission Viejo": the whole name is a known place.
            // ...and "Ann Arbor" when only "Ann" reads as a name.
            let place = end > i + 1 && a.place_at(i) == end - i || a.place_at(i) > end - i
                // ("Olympia passed a bill", "Sacramento lawmakers": a capital as its government)
                // ("the clinic in Bethel March 18–20": a known place after "in", then a date)
                || end == i + 1 && a.place_at(i) == 1 && i > 0 && crate::text::one_of(a.word(i - 1), crate::lines!["in", "en"]) && a.tokens.get(i + 1).is_some_and(|_| CALENDAR.contains(a.word(i + 1)))
                || end == i + 1 && a.place_at(i) == 1 && {
                    let s = a.sentence_folded(a.sentence_at(tok.span.start));
                    s.has_line(crate::lines!["passed a bill", "passed the bill", "a bill ", "lawmakers", "legislat", "signed into law", "aprobo una ley", "aprobo la ley", "legisladores"])
                }
                || end == i + 1 && a.place_at(i) == 1 && town_after_venue(a, i)
                // ("one hurricane evacuation to Orlando", "we moved from Tyler": a known place
                // travelled to or from)
                || end == i + 1 && a.place_at(i) == 1 && i >= 2 && crate::text::one_of(a.word(i - 1), crate::lines!["to", "from"])
                    && crate::text::one_of(a.word(i - 2), crate::lines!["evacuation", "evacuated", "moved", "move", "moving", "relocated", "drove", "drive", "driving", "flew", "flight", "trip", "commute", "commuted"]);
            // ("our patient Tien's IVF vlog": a patient's own IVF, not a clinic named "Tien IVF")
            // ("Tamika Freeman's IVF claim", "Jamal Whitfield's member ID": a given name and a
            // surname in the possessive own what follows)
            let owner = (by_relation || end > i + 1 && a.lex.first_names.contains(w) && !a.lex.name_stopwords.contains(w)) && a.word(end - 1).ends_with("'s");
            let institution = followed_by_institution(a, end) && !owner || office_after(a, end)
                // ("Florida Blue member ID …": an insurer, by what follows it)
                || !by_relation && !owner && end < a.tokens.len() && gap_is_space(a, end - 1, end) && crate::text::one_of(a.word(end), crate::lines!["member", "ppo", "hmo", "insurance", "coverage", "id", "plan", "policy"]);
            // "stay safe on the Glenn", "drove in from the Mat-Su": one word after "the" is a
            // road, a region or a thing, not a person ("the Nakashima family" is by relation)
            // ("the Red Line at 5am", "the Dan Ryan Expressway": a route or a landmark)
            let the_thing = i > 0 && a.word(i - 1) == "the" && !by_relation && (end == i + 1 || ROUTES.contains(a.word(end - 1)));
            // ("the Cheyenne Mountain guarantee": a landmark, named for whatever it is named for)
            // ("an Emily Dickinson question": a thing that takes its name from someone famous)
            let landmark = !by_relation
                && (end > i + 1 && LANDMARKS.contains(a.word(end - 1))
                    || i > 0 && crate::text::one_of(a.word(i - 1), crate::lines!["a", "an"]) && end < a.tokens.len() && NAMESAKE_THINGS.contains(a.word(end))
                    // ("Ramadan Kareem", "Upper Darby": a greeting or a place by its first word)
                    || end > i + 1 && NOT_NAME_HEADS.contains(a.word(i))
                    || i > 0 && a.tokens[i - 1].capitalized && NOT_NAME_HEADS.contains(a.word(i - 1))
                    // ("from Lima to Ahmedabad to Alexandria": a range of places)
                    || in_place_range(a, i)
                    // ("a waiting room in Río Piedras": a place by its first word)
                    || end > i + 1 && PLACE_PREFIXES.contains(&a.word(i)));
            if landmark {
                i = end;
                continue;
            }
            if strong && !place && !institution && !the_thing {
                let kind = classify(a, i, end);
                // "Park, Hyun-woo (MRN 77140382)": a chart's "Surname, Given" before the record
                let surname_first = record_follows(a, end - 1)
                    && i >= 1
                    && &a.text[a.tokens[i - 1].span.end..tok.span.start] == ", "
                    && a.tokens[i - 1].capitalized
                    && !a.tokens[i - 1].all_caps
                    && alphabetic_name(a.word(i - 1))
                    && !FUNCTION_WORDS.contains(&a.word(i - 1))
                    && a.sentence_at(a.tokens[i - 1].span.start) == a.sentence_at(tok.span.start);
                if surname_first {
                    if people.last().is_some_and(|p: &Person| p.name_tokens.contains(&(i - 1))) {
                        people.pop();
                    }
                    people.push(person(a, i - 1, i - 1..end, kind));
                } else {
                    people.push(person(a, i, i..end, kind));
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }
    join_coordinated_names(a, &mut people);
    join_addressed_pairs(a, &mut people);
    full_names_of_given(a, &mut people);
    propagate_staff(a, &mut people);
    // ("Welcoming Dr. Padraig Mulcahy (UMass Chan) and…": in brackets right after a colleague's
    // name, where they trained or work, not another person)
    let affiliations: Vec<usize> = (1..people.len())
        .filter(|&k| {
            let (before, p) = (&people[k - 1], &people[k]);
            p.kind == PersonKind::Unknown
                && before.kind == PersonKind::Staff
                && a.text.get(before.span.end..p.span.start).is_some_and(|gap| gap.trim() == "(")
                && a.text[p.span.end..].starts_with(')')
        })
        .collect();
    for k in affiliations.into_iter().rev() {
        people.remove(k);
    }
    // A month or weekday alone is never a person, whatever came before it.
    // ("Jan 9" is a date; "Jan, our donor" may be a person.)
    people.retain(|p| {
        let k = p.name_tokens.start;
        let w = strip_possessive(a.word(k));
        // (a month shortened before a day: "Jan 9" is a date, though "Jan" is also a given name)
        let dated = crate::text::SHORT_MONTHS.contains(&w) && a.tokens.get(k + 1).is_some_and(|t| t.numeric);
        // ("1420 Coffee Rd, Ste 3": a suite, whatever name lists hold "Ste")
        let suite = crate::text::one_of(w, crate::lines!["ste", "apt", "bldg"]) && a.tokens.get(k + 1).is_some_and(|t| t.numeric || t.span.len() <= 3);
        // ("Muchas gracias, Don Julio", "Sr. Domingo Cruz": after a courtesy title it is a name)
        let titled = k > 0 && COURTESY_TITLES.contains(&a.word(k - 1)) && joined_by_title_gap(a, k - 1, k);
        // ("si Service Canada valida el SIN", "Air Canada lost her bag": a country after a word
        // no given-name list holds is an agency or a firm, whatever surname lists hold the country)
        let agency = p.name_tokens.len() == 2
            && crate::rules::phi::location::COUNTRIES.contains(a.word(k + 1))
            && !a.lex.first_names.contains(w)
            && !titled;
        !(p.name_tokens.len() == 1 && (CALENDAR.contains(&w) && !relation_then_given_name(a, k) && !titled || dated || suite) || agency)
    });
    people
}

/// "…left in recovery bay 2: Marit Skogstad, license SKO814472. Marit, it's at the front desk":
/// a private person known by a given name alone is the same person where that name comes again
/// with a capitalized word after it, which is their surname.
fn full_names_of_given(a: &Analysis, people: &mut Vec<Person>) {
    let given: Vec<&str> = people.iter().filter(|p| p.kind == PersonKind::Private && p.name_tokens.len() == 1).map(|p| strip_possessive(a.word(p.name_tokens.start))).collect();
    if given.is_empty() {
        return;
    }
    let mut changed = false;
    for k in 0..a.tokens.len().saturating_sub(1) {
        let (t, n) = (&a.tokens[k], &a.tokens[k + 1]);
        let w = a.word(k);
        let surname = strip_possessive(a.word(k + 1));
        if !t.capitalized || !given.contains(&w) || !n.capitalized || n.all_caps || !gap_is_space(a, k, k + 1) || !alphabetic_name(surname) || surname.len() < 3
            || FUNCTION_WORDS.contains(&surname) || a.lex.name_stopwords.contains(surname) || INSTITUTION_WORDS.contains(&surname) || CALENDAR.contains(&surname) || a.place_at(k + 1) > 0
        {
            continue;
        }
        match people.iter_mut().find(|p| p.name_tokens.contains(&k) || p.name_tokens.contains(&(k + 1))) {
            Some(p) if p.name_tokens == (k..k + 1) && p.kind == PersonKind::Private => {
                let vocative = p.vocative;
                *p = person(a, k, k..k + 2, PersonKind::Private);
                p.vocative = vocative;
            }
            Some(_) => {}
            None => {
                people.push(person(a, k, k..k + 2, PersonKind::Private));
                changed = true;
            }
        }
    }
    if changed {
        let keys: Vec<(usize, usize, usize)> = people.iter().map(|p| (p.span.start, 0, 0)).collect();
        crate::text::reorder(people, &keys);
    }
}

/// "su esposo Domingo", "her daughter April": a relation, then a given name that is also a day
/// or a month.
fn relation_then_given_name(a: &Analysis, k: usize) -> bool {
    k > 0 && a.tokens[k].capitalized && is_relation(a.word(k - 1)) && a.lex.first_names.contains(strip_possessive(a.word(k)))
}

/// "to Adaeze and Marcus Whitlock", "Chidi and Adaeze", "Guadalupe y Mateo", "Farida & Omar":
/// a capitalized word joined by "and", "y" or "&" to a person found is a second person of the
/// same kind, even when no list knows the name (or a list knows it as a place).
fn join_coordinated_names(a: &Analysis, people: &mut Vec<Person>) {
    let conj = |k: usize| crate::text::one_of(a.word(k), crate::lines!["and", "y", "e"]);
    // ("Sophal + Chanthy Keo": a plus sign joins them too)
    let ampersand = |k: usize| crate::text::one_of(a.text[a.tokens[k].span.end..a.tokens[k + 1].span.start].trim(), crate::lines!["&", "+"]);
    let taken = |people: &[Person], k: usize| people.iter().any(|p| p.name_tokens.contains(&k) || p.span.contains(&a.tokens[k].span.start));
    let mut added = Vec::new();
    for p in people.iter().filter(|p| p.kind != PersonKind::Public) {
        let (first, end) = (p.name_tokens.start, p.name_tokens.end);
        let mut candidates = Vec::new();
        if first >= 2 && conj(first - 1) && gap_is_space(a, first - 2, first - 1) {
            candidates.push(first - 2);
        } else if first >= 1 && ampersand(first - 1) {
            candidates.push(first - 1);
        }
        if end + 1 < a.tokens.len() && conj(end) && gap_is_space(a, end, end + 1) {
            // ("a Rafelina Tejeda y a Frandy", "to Ana and to Luis": the preposition again)
            let again = end + 2 < a.tokens.len() && crate::text::one_of(a.word(end + 1), crate::lines!["a", "to"]) && gap_is_space(a, end + 1, end + 2) && !a.tokens[end + 1].capitalized;
            candidates.push(if again { end + 2 } else { end + 1 });
        } else if end < a.tokens.len() && end >= 1 && ampersand(end - 1) {
            candidates.push(end);
        }
        for c in candidates {
            let t = &a.tokens[c];
            let w = a.word(c);
            let name_like = t.capitalized && !t.numeric && !t.all_caps && w.len() >= 3 && w.chars().all(char::is_alphabetic);
            // ("Luz y Bruno", "Dolores & Vince Aguigui": a given name that is also a word, paired
            // with a name)
            if name_like
                && a.sentence_at(t.span.start) == p.sentence
                && (!a.lex.name_stopwords.contains(w) || a.lex.first_names.contains(w) && !CALENDAR.contains(&w))
                && !FUNCTION_WORDS.contains(&w)
                && !INSTITUTION_WORDS.contains(&w)
                && !STAFF_TITLES.contains(&w)
                && !COURTESY_TITLES.contains(&w)
                && !taken(people, c)
            {
                // ("Sokhom + Chanthy Keo", "Fetu and Alofa Tuiasosopo": the second may bring the
                // surname they share)
                let shared = c + 1 < a.tokens.len() && c > first && unlisted_surname(a, c + 1) && !taken(people, c + 1);
                // "Thank you Rania and Khalid!": both are spoken to when one is
                let mut q = person(a, c, c..c + if shared { 2 } else { 1 }, p.kind);
                q.vocative = p.vocative;
                added.push(q);
            }
        }
    }
    if !added.is_empty() {
        people.extend(added);
        // (through the crate's one stable sort: another instantiation of the standard sort is
        // about 4.5 KB of the wasm)
        let keys: Vec<(usize, usize, usize)> = people.iter().map(|p| (p.span.start, 0, 0)).collect();
        crate::text::reorder(people, &keys);
        people.dedup_by_key(|p| p.span.start);
    }
}

/// A name written in lower case, as casual posts do ("congrats to marguerite and her sister
/// colette", "our miracle girl rosie"): a known given name that is not also a word, right after
/// a family word or a congratulation.
fn lower_case_name(a: &Analysis, i: usize) -> bool {
    if i == 0 || !gap_is_space(a, i - 1, i) && !(joined_by_title_gap(a, i - 1, i) && matches!(a.word(i - 1), "mrs" | "mr" | "ms" | "sra" | "sr" | "srta")) {
        return false;
    }
    let w = a.word(i);
    let prev = a.word(i - 1);
    // Cheap tests first: this runs for every lower-case word.
    // ("MS tag HAN 4417": Mississippi, not "Ms.")
    let titled = matches!(prev, "mrs" | "mr" | "ms" | "sra" | "sr" | "srta" | "pt") && !a.tokens[i - 1].all_caps;
    let greeted = matches!(prev, "gracias" | "thanks" | "hola" | "hi" | "hey" | "dear" | "querida" | "querido");
    if w.len() < 3 {
        return false;
    }
    // ("me llamo ondina lacayo", "me llamo jazmín": a name said as one, though no list knows it
    // or it is also a word)
    if named_as(a, i) {
        return true;
    }
    // ("soy yessenia ávila": someone naming themselves; "me llamo …" was settled just above)
    let self_named = prev == "soy";
    let strong_cue = is_relation(prev) || titled || greeted || self_named || matches!(prev, "patient" | "paciente" | "congrats" | "congratulations" | "felicidades" | "meet");
    // ("Say xin chào at your next visit!": words said, a greeting, not a name)
    let said = matches!(prev, "say" | "says" | "said" | "saying" | "di" | "dile" | "decir" | "dicen");
    let pair = !strong_cue && !said && lower_case_surname_after(a, i);
    if !strong_cue && !pair && !matches!(prev, "to" | "for" | "and" | "&") {
        return false;
    }
    // "sra. benavides", "pt hollis": after a title, a surname no first-name list holds
    if titled
        && w.chars().all(char::is_alphabetic)
        && a.text[a.tokens[i].span.clone()].chars().all(|c| !c.is_uppercase())
        && (prev != "pt" || a.lex.surnames.contains(w) || a.lex.first_names.contains(w))
        && !a.lex.name_stopwords.contains(w)
        && !FUNCTION_WORDS.contains(&w)
        && !CALENDAR.contains(&w)
    {
        return true;
    }
    // "kaylee brandt just called": a known first name, then a known surname, both lower case
    // and neither an ordinary word
    let cued = is_relation(prev)
        || greeted
        || self_named
        || pair
        || matches!(prev, "patient" | "paciente" | "congrats" | "congratulations" | "felicidades" | "meet")
        || prev == "to" && i >= 2 && matches!(a.word(i - 2), "congrats" | "congratulations" | "shoutout" | "welcome")
        || prev == "for" && i >= 2 && matches!(a.word(i - 2), "happy" | "proud" | "thrilled" | "excited" | "rooting" | "praying")
        || matches!(prev, "and" | "&") && i >= 2 && a.tokens[i - 2].span.end > 0 && lower_case_name(a, i - 2);
    // ("Hola linda, por lo que cuentas…": a word of endearment after a greeting, not Linda)
    let endearment = greeted && matches!(w, "linda" | "lindo" | "hermosa" | "preciosa" | "guapa" | "bella" | "bonita" | "chula" | "mami" | "reina" | "corazon");
    // ("mi paciente tomó inositol": a Spanish verb in the past, not Tomo)
    let past_verb = a.text[a.tokens[i].span.clone()].ends_with('ó');
    cued && !endearment && !past_verb && w.chars().count() >= 3
        && w.chars().all(char::is_alphabetic)
        && a.text[a.tokens[i].span.clone()].chars().all(|c| !c.is_uppercase())
        && a.lex.first_names.contains(w)
        && !a.lex.name_stopwords.contains(w)
        && !FUNCTION_WORDS.contains(&w)
        && !CALENDAR.contains(&w)
}

/// "me llamo ondina lacayo", "a nombre de yorman briceño", "…, name rosa chimbo": the
/// lower-case word at `i` right after words that say a name follows, no function word.
fn named_as(a: &Analysis, i: usize) -> bool {
    let said = i >= 2 && match a.word(i - 1) {
        "llamo" => a.word(i - 2) == "me",
        // (the owner of a document: "pasaporte … a nombre de …", "in the name of …")
        "de" => a.word(i - 2) == "nombre" && i >= 3 && a.word(i - 3) == "a",
        "of" => a.word(i - 2) == "name" && i >= 3 && a.word(i - 3) == "the",
        // (a label after a comma: "ID 724 555 918, name rosa chimbo"; a listed name after it,
        // not "…, name starts with…")
        "name" | "nombre" => a.text[..a.tokens[i - 1].span.start].trim_end().ends_with(',') && (a.lex.first_names.contains(a.word(i)) || a.lex.surnames.contains(a.word(i))),
        _ => false,
    };
    said && gap_is_space(a, i - 1, i) && {
        let w = a.word(i);
        w.chars().count() >= 3 && w.chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(&w) && !CALENDAR.contains(&w)
            && (!a.lex.name_stopwords.contains(w) || a.lex.first_names.contains(w))
            && !crate::text::one_of(w, crate::lines!["asi", "igual", "como", "diferente"])
    }
}

/// "sagal, I took yours down", "lupita, borra esa captura!! se ve tu correo": a given name in
/// lower case, opening a sentence with a comma after it, in words to the reader.
fn lower_case_vocative(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    let w = a.word(i);
    // (cheap tests first: this runs for every lower-case word)
    // ("malia your packet is ready!!", "yelitza ya está!! Te hicimos…": or the first word of a
    // comment or reply, said to the one it answers, with no comma)
    let opens_conversation = || i == 0 && a.tokens.len() > 1 && a.opts.context.is_conversational() && w.len() >= 4 && gap_is_space(a, 0, 1);
    (a.text[t.span.end..].starts_with(',') || opens_conversation())
        && w.len() >= 3
        && w.chars().all(char::is_alphabetic)
        && a.lex.first_names.contains(w)
        && !a.lex.name_stopwords.contains(w)
        && !FUNCTION_WORDS.contains(&w)
        && !CALENDAR.contains(&w)
        && {
            // (opening its sentence: only marks or emoji before it)
            let k = a.sentence_at(t.span.start);
            // ("…to our general inbox from lupe…@…: lupe, love you, but…": or after a colon, or
            // a full stop the sentences did not split at)
            (a.text[a.sentences[k].start.min(t.span.start)..t.span.start].chars().all(|c| !c.is_alphanumeric()) || a.text[..t.span.start].trim_end().ends_with([':', '!', '.', '?']))
                && (k..(k + 2).min(a.sentences.len())).any(|j| a.cues.addresses_reader(a.sentence_folded(j)))
        }
}

/// Whether token `i + 1` is a lower-case surname right after token `i` ("kaylee brandt").
fn lower_case_surname_after(a: &Analysis, i: usize) -> bool {
    let Some(next) = a.tokens.get(i + 1) else { return false };
    let n = a.word(i + 1);
    // (cheapest and most selective first: few words are given names, many are surnames)
    // ("yesenia colón-rivera": two surnames joined, each one known; an accent says "colón" is
    // the surname, not the English word)
    let surname = |p: &str| {
        p.chars().count() >= 3
            && p.chars().all(char::is_alphabetic)
            && a.lex.surnames.contains(p)
            && (!a.lex.name_stopwords.contains(p) || accented(a, i + 1))
            && !FUNCTION_WORDS.contains(&p)
    };
    gap_is_space(a, i, i + 1)
        && !next.capitalized
        && a.lex.first_names.contains(a.word(i))
        && (surname(n) || n.split_once('-').is_some_and(|(x, y)| surname(x) && surname(y)))
}

/// Whether token `i` is written with a Spanish accent or tilde ("Pagán", "colón"): a surname
/// so written is not the English word its folded form also is ("pagan", "colon").
fn accented(a: &Analysis, i: usize) -> bool {
    a.text[a.tokens[i].span.clone()].chars().any(|c| matches!(c, 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ñ' | 'Á' | 'É' | 'Í' | 'Ó' | 'Ú' | 'Ñ'))
}

/// "Okonkwo, D." as charts and lab requisitions write names: a capitalized word that is not an
/// ordinary word, a comma, and one capital initial with a period. Returns the end token.
fn surname_comma_initial(a: &Analysis, i: usize) -> Option<usize> {
    let t = &a.tokens[i];
    let w = a.word(i);
    let next = a.tokens.get(i + 1)?;
    let gap = &a.text[t.span.end..next.span.start];
    let initial = &a.text[next.span.clone()];
    let ok = t.capitalized
        && !t.all_caps
        && w.chars().count() >= 3
        && w.chars().all(char::is_alphabetic)
        && gap == ", "
        && initial.len() == 1
        && initial.chars().all(|c| c.is_ascii_uppercase())
        && a.text[next.span.end..].starts_with('.')
        && !FUNCTION_WORDS.contains(&w)
        && !a.lex.name_stopwords.contains(w)
        && !INSTITUTION_WORDS.contains(&w)
        && !CALENDAR.contains(&w);
    ok.then_some(i + 2)
}

/// A run of one to three name-shaped words from token `i` (capitalized, or in lower case after
/// an initial: "j. goicoechea") that a chart's label follows: "(MRN", ", DOB", "(fecha de nac".
fn charted_name(a: &Analysis, i: usize) -> Option<usize> {
    // (the cheap tests first: the run's shape and what follows it; most capitalized words are
    // followed by no bracket or comma and a label)
    let initial = a.word(i).len() == 1 && a.text[a.tokens[i].span.end..].starts_with(". ");
    if !a.tokens[i].capitalized && !initial {
        return None;
    }
    let mut end = i + 1;
    while end < a.tokens.len() && end < i + 3 && (a.tokens[end].capitalized || initial) {
        let gap = &a.text[a.tokens[end - 1].span.end..a.tokens[end].span.start];
        if !(gap == " " || gap == ". " && a.word(end - 1).len() == 1) {
            break;
        }
        end += 1;
    }
    if initial && end == i + 1 {
        return None;
    }
    let rest = &a.text[a.tokens[end - 1].span.end..];
    if !(rest.starts_with(" (") || rest.starts_with(", ")) {
        return None;
    }
    let after = crate::fold::fold(rest.get(..16).unwrap_or(rest));
    if !crate::text::starts_with_line(&after, crate::lines![" (mrn", ", mrn", " (dob", ", dob", " (fecha de nac", ", fecha de nac", " (fdn", ", fdn"]) {
        return None;
    }
    // (not an acronym, "tu DNI, fecha de nacimiento"; not a relation, "Mom Joumana Khoury (DOB…")
    let shaped = |k: usize| {
        let w = a.word(k);
        w.chars().all(char::is_alphabetic) && !a.tokens[k].all_caps && !FUNCTION_WORDS.contains(&w) && !STAFF_TITLES.contains(&w) && !COURTESY_TITLES.contains(&w) && !is_relation(w)
    };
    // (not a place, "contractor from Richmond Hill (MRN…"; nor the given name of "Okonjo,
    // Adaeze (MRN…")
    let after_word = i > 0
        && (a.tokens[i - 1].capitalized && (gap_is_space(a, i - 1, i) || a.text[a.tokens[i - 1].span.end..a.tokens[i].span.start] == *", ")
            || locative_before(a, i)
            || crate::text::one_of(a.word(i - 1), crate::lines!["of", "de"]));
    ((i..end).all(shaped) && !after_word && a.place_at(i) == 0).then_some(end)
}

/// Whether token `i` is part of an @handle or a u/username ("@Jenna_Lynn_TTC"): the handle
/// rules judge those as a whole.
fn inside_handle(a: &Analysis, i: usize) -> bool {
    let before = &a.text[..a.tokens[i].span.start];
    let stem = before.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_' || c == '.');
    stem.ends_with('@') || stem.ends_with("u/") || stem.ends_with("r/")
}

/// Sites whose mentions show a person's display name, spaces and all ("@Khin Myo Thant").
const DISPLAY_NAME_SITES: &[&str] = &["facebook.com", "youtube.com", "linkedin.com"];

/// "@Rosanna Peralta so glad…", "@Khin Myo Thant hi, this is the clinic!": on a site that
/// mentions people by display name, "@" before a plain capitalized word and one or two more name
/// words (a list's given name or surname, not a common word) is a person's name. The end of it.
/// ("@DrAppiahREI Sophal Meas asked…" is a handle, then a name: the handle is no plain word.)
fn display_mention(a: &Analysis, i: usize) -> Option<usize> {
    let t = &a.tokens[i];
    let before = &a.text[..t.span.start];
    if !t.capitalized || !before.ends_with('@') || before[..before.len() - 1].chars().next_back().is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    if !a.opts.site.as_deref().is_some_and(|s| DISPLAY_NAME_SITES.iter().any(|d| s.strip_suffix(d).is_some_and(|sub| sub.is_empty() || sub.ends_with('.')))) {
        return None;
    }
    // (a plain word: "Rosanna", not "RosannaTTC" or "rosanna_p")
    let plain = |k: usize| {
        let w = &a.text[a.tokens[k].span.clone()];
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
    };
    if !plain(i) || a.text[t.span.end..].starts_with(['_', '.']) && a.text[t.span.end + 1..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let w = a.word(i);
    if !alphabetic_name(w) || FUNCTION_WORDS.contains(&w) || CALENDAR.contains(&w) || INSTITUTION_WORDS.contains(&w) {
        return None;
    }
    let mut end = i + 1;
    while end < a.tokens.len() && end < i + 3 && gap_is_space(a, end - 1, end) && plain(end) && name_shaped(a, end) {
        end += 1;
    }
    // (each word after the first a listed name, or three name-shaped words: "Khin Myo Thant";
    // not "@Jenna Great question")
    let listed = (i + 1..end).all(|k| in_list(&a.lex.first_names, a.word(k)) || in_list(&a.lex.surnames, a.word(k)));
    // ("@Rosaura Tzoc vi tu comentario": a listed given name, then a surname no list knows;
    // not "@Jenna Great question", a reply's first word)
    let given_first = end == i + 2 && in_list(&a.lex.first_names, w) && !a.lex.name_stopwords.contains(w) && !COMMON_OPENERS.contains(a.word(i + 1));
    (end > i + 1 && (listed || given_first || end == i + 3)).then_some(end)
}

/// "in the parish hall of St. Patrick, Charlotte.", "en el salón parroquial de San Patricio,
/// Charlotte.": a known town after a venue's name and a comma, closing the sentence, is where the
/// venue is, whatever given-name lists hold the town.
fn town_after_venue(a: &Analysis, i: usize) -> bool {
    const VENUES: &str = crate::lines!["hall", "church", "parish", "center", "centre", "library", "hotel", "auditorium", "salon", "parroquia", "parroquial", "iglesia", "centro", "biblioteca", "auditorio", "capilla", "chapel"];
    let tok = &a.tokens[i];
    i >= 1
        && a.tokens[i - 1].capitalized
        && a.text[a.tokens[i - 1].span.end..tok.span.start] == *", "
        && a.text[tok.span.end..].trim_start().chars().next().is_none_or(|c| matches!(c, '.' | '!' | '?'))
        && a.words_before(tok.span.start, 7).iter().any(|w| crate::text::one_of(w, VENUES))
}

/// "Gina & Tom, your reviews..." and "Tyler & Brooke Hansen —": a pair of names that opens a
/// sentence and is followed by a comma, "!" or a dash is addressed; "Nicole and Brandon
/// welcomed..." is not.
fn join_addressed_pairs(a: &Analysis, people: &mut [Person]) {
    for k in 1..people.len() {
        let (prev, cur) = (&people[k - 1], &people[k]);
        let Some(gap) = a.text.get(prev.span.end..cur.span.start).map(str::trim) else { continue };
        let opens_sentence = a.sentences[prev.sentence].start == prev.span.start
            || a.text[a.sentences[prev.sentence].start..prev.span.start].trim().chars().all(|c| !c.is_alphanumeric());
        let after = a.text[cur.span.end..].trim_start_matches([' ', '\'', 's']);
        let addressed = after.starts_with([',', '!', '—', '-', ':']);
        if opens_sentence && addressed && crate::text::one_of(gap, crate::lines!["&", "and", "y", "e", "+"]) && cur.kind != PersonKind::Staff && prev.kind != PersonKind::Staff {
            for j in [k - 1, k] {
                people[j].vocative = true;
                people[j].kind = PersonKind::Private;
            }
        }
    }
}

fn person(a: &Analysis, first: usize, name: Range<usize>, kind: PersonKind) -> Person {
    let start = a.tokens[first].span.start;
    let mut end = a.tokens[name.end - 1].span.end;
    let last = &a.text[a.tokens[name.end - 1].span.clone()];
    for poss in ["'s", "’s", "'"] {
        if last.len() > poss.len() + 1 && last.ends_with(poss) {
            end -= poss.len();
            break;
        }
    }
    let sentence = a.sentence_at(start);
    let vocative = is_vocative(a, first, name.end);
    let kind = if kind == PersonKind::Unknown && vocative { PersonKind::Private } else { kind };
    // ("Medeiros (MRN 4471-0926)": a record number names a patient)
    let with_record = record_follows(a, name.end - 1) || record_named(a, first, name.end);
    let kind = if kind == PersonKind::Unknown && with_record { PersonKind::Private } else { kind };
    // ("una cédula a nombre de Mirta Duarte", "a passport in the name of…": the document's owner)
    let document_owner = first >= 3
        && matches!((a.word(first - 3), a.word(first - 2), a.word(first - 1)), ("a", "nombre", "de") | ("the", "name", "of"))
        && gap_is_space(a, first - 1, first);
    let kind = if kind == PersonKind::Unknown && document_owner { PersonKind::Private } else { kind };
    let named_as_patient = kind == PersonKind::Private && (named_as_patient(a, first, name.end) || with_record);
    Person { span: start..end, kind, sentence, name_tokens: name, vocative, named_as_patient }
}

/// "el expediente de la Sra. Guadalupe Ek", "the chart for Mrs. Ortiz", "Ana Ortiz's chart":
/// a person whose record the practice holds.
fn record_named(a: &Analysis, first: usize, end: usize) -> bool {
    const RECORDS: &str = crate::lines!["expediente", "expedientes", "chart", "charts", "records", "resultados", "results"];
    let owner = {
        let t = &a.text[a.tokens[end - 1].span.start..];
        let word = t.split(|c: char| c.is_whitespace()).next().unwrap_or("");
        word.contains("'s") || word.contains("’s")
    };
    let k = if first >= 1 && crate::text::one_of(a.word(first - 1), crate::lines!["la", "el", "the"]) { first - 1 } else { first };
    // (not "the results of Mrs. Smith's survey": the record is hers, not her thing's)
    !owner && k >= 2 && crate::text::one_of(a.word(k - 1), crate::lines!["de", "del", "for", "of"]) && crate::text::one_of(a.word(k - 2), RECORDS)
        || owner && a.tokens.get(end).is_some_and(|_| crate::text::one_of(a.word(end), RECORDS))
}

/// "patient Ana", "paciente Ana", "the donor Ana", "Ana, our new IUI patient".
fn named_as_patient(a: &Analysis, first: usize, end: usize) -> bool {
    let before = first.checked_sub(1).map(|k| a.word(k)).unwrap_or("");
    let after: Vec<&str> = (end..(end + 5).min(a.tokens.len())).map(|k| a.word(k)).collect();
    NAMED_AS_PATIENT.contains(before)
        || set_off_as_patient(a, first)
        || after.first().is_some_and(|w| crate::text::one_of(*w, crate::lines!["family", "familia"]))
        // "Ana, our new IUI patient" (not "Yadira, our new patient coordinator")
        || (after.first() == Some(&"our") || after.first() == Some(&"nuestra"))
            && after.iter().take(5).enumerate().any(|(k, w)| crate::text::one_of(*w, crate::lines!["patient", "paciente"]) && !after.get(k + 1).is_some_and(|n| STAFF_ROLES.contains(n)))
}

/// A title and the name after it are separated by ". ", "." or " " only.
fn joined_by_title_gap(a: &Analysis, i: usize, j: usize) -> bool {
    let gap = &a.text[a.tokens[i].span.end..a.tokens[j].span.start];
    crate::text::one_of(gap, crate::lines![" ", ". ", ".", ".\u{a0}"])
}

pub fn gap_is_space(a: &Analysis, i: usize, j: usize) -> bool {
    a.text[a.tokens[i].span.end..a.tokens[j].span.start] == *" "
}

fn is_first_name(a: &Analysis, i: usize) -> bool {
    let w = strip_possessive(a.word(i));
    let t = &a.tokens[i];
    w.chars().count() >= 2 && !t.all_caps && !FUNCTION_WORDS.contains(&w) && (in_list(&a.lex.first_names, w) || korean_given_name(w)) && !spanish_slang_address(a, w)
}

/// "Seo-yeon", "Hyun-woo", "Ji-hoon": a Korean given name of two syllables, romanized with a
/// hyphen, though no name list holds it whole. (Two different syllables: not "so-so", "ha-ha".)
fn korean_given_name(w: &str) -> bool {
    const SYLLABLES: &str = crate::lines![
        "ae", "ah", "bin", "bo", "chae", "chan", "cheol", "chul", "dae", "da", "do", "dong", "eun", "gi", "gyu", "ha", "hae", "hee", "ho", "hoon", "hun", "hwa",
        "hwan", "hye", "hyo", "hyuk", "hyun", "hyung", "jae", "jeong", "ji", "jin", "jong", "joo", "ju", "jun", "jung", "ki", "kyu", "kyung", "mi", "min", "myung",
        "na", "ra", "rin", "sang", "seo", "seok", "seon", "seong", "seung", "so", "sol", "soo", "su", "suk", "sun", "sung", "tae", "won", "woo", "woong", "ye",
        "yeon", "yeong", "yoon", "young", "yu", "yun"
    ];
    w.split_once('-').is_some_and(|(x, y)| x != y && !y.contains('-') && crate::text::one_of(x, SYLLABLES) && crate::text::one_of(y, SYLLABLES))
}

/// Words of address in Central American Spanish that name lists hold as given names ("Mae,
/// con esa progesterona…": "dude" in Costa Rica; "maje" in Honduras and Nicaragua).
fn spanish_slang_address(a: &Analysis, w: &str) -> bool {
    // ("Vale, cariño, …": "vale" is Spanish for "OK"; "¡Dale!", "go on")
    // ("Neta, aquí nadie se va…": Mexican "really")
    // ("Mami no te preocupes…": a word of endearment, in Spanish, not the Japanese given name)
    // ("Ñaño, no gastes en esas vitaminas": Ecuador's "brother")
    a.lang == crate::options::Lang::Es && crate::text::one_of(w, crate::lines!["mae", "maje", "vale", "dale", "neta", "mami", "papi", "nano", "nana", "ñaño", "ñaña"])
}

/// "Wade Sixkiller drove in from Stilwell", "for Dakota Battiest, member ID …": a given name a
/// list knows (one that is also a word or a place) and a surname none knows, then what a
/// person does or a record of theirs.
fn listed_first_unlisted_surname(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    if !t.capitalized || t.all_caps || i + 2 >= a.tokens.len() || !a.tokens[i + 1].capitalized {
        return false;
    }
    // (the cheap tests first: what follows, then the lists)
    let after = &a.text[a.tokens[i + 1].span.end..];
    let record = [", member id", ", mrn", ", dob", " (mrn", " (dob", ", policy", ", account"].iter().any(|r| after.get(..r.len()).is_some_and(|x| x.eq_ignore_ascii_case(r)));
    let acted = acted_after(a, i + 2);
    (record || acted) && in_list(&a.lex.first_names, a.word(i)) && unlisted_surname(a, i + 1) && !a.lex.surnames.contains(a.word(i + 1))
}

/// "Hazel June Moretz made her grand entrance": a listed given name, a second one, and a surname
/// no list knows, then a verb in the past and the person's own.
fn middle_then_unlisted_surname(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    t.capitalized
        && !t.all_caps
        && i + 3 < a.tokens.len()
        && a.tokens[i + 1].capitalized
        && gap_is_space(a, i, i + 1)
        && acted_after(a, i + 3)
        && in_list(&a.lex.first_names, a.word(i))
        && in_list(&a.lex.first_names, a.word(i + 1))
        && unlisted_surname(a, i + 2)
        && !a.lex.surnames.contains(a.word(i + 2))
}

/// Token `j`, right after a name, is what the person did: one of [`ACTS`] ("drove", "called"),
/// or a verb in the past and then their own ("finished her third cycle", "terminó su…").
fn acted_after(a: &Analysis, j: usize) -> bool {
    j < a.tokens.len()
        && gap_is_space(a, j - 1, j)
        && (ACTS.contains(a.word(j))
            || j + 1 < a.tokens.len()
                && gap_is_space(a, j, j + 1)
                && crate::text::one_of(a.word(j + 1), crate::lines!["her", "his", "their", "su", "sus"])
                && {
                    let v = a.word(j);
                    v.len() > 4 && v.ends_with("ed") || crate::text::one_of(v, crate::lines!["had", "got", "began", "took", "made", "did"]) || a.text[a.tokens[j].span.clone()].ends_with('ó')
                }
            // ("Dayris Lopes read us her member ID twice": gave the practice her own)
            || j + 2 < a.tokens.len()
                && crate::text::one_of(a.word(j), crate::lines!["read", "gave", "sent", "told", "showed", "emailed", "texted", "faxed"])
                && crate::text::one_of(a.word(j + 1), crate::lines!["us", "me"])
                && crate::text::one_of(a.word(j + 2), crate::lines!["her", "his", "their"]))
}

/// A capitalized word after a given name that can only be its surname: letters, not a function,
/// calendar or institution word, not an ordinary word.
fn unlisted_surname(a: &Analysis, j: usize) -> bool {
    j < a.tokens.len() && gap_is_space(a, j - 1, j) && !a.word(j - 1).ends_with("'s") && name_shaped(a, j)
}

/// Token `j` can only be a name: capitalized letters (not all capitals), at least three, not a
/// function, calendar or institution word, not an ordinary word, not a known place.
fn name_shaped(a: &Analysis, j: usize) -> bool {
    let t = &a.tokens[j];
    let w = strip_possessive(a.word(j));
    t.capitalized
        && !t.all_caps
        && !t.numeric
        && w.chars().count() >= 3
        && alphabetic_name(w)
        && !FUNCTION_WORDS.contains(&w)
        && !CALENDAR.contains(&w)
        && !INSTITUTION_WORDS.contains(&w)
        && !a.lex.name_stopwords.contains(w)
        && a.place_at(j) == 0
}

/// A word in a name list; a hyphenated word when each part is ("Ana-Maria", "Abernathy-Reyes").
fn in_list(list: &crate::lexicon::WordSet, w: &str) -> bool {
    list.contains(w) || w.contains('-') && w.split('-').all(|p| p.len() >= 2 && list.contains(p))
}

/// A surname: a listed one, or a double surname with one part listed and no part an ordinary
/// word ("Gutierrez-Mabini", "Okafor-Brandts").
fn surname_listed(a: &Analysis, w: &str) -> bool {
    a.lex.surnames.contains(w)
        || w.contains('-')
            && w.split('-').all(|p| p.len() >= 2 && p.chars().all(char::is_alphabetic) && !a.lex.name_stopwords.contains(p))
            && w.split('-').any(|p| a.lex.surnames.contains(p))
}

/// Letters only, or letter groups joined by hyphens.
fn alphabetic_name(w: &str) -> bool {
    w.split('-').all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
}

/// "Farida (34, …)", "Farida (34)": a capitalized word followed by an age in brackets, or a name
/// followed by one between commas ("Solveig Rustad, 44,").
fn aged_apposition(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    if !t.capitalized || t.all_caps || t.numeric || !alphabetic_name(a.word(i)) || FUNCTION_WORDS.contains(&a.word(i)) {
        return false;
    }
    let aged = |rest: &[u8], open: &[u8]| rest.len() > 4 && rest.starts_with(open) && rest[2].is_ascii_digit() && rest[3].is_ascii_digit() && matches!(rest[4], b',' | b')');
    if aged(&a.text.as_bytes()[t.span.end..], b" (") {
        return true;
    }
    // ("…a Tonantzin Coyotzi (38) y a su esposo": two words, then the age in brackets)
    if i + 1 < a.tokens.len() && a.tokens[i + 1].capitalized && !a.tokens[i + 1].all_caps && gap_is_space(a, i, i + 1) && aged(&a.text.as_bytes()[a.tokens[i + 1].span.end..], b" (")
        && !(i > 0 && a.tokens[i - 1].capitalized && gap_is_space(a, i - 1, i))
        // (not "Mom Hanh (39)": a family word before the name)
        && !is_relation(a.word(i))
        && !a.lex.name_stopwords.contains(a.word(i))
    {
        return true;
    }
    // "Solveig Rustad, 44, drove in…": a name of one or two words that starts the capitalized
    // run, then the age between commas (not a town: "a lobsterman out of Stonington, 52,")
    let plain = |k: usize| !a.lex.name_stopwords.contains(a.word(k)) && a.place_at(k) == 0 && !LANDMARKS.contains(a.word(k)) && !FUNCTION_WORDS.contains(&a.word(k));
    let starts_run = i == 0 || !(a.tokens[i - 1].capitalized && gap_is_space(a, i - 1, i)) && !crate::text::one_of(a.word(i - 1), crate::lines!["of", "from", "in", "near", "outside", "de", "en"]);
    let two = i + 1 < a.tokens.len() && a.tokens[i + 1].capitalized && gap_is_space(a, i, i + 1);
    let last = if two { i + 1 } else { i };
    starts_run && plain(i) && (!two || plain(i + 1)) && aged(&a.text.as_bytes()[a.tokens[last].span.end..], b", ")
}

/// The word at token `i` follows a thank-you and a comma: "Thank you so much, Anahí", "thanks, Ines".
fn after_thanks(a: &Analysis, i: usize) -> bool {
    // ("Thank you Pema!!", "Thanks Chue, …": without the comma, only with a mark right after)
    if i == 0 {
        return false;
    }
    let comma = a.text[..a.tokens[i].span.start].trim_end().ends_with(',');
    // (not a prayer: "Thank you Jesus!")
    let marked = gap_is_space(a, i - 1, i) && a.text[a.tokens[i].span.end..].starts_with(['!', ',']) && !crate::text::one_of(a.word(i), crate::lines!["jesus", "god", "lord"]);
    // ("¡Muchas gracias, Yusmary!": in Spanish too)
    (crate::text::one_of(a.word(i - 1), crate::lines!["you", "much"]) && (comma || marked) || a.word(i - 1) == "thanks" && marked || a.word(i - 1) == "gracias" && comma)
        && a.words_before(a.tokens[i].span.start, 4).iter().any(|w| crate::text::one_of(*w, crate::lines!["thank", "thanks", "gracias"]))
}

/// A capitalized word missing from the first-name list but followed by a known surname
/// ("Sloane Petrakis"): a name, unless it is a function word or an ordinary word.
fn unknown_first_then_surname(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    if !t.capitalized || t.all_caps || t.numeric || i + 1 >= a.tokens.len() || !gap_is_space(a, i, i + 1) {
        return false;
    }
    let w = a.word(i);
    let next = &a.tokens[i + 1];
    let n = strip_possessive(a.word(i + 1));
    // ("Min-seo Hwang": a hyphenated given name)
    w.chars().count() >= 3
        && !verb_form(a, w)
        && alphabetic_name(w)
        && !FUNCTION_WORDS.contains(&w)
        && !a.lex.name_stopwords.contains(w)
        && !INSTITUTION_WORDS.contains(&w)
        && !STAFF_ROLES.contains(&w)
        && a.place_at(i) == 0
        && !US_STATES.contains(&w)
        && next.capitalized
        && !next.all_caps
        && surname_listed(a, n)
        // (a surname that is also a word, "Lopes", when the person then does something)
        && (!a.lex.name_stopwords.contains(n) || acted_after(a, i + 2))
        && !INSTITUTION_WORDS.contains(&n)
        // ("Fertilidad Del Caribe", "Reproducción Del Sur": a capitalized "Del" or "De" is a
        // surname only before one: "Yaritza Del Valle")
        && (!FUNCTION_WORDS.contains(&n) || a.tokens.get(i + 2).is_some_and(|t| t.capitalized && gap_is_space(a, i + 1, i + 2) && surname_listed(a, a.word(i + 2))))
}

/// The words of the local parts of personal mailboxes in the text: "nouxiong.vang88 [at] gmail
/// [dot] com" gives "nouxiong" and "vang". (Only the free mail services of the email rule's
/// list: a practice's own domain names its staff.)
fn mailbox_words<'a>(a: &'a Analysis) -> Vec<&'a str> {
    let s = &a.folded.s;
    let mut out = Vec::new();
    for marker in ["@", "[at]", "(at)"] {
        for (k, _) in s.match_indices(marker) {
            let host = s[k + marker.len()..].trim_start();
            let host = host.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if !crate::rules::phi::contact::FREE_MAIL.contains(host) {
                continue;
            }
            let local = s[..k].trim_end();
            let word_start = |end: usize| local[..end].char_indices().rev().find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))).map_or(0, |(p, c)| p + c.len_utf8());
            let mut start = word_start(local.len());
            // ("brinley [dot] openshaw [at] gmail": a dot written out inside the local part)
            while let Some(before) = local[..start].trim_end().strip_suffix("[dot]") {
                start = word_start(before.trim_end().len());
            }
            out.extend(local[start..].split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 3 && *w != "dot"));
        }
    }
    out
}

/// "Nou's sister is putting together a scrapbook… notes for Nou to nouxiong.vang88 [at] gmail
/// [dot] com", "Wandy ya te mandé el reporte a wandy.brito88@…": a capitalized word that opens a
/// personal mailbox's name in the same text is its owner's name.
fn mailbox_owner(a: &Analysis, i: usize, mailboxes: &[&str]) -> bool {
    let t = &a.tokens[i];
    let w = strip_possessive(a.word(i));
    !mailboxes.is_empty()
        && t.capitalized
        && !t.all_caps
        && w.len() >= 3
        && alphabetic_name(w)
        && !FUNCTION_WORDS.contains(&w)
        && a.place_at(i) == 0
        && mailboxes.iter().any(|m| m.starts_with(w))
}

/// "Trying to reach Dalia Omarsdottir about her labs": two capitalized words the practice is
/// trying to reach about something of that person's, whatever lists know them.
fn reached_about(a: &Analysis, i: usize) -> bool {
    let word_ok = |k: usize| {
        let t = &a.tokens[k];
        t.capitalized && !t.all_caps && !t.numeric && alphabetic_name(a.word(k)) && !FUNCTION_WORDS.contains(&a.word(k)) && !INSTITUTION_WORDS.contains(&a.word(k)) && !STAFF_ROLES.contains(&a.word(k))
    };
    // (the cheap tests first: this is asked of every token)
    i >= 1
        && i + 3 < a.tokens.len()
        && crate::text::one_of(a.word(i - 1), crate::lines!["reach", "reaching", "contact", "contacting", "locate"])
        && crate::text::one_of(a.word(i + 2), crate::lines!["about", "regarding"])
        && crate::text::one_of(a.word(i + 3), crate::lines!["her", "his", "their"])
        && word_ok(i)
        && word_ok(i + 1)
        && gap_is_space(a, i, i + 1)
        && a.place_at(i) == 0
}

/// "emailing the forms to Tanner at t.bales[at]gmail[dot]com": a given name (even
/// one that is also a word) sent to, right before "at" and a personal mailbox.
fn mailbox_follows(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    let w = a.word(i);
    // (the cheap tests first: this is asked of every token)
    t.capitalized
        && !t.all_caps
        && i >= 1
        && i + 1 < a.tokens.len()
        && a.word(i + 1) == "at"
        && crate::text::one_of(a.word(i - 1), crate::lines!["to", "for", "email", "emailed", "e-mail"])
        && a.lex.first_names.contains(w)
        && !FUNCTION_WORDS.contains(&w)
        && !CALENDAR.contains(&w)
        && {
            // (the address, its words joined: "t.bales [at] gmail [dot] com")
            let address = crate::text::lower(&a.text[a.tokens[i + 1].span.end..].split_whitespace().take(5).collect::<Vec<_>>().concat());
            ["@", "[at]", "(at)"].iter().any(|m| {
                address.split_once(m).is_some_and(|(local, host)| !local.is_empty() && crate::rules::phi::contact::FREE_MAIL.contains(host.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("")))
            })
        }
}

/// "Rosa, nuestra donante #D-4471…", "Deb, our bravest IVF patient", "a nuestra paciente más
/// valiente, Xiomara!": a capitalized word set off by a comma beside the practice's own patient,
/// donor or carrier (not "our patient coordinator, Leidy": a role ends in "patient" there).
fn set_off_as_patient(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    // ("Vailea Moala, our gestational carrier down in Hurricane": or a surname after it)
    let last = if a.tokens.get(i + 1).is_some_and(|n| n.capitalized && !n.all_caps && gap_is_space(a, i, i + 1) && a.text[n.span.end..].starts_with(',')) { i + 1 } else { i };
    // (the comma first: most capitalized words have none beside them)
    let (comma_after, comma_before) = (a.text[a.tokens[last].span.end..].starts_with(','), a.text[..t.span.start].trim_end().ends_with(','));
    if !(comma_after || comma_before) {
        return false;
    }
    let w = a.word(i);
    if !t.capitalized || t.all_caps || t.numeric || w.chars().count() < 3 || !alphabetic_name(w) || FUNCTION_WORDS.contains(&w) || a.place_at(i) > 0 || US_STATES.contains(&w) {
        return false;
    }
    let ours = |w: &str| crate::text::one_of(w, crate::lines!["our", "nuestra", "nuestro", "my", "mi"]);
    // ("One of our IVF mamas, Ubah, and her hubby…": the practice's mothers are its patients)
    let patient = |w: &str| crate::text::one_of(w, crate::lines!["patient", "paciente", "donor", "donante", "gestante", "surrogate", "carrier", "portadora", "mamas", "moms", "mamitas"]);
    let after = comma_after && {
        let words = a.words_after(a.tokens[last].span.end, 5);
        words.first().is_some_and(|w| ours(w))
            && words.iter().enumerate().skip(1).take(3).find(|(_, w)| patient(w)).is_some_and(|(p, _)| !words.get(p + 1).is_some_and(|n| STAFF_ROLES.contains(n)))
    };
    let before = comma_before && {
        let words = a.words_before(t.span.start, 5);
        words.iter().rposition(|w| patient(w)).is_some_and(|p| words.len() - p <= 3 && words[..p].iter().any(|w| ours(w)) && !words[p + 1..].iter().any(|w| STAFF_ROLES.contains(w)))
    };
    after || before
}

/// Whether the name ending at token `end` is one of a list of names that ends in the rest of a
/// team ("Huge thanks to Dwayne, Priya and the whole bench team", "gracias a Leti, Moni y todo
/// el equipo"): only names, commas and "and" between it and "and the whole …".
fn listed_with_team(a: &Analysis, end: usize, sentence: &Range<usize>) -> bool {
    let Some(t) = a.tokens.get(end.saturating_sub(1)) else { return false };
    let after = &a.text[t.span.end..sentence.end];
    if !(after.starts_with(',') || after.starts_with(" and ") || after.starts_with(" y ") || after.starts_with(" & ")) {
        return false;
    }
    let folded = a.folded_of(t.span.end..sentence.end);
    let joiners = [" and the whole ", " and the entire ", " and the rest of the ", " & the whole ", " y todo el ", " y el resto del ", " y todo nuestro "];
    let Some((k, w)) = joiners.iter().filter_map(|w| folded.find(w).map(|k| (k, *w))).min() else { return false };
    // (the names' capitals are read in the original, up to where the folded "and the whole" starts)
    let fs = a.folded.from_original(t.span.end);
    let upto = a.orig(fs + k..fs + k).start;
    let listed = a.text.get(t.span.end..upto).is_some_and(|between| {
        between.split(',').map(str::trim).all(|item| item.is_empty() || item.starts_with(char::is_uppercase) && item.split_whitespace().count() <= 3 && !item.contains(['.', '!', '?']))
    });
    let team = folded[k + w.len()..].split_whitespace().take(3).any(|n| crate::text::one_of(n.trim_end_matches(|c: char| !c.is_alphanumeric()), crate::lines!["team", "lab", "crew", "staff", "equipo", "laboratorio", "personal"]));
    listed && team
}

/// "Calling Hanford and PNNL folks", "Llamando a…": a verb's -ing form, no given name unless a
/// list knows it as one ("Sterling").
fn verb_form(a: &Analysis, w: &str) -> bool {
    (w.ends_with("ing") || w.ends_with("ando") || w.ends_with("iendo")) && !a.lex.first_names.contains(w)
}

/// "Fetu and Alofa Tuiasosopo have had 3 transfers with us", "Sione and Mele, watching your twin
/// girls go home…": two capitalized words no list needs to know, joined by "and" or "y", opening
/// a sentence about care, then a verb for people or the two spoken to. The token of the second.
fn paired_opening(a: &Analysis, i: usize) -> Option<usize> {
    // (or after an emoji, which often ends a sentence: "…a fundraiser 💚 Fetu and Alofa…")
    let after_emoji = matches!(a.text[..a.tokens[i].span.start].trim_end().chars().next_back(), Some(c) if !c.is_ascii() && !c.is_alphanumeric());
    if !(opens_sentence(a, i) || after_emoji && a.tokens[i].capitalized) || i + 3 >= a.tokens.len() || !a.care[a.sentence_at(a.tokens[i].span.start)] {
        return None;
    }
    // ("Fetu and Alofa", "Sokhom + Chanthy Keo", "Lani & Kekoa")
    let second = if crate::text::one_of(a.word(i + 1), crate::lines!["and", "y"]) && gap_is_space(a, i, i + 1) && gap_is_space(a, i + 1, i + 2) {
        i + 2
    } else if matches!(a.text[a.tokens[i].span.end..a.tokens[i + 1].span.start].trim(), "+" | "&") {
        i + 1
    } else {
        return None;
    };
    if !plain_name_word(a, i) || !plain_name_word(a, second) {
        return None;
    }
    // (the second may bring the surname they share: "Fetu and Alofa Tuiasosopo")
    let after = if a.tokens[second + 1].capitalized && gap_is_space(a, second, second + 1) && plain_name_word(a, second + 1) { second + 2 } else { second + 1 };
    let rest = a.text[a.tokens[after - 1].span.end..].trim_start();
    let spoken_to = rest.starts_with(',') && (after..(after + 6).min(a.tokens.len())).any(|k| crate::text::one_of(a.word(k), crate::lines!["you", "your", "tu", "tus", "ustedes"]));
    let verb = after < a.tokens.len() && PAIR_VERBS.contains(a.word(after));
    (spoken_to || verb).then_some(second)
}

/// Token `k` could be a name no list knows: name-shaped, and no verb form, role, people,
/// language, job or word of care.
fn plain_name_word(a: &Analysis, k: usize) -> bool {
    let w = a.word(k);
    name_shaped(a, k) && !verb_form(a, w) && !STAFF_ROLES.contains(&w) && !DEMONYMS.contains(w) && !LANGUAGES.contains(w) && !a.cues.occupation_words().contains(w) && !a.cues.care_in(w)
}

/// What two people named at a sentence's start go on to do ("… have had 3 transfers").
static PAIR_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "have", "had", "are", "were", "just", "finally", "did", "got", "welcomed", "brought", "came", "started", "tried", "lost",
    "tienen", "llevan", "estan", "fueron", "hicieron", "trajeron", "vinieron", "por",
]);

/// An unknown capitalized word addressed by a greeting: "Welcome to the world, Adaeze!",
/// "Congratulations, Oyelaran!", "Hi Maeve!".
/// "Mayelín, tu correo nos rebota", "Tamsin, your HSG is booked": a capitalized word that opens
/// a sentence, then a comma and "you"/"tu" within three words, is the person spoken to, even
/// when no list knows the name. Ordinary words that open sentences the same way ("Honestly,
/// your…", "Chicas, tu…") are left out.
fn opening_address(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    let rest = &a.text[t.span.end..];
    // ("ok Leimomi if ur reading this from Hilo: NPO after midnight", after "ok", "so" or "hey"
    // opening the sentence)
    let reading_after = [" if ur reading this", " if you're reading this", " if you see this", " if u see this"].iter().any(|g| rest.get(..g.len()).is_some_and(|r| r.eq_ignore_ascii_case(g)));
    let after_ok = reading_after && i > 0 && t.capitalized && crate::text::one_of(a.word(i - 1), crate::lines!["ok", "okay", "so", "hey"]) && !mid_sentence(a, i - 1);
    if !opens_sentence(a, i) && !after_ok {
        return false;
    }
    let sentence = a.sentence_at(t.span.start);
    // (an initial may follow: "Tavita L., if you see this")
    let initial = rest.len() >= 5 && rest.as_bytes()[0] == b' ' && rest.as_bytes()[1].is_ascii_uppercase() && rest[2..].starts_with(".,");
    // ("Tiffany hi it's Nurse Colleen": a greeting after the name instead of a comma)
    let greeting_after = [" hi ", " hey ", " hii ", " hola ", " hello "].iter().any(|g| rest.get(..g.len()).is_some_and(|r| r.eq_ignore_ascii_case(g)));
    // ("Amberlynn!! it's Coleen from the Draper office": called out, then the caller says who she is)
    let exclaimed = rest.starts_with('!') && caller_named(a, i + 1);
    // ("Yudelka mi amor, el número de tu…": a word of endearment, then the comma)
    let fond_after = [" mi amor, ", " mija, ", " mi reina, ", " mi vida, ", " querida, ", " hon, ", " babe, ", " girl, "].iter().any(|g| rest.get(..g.len()).is_some_and(|r| r.eq_ignore_ascii_case(g)));
    // ("Hamdi we tried calling u back about your HSG results": the writer's "we" right after
    // the name, no comma, and the reader spoken to further on)
    let we_after = [" we ", " we're ", " we've ", " we’re ", " we’ve "].iter().any(|g| rest.get(..g.len()).is_some_and(|r| r.eq_ignore_ascii_case(g)));
    if !rest.starts_with(", ") && !initial && !greeting_after && !exclaimed && !fond_after && !reading_after && !we_after || list_follows(rest) {
        return false;
    }
    // ("Lupe, ya no nos rebotes los correos, mandamos tus resultados": the second person may
    // come a few words on)
    let comma = rest.starts_with(", ") || initial || fond_after || we_after;
    let spoken_to = comma && (i + 1..(i + 11).min(a.tokens.len()))
        .take_while(|&k| a.sentence_at(a.tokens[k].span.start) == sentence)
        .any(|k| crate::text::one_of(a.word(k), crate::lines!["you", "your", "you're", "youre", "ur", "tu", "tus", "te", "usted"]) || we_after && a.word(k) == "u")
        // "Dmitri, it's Carla from the nurse line", "Rocío, soy Marta de recepción": the writer
        // says who is calling the person addressed
        || comma && caller_named(a, i + 1)
        || greeting_after && caller_named(a, i + 2)
        || exclaimed
        || reading_after
        // ("Pranav, we're sorry the wait felt endless.": a review reply opens with the reviewer)
        // (not "Diay, Sra. Quesada, …": a word before the person addressed)
        || comma && i == 0 && a.opts.context == crate::options::ComposeContext::ReviewReply && a.tokens.get(i + 1).is_some_and(|n| !n.capitalized);
    let w = a.word(i);
    spoken_to
        && w.chars().count() >= 3
        && w.chars().all(char::is_alphabetic)
        && !crate::text::ends_with_line(w, crate::lines!["ly", "ing", "ed", "mente", "cion", "sion"])
        // (a plural calls a group, "Ladies, …", "Friends, …"; a name may end in "s" too:
        // "Mercedes, …" a list knows, "Yanelis, ¡tu seguro cambió!" one it does not)
        && (!w.ends_with('s') || a.lex.first_names.contains(w) || w.len() >= 5 && w.ends_with("is") && !w.ends_with("sis"))
        && !FUNCTION_WORDS.contains(&w)
        && !CALENDAR.contains(&w)
        && !COMMON_OPENERS.contains(&w)
        && !a.lex.name_stopwords.contains(w)
        && !INSTITUTION_WORDS.contains(&w)
        && !STAFF_ROLES.contains(&w)
        // ("Doña, lo que usted nos contó…", "Urologist, not your urologist": a title or a job
        // called, not a name)
        && !COURTESY_TITLES.contains(&w)
        && !a.cues.occupation_words().contains(w)
        && !crate::text::ends_with_line(w, crate::lines!["ologist", "ologo", "ologa"])
        && !US_STATES.contains(&w)
        && !spanish_slang_address(a, w)
        && a.place_at(i) == 0
}

/// Two capitalized words, the second possessive, then one of a patient's records or results
/// ("Sagal Abdirahman's HSG report", "Mai Tong's semen analysis"): a person's name, known to
/// a list or not. The end of the name.
fn owner_of_record(a: &Analysis, i: usize) -> Option<usize> {
    // ("Saw Eh Doh's Minnesota license": three words)
    let three = i + 2 < a.tokens.len() && a.word(i + 2).ends_with("'s") && !a.word(i + 1).ends_with("'s") && gap_is_space(a, i + 1, i + 2) && name_shaped(a, i + 1);
    // ("please fax Losa's embryo transfer summary": one word, right after what is done with the
    // record)
    let one = !three
        && a.word(i).ends_with("'s")
        && i > 0
        && gap_is_space(a, i - 1, i)
        && crate::text::one_of(a.word(i - 1), crate::lines!["fax", "faxed", "send", "sent", "scan", "scanned", "pull", "pulled", "print", "printed", "email", "emailed", "upload", "uploaded", "forward", "forwarded", "mail", "mailed", "shred", "shredded", "misfiled", "update", "updated", "review", "reviewed"]);
    let second = if three { i + 2 } else if one { i } else { i + 1 };
    if second + 1 >= a.tokens.len() || !a.word(second).ends_with("'s") || !gap_is_space(a, i, i + 1) || !name_shaped(a, i) || !name_shaped(a, second) {
        return None;
    }
    if US_STATES.contains(&a.word(i)) || STAFF_ROLES.contains(&a.word(i)) || a.place_at(i) > 0 || a.place_at(second) > 0 || i > 0 && a.tokens[i - 1].capitalized && gap_is_space(a, i - 1, i) {
        return None;
    }
    // the record may follow one short word ("HSG report", "semen analysis", "day-5 embryos")
    // ("Kaiser Permanente's transfer policy": an organization's rules about the thing)
    // ("Jolene Gayheart's Kentucky driver's license", "Wandy Liriano's entire andrology and
    // embryo file": or up to four words; "Rukia Mberwa's letrozole":
    // a medicine or a step of care right after)
    let record = (second + 1..(second + 5).min(a.tokens.len())).any(|k| RECORDS.contains(a.word(k)) && !(k + 1 < a.tokens.len() && ORGANIZATION_THINGS.contains(a.word(k + 1))))
        || a.cues.care_in(a.word(second + 1)) && !(second + 2 < a.tokens.len() && ORGANIZATION_THINGS.contains(a.word(second + 2)));
    record.then_some(second + 1)
}

/// A patient's records and results, owned by a name ("…'s HSG report").
static RECORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "report", "results", "result", "labs", "bloodwork", "analysis", "beta", "betas", "chart", "records", "embryos", "embryo", "eggs", "retrieval", "transfer", "ultrasound",
    "scan", "sample", "specimen", "prescription", "meds", "medications", "hsg", "amh", "biopsy", "karyotype", "pgt", "consult",
    // identifiers a person has ("Garang Majok's cell", "…'s Minnesota license")
    "cell", "license", "licence", "passport", "ssn", "mrn",
    // ("can someone update Abdirahman Hirsi's file?")
    "file",
]);

/// Words that make a name's possessive the name of a group or a place ("Hannah's Circle").
static ORGANIZATION_NAME_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "circle", "house", "place", "hope", "closet", "kitchen", "table", "ministry", "foundation", "fund", "project", "network", "angels", "haven",
    "promise", "gift", "wish", "heart", "hearts", "garden", "cradle", "nest", "corner", "village", "sisters", "friends", "pantry", "society", "alliance",
]);

/// What an organization has about a record ("transfer policy", "embryo lab").
static ORGANIZATION_THINGS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "policy", "policies", "program", "programs", "protocol", "protocols", "team", "lab", "unit", "center", "centre", "coverage", "rate", "rates", "guidelines",
    "department", "service", "services", "page", "form", "forms", "process", "system", "data", "numbers",
]);

/// Token `i` is a capitalized word (not all capitals, not a number) with no word before it in
/// its sentence.
fn opens_sentence(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    t.capitalized && !t.all_caps && !t.numeric && !mid_sentence(a, i)
}

/// Two or three capitalized words opening a sentence, then ", if that's you", ", if you see
/// this" or the like: a person addressed by a name no list needs to know. The end of the run.
fn addressed_name_run(a: &Analysis, i: usize) -> Option<usize> {
    if !opens_sentence(a, i) {
        return None;
    }
    let mut end = i + 1;
    // (an apostrophe or ʻokina inside a word is part of the name: "Fa'amausili", "O'Brien")
    let name_word = |w: &str| {
        w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | 'ʻ')) && w.chars().next().is_some_and(char::is_alphabetic) && w.chars().next_back().is_some_and(char::is_alphabetic)
    };
    while end < a.tokens.len() && end < i + 3 && gap_is_space(a, end - 1, end) && a.tokens[end].capitalized && !a.tokens[end].all_caps && name_word(a.word(end)) {
        end += 1;
    }
    if end == i + 1 {
        return None; // one word: opening_address decides
    }
    let rest = &a.text[a.tokens[end - 1].span.end..];
    let addressed = crate::lines![", if that's you", ", if that’s you", ", if this is you", ", if you see this", ", if you're reading this", ", if you’re reading this", ", si eres tú", ", si eres tu", ", si ves esto", ", si lees esto"]
        .split_terminator('\n')
        .any(|c| rest.get(..c.len()).is_some_and(|r| r.eq_ignore_ascii_case(c)));
    let words_ok = (i..end).all(|k| {
        let w = a.word(k);
        name_word(w) && !w.ends_with("'s") && !FUNCTION_WORDS.contains(&w) && !CALENDAR.contains(&w) && !INSTITUTION_WORDS.contains(&w) && !STAFF_ROLES.contains(&w) && !a.lex.name_stopwords.contains(w)
    });
    (addressed && words_ok && a.place_at(i) < end - i).then_some(end)
}

/// "Happy first birthday to Eh Say Paw!", "so proud of Htoo Lah Moo!": two or three
/// capitalized words no list needs to know, cheered, then "!". The end of the name.
fn cheered_name_run(a: &Analysis, i: usize) -> Option<usize> {
    // ("Welcome to the world, Jelkan Langrine Jr.!", "¡Bienvenida al mundo, Anela Kabua!": a
    // newborn greeted by name, one word or more)
    let newborn = i >= 3 && crate::text::one_of(a.word(i - 1), crate::lines!["world", "mundo"]) && crate::text::one_of(a.word(i - 2), crate::lines!["the", "al"]) && crate::text::one_of(a.word(i - 3), crate::lines!["to", "bienvenido", "bienvenida", "bienvenidos", "bienvenidas"])
        && a.text[a.tokens[i - 1].span.end..a.tokens[i].span.start].trim() == ",";
    if !newborn && (i < 2 || !crate::text::one_of(a.word(i - 1), crate::lines!["to", "of", "for", "a"]) || !crate::text::one_of(a.word(i - 2), crate::lines!["birthday", "congrats", "congratulations", "proud", "rooting", "praying", "cumpleanos", "felicidades"])) {
        return None;
    }
    let mut end = i;
    while end < a.tokens.len() && end < i + 3 && a.tokens[end].capitalized && !a.tokens[end].all_caps && (end == i || gap_is_space(a, end - 1, end)) {
        end += 1;
    }
    // (a generation after the surname: "Jr.", "Sr.", "II")
    if newborn && end > i + 1 && crate::text::one_of(a.word(end - 1), crate::lines!["jr", "sr", "ii", "iii"]) {
        end -= 1;
    }
    let words_ok = (i..end).all(|k| {
        let w = a.word(k);
        alphabetic_name(w) && !FUNCTION_WORDS.contains(&w) && !CALENDAR.contains(&w) && !INSTITUTION_WORDS.contains(&w) && !STAFF_ROLES.contains(&w)
            // ("Welcome to the world, Baby Boy!", "little one")
            && !(newborn && crate::text::one_of(w, crate::lines!["baby", "boy", "girl", "girls", "boys", "twins", "triplets", "little", "one", "ones", "bebe", "bebes", "nino", "nina", "gemelos", "gemelas", "princesa", "principe", "angel"]))
    });
    let after = &a.text[a.tokens[end.max(i + 1) - 1].span.end..];
    // ("¡Felicidades a Ayaan Mohamud Farah y su esposa!": or the partner cheered with them)
    // (the partner is the token two after the connector: its folded word, no new lower-casing)
    let with_partner = || crate::text::starts_with_line(after, crate::lines![" y su ", " and his ", " and her ", " and their "])
        && a.tokens.get(end.max(i + 1) + 2).is_some_and(|_| crate::text::one_of(a.word(end.max(i + 1) + 2), crate::lines!["esposa", "esposo", "pareja", "marido", "mujer", "wife", "husband", "partner", "hubby", "fiance", "fiancee"]));
    let closes = after.starts_with('!') || newborn && (after.starts_with(',') || after.starts_with(" Jr") || after.starts_with(" Sr") || after.starts_with(" II")) || with_partner();
    (end > i && (end - i >= 2 || newborn) && words_ok && closes && a.place_at(i) < end - i).then_some(end)
}

/// "Meet Efua, our donor coordinator!", "Meet Mai Nou Her 💜 our community health worker",
/// "Conozcan a Yesenia, nuestra enfermera": one to three capitalized words after "meet", then
/// (past commas, dashes and emoji) "our" and one of the practice's roles. The end of the name.
fn introduced_name(a: &Analysis, i: usize) -> Option<usize> {
    let introduced = i > 0 && crate::text::one_of(a.word(i - 1), crate::lines!["meet", "conozcan", "conoce"]) || i > 1 && a.word(i - 1) == "a" && crate::text::one_of(a.word(i - 2), crate::lines!["conozcan", "conoce", "presentamos"]);
    if !introduced {
        return None;
    }
    let mut end = i;
    // (the Hmong clan name Her is a name here, not the pronoun)
    while end < a.tokens.len() && end < i + 3 && a.tokens[end].capitalized && !a.tokens[end].all_caps && alphabetic_name(a.word(end)) && (end == i || gap_is_space(a, end - 1, end)) && (!FUNCTION_WORDS.contains(&a.word(end)) || end > i && a.word(end) == "her") {
        end += 1;
    }
    if end == i {
        return None;
    }
    let words = a.words_after(a.tokens[end - 1].span.end, 4);
    (matches!(words.first(), Some(&("our" | "nuestra" | "nuestro"))) && words[1..].iter().any(|w| STAFF_ROLES.contains(w) && !crate::text::one_of(*w, crate::lines!["our", "team", "partner"]))).then_some(end)
}

/// Two or three capitalized name words from token `i`, then ", RN", ", MD", ", NP"…: the end
/// of the name.
fn credentialed_name(a: &Analysis, i: usize) -> Option<usize> {
    // (the cheap tests first: capitals, then the credential; the words' shapes last)
    let mut end = i;
    while end < a.tokens.len() && end < i + 3 && a.tokens[end].capitalized && !a.tokens[end].all_caps && (end == i || gap_is_space(a, end - 1, end)) {
        end += 1;
    }
    let credential = end - i >= 2 && end < a.tokens.len() && &a.text[a.tokens[end - 1].span.end..a.tokens[end].span.start] == ", " && STAFF_AFTER.contains(a.word(end));
    (credential && (i..end).all(|k| alphabetic_name(a.word(k)) && !FUNCTION_WORDS.contains(&a.word(k)))).then_some(end)
}

/// "welcome Oluwadamilare 'Dami' Ogunleye to our team", "welcome Dami to the lab" from token `i`
/// on: up to four capitalized words (a nickname in quotes among them) between "welcome" and
/// "to our" or "to the". Returns the end of the name.
fn welcomed_name(a: &Analysis, i: usize) -> Option<usize> {
    if i == 0 || !crate::text::one_of(a.word(i - 1), crate::lines!["welcome", "welcoming"]) {
        return None;
    }
    let mut end = i;
    while end < a.tokens.len() && end < i + 4 && a.tokens[end].capitalized && !a.tokens[end].all_caps && alphabetic_name(a.word(end)) && !FUNCTION_WORDS.contains(&a.word(end)) {
        if end > i && !crate::text::one_of(&a.text[a.tokens[end - 1].span.end..a.tokens[end].span.start], crate::lines![" ", " '", "' ", " \"", "\" ", " “", "” ", " ‘", "’ "]) {
            break;
        }
        end += 1;
    }
    let to_us = end > i && end + 1 < a.tokens.len() && a.word(end) == "to" && crate::text::one_of(a.word(end + 1), crate::lines!["our", "the"]);
    to_us.then_some(end)
}

/// "our patient care lead, Narine,", "nuestra coordinadora, Anahí Quispe." from token `i` on: one
/// or two capitalized words between commas (or a comma and an end mark) right after a job of
/// the practice's, with "our" a few words before it. Returns the end of the name.
fn role_named(a: &Analysis, i: usize) -> Option<usize> {
    if i < 2 || &a.text[a.tokens[i - 1].span.end..a.tokens[i].span.start] != ", " {
        return None;
    }
    let role = a.word(i - 1);
    let is_job = |w: &str| STAFF_ROLES.contains(&w) && !NOT_A_JOB.contains(&w);
    let job = is_job(role);
    let ours_at = (i.saturating_sub(6)..i - 1).rev().find(|&k| crate::text::one_of(a.word(k), crate::lines!["our", "nuestra", "nuestro", "nuestras", "nuestros"]));
    // ("nuestra jefa de atención al paciente, Daniela Orellana": the role's head noun right
    // after "our", its complement after it)
    let head_noun = ours_at.is_some_and(|k| k + 2 < i && crate::text::one_of(a.word(k + 1), crate::lines!["jefa", "jefe", "directora", "director", "coordinadora", "coordinador", "gerente", "encargada", "encargado", "head", "manager", "coordinator"])
        && crate::text::one_of(a.word(k + 2), crate::lines!["de", "del", "of"]));
    if !(job || head_noun) || ours_at.is_none() {
        return None;
    }
    let name_word = |k: usize| k < a.tokens.len() && a.tokens[k].capitalized && !a.tokens[k].all_caps && alphabetic_name(a.word(k)) && !FUNCTION_WORDS.contains(&a.word(k));
    let end = if name_word(i + 1) && gap_is_space(a, i, i + 1) { i + 2 } else { i + 1 };
    let closed = a.text[a.tokens[end - 1].span.end..].starts_with([',', '.', '!']);
    (name_word(i) && closed).then_some(end)
}

/// "it's Carla", "this is Carla", "soy Marta", "le habla Marta" from token `k` on: the writer
/// names themselves to the person addressed.
fn caller_named(a: &Analysis, k: usize) -> bool {
    let capitalized = |j: usize| j < a.tokens.len() && a.tokens[j].capitalized && !a.tokens[j].all_caps;
    match (k < a.tokens.len()).then(|| a.word(k)) {
        Some("it's" | "its" | "soy") => capitalized(k + 1),
        Some("this") => k + 1 < a.tokens.len() && a.word(k + 1) == "is" && capitalized(k + 2),
        Some("le" | "te") => k + 1 < a.tokens.len() && a.word(k + 1) == "habla" && capitalized(k + 2),
        _ => false,
    }
}

/// Words that open a sentence with a comma and are not names.
/// Things a post speaks to as if to a person ("Insurance, I am begging you", "Universe, one
/// more favor"): no name.
static ADDRESSED_THINGS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "insurance", "universe", "god", "lord", "karma", "science", "pharmacy", "internet", "twitter", "instagram", "facebook",
    "tiktok", "reddit", "google", "amazon", "fedex", "ups", "body", "ovaries", "uterus", "monday", "friday", "seguro", "universo",
    "dios", "farmacia", "cuerpo", "lunes", "viernes",
]);

static COMMON_OPENERS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "also", "anyway", "babe", "bueno", "claro", "congrats", "doc", "doctor", "doctora", "dude", "enhorabuena", "felicidades",
    "friend", "girl", "gracias", "hermana", "hermosa", "hey", "hola", "honey", "hun", "importante", "linda", "listen", "look",
    "love", "mama", "mami", "mija", "mijo", "mira", "mire", "miren", "oiga", "fijese", "nope", "note", "ojo", "okay", "oye", "papa", "perdon", "please",
    "porfa", "psa", "querida", "querido", "recuerda", "reina", "reminder", "seriously", "sir", "sis", "sorry", "sweetie",
    "update", "well", "wow", "yes", "yeah", "ugh", "amiga", "amigo", "chica", "gente", "familia", "equipo", "team",
    "ok", "honest", "truth", "real", "fun", "fact", "heads", "quick", "friendly", "gentle", "urgent", "aviso", "atencion",
    "great", "thanks", "thank", "good", "awesome", "amazing", "absolutely", "exactly", "totally", "hello", "hi", "congratulations",
    "sending", "praying", "hugs", "muchas", "excelente", "buena", "buenas", "buenos", "hermoso",
    // (Rioplatense "ta" and "bo", "OK" and "mate"; "che", "listo", "vale")
    "ta", "bo", "che", "listo", "vale",
    // (a connective opening a sentence: "However, our records show…")
    "however", "therefore", "meanwhile", "otherwise", "instead", "besides", "moreover", "furthermore", "nevertheless",
    "nonetheless", "indeed", "regardless", "overall", "hence", "thus", "ademas", "entonces", "luego", "asimismo", "tambien", "pues",
    "ojala", "oiga", "senora", "senor", "ma'am", "maam", "mom", "dad", "mamita", "cariño", "carino", "corazon", "nena",
    "lady", "ladies", "bro", "dude", "buddy", "pal", "hon", "sweetheart", "darling", "chief", "boss", "folks", "gentlemen",
    "listo", "lista", "listos", "genial", "perfecto", "perfecta", "chama", "chamo", "pana", "mana", "mano", "che",
    "causa", "weon", "weona", "boludo", "boluda", "flaco", "flaca", "pibe", "piba", "loco", "loca", "hermano",
    // interjections: "Ha, u/badlands_bride is one of ours!"
    "ha", "hah", "haha", "lol", "omg", "oh", "aw", "aww", "yay", "yikes", "welp", "oof", "ay", "uy", "uf", "jaja", "ja",
]);

fn greeted(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    if i == 0 || !t.capitalized || t.all_caps || t.numeric {
        return false;
    }
    let w = a.word(i);
    let after = a.text[t.span.end..].trim_start();
    let prev = a.word(i - 1);
    let greeting = GREETINGS.contains(prev);
    // "so proud of Caoimhe, who…", "rooting for Ines!"
    let cheered = i >= 2
        && crate::text::one_of(prev, crate::lines!["of", "for", "to"])
        && CHEERS.contains(a.word(i - 2));
    // "Thank you so much, Anahí!", "thank you, Ines!"
    // (a name a list knows, or one followed by a known surname: not "Thank you, Lakeside Rotary")
    let thanked = after_thanks(a, i) && (in_list(&a.lex.first_names, w) || i + 1 < a.tokens.len() && in_list(&a.lex.surnames, strip_possessive(a.word(i + 1))));
    // ("Thank you, Brynlee!" in a reply: a name no list knows, thanked on its own)
    let thanked = thanked
        || after_thanks(a, i)
            && a.opts.context.is_conversational()
            && after.starts_with('!')
            && w.chars().count() >= 4
            && a.place_at(i) == 0
            && !in_list(&a.lex.surnames, w)
            && !a.lex.first_names.contains(w);
    // the greeted name may have two words: "Thank you so much, Anahí Cervantes!"
    let surname_then_mark = {
        let next: String = after.chars().take_while(|c| c.is_alphabetic() || *c == '-').collect();
        next.starts_with(char::is_uppercase) && after[next.len()..].starts_with(['!', ',', '.'])
    };
    // ("Congrats to Jenlyn Lakabung out in North Little Rock": cheered by both names)
    let surname_follows = cheered && i + 1 < a.tokens.len() && unlisted_surname(a, i + 1);
    (greeting || cheered || thanked)
        // ("Hi Siaosi — we understand…": a dash may close the greeting)
        && (after.starts_with(['!', ',', '.', '—', '–']) || thanked && surname_then_mark || surname_follows)
        // ("Hi Soo-ah,": a hyphenated given name)
        && alphabetic_name(w)
        && !FUNCTION_WORDS.contains(&w)
        && !CALENDAR.contains(&w)
        && !a.lex.name_stopwords.contains(w)
        && !INSTITUTION_WORDS.contains(&w)
        && !GROUP_ADDRESSES.contains(w)
}

/// "the Nakashima family", "la familia Ortega": a surname that names a patient family.
fn family_surname(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    if !t.capitalized || t.all_caps || t.numeric {
        return false;
    }
    let w = a.word(i);
    // "the Nakashima family" (singular, with "the"), not "Eastside families"
    let next_is_family = i + 1 < a.tokens.len()
        // ("the SSN on file for the Grewal couple": a couple, likewise)
        && (crate::text::one_of(a.word(i + 1), crate::lines!["family", "family's"])
            // (a people or a neighbourhood is no surname: "the Miskito couple", "the Pawtucketville couple")
            || crate::text::one_of(a.word(i + 1), crate::lines!["couple", "couple's"]) && !DEMONYMS.contains(w) && !w.ends_with("ville") && !w.ends_with("town"))
        && gap_is_space(a, i, i + 1)
        && (i > 0
            // ("acct HNL-44170 (Sablan family embryo storage)": or opening a parenthesis)
            // ("Hi Sheehan family, her progesterone…": greeted)
            && (crate::text::one_of(a.word(i - 1), crate::lines!["the", "to", "congrats", "congratulations", "hi", "hey", "hello", "dear"]) || a.text.as_bytes()[t.span.start - 1] == b'('
                // ("Heads up Warsame family: …")
                || a.word(i - 1) == "up" && i >= 2 && a.word(i - 2) == "heads")
            // ("Sheehan family, it's Deirdre from the nurse line!": called at the comment's start)
            || a.text[..t.span.start].trim().is_empty() && a.text[a.tokens[i + 1].span.end..].starts_with(','));
    // "the Hendricks donor-egg cycle", "the Okafor transfer": a known surname naming a case
    // ("the Ortega-Bautista retrieval records": a double surname, each part known)
    let surname = surname_listed(a, w);
    let next_is_case = i > 0 && a.word(i - 1) == "the" && surname && {
        let mut j = i + 1;
        let modifier = |w: &str| w.split('-').all(|p| CASE_MODIFIERS.contains(p));
        while j < a.tokens.len() && j <= i + 3 && modifier(a.word(j)) {
            j += 1;
        }
        j < a.tokens.len()
            && (i + 1..=j).all(|k| a.tokens[k].span.start - a.tokens[k - 1].span.end <= 1)
            && CASE_NOUNS.contains(a.word(j))
            // ("the Hopkins case series" is a publication)
            && !(a.word(j) == "case" && a.tokens.get(j + 1).is_some_and(|_| crate::text::one_of(a.word(j + 1), crate::lines!["series", "study", "studies", "report", "reports", "law", "presentation", "conference"])))
    };
    // (not across a sentence's end: "con una abogada de familia. Inscríbete…")
    // ("la pareja Huynh": a couple by their surname, likewise)
    let after_familia = i > 0 && crate::text::one_of(a.word(i - 1), crate::lines!["familia", "pareja"]) && gap_is_space(a, i - 1, i);
    // ("la familia Toledo": a listed surname right after "familia" is theirs, though a town
    // has the name too; "la familia de Toledo" would be from there)
    let surname_of_familia = after_familia && a.lex.surnames.contains(w);
    // "the Novaks are coming after me": a family by its surname in the plural, doing something
    let plural_family = i > 0
        && a.word(i - 1) == "the"
        && w.len() > 4
        && w.strip_suffix('s').is_some_and(|base| a.lex.surnames.contains(base) && !a.lex.name_stopwords.contains(base))
        && a.tokens.get(i + 1).is_some_and(|_| FAMILY_DOINGS.contains(a.word(i + 1)));
    // ("la demanda de los Ahumada por el supuesto error…", "los Quispe ya llegaron": in
    // Spanish a family is "los" and the surname, unchanged)
    // (not the end of a given name: "María de los Ángeles")
    let los_family = i > 0
        && a.word(i - 1) == "los"
        && a.lex.surnames.contains(w)
        && a.place_at(i - 1) == 0
        && !a.tokens.get(i + 1).is_some_and(|n| n.capitalized)
        && (i > 1 && crate::text::one_of(a.word(i - 2), crate::lines!["de", "a", "con", "para", "felicidades"]) && !(i > 2 && a.tokens[i - 3].capitalized)
            || a.tokens.get(i + 1).is_some_and(|_| LOS_FAMILY_DOINGS.contains(a.word(i + 1))));
    let after_familia = after_familia || plural_family || los_family;
    // (a surname that is also a town, "Hendricks", names a case; "the Flagstaff couple" is a town's)
    // ("la familia Pagán": a surname in its accented spelling, though "pagan" is a word)
    (next_is_family || next_is_case || after_familia) && !FUNCTION_WORDS.contains(&w) && (!a.lex.name_stopwords.contains(w) || accented(a, i) && a.lex.surnames.contains(w)) && !INSTITUTION_WORDS.contains(&w)
        && (a.place_at(i) == 0 || next_is_case && !matches!(a.word(i + 1), "couple") || surname_of_familia) && !US_STATES.contains(&w) && !crate::text::one_of(w, crate::lines!["featured", "blended", "growing", "modern", "military", "our", "every"])
}

/// "the Hollins embryos", "the Haskins account": after "the", a known surname naming a case
/// (a town's couple excepted: "the Flagstaff couple"), though a town may be called so too.
fn surname_names_case(a: &Analysis, i: usize) -> bool {
    i > 0
        && a.word(i - 1) == "the"
        && surname_listed(a, a.word(i))
        && i + 1 < a.tokens.len()
        && gap_is_space(a, i, i + 1)
        && CASE_NOUNS.contains(a.word(i + 1))
        && a.word(i + 1) != "couple"
}

/// What a surname after "the" may name: "the Okafor transfer", "the Hendricks couple".
static CASE_NOUNS: crate::lexicon::Words =
    crate::lexicon::Words::new(crate::lines!["couple", "cycle", "transfer", "retrieval", "case", "file", "chart", "embryos", "claim", "twins", "pregnancy",
        "records", "vials", "straws", "samples", "escrow", "paperwork", "consents", "labs", "results", "invoice", "bill", "shipment", "account", "balance", "journey",
        // ("the Arvelo divorce": a family's court case over its embryos)
        "divorce", "custody", "lawsuit", "subpoena"]);

/// What a family named with "los" does: "los Quispe ya llegaron", "los Ahumada nos demandaron".
static LOS_FAMILY_DOINGS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "nos", "ya", "llegaron", "vinieron", "demandaron", "tuvieron", "trajeron", "mandaron", "pidieron", "dijeron", "quieren", "estan", "siguen", "por",
]);

/// What a family named in the plural does: "the Novaks are coming", "the Okafors sent…".
static FAMILY_DOINGS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "are", "were", "have", "had", "came", "sent", "called", "want", "wanted", "asked", "brought", "finally", "welcomed", "just", "say", "said", "claim", "filed", "sued", "went",
    "got", "left",
]);

/// Family and care-role words after which a name is a private person's: "their son Zayd",
/// "su hija, Inés", "the donor Araceli", "her sister colette".
fn is_relation(w: &str) -> bool {
    RELATIONS.contains(w)
}

static RELATIONS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "son", "daughter", "baby", "hijo", "hija", "bebe", "bebita", "bebito", "newborn", "nieto", "nieta",
    "grandson", "granddaughter", "husband", "wife", "mom", "dad", "mother", "father", "sister", "brother",
    "donor", "carrier", "surrogate", "gc", "girl", "boy", "moms", "dads", "esposo", "esposa", "mama", "papa",
    "hermana", "hermano", "donante", "gestante", "portadora", "receptora", "abuela", "abuelo", "suegra",
    "suegro", "nina", "nino",
    // ("is GC candidate Naw Paw's TX DL the one…": a donor's or carrier's application)
    "candidate", "candidata",
]);

/// A capitalized word right after a family word or "patient" ("their son Zayd", "su hija,
/// Inés", "our patient Sienna"): a name even when no list knows it or it is also a word.
fn named_by_relation(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    if i == 0 || !t.capitalized || t.all_caps || t.numeric {
        return false;
    }
    let gap = &a.text[a.tokens[i - 1].span.end..t.span.start];
    let w = strip_possessive(a.word(i));
    // "little Wren", "sweet Maeve", "la pequeña Ane" (not "Little Rock")
    let endearment = ENDEARMENTS.contains(a.word(i - 1))
        && !a.tokens[i - 1].capitalized;
    // "they named her Rosa", "le pusieron Milagros", "se llama Tomás": the baby's name
    let naming = matches!((i.checked_sub(2).map(|k| a.word(k)), a.word(i - 1)), (Some("named"), "her" | "him" | "them") | (Some("le" | "les"), "pusieron" | "puso") | (Some("se"), "llama" | "llamara"));
    crate::text::one_of(gap, crate::lines![" ", ", "])
        && (is_relation(a.word(i - 1)) || crate::text::one_of(a.word(i - 1), crate::lines!["patient", "paciente", "pt"]) || endearment || naming
            // "if you're Adaeze and you sent…"
            || crate::text::one_of(a.word(i - 1), crate::lines!["you're", "youre", "eres"])
            // ("doctorcito soy la Eulogia": someone naming themselves, with the article of speech)
            || i >= 2 && crate::text::one_of(a.word(i - 1), crate::lines!["la", "el"]) && a.word(i - 2) == "soy" && !a.tokens[i - 1].capitalized
            // "el DNI de Cathaysa Peñate", "a nombre de Xuan Prendes", "in the name of Ines
            // Salgado": the owner of a document
            || i >= 2 && match a.word(i - 1) {
                "de" | "del" => crate::text::one_of(a.word(i - 2), crate::lines!["dni", "nie", "nif", "pasaporte", "cedula", "curp", "nombre", "documento", "identificacion"]),
                "of" => a.word(i - 2) == "name",
                _ => false,
            }
            // ("the ultrasound report for Reina Osorto went to…": a record's owner, a given name and
            // a surname)
            || i >= 2 && crate::text::one_of(a.word(i - 1), crate::lines!["for", "of"]) && RECORDS.contains(a.word(i - 2))
                && a.tokens.get(i + 1).is_some_and(|n| n.capitalized && !n.all_caps && gap_is_space(a, i, i + 1))
            // "they walked back in carrying Maeve": the baby in their arms
            || crate::text::one_of(a.word(i - 1), crate::lines!["carrying", "holding", "cradling", "cargando", "cargaba"]) && a.place_at(i) == 0)
        // ("our Patient Experience office": a relation word in Title Case mid-sentence is part of a name)
        && (!a.tokens[i - 1].capitalized || a.tokens[i - 1].all_caps || starts_clause(a, i - 1))
        // ("free 'Baby Basics' prenatal class": a quoted title opens with the relation word)
        && !(a.tokens[i - 1].capitalized && matches!(a.text[..a.tokens[i - 1].span.start].chars().next_back(), Some('\'' | '"' | '“' | '‘')))
        && !INSTITUTION_WORDS.contains(&w)
        && !STAFF_ROLES.contains(&w)
        // ("Donor Egg 101 night", "Patient Portal", "Donante Óvulos"): a title, not a name
        && !RELATION_THINGS.contains(&w)
        && w.chars().count() >= 2
        && alphabetic_name(w)
        && !FUNCTION_WORDS.contains(&w)
        // ("su esposo Domingo": a given name, though a day is called so too)
        && (!CALENDAR.contains(&w) || relation_then_given_name(a, i))
}

/// "It belongs to Delphina Antone, who…", "pertenece a Nayeli Tsosie": the owner of a thing
/// found, by two words that can only be a name.
fn owner_named(a: &Analysis, i: usize) -> bool {
    i >= 2
        && matches!((a.word(i - 2), a.word(i - 1)), ("belongs", "to") | ("pertenece", "a"))
        && i + 1 < a.tokens.len()
        && gap_is_space(a, i, i + 1)
        && name_shaped(a, i)
        && name_shaped(a, i + 1)
        // (a thing found or left: not "the credit belongs to Planned Parenthood")
        && a.folded.s.has_line(crate::lines!["found", "left", "lost", "forgot", "encontr", "olvid", "dejo", "perdi"])
}

/// The paths of fundraiser and payment-page addresses in the text ("f/shewit-ivf-dream" of
/// "gofundme.com/f/shewit-ivf-dream"), read once per text: most texts have none.
fn fundraiser_paths<'a>(a: &'a Analysis) -> Vec<&'a str> {
    const HOSTS: &[&str] = &["gofundme.com/", "givebutter.com/", "fundly.com/", "spot.fund/", "paypal.me/", "venmo.com/", "cash.app/"];
    let s = &a.folded.s;
    s.match_indices('/').filter(|(k, _)| HOSTS.iter().any(|h| s[..k + 1].ends_with(h))).map(|(k, _)| s[k + 1..].split_whitespace().next().unwrap_or("")).collect()
}

/// "Please support Shewit here: gofundme.com/f/shewit-ivf-dream": a word that can only be a
/// name, and that one of the text's [`fundraiser_paths`] spells.
fn named_in_fundraiser(a: &Analysis, i: usize, paths: &[&str]) -> bool {
    let w = strip_possessive(a.word(i));
    !paths.is_empty() && w.len() >= 4 && name_shaped(a, i) && paths.iter().any(|path| path.split(|c: char| !c.is_alphanumeric()).any(|p| p == w))
}

/// "pls call Mbuyi back", "Aviso para Feliciana Kiambote: su monitor…", "Reminder for Tavita:",
/// "Nuestra Chepita": a word that can only be a name, someone to be called back, a notice's
/// addressee or one of the practice's own by a pet name.
fn called_back_or_noticed(a: &Analysis, i: usize) -> bool {
    if i == 0 || !name_shaped(a, i) {
        return false;
    }
    // (in one run of words: not "two of us are on call. Flying back to…")
    let called_back = crate::text::one_of(a.word(i - 1), crate::lines!["call", "text", "ring", "phone"]) && i + 1 < a.tokens.len() && a.word(i + 1) == "back" && gap_is_space(a, i - 1, i);
    // ("¡Nuestra Chepita lo logró a los 46!": the practice's own, by a Spanish pet name)
    let pet_name = crate::text::one_of(a.word(i - 1), crate::lines!["nuestra", "nuestro"]) && {
        let w = a.word(i);
        (w.ends_with("ita") || w.ends_with("ito")) && w.chars().count() >= 5 && !a.tokens.get(i + 1).is_some_and(|n| n.capitalized && gap_is_space(a, i, i + 1))
    };
    let noticed = i >= 2 && crate::text::one_of(a.word(i - 1), crate::lines!["para", "for"]) && crate::text::one_of(a.word(i - 2), crate::lines!["aviso", "recordatorio", "nota", "mensaje", "reminder", "note", "message", "notice"]) && {
        // the name runs to a colon: one or two more words that can only be names
        let mut end = i + 1;
        while end < a.tokens.len() && end < i + 3 && gap_is_space(a, end - 1, end) && name_shaped(a, end) {
            end += 1;
        }
        a.text[a.tokens[end - 1].span.end..].starts_with(':')
    };
    called_back || noticed || pet_name
}

/// "Nació Sisa, …", "la bebé de Nube Guamán": a word that can only be a name, right after a
/// Spanish birth or arrival, or after a word for a child or a parent and "de" (not "su esposo de
/// Claxton", where "de" is as often the town).
fn born_or_kin_of(a: &Analysis, i: usize) -> bool {
    if i == 0 || !name_shaped(a, i) || !gap_is_space(a, i - 1, i) {
        return false;
    }
    let born = crate::text::one_of(a.word(i - 1), crate::lines!["nacio", "nacieron", "llego", "llegaron"]);
    let kin_of = i >= 2
        && a.word(i - 1) == "de"
        && !a.tokens[i - 2].capitalized
        && gap_is_space(a, i - 2, i - 1)
        && crate::text::one_of(a.word(i - 2), crate::lines!["bebe", "bebita", "bebito", "hijo", "hija", "hijos", "mama", "papa"]);
    born || kin_of
}

/// "Felicidades a Andreína y a su esposo", "Kimberlee and her husband": a capitalized word
/// followed by "and her husband" is a person's given name, even one no list knows.
/// ("Millaray Huenchul y su pololo Diego": a surname no list knows may stand between.)
fn partner_follows(a: &Analysis, i: usize) -> bool {
    let conj = |j: usize| j < a.tokens.len() && crate::text::one_of(a.word(j), crate::lines!["and", "y", "e", "&"]);
    let surname = !conj(i + 1) && i + 1 < a.tokens.len() && conj(i + 2) && name_shaped(a, i + 1) && gap_is_space(a, i, i + 1);
    let c = if surname { i + 2 } else { i + 1 };
    if c + 2 >= a.tokens.len() || !conj(c) {
        return false;
    }
    let k = if a.word(c + 1) == "a" { c + 2 } else { c + 1 };
    k + 1 < a.tokens.len()
        && crate::text::one_of(a.word(k), crate::lines!["her", "his", "su"])
        && PARTNERS.contains(a.word(k + 1))
        && gap_is_space(a, c - 1, c)
        && name_shaped(a, i)
        && !STAFF_ROLES.contains(&strip_possessive(a.word(i)))
}

/// Who a person is named with ("X and her husband", "Solveig and her family").
static PARTNERS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "husband", "wife", "partner", "fiance", "fiancee", "esposo", "esposa", "marido", "pareja", "novio", "novia", "prometido", "prometida",
    "boyfriend", "girlfriend", "hubby", "pololo", "polola",
    "family", "familia", "kids", "children", "hijos", "hijas", "mom", "mother", "mama", "madre",
]);

/// "our copy for Teuila M. (HI lic…)", "Tavita L., if you see this": a given name no list knows,
/// then a surname's initial, then a bracket or a comma.
fn initial_follows(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    let rest = &a.text.as_bytes()[t.span.end..];
    let shape = rest.len() >= 5 && rest[0] == b' ' && rest[1].is_ascii_uppercase() && rest[2] == b'.' && rest[3] == b' ' && matches!(rest[4], b'(' | b'[')
        // ("(member ID 4471-882-09, name Hyun-woo P.)": closing a bracket)
        || rest.len() >= 4 && rest[0] == b' ' && rest[1].is_ascii_uppercase() && rest[2] == b'.' && rest[3] == b')'
        || rest.len() >= 4 && rest[0] == b' ' && rest[1].is_ascii_uppercase() && rest[2] == b'.' && rest[3] == b',';
    if !shape {
        return false; // the cheap test first: almost no word is followed by an initial
    }
    let w = a.word(i);
    !(i == 0 || !t.capitalized || t.all_caps || t.numeric || w.chars().count() < 3 || !alphabetic_name(w) || FUNCTION_WORDS.contains(&w) || a.lex.name_stopwords.contains(w) || INSTITUTION_WORDS.contains(&w) || a.place_at(i) > 0)
}

/// "Medeiros (MRN 4471-0926)", "Okafor, DOB 3/4/88": a capitalized word followed by a record
/// number or a birth date is the person they belong to.
fn record_follows(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    if !t.capitalized || t.all_caps || t.numeric || !alphabetic_name(a.word(i)) || FUNCTION_WORDS.contains(&a.word(i)) {
        return false;
    }
    // ("contratista de Pasadena (MRN 40091827)": where the person is from)
    if i > 0 && crate::text::one_of(a.word(i - 1), crate::lines!["de", "of", "from", "in", "en", "desde"]) && a.place_at(i) > 0 {
        return false;
    }
    // ("Pulled MRN KS-0082715 for…": a verb opening the sentence, not a surname)
    let w = a.word(i);
    if (w.ends_with("ed") || w.ends_with("ing")) && a.sentences[a.sentence_at(t.span.start)].start == t.span.start && !a.lex.first_names.contains(w) {
        return false;
    }
    // (only the next few characters are read: the rest of a long text is never copied; and
    // nothing is copied unless a bracket, comma or space is followed by a letter m, d, c or r)
    let after = &a.text[t.span.end..];
    let lead = after.trim_start_matches([' ', ',', '(']).as_bytes().first().map(|b| b.to_ascii_lowercase());
    if !matches!(lead, Some(b'm' | b'd' | b'c' | b'r')) {
        return false;
    }
    let near = &after[..(0..=after.len().min(16)).rev().find(|&k| after.is_char_boundary(k)).unwrap_or(0)];
    let rest = near.trim_start_matches([' ', ',', '(']).to_ascii_lowercase();
    ["mrn", "dob", "d.o.b", "chart #", "record #"].iter().any(|l| rest.starts_with(l) && rest[l.len()..].starts_with([' ', ':', '#']))
        && a.text[t.span.end..].starts_with([' ', ','])
}

/// "Just got off the phone with Sione Fifita (702-555-0187)": two capitalized words no list
/// need know, talked with, then a phone number in brackets, are a person and their line (not
/// "Call Shady Grove (301-…)", a business to call).
fn phone_follows(a: &Analysis, i: usize) -> bool {
    if i == 0 || !crate::text::one_of(a.word(i - 1), crate::lines!["with", "to", "from", "con", "a"]) {
        return false;
    }
    let word_ok = |k: usize| {
        let t = &a.tokens[k];
        t.capitalized && !t.all_caps && !t.numeric && alphabetic_name(a.word(k)) && !FUNCTION_WORDS.contains(&a.word(k)) && !INSTITUTION_WORDS.contains(&a.word(k)) && !a.lex.name_stopwords.contains(a.word(k))
    };
    if i + 1 >= a.tokens.len() || !word_ok(i) || !word_ok(i + 1) || !gap_is_space(a, i, i + 1) || a.place_at(i) > 0 {
        return false;
    }
    let rest = a.text[a.tokens[i + 1].span.end..].as_bytes();
    rest.starts_with(b" (") && rest.get(2).is_some_and(|b| b.is_ascii_digit() || *b == b'(' || *b == b'+') && rest.iter().skip(2).take(16).filter(|b| b.is_ascii_digit()).count() >= 10
}

/// Token `i` is one of three or more places of a range, "from X to Y to Z": "families from
/// Lima to Ahmedabad to Alexandria" names no one's town (one person may travel "from Lima to
/// Dayton").
pub fn in_place_range(a: &Analysis, i: usize) -> bool {
    let capitalized = |k: usize| a.tokens.get(k).is_some_and(|t| t.capitalized);
    let to_next = |k: usize| a.tokens.get(k + 1).is_some() && a.word(k + 1) == "to" && capitalized(k + 2);
    // (back over "to <Capitalized>" steps to "from", then on over the steps after `i`)
    let mut first = i;
    while first >= 2 && a.word(first - 1) == "to" && capitalized(first - 2) {
        first -= 2;
    }
    if first == 0 || a.word(first - 1) != "from" {
        return false;
    }
    let mut last = i;
    while to_next(last) {
        last += 2;
    }
    // ("thank you to everyone who called their reps, from Savannah to Dalton": two ends of a
    // map, in a sentence about many people)
    (last - first) / 2 >= 2
        || last > first && a.sentence_folded(a.sentence_at(a.tokens[i].span.start)).has_line(crate::lines!["everyone", "everybody", "all of you", "y'all", "todos", "todas", "communities", "comunidades"])
}

/// "trained at Emory", "graduated from Baylor": an institution after a career verb.
/// (or the name's second word: "trained at Sarah Lawrence")
fn after_career_verb(a: &Analysis, i: usize) -> bool {
    let at = |k: usize| k >= 2 && crate::text::one_of(a.word(k - 1), crate::lines!["at", "from", "in", "en", "de"]) && CAREER_VERBS.contains(a.word(k - 2));
    let after_verb = |k: usize| at(k) || k >= 1 && a.tokens[k - 1].capitalized && gap_is_space(a, k - 1, k) && at(k - 1);
    // ("trained at UPR and Emory": the second of two places joined by "and")
    after_verb(i) || i >= 2 && crate::text::one_of(a.word(i - 1), crate::lines!["and", "y", "&"]) && a.tokens[i - 2].capitalized && after_verb(i - 2)
}

/// Token `i` comes after "home to" or "back to" ("flew home to Bethel", "the flight back to
/// Dillingham"): the place someone travels to.
pub fn travel_before(a: &Analysis, i: usize) -> bool {
    i >= 2
        && gap_is_space(a, i - 1, i)
        && (a.word(i - 1) == "to" && crate::text::one_of(a.word(i - 2), crate::lines!["home", "back"])
            // ("anyone heading toward Alice today?")
            || crate::text::one_of(a.word(i - 1), crate::lines!["toward", "towards"]) && crate::text::one_of(a.word(i - 2), crate::lines!["heading", "headed", "head", "driving", "drive", "going"]))
}

/// Token `i` comes after "born in", "lives in", "grew up in", "nació en", "vive en": where
/// someone was born or lives ("Yurany nació en Jericó").
pub fn home_before(a: &Analysis, i: usize) -> bool {
    // ("vive por Wanchaq": lives around there)
    if i >= 2 && a.word(i - 1) == "por" && crate::text::one_of(a.word(i - 2), crate::lines!["vive", "vivia", "viven", "vivian"]) {
        return true;
    }
    if i < 2 || !crate::text::one_of(a.word(i - 1), crate::lines!["en", "in"]) || !gap_is_space(a, i - 1, i) {
        return false;
    }
    // ("lives allll the way down in Bayou La Batre", "vive allá en Lares": after "lives", a
    // few words of distance may stand between)
    let mut k = i - 2;
    while k > 0 && i - 2 - k < 4 && HOME_FILLER.contains(a.word(k)) {
        k -= 1;
    }
    let w = a.word(i - 2);
    crate::text::one_of(a.word(k), crate::lines!["lives", "lived", "living", "vive", "vivia", "viven"])
        || HOME_VERBS.contains(w)
        || w == "up" && i >= 3 && crate::text::one_of(a.word(i - 3), crate::lines!["grew", "grow", "growing", "grows"])
        // ("last known address is in Mobile", "su domicilio está en Lares")
        || crate::text::one_of(w, crate::lines!["is", "was", "esta", "es"]) && i >= 3 && crate::text::one_of(a.word(i - 3), crate::lines!["address", "residence", "domicilio", "direccion"])
        // ("Nació el 3 de mayo en Dayton", "born March 2 in Lorain": where a baby was born, a date between)
        // (not a holiday: "nació el 14 de febrero, justo en San Valentín")
        || a.words_before(a.tokens[i - 1].span.start, 6).iter().any(|w| crate::text::one_of(w, crate::lines!["nacio", "nacieron", "born"]))
            && !crate::text::one_of(a.word(i), crate::lines!["navidad", "nochebuena", "christmas", "thanksgiving", "easter"])
            && !(a.word(i) == "san" && a.tokens.get(i + 1).is_some_and(|_| a.word(i + 1) == "valentin"))
}

/// Words right before "in"/"en" that say someone was born or lives there.
static HOME_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "nacio", "naci", "nacida", "nacido", "vive", "vivo", "vivia", "vivio", "viven", "crecio", "creci", "criada", "criado", "born", "raised", "lives", "lived", "living",
]);

/// Words of distance between "lives" and "in" ("all the way down", "allá").
static HOME_FILLER: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "all", "allll", "alll", "the", "way", "down", "out", "over", "right", "just", "far", "off", "alla", "alli", "aca", "por",
]);

/// Token `i` comes after someone described by their job and "from" ("our 41-year-old teacher
/// from Sabana Grande"): where that person is from.
pub fn after_worker_from(a: &Analysis, i: usize) -> bool {
    i >= 2 && crate::text::one_of(a.word(i - 1), crate::lines!["from", "de"]) && a.cues.occupation_words().contains(a.word(i - 2))
}

/// A name-like word right after a locative word that is also a known place ("in Mission",
/// "sede de Kendall") is the place.
fn is_place_here(a: &Analysis, i: usize) -> bool {
    // "46023 València", "08036 Barcelona": a postcode before the town
    let postcode = || a.tokens[i - 1].numeric && a.word(i - 1).len() == 5 && gap_is_space(a, i - 1, i);
    // "así trabajamos en Providencia", "we're located in Maryvale": where the practice works
    let practice_here = || i > 1 && crate::text::one_of(a.word(i - 1), crate::lines!["en", "in"]) && crate::text::one_of(a.word(i - 2), crate::lines!["trabajamos", "atendemos", "estamos", "operamos", "ubicados", "ubicadas", "located", "based", "work", "practice"]);
    // "in Denver and Cheyenne": a known place joined to a place just placed
    let listed_after_place = || {
        i > 1
            && crate::text::one_of(a.word(i - 1), crate::lines!["and", "y", "or", "o", "&"])
            && a.place_at(i) > 0
            && (i.saturating_sub(4)..i - 1).any(|k| k > 0 && a.place_at(k) == i - 1 - k && locative_before(a, k))
    };
    // ("outreach days: Pierre (2nd Tues), Mobridge (3rd Wed)": a known place, then when the
    // clinic is there)
    let scheduled = || {
        a.place_at(i) > 0
            && a.text[a.tokens[i].span.end..].trim_start_matches(' ').starts_with('(')
            && (i + 1..a.tokens.len().min(i + 5)).any(|k| CALENDAR.contains(a.word(k)))
    };
    scheduled()
        || i > 0 && (postcode() || practice_here() || listed_after_place())
        || i > 0
        && (locative_before(a, i) || travel_before(a, i) || crate::text::one_of(a.word(i - 1), crate::lines!["our", "nuestra", "nuestro", "the", "around"]))
        && a.place_at(i) > 0
        // ("in Austin Tran's chart": a surname after it; "in Austin to testify" is lower case)
        && !(i + 1 < a.tokens.len() && gap_is_space(a, i, i + 1) && a.tokens[i + 1].capitalized && a.lex.surnames.contains(a.word(i + 1)))
        // ("the Hollins embryos", "the Haskins family": a surname that is also a town, naming a
        // case or a family)
        && !(surname_names_case(a, i) || a.word(i - 1) == "the" && a.lex.surnames.contains(a.word(i)) && i + 1 < a.tokens.len() && gap_is_space(a, i, i + 1) && crate::text::one_of(a.word(i + 1), crate::lines!["family", "family's"]))
}

/// Nouns after which Spanish "de" means "from" or "of the place" rather than "of".
static DE_PLACE_NOUNS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "hospital", "ciudad", "pueblo", "sede", "clinica", "condado", "area", "zona", "barrio", "colonia", "es", "son", "era", "eres", "farmacia",
    "viene", "vienen", "originaria", "originario", "llego", "llegaron", "vive", "viven", "familia", "paciente",
    "pacientes", "senora", "senor", "chica", "mujer", "pareja", "residente", "oficina", "consultorio", "centro",
    "anos", "ano", "edad", "vecina", "vecino", "vecinos", "vecinas", "nativa", "nativo", "oriunda", "oriundo",
    "matrimonio", "muchacha", "muchacho", "joven", "senorita", "familias", "parejas",
    // ("la gestante subrogada de Wasilla")
    "subrogada", "subrogado", "gestante", "portadora",
    // ("la expaciente de Pembroke Pines", "la donante de Hialeah")
    "expaciente", "expacientes", "donante",
    // ("Mabrouk to the Khoury family of Wheeling!": a household, then where it lives)
    "family", "couple",
    // near or outside a place ("su granja cerca de Hayward", "a las afueras de Ponce")
    "cerca", "lejos", "afueras", "alrededores",
    // where someone works or studies ("maestra en una escuela de Turrialba"), and anyone from there
    "escuela", "colegio", "liceo", "universidad", "empresa", "fabrica", "finca", "alguien",
]);

/// Months and weekdays (and weekday abbreviations): capitalized, in the name lists, never part
/// of a name, even after "donor," ("egg donor, Thurs screening").
pub static CALENDAR: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "enero", "febrero",
    "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "lunes",
    "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "mon", "tue", "tues", "wed", "weds", "thu", "thur",
    "thurs", "fri", "sat",
]);

/// Days of the week, in English and Spanish (folded).
pub static WEEKDAYS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
]);

/// Whether the word before token `i` places it: "in", "from", "en", or "de" after a place noun
/// or a person's name ("Ernesto Paredes de Edinburg").
pub fn locative_before(a: &Analysis, i: usize) -> bool {
    match a.word(i - 1) {
        "in" | "at" | "from" | "near" | "outside" | "en" | "desde" | "cerca" | "downtown" | "uptown" | "midtown" => true,
        // ("trabaja en la pizca de tomate por Vincennes": around there)
        "por" => a.lang == crate::options::Lang::Es,
        // ("so you don't have to drive to Jackson for every scan": where one travels to)
        "to" => i >= 2 && crate::text::one_of(a.word(i - 2), crate::lines!["drive", "drove", "driving", "drives", "fly", "flew", "flying", "travel", "traveling", "travelled", "traveled", "commute", "commuting", "moved", "move", "moving", "relocated", "head", "headed", "heading"]),
        // ("flying in from Texas or Cali": a second place, listed after the first)
        "or" | "and" | "o" | "y" => {
            i >= 3 && a.tokens[i - 2].capitalized && gap_is_space(a, i - 2, i - 1) && locative_before(a, i - 2) && (US_STATES.contains(&a.word(i - 2)) || a.place_at(i - 2) > 0)
        }
        "de" | "of" => {
            i >= 2 && {
                let before = a.word(i - 2);
                DE_PLACE_NOUNS.contains(&before)
                    // ("Sus papás de Reading no caben de la emoción"; not "el grupo de Mamás de
                    // Odessa", a group's name)
                    || !a.tokens[i - 2].capitalized && crate::text::one_of(before, crate::lines!["papas", "padres", "mamas", "abuelos", "esposo", "esposa", "marido", "novio", "novia"])
                    // "Marisol, la de Pawtucket": the one from there
                    || crate::text::one_of(before, crate::lines!["la", "el"]) && a.tokens[i].capitalized && i >= 3 && a.text[..a.tokens[i - 2].span.start].trim_end().ends_with(',')
                    // "una profesora de Rancagua", "boricua de Hunting Park"
                    || a.cues.occupation_words().contains(before)
                    // ("las familias hondureñas de Houston": in the plural too)
                    || SPANISH_DEMONYMS.contains(before.strip_suffix('s').unwrap_or(before))
                    // ("la paciente de 29 de Moca": her age between)
                    || i >= 4 && before.len() <= 2 && a.tokens[i - 2].numeric && a.word(i - 3) == "de" && DE_PLACE_NOUNS.contains(&a.word(i - 4))
                    // "la maestra de kínder de Colima", "una profesora de primaria de Rancagua"
                    || i >= 4 && a.word(i - 3) == "de" && !a.tokens[i - 2].capitalized && a.cues.occupation_words().contains(a.word(i - 4))
                    || a.tokens[i - 2].capitalized && (a.lex.surnames.contains(before) || a.lex.first_names.contains(before))
                    // "Doña Yolanda Justiniano, de Montero": a person found, a comma, "de"
                    || a.text[a.tokens[i - 2].span.end..a.tokens[i - 1].span.start].trim() == ","
                        && a.people.iter().any(|p| p.name_tokens.end == i - 1)
                    // ("congrats to Hodan Warsame of St. Cloud": a private person found, then
                    // "of"; not Spanish "de", which also joins married names: "López de Carrillo")
                    || a.word(i - 1) == "of" && a.people.iter().any(|p| p.name_tokens.end == i - 1 && p.kind != PersonKind::Staff)
                    // ("Brooke Ellison, 33, of Leadville", "Maritza Ochoa, 38 años, de Jarabacoa": her
                    // age between commas after her name)
                    || age_between_commas(a, i - 1).is_some_and(|k| a.people.iter().any(|p| p.name_tokens.end == k && p.kind != PersonKind::Staff))
            }
        }
        _ => false,
    }
}

/// For "of" or "de" at token `of`: where the age set off by commas before it starts, as in
/// "…Ellison, 33, of" or "…Ochoa, 38 años, de" (the token index of the number).
fn age_between_commas(a: &Analysis, of: usize) -> Option<usize> {
    let comma = |x: usize, y: usize| a.text.get(a.tokens[x].span.end..a.tokens[y].span.start).is_some_and(|g| g.trim() == ",");
    let last = of.checked_sub(1)?;
    let years = crate::text::one_of(a.word(last), crate::lines!["años", "anos", "yo", "y/o"]);
    let number = if years { last.checked_sub(1)? } else { last };
    let age = a.tokens[number].numeric && a.word(number).len() <= 2 && a.word(number).parse::<u32>().is_ok_and(|n| (18..=60).contains(&n));
    (age && number >= 1 && comma(last, of) && comma(number - 1, number)).then_some(number)
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").unwrap_or(w)
}

/// Extends a name over following capitalized name words ("Rosa Elena Villalobos",
/// "Oliver Nakamura-Stone", "Ms. K"). Returns the end token index (exclusive).
/// Token `i` has a word before it in its sentence (its capital is not the sentence's).
fn mid_sentence(a: &Analysis, i: usize) -> bool {
    a.text[a.sentences[a.sentence_at(a.tokens[i].span.start)].start..a.tokens[i].span.start].chars().any(char::is_alphanumeric)
}

fn extend_name(a: &Analysis, mut j: usize, after_title: bool) -> usize {
    let start = j;
    if after_title {
        j += 1; // the word after the title is the name, whatever it is
        // "Miss Hattie Brisbane": a known first name after the title, then a surname no list
        // knows (or knows as a place)
        if j < a.tokens.len() && gap_is_space(a, j - 1, j) && !a.word(j - 1).ends_with("'s") && (in_list(&a.lex.first_names, a.word(j - 1)) || !in_list(&a.lex.surnames, a.word(j - 1))) && unlisted_surname(a, j) {
            j += 1;
        }
    }
    while j < a.tokens.len() && j < start + 3 && gap_is_space(a, j - 1, j) {
        let t = &a.tokens[j];
        let w = strip_possessive(a.word(j));
        let previous_possessive = a.word(j - 1).ends_with("'s");
        // ("Yaritza Del Valle", "Ana De La Cruz": a capitalized particle, then a listed surname)
        if t.capitalized && !t.all_caps && crate::text::one_of(w, crate::lines!["del", "de"]) && !previous_possessive {
            let la = a.tokens.get(j + 1).is_some_and(|x| x.capitalized && a.word(j + 1) == "la" && gap_is_space(a, j, j + 1));
            let k = if la { j + 2 } else { j + 1 };
            if a.tokens.get(k).is_some_and(|x| x.capitalized && !x.all_caps && gap_is_space(a, k - 1, k) && surname_listed(a, strip_possessive(a.word(k)))) {
                j = k + 1;
                break;
            }
        }
        // A capitalized surname right after a given name is part of the name even when it is
        // also a word ("Brandon Foster", "Ana Rosa").
        // ("Mr. Nguyễn Văn Khoa", "Trần Thị Mai": a Vietnamese middle name, then the given name)
        let vietnamese_given = j == start + 2 && crate::text::one_of(a.word(j - 1), crate::lines!["van", "thi"]) && !a.text[a.tokens[j - 1].span.clone()].is_ascii() && alphabetic_name(w);
        let name_like = t.capitalized
            && !t.all_caps
            && !t.numeric
            && (surname_listed(a, w) || in_list(&a.lex.surnames, w) || in_list(&a.lex.first_names, w) || vietnamese_given)
            && !FUNCTION_WORDS.contains(&w)
            && !CALENDAR.contains(&w)
            && !INSTITUTION_WORDS.contains(&w);
        // "Lorna Pettibone", "Jessica Alvarado Pincay": a listed given name (and a listed
        // surname), then a capitalized surname no list knows
        let unlisted_after_given = !after_title
            && start >= 1
            && (j == start || j == start + 1 && in_list(&a.lex.surnames, a.word(start)))
            && in_list(&a.lex.first_names, a.word(start - 1))
            // ("sending Dale Trevithick's semen analysis": a given name that is also a word, when
            // capitalized mid-sentence before a surname's possessive)
            && (!a.lex.name_stopwords.contains(a.word(start - 1)) || a.word(j).ends_with("'s") && mid_sentence(a, start - 1))
            && a.place_at(start - 1) == 0
            && !US_STATES.contains(&a.word(start - 1))
            && unlisted_surname(a, j);
        // ("el DNI de Cathaysa Peñate Curbelo": a Spanish name's second surname, after a first
        // one a list knows, though no list knows the given name)
        let second_surname = !after_title && a.lang == crate::options::Lang::Es && j == start + 1 && in_list(&a.lex.surnames, a.word(start)) && unlisted_surname(a, j);
        // ("Mai Nou Her": the Hmong clan name Her, capitalized after a given name)
        let clan_her = j > start && w == "her" && t.capitalized && !t.all_caps;
        let park = t.capitalized && !t.all_caps && surname_park(a, j);
        if !(name_like || unlisted_after_given || second_surname || clan_her || park) || previous_possessive {
            break;
        }
        j += 1;
    }
    j
}

/// (or two words after one: "Fort Sam Houston", "San Luis Potosí")
fn after_place_prefix(a: &Analysis, i: usize) -> bool {
    // (Spanish street and neighbourhood words in lower case too: "por la calle Mitchell")
    let prefix_at = |k: usize| PLACE_PREFIXES.contains(&a.word(k)) && (a.tokens[k].capitalized || SPANISH_STREET_TYPES.contains(a.word(k)) || crate::text::one_of(a.word(k), crate::lines!["colonia", "barrio", "fraccionamiento"]));
    // ("Av. Mariscal López 3340": the abbreviation's period before the first word)
    let gap_after_prefix = |k: usize| gap_is_space(a, k, k + 1) || a.text[a.tokens[k].span.end..a.tokens[k + 1].span.start] == *". ";
    i > 0 && prefix_at(i - 1) || i > 1 && prefix_at(i - 2) && a.tokens[i - 1].capitalized && gap_after_prefix(i - 2) && gap_is_space(a, i - 1, i)
}

/// A capitalized word in the middle of a run of capitalized non-name words is part of a
/// title or an organisation ("Blue Heron IVF", "Featured Family Friday").
fn inside_proper_phrase(a: &Analysis, i: usize) -> bool {
    if i == 0 || !gap_is_space(a, i - 1, i) {
        return false;
    }
    let prev = &a.tokens[i - 1];
    let prev_word = a.word(i - 1);
    prev.capitalized
        && !starts_clause(a, i - 1)
        && !a.lex.first_names.contains(prev_word)
        && !COURTESY_TITLES.contains(&prev_word)
        && !STAFF_TITLES.contains(&prev_word)
        && !PRIVATE_BEFORE.contains(&prev_word)
}

/// Whether token `k` opens a sentence or a clause (after a quote, colon, dash or bracket), where
/// any word is capitalized.
fn starts_clause(a: &Analysis, k: usize) -> bool {
    let start = a.tokens[k].span.start;
    let before = a.text[..start].trim_end_matches([' ', '\t']);
    before.is_empty()
        || before.ends_with(['.', '!', '?', ':', '\'', '"', '(', '\n', '—', '-', '“', '‘', '…'])
        || a.sentences.iter().any(|s| s.start == start)
        || before.chars().next_back().is_some_and(|c| !c.is_alphanumeric() && !c.is_ascii_punctuation())
}

pub fn followed_by_institution(a: &Analysis, end: usize) -> bool {
    end < a.tokens.len() && gap_is_space(a, end - 1, end) && a.tokens[end].capitalized && {
        let w = a.word(end);
        !surname_park(a, end) && (INSTITUTION_WORDS.contains(&w) || w.ends_with("'s") && INSTITUTION_WORDS.contains(&strip_possessive(w)))
    }
}

/// "Eun-ji Park": token `k` is the surname Park after a hyphenated (Korean) given name, not a
/// park.
fn surname_park(a: &Analysis, k: usize) -> bool {
    strip_possessive(a.word(k)) == "park" && a.word(k - 1).contains('-')
}

/// "our Ogden and Logan offices", "la sede de Lerma": the words after a name are the practice's
/// site (in lower case, so not [`followed_by_institution`]), directly or after "and" and one
/// more capitalized word.
fn office_after(a: &Analysis, end: usize) -> bool {
    // ("Orlando team: …", "Orlando front desk, …": the practice's people at a site, right after
    // the name)
    let office = |k: usize| {
        k < a.tokens.len()
            // ("the Becton Dickinson rep who brought the facturas": a company's)
            && (crate::text::one_of(a.word(k), crate::lines!["office", "offices", "location", "locations", "clinic", "clinics", "campus", "campuses", "sites", "rep", "reps"])
                || gap_is_space(a, k - 1, k) && (crate::text::one_of(a.word(k), crate::lines!["team", "teams", "staff", "crew"]) || a.word(k) == "front" && a.tokens.get(k + 1).is_some() && a.word(k + 1) == "desk"))
    };
    office(end) || end + 2 < a.tokens.len() && crate::text::one_of(a.word(end), crate::lines!["and", "y", "or"]) && a.tokens[end + 1].capitalized && office(end + 2)
}

/// Whether sentence `i` tells a court's ruling ("la sentencia de la Corte IDH", "the court
/// ruled", "landmark case"): the parties of a caption in it are on the public record.
fn tells_ruling(a: &Analysis, i: usize) -> bool {
    a.sentence_folded(i).has_line(crate::lines!["sentencia", "fallo", "ruling", "ruled", "landmark", "caso emblematico", "corte", "court", "tribunal"])
}

/// Staff, public or private from the words around the name (same sentence).
fn classify(a: &Analysis, first: usize, end: usize) -> PersonKind {
    let sentence = a.sentence_at(a.tokens[first].span.start);
    let s_range = a.sentences[sentence].clone();
    let before: Vec<&str> = (first.saturating_sub(6)..first)
        .filter(|&k| a.tokens[k].span.start >= s_range.start)
        .map(|k| a.word(k))
        .collect();
    let after: Vec<&str> = (end..(end + 5).min(a.tokens.len()))
        .filter(|&k| a.tokens[k].span.end <= s_range.end)
        .map(|k| a.word(k))
        .collect();
    let prev = before.last().copied().unwrap_or("");
    // ("Quick win for our front desk: patient Mr. Raúl Cisneros asked us…": called a patient,
    // with or without a title between, whatever team the sentence names)
    // (the word right before, a space apart: not "coordinadora de servicio al paciente, Leidy…")
    let titled = COURTESY_TITLES.contains(prev) && first >= 1;
    // (only the last bytes before the name are lowered: the longest phrase read is 19 bytes)
    let lead = &a.text[..a.tokens[if titled { first - 1 } else { first }].span.start];
    let lead = crate::text::lower(&lead[lead.floor_char_boundary(lead.len().saturating_sub(24))..]);
    let patient_word = ["patient ", "paciente ", "pt "].iter().find_map(|p| lead.strip_suffix(p));
    if patient_word.is_some_and(|b| !crate::text::ends_with_line(b, crate::lines![" al", " del", " de", " to the", " for the"])) {
        return PersonKind::Private;
    }
    // ("it's Coleen from the Draper office", "soy Marta de recepción": the writer, calling for
    // the practice)
    if crate::text::one_of(prev, crate::lines!["it's", "its", "soy"]) && matches!(after.first().copied(), Some("from" | "de" | "at")) {
        return PersonKind::Staff;
    }
    // ("Soy Itzel, enfermera de nuestro equipo", "I'm Dana, a nurse here": the writer, by her job)
    let role_after = after.iter().skip_while(|w| crate::text::one_of(w, crate::lines!["a", "an", "la", "el", "una", "un", "your", "tu", "su"])).next().is_some_and(|w| STAFF_ROLES.contains(w));
    if crate::text::one_of(prev, crate::lines!["soy", "i'm", "im"]) && role_after {
        return PersonKind::Staff;
    }
    // ("Huge thanks to Dwayne, Priya and the whole bench team", "gracias a Leti, Moni y todo el
    // equipo"): names listed before the rest of the team are the team's
    if listed_with_team(a, end, &s_range) {
        return PersonKind::Staff;
    }
    // ("Os presentamos al equipo de embriología de Barcelona 🔬 Jordi, Aitana y Marta…", "Meet
    // our nursing team: …"): names in a sentence that opens by introducing the team (not a
    // "'meet the team' photo" mentioned later)
    if crate::text::starts_with_line(a.sentence_folded(sentence).trim_start_matches(|c: char| !c.is_alphanumeric()), crate::lines!["os presentamos al equipo", "les presentamos al equipo", "te presentamos al equipo", "presentamos al equipo", "presentamos a nuestro equipo", "presentamos a nuestra", "conozcan al equipo", "conoce al equipo", "conozcan a nuestro equipo", "meet our team", "meet the team", "meet our nursing", "meet our embryology", "meet our lab", "meet the lab", "meet our front"]) {
        return PersonKind::Staff;
    }
    // "(Chen et al., 2016)": an author cited
    let rest = a.text[a.tokens[end - 1].span.end..].trim_start();
    let cited = rest.starts_with("et al");
    // ("(Artavia Murillo y otros vs. Costa Rica)", "Obergefell v. Hodges"): a party named in a
    // case's caption, before its "v." (the cases of a practice are the legal rule's)
    let caption = crate::text::starts_with_line(rest, crate::lines!["v. ", "vs. ", "vs ", "y otros vs", "y otras vs", "et al. v", "and others v"]) && tells_ruling(a, sentence);
    let cited = cited || caption;
    if PUBLIC_ROLES.contains(&prev) || speaks_publicly(a, sentence) || cited {
        return PersonKind::Public;
    }
    // ("you're the night nurse and Renee Sampson (39, Sun Valley…) texts you": an age in
    // brackets right after the name is a private person's, whatever role stood before)
    let aged_after = a.text[a.tokens[end - 1].span.end..].strip_prefix(" (").is_some_and(|r| {
        let b = r.as_bytes();
        b.len() > 2 && b[..2].iter().all(u8::is_ascii_digit) && (b'1'..=b'6').contains(&b[0]) && matches!(b[2], b',' | b')' | b'F' | b'M' | b'f' | b'm')
    });
    if aged_after {
        return PersonKind::Private;
    }
    // "Meet Haruto Saito, our new andrology supervisor", "Say hello to Obinna, our new RN";
    // "Thank you so much, Anahí Cervantes!"
    let credential = after.first().is_some_and(|w| STAFF_AFTER.contains(w)) && a.text[a.tokens[end - 1].span.end..].starts_with(',');
    // ("nuestra coordinadora de servicio al paciente, Leidy Caicedo": the patient word ends a role)
    // (not "Equipo: la paciente Josune…": an article before the patient word makes her one)
    let role_ends_in_patient = crate::text::one_of(prev, crate::lines!["paciente", "pacientes", "patient", "patients"])
        && !before.iter().rev().nth(1).is_some_and(|w| crate::text::one_of(w, crate::lines!["la", "el", "the", "a", "una", "un", "our", "nuestra", "nuestro", "my", "mi"]))
        && before.iter().rev().skip(1).take(4).any(|w| STAFF_ROLES.contains(w) && !crate::text::one_of(*w, crate::lines!["our", "nuestra", "nuestro"]));
    if (PRIVATE_BEFORE.contains(&prev) && prev != "welcome" && !role_ends_in_patient || after_thanks(a, first) || set_off_as_patient(a, first)) && !staff_appositive(&after) && !credential {
        return PersonKind::Private;
    }
    // "our embryologist Ingrid", "nurse manager Jo", "practice manager, Brenda Olsen"
    // ("the lab queue for Marisol": after "for", "to" or "about" the name is who the role
    // works for, not the role)
    let for_someone = crate::text::one_of(prev, crate::lines!["for", "to", "about", "para", "sobre"])
        // ("PSA for the front desk: Teodoro Lugo's semen analysis…": a heading before a colon)
        || a.text[..a.tokens[first].span.start].trim_end().ends_with(':')
        // ("Note to the front desk: Mr. Halvorsen's consult notes…": also with a title between)
        || first > 0 && COURTESY_TITLES.contains(&a.word(first - 1)) && a.text[..a.tokens[first - 1].span.start].trim_end().ends_with(':');
    // (only role words, titles and "of/de" between the role and the name: "our patient advocate,
    // Ms. Okoro-Lindgren", "nuestra clínica de Valencia"; not "the donor team knows Thuy Nguyen")
    // ("nuestra gerente de práctica, Ivelisse Mota": any one word after "de" or "of")
    let between: Vec<&str> = before.iter().rev().take_while(|w| !STAFF_ROLES.contains(*w) || crate::text::one_of(**w, crate::lines!["our", "nuestra", "nuestro"])).copied().collect();
    let joined_to_role = between.iter().enumerate().all(|(j, w)| {
        ROLE_JOINERS.contains(w)
            || between.get(j + 1).is_some_and(|p| crate::text::one_of(*p, crate::lines!["de", "del", "of"]))
    });
    // ("Lost & found at the front desk 🪪 Ingrid Aasgaard, your driver's license…": a place
    // named for a role, then the person the post speaks to)
    let spoken_to_after = a.text[a.tokens[end - 1].span.end..].starts_with(", your ") && before.iter().any(|w| crate::text::one_of(*w, crate::lines!["at", "in", "from"]));
    let role_before = !for_someone && !spoken_to_after && joined_to_role && before.iter().rev().take(3.max(between.len() + 1)).any(|w| STAFF_ROLES.contains(w) && *w != "our" && *w != "nuestra" && *w != "nuestro")
        && before.iter().any(|w| ROLE_DETERMINERS.contains(*w))
        // ("in the nurse station 🎉 Haley Brewster…": a place named for nurses, not a title)
        || before.iter().rev().take(2).enumerate().any(|(k, w)| {
            crate::text::one_of(w, crate::lines!["nurse", "enfermera", "enfermero", "doctora", "dr", "dra"])
                && !(k == 1 && crate::text::one_of(before[before.len() - 1], crate::lines!["station", "stations", "line", "desk", "lounge", "room", "team", "call"]))
                // ("you're the nurse calling Rashida back": a verb between, the name its object)
                && !(k == 1 && {
                    let verb = before[before.len() - 1];
                    verb.len() > 4 && verb.ends_with("ing") || CONTACTED.contains(verb)
                })
        })
        // "thanks to embryologist Tran Nguyen", "embryologists Tran Nguyen and …": a job as a title
        || !for_someone && before.last().is_some_and(|w| JOB_TITLES.contains(w));
    // "Staff potluck results are in: Nadia's risotto took first place"
    // ("Special shoutout to Irina Schmidt, who stopped by between her husband's sperm retrieval…")
    let own_care = a.care[sentence]
        && a.sentence_folded(sentence).has_line(crate::lines!["her husband", "his wife", "her wife", "her partner", "his partner", "su esposo", "su esposa", "su pareja", "her own", "his own"]);
    if a.topics.staff_event && !own_care {
        return PersonKind::Staff;
    }
    // "Meet our newest nurse! Kiana Nanalook grew up in Togiak…": the colleague just introduced
    // "Say hola to Marisol, our newest pharmacist!": the name, then the practice's job for it
    let name_end = a.tokens[end - 1].span.end;
    let role_after = a.text[name_end..].starts_with(", ") && {
        let after = a.words_after(name_end, 3);
        matches!(after.first(), Some(&("our" | "nuestra" | "nuestro")))
            && after[1..].iter().any(|w| (STAFF_ROLES.contains(w) || a.cues.occupation_words().contains(*w)) && !NOT_A_JOB.contains(w))
    };
    if role_after {
        return PersonKind::Staff;
    }
    let introduced_before = sentence > 0 && a.topics.team && a.text[a.sentences[sentence].start..a.tokens[first].span.start].trim().is_empty() && introduces_colleague(a, sentence - 1);
    if introduced_before {
        return PersonKind::Staff;
    }
    // ("Welcome aboard, Marisol! 🎉 Our newest nurse coordinator joins us…")
    let welcome_aboard = before.ends_with(&["welcome", "aboard"]);
    if crate::text::one_of(prev, crate::lines!["welcome", "bienvenida", "bienvenido"]) || welcome_aboard {
        // "Welcome to the team, Renata!" is a new colleague; "¡Bienvenida, Renata! Su mamá..."
        // is a baby.
        return if a.topics.baby && !a.topics.team { PersonKind::Private } else { PersonKind::Staff };
    }
    if role_before {
        return PersonKind::Staff;
    }
    // "Devon from our lab team", "Ingrid, our embryologist", "Jo (RN)"
    let first_after = after.first().copied().unwrap_or("");
    // ("Odalys Brenner-Tui, MS": a credential after a surname no list knows)
    let unlisted_next = end < a.tokens.len() && a.tokens[end].capitalized && a.text[a.tokens[end - 1].span.end..a.tokens[end].span.start] == *" ";
    if STAFF_AFTER.contains(&first_after) || unlisted_next && after.get(1).is_some_and(|w| STAFF_AFTER.contains(w)) {
        return PersonKind::Staff;
    }
    // "Kwabena Owusu-Ansah on his promotion to…", "Lidia, who joined our team in 2019": a
    // colleague's career
    if career_after(&after) || unlisted_next && after.len() > 1 && career_after(&after[1..]) {
        return PersonKind::Staff;
    }
    // "Marisol Apodaca, the sonographer at our Socorro clinic" (not "tell Marcus the front desk
    // says hi": the comma makes it an apposition)
    // ("Colette, the lab team says the candy you brought…": the role is the subject of a verb,
    // and the name is called to)
    let role_speaks = || {
        after.iter().skip(2).take(3).any(|v| {
            SAYING_VERBS.contains(*v)
        })
    };
    if a.text[a.tokens[end - 1].span.end..].starts_with(", the ") && after.iter().skip(1).take(3).any(|w| STAFF_ROLES.contains(w) && *w != "our") && !role_speaks() {
        return PersonKind::Staff;
    }
    // "Almudena Sagasta, nuestra nueva embrióloga" when no list knows "Sagasta"
    if staff_appositive(&after) || unlisted_next && after.len() > 1 && staff_appositive(&after[1..]) {
        return PersonKind::Staff;
    }
    PersonKind::Unknown
}

/// "Haruto Saito, our new andrology supervisor", "Devon from our lab", "Ana, de nuestro equipo":
/// the words after a name make them a colleague (a role, not "our patient").
fn staff_appositive(after: &[&str]) -> bool {
    let joined = after.join(" ");
    let opener = joined.starts_with("from our") || joined.starts_with("our ") || joined.starts_with("de nuestro")
        || joined.starts_with("from the lab") || joined.starts_with("on our") || joined.starts_with("joins our")
        || joined.starts_with("who leads") || joined.starts_with("nuestra ") || joined.starts_with("nuestro ")
        // "Álvaro Pineda, nuevo embriólogo senior", "Kenji Sato, new lab assistant"
        || joined.starts_with("nuevo ") || joined.starts_with("nueva ") || joined.starts_with("new ")
        || crate::text::starts_with_line(&joined, crate::lines!["leads our", "runs our", "heads our", "directs our", "manages our", "coordinates our"]);
    // ("Mrs. Yang, our whole team is heartbroken…": a clause about the team, said to her)
    let role = after.iter().enumerate().skip(1).take(4).any(|(k, w)| {
        // (but "Thaís from our team will find you a consult": "from" makes her one of the team)
        STAFF_ROLES.contains(w) && *w != "our" && (after[0] == "from" || !after.get(k + 1).is_some_and(|n| CLAUSE_VERBS.contains(n)))
    });
    // ("our new patient coordinator" is a role; so is "our patient experience lead")
    let patientish = after.iter().take(4).enumerate().any(|(k, w)| {
        crate::text::one_of(w, crate::lines!["patient", "patients", "paciente", "pacientes", "family", "families"])
            && !after.iter().skip(k + 1).take(2).any(|n| STAFF_ROLES.contains(n) && *n != "our")
    });
    // "Tasha from the front desk", "Carla from the nurse line", "Lupe de recepción": a desk or
    // line of the practice
    // ("Kari will grade them live on stream"): the practice's work
    let does_our_work = matches!(after, ["will", "grade" | "check" | "answer" | "review" | "verify" | "process" | "walk" | "explain" | "host" | "read", ..]);
    opener && role && !patientish || from_a_desk(after) || does_our_work
}

/// "from the front desk", "from the nurse line", "from billing", "de recepción", "de
/// enfermería": the part of the practice someone speaks for. "At the front desk", "en
/// recepción" says so unless the person's own things follow ("se le quedó la cédula a doña
/// Maribel en recepción después de su punción": where she left it).
fn from_a_desk(after: &[&str]) -> bool {
    if matches!(after.first(), Some(&("at" | "en" | "in"))) && after.iter().any(|w| crate::text::one_of(*w, crate::lines!["su", "sus", "her", "his"])) {
        return false;
    }
    // ("Vanessa in billing", "Ms. Dickinson in our billing office")
    let rest: &[&str] = match after {
        ["from" | "de" | "del" | "at" | "en" | "in", "the" | "la" | "el" | "our" | "nuestra", rest @ ..] | ["from" | "de" | "del" | "at" | "en" | "in", rest @ ..] => rest,
        _ => return false,
    };
    // ("from the Boise nurse line", "in our Twin Falls office": a site's name may come first)
    // ("Darlene in our Twin Falls office can be reached at…": an office named for its town)
    let sites_office = matches!(rest, [_, "office" | "clinic" | "oficina" | "consultorio"] | [_, _, "office" | "clinic" | "oficina" | "consultorio"]);
    desk(rest) || rest.len() > 1 && desk(&rest[1..]) || sites_office
}

fn desk(rest: &[&str]) -> bool {
    matches!(
        rest,
        ["front", "desk", ..] | ["nurse" | "nurses" | "nursing", "line" | "team" | "station", ..] | ["billing" | "scheduling" | "reception" | "andrology" | "embryology" | "ultrasound" | "lab" | "pharmacy", ..]
            | ["recepcion" | "enfermeria" | "facturacion" | "laboratorio" | "citas" | "ultrasonido" | "farmacia", ..]
            // ("Marcus from security has jumper cables ready for you")
            | ["security" | "facilities" | "maintenance" | "housekeeping" | "seguridad" | "mantenimiento" | "limpieza", ..]
    )
}

/// Words after a name that tell of a job at the practice: a promotion, joining the team, years
/// of service.
fn career_after(after: &[&str]) -> bool {
    let joined = after.join(" ");
    crate::text::starts_with_line(&joined, crate::lines![
        "on his promotion", "on her promotion", "on their promotion", "on being promoted", "was promoted", "has been promoted",
        "got promoted", "who joined our team", "joined our team", "who joined us as", "joined us as", "joins us as",
        "has been greeting", "has been with us for", "has worked here", "has worked the", "ha trabajado con nosotros",
        "joined the practice", "joined our practice", "who joins our", "joins our", "who joined our", "who will join our", "se une a nuestr", "se suma a nuestr",
        "on his work anniversary", "on her work anniversary",
        // ("Ms. Okafor joins us from Tulsa")
        "joins us", "joined us", "se une a nosotros", "se unio a nosotros", "se suma a nosotros",
        "por su ascenso", "se une a nuestro equipo", "se unio a nuestro equipo", "que se unio al equipo",
    ])
}

/// A sentence about someone's public account of their own story ("wrote openly about IVF in her
/// memoir", "said in an interview"): a public figure.
/// At token `i`, right after a private person named in `people` (the people found so far), a
/// comma and "de", "from" or "of" ("Yadira Colón, de Cabo Rojo, que…", "Dana Pike, from Twin
/// Falls, who…"): the capitalized words (up to three) that end at a comma, a full stop or the
/// end of the text are the person's town. Returns how many.
pub fn town_after_person(a: &Analysis, people: &[Person], i: usize) -> Option<usize> {
    if i < 2 || !crate::text::one_of(a.word(i - 1), crate::lines!["de", "from", "of", "in"]) {
        return None;
    }
    // ("Brandi Trahan from Pearlington is raising money…": in English "from" needs no comma)
    // ("trying to reach Mr. Alcide Fontenot in Gentilly about…": nor "in", when it is a place)
    let comma = a.text[a.tokens[i - 2].span.end..a.tokens[i - 1].span.start].trim() == "," && a.word(i - 1) != "in";
    // ("Maribel Cintrón, boricua de Hunting Park, 39 años": where she is from, said with what she is)
    let from_people = a.word(i - 1) == "de"
        && i >= 3
        && SPANISH_DEMONYMS.contains(a.word(i - 2))
        && a.text[a.tokens[i - 3].span.end..a.tokens[i - 2].span.start].trim() == ","
        && people.iter().any(|p| p.name_tokens.end == i - 2 && p.kind != PersonKind::Staff && p.kind != PersonKind::Public);
    let comma = comma || from_people;
    // ("Mrs. Herminia Cisneros of Quemado could not make it": "of" too)
    // ("Shaandiin Yazzie out in Naschitti": "out", "up", "down" or "over" may come between)
    let out_in = a.word(i - 1) == "in" && i >= 3 && crate::text::one_of(a.word(i - 2), crate::lines!["out", "up", "down", "over"]) && gap_is_space(a, i - 3, i - 2);
    // ("Brooke Ellison, 33, of Leadville, who…": her age set off by commas between)
    let aged = if a.word(i - 1) == "in" { None } else { age_between_commas(a, i - 1) };
    // ("Selma K. from Dutchtown": an initial after the given name)
    let initial = !out_in && aged.is_none() && i >= 3 && a.word(i - 2).chars().count() == 1 && a.tokens[i - 2].capitalized && a.text[a.tokens[i - 2].span.end..a.tokens[i - 1].span.start] == *". ";
    let name_end = if out_in || initial { i - 2 } else { aged.unwrap_or(i - 1) };
    // ("¡Felicidades a Yessenia Maldonado de Escatawpa!": in Spanish "de" with no comma only
    // after a full name and before a word no list of names knows, since "de" also joins
    // surnames: "María de León")
    let plain_de = !comma && a.word(i - 1) == "de" && gap_is_space(a, i - 2, i - 1)
        && !a.lex.surnames.contains(a.word(i)) && !a.lex.first_names.contains(a.word(i)) && !crate::analysis::FUNCTION_WORDS.contains(&a.word(i));
    let plain_from = !comma && (crate::text::one_of(a.word(i - 1), crate::lines!["from", "in", "of"]) && gap_is_space(a, name_end - 1, name_end) || plain_de)
        && !(a.word(i - 1) == "in" && (CALENDAR.contains(&a.word(i)) || crate::analysis::FUNCTION_WORDS.contains(&a.word(i))));
    if !comma && !plain_from {
        return None;
    }
    if !from_people {
        people.iter().find(|p| p.name_tokens.end == name_end && (!plain_de || p.name_tokens.len() >= 2)).filter(|p| p.kind != PersonKind::Staff && p.kind != PersonKind::Public)?;
    }
    let n = (i..(i + 3).min(a.tokens.len()))
        .take_while(|&k| a.tokens[k].capitalized && !a.tokens[k].numeric && (k == i || gap_is_space(a, k - 1, k)))
        .count();
    if n == 0 {
        return None;
    }
    let end = a.tokens[i + n - 1].span.end;
    // (or an emoji: "Sokha Chhim from Centralville 🎉 positive beta")
    let closes = a.text[end..].trim_start().chars().next().is_none_or(|c| matches!(c, ',' | '.' | '!' | '?' | ';' | ')') || !c.is_alphanumeric() && !c.is_whitespace() && !matches!(c, '-' | '\'' | '’' | '&' | '/' | '@' | '#'));
    // (not "Jess from Mayo Clinic", "Ana from Billing": an institution or a department)
    let plain_ok = plain_from
        && (i..i + n).all(|k| !is_institution_word(a.word(k)) && !STAFF_ROLES.contains(&a.word(k)) && !a.tokens[k].all_caps)
        && (closes || !plain_de && a.tokens.get(i + n).is_some_and(|t| !t.capitalized && !t.numeric) && gap_is_space(a, i + n - 1, i + n));
    ((comma && closes) || plain_ok).then_some(n)
}

pub(super) fn speaks_publicly(a: &Analysis, sentence: usize) -> bool {
    let s = a.sentence_folded(sentence);
    s.has_line(crate::lines!["memoir", "in an interview", "in her book", "in his book", "on her podcast", "documentary", "opened up about", "went public",
        "spoken publicly", "talked publicly", "first baby born", "primera bebe nacida", "en su entrevista", "entrevista de television", "nobel prize", "premio nobel", "world's first", "first ivf baby", "primer bebe probeta", "speaks publicly", "public figures like", "celebrities like", "celebrities such as", "public figures such as", "talk openly", "talks openly",
        "talked openly", "speak openly", "speaks openly", "spoke openly", "figuras publicas como", "famosas como", "famosos como",
        "hablan abiertamente", "hablo abiertamente", "hablado abiertamente",
        "spoke publicly", "wrote openly", "told people magazine", "en sus memorias", "en una entrevista", "en su libro",
        "in interviews", "en entrevistas", "on her social media", "on his social media", "en sus redes sociales"])
}

/// A name addressed directly: at the start of a sentence followed by "," or "!" ("Katie, you
/// looked", "Fernanda, thank you!"), or after a greeting ("Hi Priscilla!", "Congratulations,
/// Melanie!").
fn is_vocative(a: &Analysis, first: usize, end: usize) -> bool {
    let after = &a.text[a.tokens[end - 1].span.end..];
    let punct_after = after.trim_start_matches([' ']).starts_with([',', '!', '—', '-', ':']);
    let start = a.tokens[first].span.start;
    let sentence = a.sentence_at(start);
    // (an emoji or opening mark may come first: "🎉 Yarelis, …", "¡Yarelis!")
    let at_sentence_start = !a.text[a.sentences[sentence].start..start].chars().any(char::is_alphanumeric)
        || first > 0 && {
            let prev = a.word(first - 1);
            VOCATIVE_OPENERS.contains(prev)
                && a.sentence_at(a.tokens[first - 1].span.start) == sentence
        };
    // ("¡Gracias por las lindas palabras, Martín!": thanks or a greeting, then the name last)
    let closing = first > 0
        && a.text[a.tokens[first - 1].span.end..start].trim() == ","
        && after.trim_start_matches([' ']).starts_with(['!', '.', '?'])
        && {
            let s = a.sentence_folded(sentence);
            let s = s.trim_start_matches(|c: char| !c.is_alphanumeric());
            // (not "welcome": "¡Bienvenido al equipo, Joaquín!" greets a colleague)
            crate::text::starts_with_line(s, crate::lines!["thank", "thanks", "gracias", "congrat", "felicidades", "felicitaciones", "hola", "hi ", "hello", "hey", "we love you", "te queremos", "muchas gracias"])
        };
    (at_sentence_start && punct_after || closing) && !(end == first + 1 && list_follows(after))
}

/// Words said to the one called, right after their name and a comma ("Ana, please, …").
static ASIDES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "please", "again", "sorry", "too", "also", "though", "dear", "hun", "hon", "babe", "sis", "girl", "mama", "mija", "mijo", "amiga", "amigo", "amor", "friend", "then", "ok",
    "okay", "por", "porfa", "senora", "senor", "señora", "señor",
]);

/// Whether the text after a capitalized word goes on as a list of single words ("Cute, tasty,
/// zero evidence"): the word is the list's first, not a name called.
fn list_follows(after: &str) -> bool {
    after.strip_prefix(", ").is_some_and(|rest| {
        let w: &str = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        // (not a word said to the one called: "Deshawn, respectfully, you left…", "Ana, please,")
        let aside = w.ends_with("ly") || ASIDES.contains(&crate::text::lower(w));
        !w.is_empty() && w.starts_with(|c: char| c.is_lowercase()) && rest[w.len()..].starts_with(',') && !aside
    })
}

/// Whether `c` names a colleague by role after "our" ("our office manager", "our lab tech":
/// one word may come first).
pub fn names_our_staff(c: &str) -> bool {
    ["our ", "nuestra ", "nuestro "].iter().any(|o| {
        c.match_indices(o).any(|(k, _)| {
            let mut next = c[k + o.len()..].split(|ch: char| !(ch.is_alphanumeric() || ch == '-')).filter(|w| !w.is_empty());
            let w = next.next().unwrap_or("");
            STAFF_ROLES.contains(&w) && !crate::text::one_of(w, crate::lines!["practice", "lab", "laboratorio", "team", "equipo", "partner", "front", "desk"])
                || next.next().is_some_and(|w2| crate::text::one_of(w2, crate::lines!["manager", "tech", "nurse", "coordinator", "director", "supervisor", "assistant", "technician"]))
        })
    })
}

/// "Good news from the andrology lab: our tech aced her competency assessment": every clause
/// (split at colons and semicolons) with a "her" or "his" in it is about a colleague called by
/// role after "our", and holds no care ("our nurse held her hand during the retrieval" does).
pub fn pronouns_are_staffs(a: &Analysis, s: &str) -> bool {
    let our_staff = names_our_staff;
    // ("our andrology tech passed her exam": a care word in the colleague's title is no care)
    let titled_care = |c: &str| {
        let rest = ["our ", "nuestra ", "nuestro "].iter().find_map(|o| c.find(o).map(|k| (k, o.len())));
        match rest {
            Some((k, n)) => {
                let after = &c[k + n..];
                let title_end = after.split_whitespace().take(2).map(|w| w.len() + 1).sum::<usize>().min(after.len());
                a.cues.care_in(&c[..k]) || a.cues.care_in(&after[title_end..])
            }
            None => a.cues.care_in(c),
        }
    };
    let mut with_pronoun = s.split([':', ';']).filter(|c| a.cues.has_pronoun(c)).peekable();
    with_pronoun.peek().is_some() && with_pronoun.all(|c| our_staff(c) && !titled_care(c))
}

/// A name that is staff anywhere in the text is staff everywhere ("our embryologist Ingrid
/// Solberg ... Ingrid built"); so is any name that follows "Dr.".
fn propagate_staff(a: &Analysis, people: &mut Vec<Person>) {
    // ("Please welcome Losana Fifita, RN… Losana spent eight years in labor & delivery": the
    // colleague again, by her given name, even one no list knows)
    // (asked only when such a colleague was found, and only of capitalized words after her)
    let mut again = Vec::new();
    let first = people.iter().filter(|p| p.kind == PersonKind::Staff && p.name_tokens.len() >= 2).map(|p| p.name_tokens.end).min();
    for k in first.unwrap_or(a.tokens.len())..a.tokens.len() {
        if !a.tokens[k].capitalized {
            continue;
        }
        let w = strip_possessive(a.word(k));
        let given = |p: &Person| p.kind == PersonKind::Staff && p.name_tokens.len() >= 2 && a.word(p.name_tokens.start) == w;
        if w.len() >= 3 && people.iter().any(given) && !people.iter().any(|p| p.span.contains(&a.tokens[k].span.start)) {
            again.push(person(a, k, k..k + 1, PersonKind::Staff));
        }
    }
    if !again.is_empty() {
        people.extend(again);
        let keys: Vec<(usize, usize, usize)> = people.iter().map(|p| (p.span.start, 0, 0)).collect();
        crate::text::reorder(people, &keys);
    }
    let staff_words: Vec<String> = people
        .iter()
        .filter(|p| p.kind == PersonKind::Staff)
        .flat_map(|p| p.name_tokens.clone().map(|k| strip_possessive(a.word(k)).to_string()))
        .collect();
    for p in people.iter_mut() {
        if p.kind == PersonKind::Unknown || p.kind == PersonKind::Private && !p.vocative {
            let shares = p.name_tokens.clone().any(|k| staff_words.iter().any(|s| s == strip_possessive(a.word(k))));
            if shares {
                p.kind = PersonKind::Staff;
            }
        }
    }
    // "embryologists Tran Nguyen (9 years with us) and Kelsey Boatright": the names a plural job
    // title introduces, joined by "and"
    for j in 1..people.len() {
        let (done, rest) = people.split_at_mut(j);
        let (q, p) = (&done[j - 1], &mut rest[0]);
        if p.kind != PersonKind::Unknown || q.kind != PersonKind::Staff || q.span.end > p.span.start {
            continue;
        }
        let plural_title = a.words_before(q.span.start, 1).first().is_some_and(|w| JOB_TITLES.contains(w) && w.ends_with('s'));
        let gap = a.text[q.span.end..p.span.start].trim();
        let gap = gap.strip_prefix('(').and_then(|g| g.split_once(')')).map_or(gap, |(_, after)| after).trim();
        if plural_title && crate::text::one_of(gap.trim_start_matches(',').trim(), crate::lines!["and", "y", "&"]) {
            p.kind = PersonKind::Staff;
        }
    }
}

/// Whether sentence `i` introduces a colleague by their job ("Meet our newest nurse", "les
/// presentamos a nuestra embrióloga").
pub fn introduces_colleague(a: &Analysis, i: usize) -> bool {
    let p = a.sentence_folded(i);
    p.has_line(crate::lines!["meet our", "meet the newest", "welcome our", "say hello to our", "say hi to our", "conozcan a nuestr", "les presentamos a nuestr", "bienvenida a nuestr", "bienvenido a nuestr"])
        && STAFF_ROLES.iter().any(|r| *r != "our" && crate::lexicon::occurs_at_word_start(p, r))
}

/// Words for a people or a faith that name lists also hold ("Irish", "Italian").
pub static DEMONYMS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "irish", "scottish", "welsh", "italian", "polish", "german", "french", "greek", "portuguese", "brazilian", "catholic",
    "jewish", "muslim", "baptist", "methodist", "lutheran", "nigerian", "haitian", "ghanaian", "cuban", "dominican",
    "salvadoran", "honduran", "guatemalan", "colombian", "korean", "filipino", "filipina", "vietnamese", "african",
    "navajo",
    "dine",
    "hopi",
    "apache",
    "lakota",
    "cherokee",
    "ojibwe",
    "samoan",
    "tongan",
    "ethiopian",
    "eritrean",
    "somali",
    "hmong",
    "bosnian",
    "basque",
    "paiute",
    "shoshone",
    "mexican",
    "peruvian",
    "lebanese",
    "armenian",
    "amish",
    "mennonite",
    "oneida",
    // peoples of Central and South America ("the Miskito couple from Kaukira")
    "miskito", "garifuna", "ngabe", "guna", "kuna", "embera", "wayuu", "quechua", "aymara", "mapuche",
    "mixtec", "mixteco", "zapotec", "zapoteco", "triqui", "nahua", "purepecha", "tzotzil", "kiche", "qeqchi", "mam",
    "caboverdean", "azorean", "punjabi", "sikh", "cambodian", "laotian", "chamorro",
]);

/// Languages ("in Karen, Nuer and Spanish", "Karen, Burmese & English"): some are also a
/// people's name in [`DEMONYMS`].
pub static LANGUAGES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "english", "spanish", "arabic", "chinese", "mandarin", "cantonese", "japanese", "tagalog", "russian", "ukrainian",
    "creole", "swahili", "amharic", "tigrinya", "nepali", "burmese", "dari", "pashto", "farsi", "urdu", "hindi", "punjabi",
    "khmer", "lao", "turkish", "hebrew", "asl", "ingles", "espanol", "frances", "arabe", "portugues", "somali", "hmong",
    "karenni", "chin", "kachin", "thai", "vietnamese", "oromo", "french",
    // (not the languages that are also given names, "Karen", "Maya": each would take a name listed beside it)
    "dinka", "nuer", "kurmanji", "kurdish", "sorani", "kinyarwanda", "kirundi", "mayan", "kiche", "quechua", "aymara", "guarani", "nahuatl",
    "mixteco", "zapoteco", "darija", "tamazight", "catalan", "euskera",
    "tamil", "telugu", "malayalam", "kannada", "gujarati", "bengali", "sinhala", "polish", "italian", "german", "korean",
    "portuguese", "greek", "armenian", "yoruba", "igbo", "twi", "patois", "yupik", "inupiaq", "samoan", "tongan", "ilocano", "chamorro",
]);

/// Whether token `i` is in a run of capitalized words and "and"/"or" that holds a language
/// ("available in Karen, Nuer, Dinka, Lakota and Spanish"), or a people's name after "in".
fn in_language_list(a: &Analysis, i: usize) -> bool {
    // (a word of the list, joined to the next by a space or a comma only)
    let listed = |k: usize| a.tokens[k].capitalized || crate::text::one_of(a.word(k), crate::lines!["and", "or", "y", "o"]);
    let joined = |k: usize| crate::text::one_of(&a.text[a.tokens[k].span.end..a.tokens[k + 1].span.start], crate::lines![" ", ", "]);
    let first = (i.saturating_sub(6)..i).rev().take_while(|&k| listed(k) && joined(k)).last().unwrap_or(i);
    let last = (i + 1..a.tokens.len().min(i + 7)).take_while(|&k| listed(k) && joined(k - 1)).last().unwrap_or(i);
    let after_in = first > 0 && crate::text::one_of(a.word(first - 1), crate::lines!["in", "into", "en"]);
    (first..=last).any(|k| k != i && (LANGUAGES.contains(a.word(k)) || after_in && DEMONYMS.contains(a.word(k))))
}

/// In a text about hurricanes, token `i` names one: after "Hurricane", "through", "after",
/// "during" or "since", alone or listed ("through Laura or Ida", "después del huracán María").
fn storm_named(a: &Analysis, i: usize) -> bool {
    if !a.topics.storms {
        return false;
    }
    let mut k = i;
    while k >= 2 && crate::text::one_of(a.word(k - 1), crate::lines!["or", "and", "y", "o", "&"]) && a.tokens[k - 2].capitalized {
        k -= 2;
    }
    k >= 1 && crate::text::one_of(a.word(k - 1), crate::lines!["hurricane", "huracan", "through", "after", "during", "since", "before", "tras", "durante", "despues", "antes"])
}

/// Whether token `i` begins or continues a run of capitalized words (and "and", "y", "&") that
/// a county word ends: "Maverick and Val Verde counties", "Val Verde County", "condado de Webb".
fn names_county(a: &Analysis, i: usize) -> bool {
    let county = |k: usize| crate::text::one_of(a.word(k), crate::lines!["county", "counties", "parish", "parishes", "borough", "boroughs"]);
    let spanish = i >= 2 && a.word(i - 1) == "de" && crate::text::one_of(a.word(i - 2), crate::lines!["condado", "condados"]);
    spanish || (i + 1..a.tokens.len().min(i + 6)).take_while(|&k| a.tokens[k].capitalized || county(k) || crate::text::one_of(a.word(k), crate::lines!["and", "y", "&"])).any(county)
}

/// What a person is by where they come from, in Spanish ("boricua de Hunting Park").
static SPANISH_DEMONYMS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "paisana", "paisano", "boricua", "puertorriquena", "puertorriqueno", "dominicana", "dominicano", "mexicana", "mexicano", "cubana", "cubano",
    "hondurena", "hondureno", "salvadorena", "salvadoreno", "guatemalteca", "guatemalteco", "colombiana", "colombiano",
    "venezolana", "venezolano", "nicaraguense", "peruana", "peruano", "ecuatoriana", "ecuatoriano", "oriunda", "oriundo",
    "nativa", "nativo", "vecina", "vecino", "originaria", "originario",
]);

/// Last words of a landmark's name ("Cheyenne Mountain", "Sandia Peak", "Boulder Creek").
static LANDMARKS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "mountain", "mountains", "river", "lake", "creek", "canyon", "valley", "peak", "mesa", "butte",
    "springs", "hills", "heights", "beach", "island", "forest", "falls",
]);

/// What "a … question" takes a famous name for ("an Emily Dickinson question", "a Beyoncé song").
static NAMESAKE_THINGS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "question", "quote", "poem", "song", "novel", "movie", "film", "book", "reference", "impression",
    "costume", "lookalike", "fan", "moment",
]);

/// Colours before a vehicle's make ("the white Kia Soul").
static COLOURS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "white", "black", "silver", "gray", "grey", "red", "blue", "green", "gold", "tan", "maroon", "beige",
    "blanco", "blanca", "negro", "negra", "rojo", "roja", "gris", "azul", "plateado", "plateada"
]);

/// Last words of a route's or a landmark's name after "the" ("the Red Line", "the Skyway Bridge").
static ROUTES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "line", "lines", "expressway", "tollway", "turnpike", "freeway", "parkway", "bridge", "tunnel", "pier", "station",
    "loop", "express", "trail", "highway", "skyway"
]);

/// Street types after a name ("Hosea L Williams Dr").
static STREET_TYPES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "ln", "lane", "dr", "drive", "way",
    "ct", "court", "pl", "place", "pkwy", "parkway", "hwy", "highway", "cir", "circle", "ter", "terrace",
    "trl", "trail"
]);

/// Ranking words after a town's possessive ("Orlando's surest").
static RANKS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "best", "surest", "top", "first", "only", "leading", "premier", "favorite", "favourite", "most", "#1",
    "number", "largest", "biggest", "newest", "oldest", "fastest", "highest", "own"
]);

/// Greetings before a name.
static GREETINGS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "hi", "hello", "hey", "dear", "congratulations", "congrats", "world", "welcome", "hola", "felicidades",
    "bienvenida", "bienvenido", "mundo", "jajaja", "jaja", "haha", "hahaha",
    // ("Happy 1st birthday Jae-won!!", "Happy due date Nadiya!!", "Happy gotcha day Maile!")
    "birthday", "cumpleanos", "date", "anniversary", "aniversario",
]);

/// Words that address a group, not one person ("everyone", "team", "ladies").
static GROUP_ADDRESSES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "everyone", "everybody", "all", "team", "friends", "family", "families", "ladies", "folks", "y'all",
    "todos", "todas", "equipo", "amigos", "familias", "mamas", "moms", "dads", "graduates", "class"
]);

/// Endearments before a name ("little", "querida").
static ENDEARMENTS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "little", "sweet", "precious", "querida", "querido", "dear", "princesa", "principe", "princess", "prince",
    "pequena", "pequeno", "peque", "chiquita", "chiquito", "pequenita", "pequenito"
]);

/// Career words after which a capitalized word is a school or employer ("trained at").
static CAREER_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "trained", "studied", "graduated", "residency", "fellowship", "works", "worked", "degree", "training",
    "rotation", "internship", "taught", "teaches", "speaks", "spoke", "presented", "estudio", "egreso", "formo", "formada", "formado", "graduo", "especializo"
]);

/// Determiners before a staff role ("our", "the", "senior").
static ROLE_DETERMINERS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "our", "nuestra", "nuestro", "nuestras", "nuestros", "the", "la", "el", "senior", "lead", "head", "new",
    "nueva", "nuevo"
]);

/// Verbs of saying, thinking and wanting after a name.
static SAYING_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "says", "say", "said", "thinks", "think", "wants", "want", "misses", "miss", "sends", "send", "dice",
    "dicen", "manda", "mandan", "extrana", "extranan"
]);

/// Words right before a name spoken to ("hi", "thanks", "you").
static VOCATIVE_OPENERS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "hi", "hello", "hey", "dear", "congratulations", "congrats", "thanks", "thank", "you", "much", "hola",
    "querida", "querido", "felicidades", "felicitaciones", "gracias", "bienvenida", "bienvenido", "world",
    "mundo", "and", "y", "&", "jajaja", "jaja", "haha", "hahaha"
]);

/// Nouns after a place that place it ("a Washington license", "Houston moms", "Richmond colleagues", "the new Daphne satellite").
static PLACE_NOUNS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "license",
    "licence",
    "plates",
    "plate",
    "id",
    "resident",
    "native",
    "area",
    "state",
    "county",
    "address",
    "driver's",
    "drivers",
    "driver",
    // "Houston moms stop shopping around": the town's people, in the plural
    "residents",
    "locals",
    "moms",
    "mums",
    "mamas",
    "dads",
    "families",
    "couples",
    "parents",
    // ("Houston familias! 🇭🇳"): in Spanish too
    "familias",
    "parejas",
    "folks",
    // "Richmond colleagues and military spouses:": the town's people, addressed
    "colleagues",
    "friends",
    "spouses",
    "nurses",
    "providers",
    "clinicians",
    "docs",
    "doctors",
    "peeps",
    // ("Katy fam!! 👋")
    "fam",
    "neighbors",
    // "Tidewater Fertility's new Daphne satellite opens Monday": a site named for its town
    "satellite",
    "campus",
    "branch",
    // ("7 pm Santiago time", "Argentina's Law 26.862"): the town's clock, the country's law
    "time",
    "law",
    "laws",
]);

/// Words that may stand between a role and the name it introduces ("nuestra coordinadora de servicio al paciente, …").
static ROLE_JOINERS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "de",
    "del",
    "of",
    "the",
    "la",
    "el",
    "new",
    "nueva",
    "nuevo",
    "senior",
    "lead",
    "head",
    "ms",
    "mr",
    "mrs",
    "miss",
    "dr",
    "dra",
    "sra",
    "sr",
    // "nuestra coordinadora de servicio al paciente, Leidy Caicedo"
    "al",
    "servicio",
    "atencion",
    "paciente",
    "pacientes",
    "patient",
    "services",
    "care",
    "experience",
    "relations",
]);

/// Titles written in lower case before a name ("el señor Ibáñez", "buscando al sr. Patricio Andrade").
static LOWER_CASE_TITLES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "senor",
    "senora",
    "senorita",
    "don",
    "dona",
    "sr",
    "sra",
    "srta",
    "mr",
    "mrs",
    "ms",
    "sargento",
    "teniente",
    "capitan",
]);

/// Words before "case" that name a kind of case ("the Nakamura donor-egg case").
static CASE_MODIFIERS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "donor",
    "egg",
    "eggs",
    "ivf",
    "fet",
    "iui",
    "frozen",
    "embryo",
    "sperm",
    "retrieval",
    "carrier",
    "semen",
    "transfer",
]);

/// Cheers before "of/for/to <name>" ("so proud of Ama", "congrats to Lino").
static CHEERS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "proud",
    "happy",
    "thrilled",
    "excited",
    "rooting",
    "praying",
    "congrats",
    "congratulations",
    "shoutout",
    "kudos",
    "orgullosos",
    "orgullosas",
    "birthday",
]);

/// A site or team of the practice before "de/of <place>" ("nuestra sede de Valencia").
static PRACTICE_SITES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "sede",
    "clinica",
    "oficina",
    "equipo",
    "sucursal",
    "hospital",
    "office",
    "clinic",
    "unidad",
    "centro",
    "laboratorio",
    "lab",
    "team",
]);

/// Words right before a name that call its owner a patient, a donor or a carrier ("patient Ama", "donante Lupe").
static NAMED_AS_PATIENT: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "patient",
    "paciente",
    "pt",
    "named",
    "llamada",
    "llamado",
    "family",
    "donor",
    "donante",
    "carrier",
    "gc",
    "surrogate",
]);

/// Verbs of contacting someone that come right before their name ("texted Ama", "llamando a…").
static CONTACTED: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "called",
    "calls",
    "texted",
    "texts",
    "told",
    "tells",
    "paged",
    "saw",
    "llamando",
    "llamo",
    "llama",
]);

/// First words of a capitalized run that make it a greeting or a place, not a person's name.
static NOT_NAME_HEADS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "ramadan", "eid", "diwali", "hanukkah", "kwanzaa", "feliz", "upper", "lower",
]);

/// Words of the staff-role list that, in capitals, are no job title ("Our", "Lead", "MD").
static ROLE_WORDS_NOT_TITLES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "our",
    "lead",
    "head",
    "partner",
    "fellow",
    "officer",
    "ma",
    "pa",
    "do",
    "np",
    "md",
    "rn",
]);
