//! Individual medical advice given online.

use std::sync::LazyLock;

use crate::text::Regex;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::analysis::MEDICINES;
use crate::lexicon::{entries, PhraseSet};
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;

use super::by_lang;
use crate::text::Has;

pub static DIRECTIVE: Rule = Rule {
    id: "conduct.advice.individual",
    category: Category::MedicalAdvice,
    severity: Severity::Block,
    summary: "Advice to one person about their own care: a diagnosis, drug, dose or procedure directed at \"you\", an @handle or a named person, based on their details.",
    why: crate::native_only!("ASRM guidance: never give individual medical advice online. Without an exam and the \
record it can harm, and it creates a doctor-patient relationship in public."),
    message: "This gives individual medical advice ({text}). Online, keep to general information and send the person to their own doctor.",
    suggestion: Some("I can't give individual medical advice online, but this is a great question for your own doctor, who knows your history."),
    example: crate::native_only!("@kayla_ttc with an AMH that low you should skip IUI and ask for 300 IU of Gonal-f."),
    near_miss: crate::native_only!("Low AMH doesn't mean you can't get pregnant; ask your own doctor what it means for you."),
    example_with: "",
    check: check_directive,
};

/// Telling the reader what to do or what they have.
static DIRECTIVE_CUES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "you need", "you'll need", "you will need", "you don't need", "you do not need", "you should", "you shouldn't", "ponetelo", "ponetela",
        "you must", "you have to", "you gotta", "u need", "u should", "ask for", "ask them to", "ask them for",
        "ask your re for", "ask your doctor for", "ask your ob for", "ask your rei for", "ask your clinic for",
        "ask your re about", "ask your rei about", "ask your ob about", "ask your doctor about", "ask your clinic about",
        "tell your clinic", "tell your doctor", "tell your re", "tell them to", "push for", "demand", "insist on",
        "i'd push", "i'd ask", "i'd skip", "i'd do", "i'd go", "i'd get", "i'd start", "i'd switch", "i would ask",
        "i would push", "i would skip", "i would honestly skip", "i'd honestly skip", "i wouldn't bother", "i would not bother", "don't bother", "do not bother",
        "just go straight", "go straight to", "go directly to", "skip the", "skip it", "stop taking", "start taking",
        "take ", "start ", "switch to", "double your", "increase your", "lower your", "cut your", "get it removed",
        "have it removed", "have it resected", "get it embolized", "get it fixed", "get it repaired", "get it treated", "have it fixed", "don't let anyone", "que te lo operen", "get it resected", "get them removed", "remove both", "don't leave",
        "means you", "means your", "you probably have", "sounds like you have", "i'm fairly confident you",
        "i'm confident you", "you didn't ovulate", "you don't have", "no question", "next time you need", "you need a",
        "instead of", "should have it", "should have his", "should have her", "should get", "should be", "needs to",
        "need to get", "need to have", "needs his", "needs her", "te conviene", "te recomiendo", "deberias", "debes", "tienes que", "tenes que", "necesitas", "no necesitas",
        "don't let them", "do not let them", "toma ", "tomate", "pide ", "pidele", "no vayas", "ve directo", "exige", "dile a tu",
        "no esperes", "subete", "sube la", "sube a", "baja la", "bajate", "aumenta", "deja las", "deja la",
        "deja el", "deja los", "deja de", "suspende", "empieza a", "empieza con", "empiece con", "empiece a", "empiece hoy", "empiece esta", "comience con", "comience a", "comienza con", "empieza esta", "ponte", "inyectate", "cambiate", "cambia a",
        "subele", "bajale", "aguanta", "ponle", "hazme caso", "dont bother", "que tome", "ni lo pienses",
        "empieza ya", "empieza hoy", "empieza manana", "empieza el ", "empieza la ", "no te hagas",
        // voseo ("andá directo a FIV y empezá ya con DHEA 25 mg")
        "empeza ya", "empeza hoy", "anda directo", "andate directo", "yo no perderia tiempo", "no os hagais", "hazte", "tomaos", "pedid", "empezad", "subid",
        // usted: "Siga con la progesterona y no se vuelva a hacer el examen"
        "you can drop to", "drop to half", "have you asked about", "have you asked your", "bumping your", "ya le preguntaste",
        "le preguntaste a tu", "preguntale a tu", "yo en su lugar", "yo en tu lugar", "en su lugar yo", "en tu lugar yo", "pediria que le", "pediria que te", "le pides a tu", "si le pides", "le pedis a tu", "pedile", "pedíle", "ponete", "no te pongas", "no te pongás", "usa ", "deja de usar", "she needs", "he needs", "ella necesita", "el necesita", "half your", "only doing half", "split your", "puedes dejar los", "puedes dejar las", "puedes dejar el",
        "puedes dejar la", "puedes quitarte", "siga con", "siga tomando", "sigue con la", "sigue con el", "sigue tomando", "continue con la", "continue con el",
        // (a dose told to whoever takes it: "si tomas DHEA 75 mg diarios…")
        "si tomas", "si te tomas", "si te pones", "si usas",
        "no se vuelva a hacer", "no se haga", "hagase", "deje la", "deje el", "deje de", "tome la", "tome el", "tome su",
        "pidale", "aumente", "suba la", "baje la", "suba el", "baje el", "suba a", "suba su", "baje su", "subale a", "subale la", "subale el", "transfiera de todas formas", "transfiera igual", "tomese", "tomense", "pruebelo", "pruebela", "pruebalo", "pruebala", "pruebenlo", "pongase", "ponganse", "inyectese", "tenga relaciones",
        "pidan", "pidanla", "pidanlo", "pidanlas", "pidanlos", "tomenla", "tomenlo", "tomenlas", "tomenlos", "que se opere", "que se operen", "que se haga", "que le hagan", "que repita", "no gasten en", "no gastes en",
        "no gaste en", "pasate a", "pasese a", "pasese directo", "pasate directo", "vayase directo", "agregale", "agreguele", "agregate", "anadele", "no pierdan tiempo", "no pierdas tiempo", "vayan directo", "que tu esposo", "que su esposo", "suspenda", "suspendan",
        // ("sigue con tus inyecciones de Menopur como si nada", "no se ponga la progesterona en
        // la noche, mejor duplique la dosis", "just tell her to bump the estrace to 4mg", "su
        // esposo debería empezar clomifeno 25 mg diario")
        "sigue con tus", "sigue con tu", "deberia empezar", "deberia tomar", "no se ponga", "duplique", "duplica la", "duplica tu",
        "tell her to bump", "tell him to bump", "bump the",
        // ("just keep dialing the full 225 units every night until your next scan")
        "just keep", "keep dialing", "keep injecting", "sigue inyectandote", "sigue poniendote",
        // what the writer would do in the reader's place
        "i'd just", "i'd add", "i'd refuse", "i'd insist", "i'd transfer", "i'd freeze", "i'd stop", "i'd take", "i'd try",
        "i'd avoid", "i'd request", "i'd demand", "i'd bump", "i would bump", "i'd raise", "i'd up the", "if it were me", "if i were you", "yo le pediria", "yo pediria",
        "le pediria a tu", "yo que tu", "si fuera tu", "que te suba", "que te baje", "que te cambie",
        "bump your", "up your", "raise your", "transfer both", "transfer one", "i would drop", "i'd drop",
        "i would lower", "i'd lower", "i would add", "i would increase", "i'd increase", "i would switch", "i would stop",
        "i would start", "i would transfer", "i would freeze", "tell them you want", "tell them you need", "tell your re you",
        "pick donor", "go with donor", "choose donor", "have your clinic", "have your doctor", "have your re ", "switch her to", "switch him to",
        // Spanish conditional ("yo le subiría el estradiol") and voseo ("seguí con tu progesterona")
        "yo le subiria", "yo le bajaria", "yo le pondria", "yo le agregaria", "yo le cambiaria", "yo le quitaria", "yo subiria", "yo bajaria",
        "yo agregaria", "yo no transferiria", "segui con", "segui tomando", "subile", "do", "tomese", "grab", "empieza", "empiece", "empeza", "subilo", "subila", "sumale", "agregale", "bajale", "bajalo",
        // said to the reader: "yo te pondría parches de estradiol"
        "yo te pondria", "yo te subiria", "yo te bajaria", "yo te agregaria", "yo te cambiaria", "yo te quitaria", "te pondria",
        "te subiria", "te agregaria",
        // "just add an extra crinone", and keeping someone from their clinic: "no need to call the after-hours line"
        "just add", "just start", "just stop", "just skip", "just switch", "just double", "just bump", "just up your", "just use", "just push", "no need to bother", "stay on the", "stay on your",
        "no need to call", "no need to go in", "no need to come in", "don't call the", "dont call the", "no hace falta llamar",
        "no hace falta que llames", "no hace falta ir", "no llames a", "no tienes que llamar",
        "don't do a second", "don't do another", "dont do a second", "dont do another", "no hagas otra", "no hagas un segundo",
        "no hagas una segunda",
        // "Get started on levothyroxine 50 mcg", "lo tuyo es metformina… Pídeselo a tu ginecóloga"
        // ("your partner's swimmers are low 🥶 → get him on 200 mg CoQ10", "he needs to stop the testosterone gel")
        "get him on", "get her on", "put him on", "put her on", "have him take", "have her take", "he needs to stop", "he needs to start",
        "get started on", "get on levo*", "lo tuyo es", "pideselo", "pideselos", "pidaselo", "pidanselo",
        "tell your urologist", "tell your gyn", "tell your ob", "decile a tu", "que tu marido", "keep doing ur", "keep doing your",
        "keep taking", "don't test", "dont test",
        // "Go up to 2 mg estrace three times a day", "pedí que te suban a 600 mg"
        "te hace falta", "lo que necesitas es", "pidesela", "pideselo", "go up to", "go down to", "go up on", "swap to", "swap your", "swap the", "bump to", "bump it to", "bump up to", "bump up your",
        // Spanish conditional in the first person: "yo dejaría las pastillas y arrancaría letrozol"
        "no need to wait for", "doubling your", "doubling those", "lo mejor es que", "no hace falta que vayas", "no hace falta ir a",
        "ni pierdas tiempo", "ni pierdan tiempo", "exige que te", "exige que le", "skip whatever", "ignore whatever your",
        // "just order hCG from a peptide site", "que se ponga hielo y se tome 200 mg de CoQ10"
        "just order", "just buy", "just grab", "que se ponga", "que se tome", "que se aplique", "que se inyecte",
        // ("a 14mm lead follicle on CD12 is fine, just trigger tonight")
        "just trigger", "trigger tonight", "ponte el trigger", "ponte la hcg",
        // ("don't waste money on another retrieval, transfer the trisomy 15 one first")
        "don't waste money on", "dont waste money on", "don't waste your money on", "no gastes dinero en", "no gastes plata en", "don't waste time", "dont waste time",
        // (voseo: "arrancá con letrozol por tu cuenta", "recién ahí pedí la histerosalpingografía")
        "arranca con", "arranca a tomar", "arranca el", "arranca la", "empeza con", "empeza a tomar",
        "yo dejaria", "arrancaria", "yo empezaria", "yo tomaria", "yo suspenderia", "ni le pierdas", "no le pierdas", "vente directo", "vete directo", "pedi que te", "pide que te", "pedi que le", "que te suban", "que te agreguen", "que te aumenten",
    ])
});

/// The reader's own clinical details: "your AMH", "with your history", "tu AMH".
static PERSONAL_DETAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(
        r"\b(?:your|ur|tu|tus|(?:numbers|levels|results|lining|labs|amh) like yours|with (?:only|just|a|an|that|those|this|ese|esa|that)|(?:con|y) (?:tu|tus|ese|esa|esos|esas|solo)|for (?:a|an|that|your)|a prolactin|an amh|a progesterone|an fsh|a beta|a dfi|an e2|a morphology|a sperm count)\b(?:\s+[a-z0-9.&'/-]+){0,4}?\s*(?:numbers|blasts?|blastocysts?|grades?|report|retrieval|transfer|amh|fsh|lh|tsh|prolactin|progesterone|estradiol|e2|levels?|labs?|results|history|timeline|embryos?|eggs|follicles?|lining|septum|tubes|cyst|endometrioma|fibroids?|polyps?|husband|partner|esposo|pareja|espermatograma|sop|pcos|endometriosis|adenomyosis|adenomiosis|morfologia|movilidad|dfi|varicocele|\d+\s?%|sperm|count|morphology|motility|dna fragmentation|ovaries|uterus|cycle|stims|protocol|dose|beta|hcg|progesterona|prolactina|bloodwork|ultrasound|scan|pain|bleeding|spotting|dolor|sangrado|ovulos|embriones|foliculos|ciclo|historial|ovarios|pen|pens|shots|injections|meds|patches|parches|pio|welts|bruises|bruising|knots|moretones|\d+\s?(?:mm|cm|mg|iu|ng|pg|miu))(?:\b|[^a-z0-9_]|$)|\b(?:la|el|su|tu) (?:beta|amh|fsh|hcg|progesterona|estradiol|prolactina|tsh|espermograma)\s(?:le|te)\s(?:salio|dio|salieron|dieron)\b|\bcon\s(?:una\s|un\s|el\s|la\s)?(?:fsh|amh|hcg|beta|progesterona|prolactina|tsh|estradiol|e2|lh|foliculo|endometrio)\s(?:de|en)\s\d|\b(?:with|at)\s(?:an?\s)?(?:fsh|amh|hcg|beta|progesterone|prolactin|tsh|estradiol|e2|lh|follicle|lining)\s(?:of|at)\s\d|\ban?\s(?:e2|estradiol|amh|fsh|lh|tsh)\s(?:over|above|under|below|around)\s\d|\b(?:with|con)\s\d+(?:-plus|\+)?\s(?:follicles|eggs|embryos|foliculos|ovulos|embriones)\b",
    )
});

/// A dose: "7.5 mg", "112.5 IU", "4 gramos", "800 cada 6 horas", "2 ketoprofeno cada 8 horas", "50 of Clomid", "letrozole 7.5".
static DOSE: LazyLock<Regex> = LazyLock::new(|| {
    // A number after a hormone that is also measured ("hCG 5", "estradiol 200") is a level.
    const LEVELS: [&str; 3] = ["hcg", "estradiol", "progesteron*"];
    let any_of = |names: &mut dyn Iterator<Item = &str>| {
        names.map(|m| match m.strip_suffix('*') {
            Some(stem) => format!("{}[a-z]*", regex::escape(stem)),
            None => regex::escape(m),
        }).collect::<Vec<_>>().join("|")
    };
    let medicines = any_of(&mut entries(MEDICINES));
    let not_levels = any_of(&mut entries(MEDICINES).filter(|m| !LEVELS.contains(m)));
    crate::text::regex(&format!(
        r"\b\d+(?:\.\d+)?\s?(?:mg|mcg|iu|ui|units|unidades|ml|cc|gramos|grams|gr)\b|\b\d{{1,4}}\s(?:of\s|de\s)?(?:{medicines})\b|\b(?:{not_levels})\s(?:(?:25|50|75|100|150|200|2\.5|5|7\.5|0\.5|0\.25)|de\s\d{{1,4}}|(?:to|a|hasta)\s\d{{2,4}})\b|\bhalf (?:a|the|your) (?:vial|pen|dose|shot|syringe|pill|tablet)\b|\b(?:media|la mitad de la) (?:ampolla|dosis|pluma|pastilla)\b|\b\d+\s(?:[a-z]+\s)?(?:cada|every)\s\d+\s(?:horas|hours|hrs)\b|\b(?:twice|once|three times) (?:a|per) (?:day|week)\b|\b\d{{2,4}}\s(?:una|dos|tres)\sveces\s(?:al|por)\s(?:dia|semana)\b|\b(?:\d+|una|dos|tres|cuatro|one|two|three|four)\s(?:ovulos|capsulas|tabletas|pastillas|pills|tablets|capsules|suppositories|supositorios)\b(?:\s[a-z-]+){{0,3}}\s(?:al dia|a day|per day|daily|diarios?)\b|\b(?:\d+|una|dos|tres|cuatro|one|two|three|four)\s(?:(?:more|extra)\s)?(?:ovulos|capsulas|tabletas|pastillas|pills|tablets|capsules|patches|parches)\s(?:(?:mas|extra)\s)?(?:de|of)\s(?:{medicines})\b|\b(?:\d+|una|dos|tres|cuatro|one|two|three|four)\s(?:ovulos|capsulas|tabletas|pastillas|pills|tablets|capsules)\s(?:cada|every)\s(?:\d+|ocho|doce|seis|eight|twelve|six)\s(?:horas|hours|hrs)\b",
    ))
});

/// The medicines of fertility care (data/vocab/medicines.txt).
static MEDICINE_NAMES: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::from_iter(entries(MEDICINES)));

/// The part of [`DEFERRAL`] that sends the reader to their own care team.
static DEFERRAL_TO_CARE: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "ask your doctor", "talk to your doctor", "talk with your doctor", "discuss with your doctor", "your own doctor", "your own clinic",
        "your own team", "your own care team", "your own provider", "your own ob", "your own nurse", "call your clinic", "consulte a su medico", "pregunta a tu medico", "habla con tu medico", "hasta que hables con", "hasta q hables con",
        "until you talk to", "until you speak with",
    ])
});

/// "Ask your doctor" and "talk to your clinic" defer to the reader's own doctor: general.
static DEFERRAL: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "ask your doctor about", "ask your doctor whether", "ask your doctor if", "talk to your doctor", "talk with your doctor",
        "discuss with your doctor", "discuss yours with", "your own doctor", "your own clinic", "call your clinic",
        "your own team", "your own care team", "your own provider", "your own ob", "your own nurse",
        "consulte a su medico", "pregunta a tu medico", "habla con tu medico", "if you", "if your", "si tienes", "si usted",
        // ("NO te pongas el Lupron hasta q hables con la doctora": held until the doctor decides)
        "hasta que hables con", "hasta q hables con", "hasta que hable con", "until you talk to", "until you speak with", "until you've talked to",
        "many people", "most people", "some people", "in general", "generally", "typically", "usually", "commonly",
        // ("Not giving advice on your case (you need your own RE for that)"; a sentence that calls
        // itself general information is no directive at all: `calls_itself_general`)
        "not giving advice", "not advice on your", "your own re",
    ])
});

/// Words that make a "stop the medication" sentence a caution rather than advice.
const DEFERRAL_STOP: &str = crate::lines!["don't stop", "do not stop", "never stop", "before you stop", "without talking", "ask your", "talk to your", "no dejes", "no suspendas", "no suspenda", "no suspendan", "sin hablar",
    // the patient's own doctor's instruction, passed on by the practice ("El doctor quiere que suspenda…")
    "doctor quiere que", "doctora quiere que", "doctor wants you to", "doctor wants her to", "wants you to stop",
    // ("Su médico le dirá cuándo puede dejar la progesterona": when, left to the doctor)
    "cuando puede dejar", "cuando puedes dejar", "si puede dejar", "si puedes dejar", "le dira", "te dira", "will tell you when", "consulte con su", "pregunte a su", "pregunta a tu"];

/// Verbs that, opening a sentence, tell the reader what to do about their care.
static IMPERATIVES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "transfer", "skip", "stop", "start", "ask", "take", "get", "push", "demand", "insist", "switch", "cancel",
    "freeze", "try", "use", "increase", "decrease", "lower", "double", "add", "drop", "refuse", "request", "avoid",
    "don't", "dont", "toma", "pide", "exige", "deja", "cambia", "empieza", "suspende",
    // "Bump the PIO up to 1.5 mL", "Sube el Gonal a 225"
    "bump", "raise", "cut", "sube", "baja", "agrega", "arranca",
    // ("…no esperen a su doctor: súbanse a progesterona 400 mg": said to a group)
    "subanse", "tomen", "dupliquen",
    // ("Tómate DHEA 75 mg diario", "Empiece con 150 unidades")
    "tomate", "tomese", "tomense", "empiece", "comience", "ponte", "pongase",
    // voseo ("empezá con 150", "pedí la transferencia", "probá con letrozol")
    "empeza", "pedi", "proba", "subi", "cambia",
]);

/// "just take a double dose the next day", "pónganse doble dosis": a dose doubled, not
/// forbidden ("never take a double dose", "no se ponga doble dosis").
fn doubled(s: &str) -> bool {
    ["double dose", "double up on", "doble dosis"].iter().any(|d| {
        s.match_indices(d).any(|(k, _)| {
            !s[..k].split(|c: char| !c.is_alphanumeric() && c != '\'').rev().filter(|w| !w.is_empty()).take(4).any(|w| {
                crate::text::one_of(w, crate::lines!["never", "don't", "dont", "not", "no", "nunca", "ni", "avoid", "evite", "evita"])
            })
        })
    })
}

/// The sentence opens (after any @handle or name and comma) with an imperative verb.
fn opens_with_imperative(a: &Analysis, i: usize) -> bool {
    let r = a.sentences[i].clone();
    let k = a.token_at(r.start);
    let mut k = k;
    // skip "@handle" and "Name," openers
    while k < a.tokens.len() && a.tokens[k].span.start < r.end {
        let before = &a.text[r.start..a.tokens[k].span.start];
        if before.trim_end().ends_with('@') || before.trim().is_empty() {
            if before.trim_end().ends_with('@') {
                k += 1;
                continue;
            }
            break;
        }
        break;
    }
    // ("Drop your AMH and FSH in the replies": a request for details, PHI_SOLICITATION's)
    let request = a.sentence_folded(i).has_line(crate::lines!["in the replies", "in the comments", "below", "en los comentarios", "dm me", "dm us"]);
    // ("Try being on time next cycle": how to behave, not what to do about one's care)
    let conduct = |k: usize| a.word(k) == "try" && k + 1 < a.tokens.len() && crate::text::one_of(a.word(k + 1), crate::lines!["being", "showing", "arriving", "reading", "calling", "asking", "answering"]);
    !request && k < a.tokens.len() && a.tokens[k].span.start < r.end && IMPERATIVES.contains(&a.word(k)) && !conduct(k)
        // "@x for a lining stuck at 6mm like yours, add sildenafil…": right after the opening clause
        // ("Amiga, con lo que cuentas de tus ciclos, empieza Clomid…", "con un AMH de 0.8 yo no
        // esperaría más: empiece ya con 225 UI": or after a second clause, or a colon)
        // (past the first comma only a verb of treatment, not "One general thing that helped me:
        // ask your nurse for the calendar")
        || !request && a.text[r.clone()].match_indices([',', ':']).filter(|(c, _)| a.text[r.start + c + 1..].starts_with(' ')).take(3).enumerate().any(|(n, (c, _))| {
            let j = a.token_at(r.start + c + 2);
            let first_comma = n == 0 && a.text[r.start + c..].starts_with(',');
            j < a.tokens.len() && a.tokens[j].span.start < r.end && IMPERATIVES.contains(&a.word(j))
                && (first_comma || !crate::text::one_of(a.word(j), crate::lines!["ask", "request", "demand", "insist", "try", "get", "use", "avoid", "pide", "exige", "don't", "dont"]))
        })
}

/// Telling readers to stop a prescribed medication: "you can stop your metformin", "deja la
/// progesterona". Advice to anyone, harmful in a post as much as in a reply.
// ("sí, ya puede dejar la progesterona, no le pasa nada": permission to stop is the same directive)
static STOP_MEDICATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(
        r"\b(?:(?:you can|you should|just|go ahead and|honestly|seriously|literally) (?:stop|quit|drop|ditch)|stop taking|quit taking|(?:^|[.!?;]\s+|,\s+|,\s+so\s+|\bso\s+just\s+)stop (?:the|your|all(?: your)?)|deja(?: de tomar| de usar| de pincharte| de ponerte| de inyectarte| la| las| el| los| tus| sus)|dejate de(?: tomar| usar)?(?: la| las| el| los)?|(?:puede|puedes|pueden|podes) dejar(?: de tomar| de usar| de ponerse| de ponerte)?(?: la| las| el| los| tus| sus| su)?|dejad de (?:tomar|usar|pincharos|poneros)|suspend(?:e|a|an|ed)(?: la| las| el| los)?|duplica(?:te)?(?: el| la| los| las)?|dupliquen?(?: el| la| los| las)?|dobla(?:d|te)?(?: el| la| los| las)?|ponte doble(?: el| la| los| las)?|double(?: up on)?(?: your)?)\s(?:[a-z-]+\s){0,2}?(?:metformin|progesterone|clomid|letrozole|lupron|prednisone|heparin|lovenox|estrace|estradiol|levothyroxine|synthroid|aspirin|meds|medication|medications|shots|injections|progesterona|inyecciones|medicamento|medicamentos|pastillas|metformina|letrozol|testosterona|testosterone|orgalutran|cetrotide|ganirelix|utrogestan|crinone|prometrium|progeffik|dosis|pio|suppositories|supositorios|endometrin|estrogen|estrogeno|patches|parches|menopur|gonal-f|follistim|dexamethasone|doxycycline|hormonas|hormones)\b",
    )
});

/// Reports sentence `i` as advice, with the neutral reply in the text's language.
fn report(a: &Analysis, i: usize, hits: &mut Hits) {
    hits.add_with_suggestion(
        a.sentences[i].clone(),
        by_lang(
            a,
            DIRECTIVE.suggestion.unwrap_or_default(),
            "No puedo dar consejos médicos individuales en línea, pero es una gran pregunta para tu propio médico, que conoce tu historia.",
        ),
    );
}

/// The reader's own details ("your AMH"); a colleague's patients ("your patients' stim
/// sheets") are not the reader's care, and neither are details the writer declines to discuss
/// ("I can't comment on your specific numbers").
fn personal_detail(s: &str) -> bool {
    PERSONAL_DETAIL.find_iter(s).any(|m| {
        let before = s[..m.start()].trim_end();
        // ("ask for a pelvic ultrasound": the thing to ask for, no detail of the reader's own)
        let asked_for = s[m.start()..].starts_with("for a") && (before.ends_with("ask") || before.ends_with("asking") || before.ends_with("request"));
        // ("ask your own team what their protocol is": the reader's care team, whose protocol)
        let own_team = crate::lines!["your own team", "your own care team", "your own doctor", "your own re ", "your own rei", "your own clinic", "your own ob", "your own provider", "your own nurse", "tu propio medico", "tu propia clinica"]
            .split_terminator('\n')
            .any(|t| s[m.start()..].starts_with(t));
        !s[m.start()..].starts_with("your patient") && !before.ends_with("comment on") && !before.ends_with("opinar sobre") && !asked_for && !own_team
    })
}

/// A directive cue in its caring sense: "take" a drug, not "take care of" or "take note".
/// "yo pasaría a…", "yo subiría…": what the writer would do, a Spanish conditional in the
/// first person (not "yo diría que", an opinion).
fn first_person_conditional(s: &str) -> bool {
    s.match_indices("yo ").any(|(k, _)| {
        // ("yo me pondría Utrogestan 200": a pronoun may come between)
        let rest = &s[k + 3..];
        let rest = ["me ", "le ", "te ", "les ", "se ", "lo ", "la "].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(rest);
        let next = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        next.len() > 5 && next.ends_with("ria") && !crate::text::one_of(next, crate::lines!["diria", "creeria", "pensaria", "gustaria", "encantaria", "sentiria", "alegraria"])
    })
}

/// "you want Synthroid 50 mcg daily", "go to 2 mg vaginally": a plain verb that directs only
/// with a dose in the sentence.
fn dosed_directive(s: &str) -> bool {
    (s.has("you want ") && !s.has("if you want") || s.has("go to ") || s.has("stay on ") || s.has("just use ")) && DOSE.is_match(s)
}

/// "Dr. Bae will tell you on Friday's IG live whether he needs surgery": a promise to answer
/// later ("will tell you", "'ll tell you", then "whether", "if", "which" or "what" within a few
/// words), an offer to advise rather than advice.
/// (In Spanish, "el Dr. Ruiz les dirá en el directo si…": "te/le/les dirá" or "diremos", then
/// "si" or "cuál".)
fn tells_later(s: &str) -> bool {
    let answer_within = |rest: &str, words: &[&str]| rest.split_whitespace().take(8).any(|w| words.contains(&w));
    s.match_indices("tell you").any(|(k, m)| {
        let before = s[..k].trim_end();
        (before.ends_with("will") || before.ends_with("'ll") || before.ends_with("will personally"))
            && answer_within(&s[k + m.len()..], &["whether", "if", "which", "what"])
    }) || ["te dira", "le dira", "les dira", "te diremos", "le diremos", "les diremos", "te digo", "le digo", "te decimos", "le decimos"]
        .iter()
        .any(|p| s.match_indices(p).any(|(k, m)| answer_within(&s[k + m.len()..], &["si", "cual", "cuales"])))
}

/// Verbs that pass on someone else's instruction before "que se ponga…" ("quiere que se tome").
static REPORTED_WISHES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "quiere", "queria", "necesita", "pidio", "pide", "dijo", "dice", "indico", "indica", "recomendo", "recomienda", "mando", "manda",
]);

/// What "take" (or "take a") takes that is no medicine: time off, a look, an idiom.
static TAKEN_NOT_DRUGS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "week",
    "day",
    "break",
    "nap",
    "minute",
    "moment",
    "breath",
    "seat",
    "look",
    "step",
    "walk",
    "vacation",
    "sec",
    "second",
    "shower",
    "care",
    "note",
    "part",
    "advantage",
    "pride",
    "place",
    "turns",
    "questions",
    "photos",
    "pictures",
    "calls",
    "post",
    "photo",
    "picture",
    "video",
    "review",
]);

/// Words for a regimen the reader could be told to follow ("our pineapple core protocol").
const REGIMENS: &str = crate::lines!["protocol", "protocolo", "cleanse", "detox", "limpieza"];

fn directive_cue(s: &str) -> bool {
    first_person_conditional(s) || dosed_directive(s) || DIRECTIVE_CUES.find_iter(s).any(|(r, _)| {
        let next = s[r.end..].split_whitespace().next().unwrap_or("");
        let prev = s[..r.start].split_whitespace().next_back().unwrap_or("");
        // "had the nerve to ask for a discount": an infinitive, not an instruction
        // ("stays off our feed unless you ask for it": a condition, not an instruction)
        // ("We never ask for records over WhatsApp": what the practice does not do)
        let infinitive = crate::text::one_of(prev, crate::lines!["to", "nerve", "never", "we", "not"]) && s[r.clone()].starts_with("ask")
            || prev == "you" && s[r.clone()].starts_with("ask") && matches!(s[..r.start].split_whitespace().nth_back(1), Some("unless" | "if" | "until"));
        // ("grab Monistat 7 OTC", "do vaginal viagra 25mg": a medicine to get or to take; not
        // "grab the keys", "do the paperwork")
        // ("empieza Clomid 50 mg del día 5 al 9": a medicine right after, in Spanish too)
        if crate::text::one_of(s[r.clone()].trim_end(), crate::lines!["grab", "do", "empieza", "empiece", "empeza"]) {
            let next3: Vec<&str> = s[r.end..].split_whitespace().take(3).collect();
            // ("just do our pineapple core protocol 🍍 5 days after transfer": a regimen to follow)
            let regimen = s[r.end..].split_whitespace().take(4).any(|w| crate::text::one_of(w, REGIMENS));
            return names_medicine(&next3.join(" ")) || regimen;
        }
        // ("we looked up your account": found, not "up your dose"; "we had to move quickly to
        // lower your OHSS risk": what a step was for, not an order. Any "you need to" or "you
        // have to" before it is a cue of its own.)
        let change = s[r.clone()].trim_end();
        if crate::text::one_of(change, crate::lines!["up your", "lower your", "increase your", "double your", "cut your", "raise your", "bump your", "bump up your", "swap your"])
            && (prev == "to" || change == "up your" && crate::text::one_of(prev, crate::lines!["looked", "look", "looking", "pulled", "pull", "pulling", "picked", "pick", "brought", "bring", "set", "freed", "cleared", "cleaned", "fill", "filled", "backed", "lined", "signed", "sign", "follow", "followed", "following", "sync", "synced", "mixed", "mix"]))
        {
            return false;
        }
        // ("a positive result usually means you are healthy": general)
        if s[r.clone()].trim_end() == "means you" && HEDGING_ADVERBS.contains(prev) {
            return false;
        }
        // ("…and our billing team will start the appeal": what the practice will do)
        if crate::text::one_of(s[r.clone()].trim_end(), crate::lines!["start", "take"])
            && s[..r.start].split_whitespace().rev().take(3).any(|w| crate::text::one_of(w, crate::lines!["we", "we'll", "team", "billing", "nurse", "nurses", "office", "staff"]))
            && s[..r.start].split_whitespace().next_back().is_some_and(|w| crate::text::one_of(w, crate::lines!["will", "we'll", "can", "to"]))
        {
            return false;
        }
        // ("tu médico te dirá qué te conviene": a question, not a directive)
        if s[r.clone()].trim_end() == "te conviene" && crate::text::one_of(prev, crate::lines!["que", "cual", "si", "como", "cuando"]) {
            return false;
        }
        // ("el doctor necesita que no se ponga el Cetrotide": an instruction passed on)
        if s[r.clone()].trim_end() == "no se ponga" && prev == "que" {
            return false;
        }
        // ("la doctora quiere que se tome la progesterona…": the doctor's instruction, passed on)
        if s[r.clone()].starts_with("que se ") && REPORTED_WISHES.contains(prev) {
            return false;
        }
        // ("si la prepaga te pide algo": someone asks the reader; not the imperative "pide")
        if crate::text::one_of(s[r.clone()].trim_end(), crate::lines!["pide", "toma", "usa", "deja las", "deja la", "deja el", "deja los"]) && crate::text::one_of(prev, crate::lines!["te", "le", "nos", "me", "se", "les"]) {
            return false;
        }
        // ("call billing if you want to switch to monthly": payments; "try listening instead of
        // yelling at our receptionist": manners)
        let bare_next = next.trim_matches(|c: char| !c.is_alphanumeric());
        if s[r.clone()].trim_end() == "switch to" && crate::text::one_of(bare_next, crate::lines!["monthly", "autopay", "paperless", "payments", "payment", "the", "a"]) && !s[r.end..].has("mg") {
            return false;
        }
        // ("…faxed it to your home fax instead of to us": where a thing went, not a drug swapped)
        if s[r.clone()].trim_end() == "instead of" && (CONDUCT_GERUNDS.contains(bare_next) || crate::text::one_of(bare_next, crate::lines!["to", "us", "at", "here", "there"])) {
            return false;
        }
        // ("sent us a demand letter": a noun)
        // ("your beta was 212 so that's a GREAT start": a start, not "start taking…")
        let noun = s[r.clone()].trim_end() == "demand" && (crate::text::one_of(prev, crate::lines!["a", "the", "their", "his", "her", "your"]) || next == "letter")
            // (not "a good start is 75 mg DHEA daily": what the start is, told)
            || s[r.clone()].trim_end() == "start" && crate::text::one_of(prev, crate::lines!["a", "the", "great", "good", "strong", "solid", "perfect", "amazing", "fresh", "slow", "rough", "head", "false", "nice"])
                && !crate::text::one_of(next, crate::lines!["is", "would", "might", "could", "=", "->", "→"]);
        if noun {
            return false;
        }
        // ("won't let her take a week off for a retrieval": time, not a drug; "we take the post
        // down within 24 hours": the post; "take care", "take photos": an idiom)
        let take = s[r.clone()].trim_end() == "take";
        let time_off = take
            && crate::text::one_of(next, crate::lines!["a", "the", "that", "this", "our"])
            && s[r.end..].split_whitespace().nth(1).is_some_and(|w| TAKEN_NOT_DRUGS.contains(w.trim_matches(|c: char| !c.is_alphanumeric())));
        // ("we'll take him straight back": a person taken somewhere)
        let person_taken = take && crate::text::one_of(next, crate::lines!["him", "her", "them", "you", "us", "me"]);
        !infinitive && !time_off && !person_taken && !(take && TAKEN_NOT_DRUGS.contains(next))
    })
}

fn check_directive(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    // ("Hypothetical for the residents (made-up case, not a real patient): … Do you go straight
    // to IVF?": teaching about an invented case)
    if a.hypothetical {
        return;
    }
    for i in 0..a.sentences.len() {
        let s = a.sentence_folded(i);
        // ("la paquetería nos deja las cajas de medicamento al sol": someone leaves them, no imperative)
        let stop = STOP_MEDICATION.find_iter(s).any(|m| !matches!(s[..m.start()].split_whitespace().next_back(), Some("nos" | "me" | "le" | "te" | "se" | "les" | "que")));
        if stop && !s.has_line(DEFERRAL_STOP) {
            report(a, i, hits);
            return;
        }
    }
    // ("Escríbenos al WhatsApp … y te decimos qué dosis de Gonal-F necesitas": a dose for the
    // reader, promised in private)
    // (the whole text is asked first, once: most texts promise nothing)
    // ("comenten su edad y su AMH y aquí mismo les digo qué dosis de Gonal-F necesitan")
    const PROMISES: &str = crate::lines!["te decimos", "le decimos", "les decimos", "te digo", "le digo", "les digo", "te dire", "le dire", "les dire", "te diremos", "les diremos", "we'll tell you", "we will tell you", "i'll tell you", "i will tell you", "ill tell you", "we tell you", "te recomiendo", "i'll let you know"];
    if a.folded.s.has_line(PROMISES) {
        for i in 0..a.sentences.len() {
            let s = a.sentence_folded(i);
            // ("DM them with your date of birth and I'll tell you exactly which protocol to ask
            // your doctor for")
            // (what is told comes after the promise: not "escríbenos qué medicamentos tomas y te
            // decimos si calificas")
            let told = PROMISES.split_terminator('\n').filter_map(|p| s.find(p).map(|k| &s[k + p.len()..])).any(|rest| {
                let rest = &rest[..rest.floor_char_boundary(40)];
                rest.has_line(crate::lines!["que dosis", "what dose", "which dose", "how much to take", "how much to inject", "cuanto tomar", "cuanto ponerte", "cuanto inyectarte", "which protocol", "what protocol", "que protocolo", "which meds", "what meds", "which medication", "que medicamento",
                    // ("…y te digo qué día hacerte la prueba": the day to act, not whether one
                    // qualifies; "whether to freeze now or wait" is labelled both ways)
                    "which day to", "what day to", "que dia", "cuantas unidades", "how many units", "cuantos mg", "how many mg", "cuando hacerte", "cuando empezar", "cuando dejar", "cuando suspender"])
            });
            if told {
                report(a, i, hits);
                return;
            }
        }
    }
    // (a post in question-and-answer form answers the one who asked: "Q: … A: …", "P: … R: …")
    let qa = (a.folded.s.has("q:") && a.folded.s.has("a:")) || (a.folded.s.has("p:") && a.folded.s.has("r:"));
    // ("Para la señora que llamó al programa desde…: póngase…", "To the woman who asked on
    // Tuesday's live:"): a post said to one listener
    let to_one_listener = {
        let t = a.folded.s.trim_start_matches(|c: char| !c.is_alphanumeric());
        crate::lines!["para la senora que", "para el senor que", "para la chica que", "para la muchacha que", "para la mama que", "para quien pregunto", "a la senora que", "al senor que",
         "pregunta de la radio", "pregunta del programa", "pregunta de hoy", "caller question", "today's caller",
         "to the lady who", "to the woman who", "to the caller who", "to the mom who", "to the person who", "to the girl who", "to the guy who", "to whoever asked", "to the listener who"]
            .split_terminator('\n')
            .any(|o| t.starts_with(o))
    };
    // ("Sra. Xiloj, su transferencia quedó para el 14…": a post that opens by calling a patient
    // by name speaks to her)
    let named_reader = a.people.iter().any(|p| p.vocative && p.kind == crate::analysis::PersonKind::Private);
    let addressed_context = qa || to_one_listener || named_reader || a.opts.context.is_conversational() || (0..a.sentences.len()).any(|i| crate::analysis::has_handle(a, i));
    // A comment that opens with "@handle" is said to that person, every sentence of it.
    let opens_with_handle = addressed_context && {
        let t = a.text.trim_start();
        t.starts_with('@') || t.starts_with("u/") || a.folded.s.trim_start().starts_with("replying to @")
    };
    // "girl if the PIO shots are leaving knots just switch…": a comment that opens by calling
    // the reader something speaks to them
    // (or calls them so after a comma: "…scream PCOS to me, hon. Start inositol now")
    let pet_name = |w: &str| PET_NAMES.contains(w);
    let vocative_open = addressed_context
        && (a.folded.s.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).is_some_and(pet_name)
            || a.folded.s.match_indices(", ").any(|(k, _)| {
                let rest = &a.folded.s[k + 2..];
                let w = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                pet_name(w) && rest[w.len()..].trim_start().chars().next().is_none_or(|c| matches!(c, '.' | '!' | '?' | ',' | ':' | ';'))
            }));
    // (a comment that opens with a handle and gives the day of their cycle, "spotting at
    // 5dp5dt", is about that person's care)
    // ("POV: you have ER+ breast cancer and want to freeze your eggs": a video's imagined viewer,
    // anyone in that spot)
    // ("General info only: a lot of clinics repeat thyroid labs if the last ones are over a
    // year old": a sentence that calls itself general describes no one)
    let personal_at = |j: usize| !a.sentence_folded(j).starts_with("pov") && personal_detail(a.sentence_folded(j)) && !crate::analysis::calls_itself_general(a.sentence_folded(j));
    // (asked only once a sentence may be a directive: its pattern is among the costliest to
    // build, and most texts that pass its gate give no directive)
    let personal_anywhere = std::cell::OnceCell::new();
    let personal_anywhere = || *personal_anywhere.get_or_init(|| (0..a.sentences.len()).any(personal_at) || opens_with_handle && a.cues.cycle_day_in(&a.folded.s));
    // (a directive elsewhere in the comment is the advice to report, not the bare dose)
    let cue_elsewhere = || (0..a.sentences.len()).any(|j| (a.care[j] || DOSE.is_match(a.sentence_folded(j))) && directive_cue(a.sentence_folded(j)));
    // ("Texas couples: skip the clinics up north… Start taking CoQ10 600mg today": a post that
    // opens by calling a group of readers speaks to each of them)
    let group_addressed = a.folded.s.trim_start().split_once(": ").is_some_and(|(head, _)| {
        head.split_whitespace().count() <= 3
            && head.split_whitespace().last().is_some_and(|w| crate::text::one_of(w, crate::lines!["couples", "parejas", "ladies", "chicas", "moms", "mamas", "patients", "pacientes", "folks", "women", "mujeres", "girls", "families", "familias"]))
    });
    for i in 0..a.sentences.len() {
        let s = a.sentence_folded(i);
        // ("Toma 1: Lic. Obando, embriólogo…", "Take 2: …": a shot in a video's script)
        if ["toma ", "take "].iter().any(|t| s.strip_prefix(t).is_some_and(|r| r.split_once(':').is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))) {
            continue;
        }
        let doubles = doubled(s);
        let dose = doubles || DOSE.is_match(s);
        // ("@x Letrozole 7.5 mg days 3 to 7 plus a baby aspirin every night": a dose told to the
        // person tagged, not the writer's own: "my", "I")
        let dose_to_tagged = opens_with_handle && !cue_elsewhere() && dose && !s.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| crate::text::one_of(w, crate::lines!["i", "my", "i'm", "we", "our", "mi", "yo"]));
        // ("Step one for everyone watching: start DHEA 75 mg today"; "If your cycles run longer
        // than 35 days… Ask any urgent care for letrozole 5mg on days 3–7": a dose ordered for all
        // who watch, or for whoever meets the condition just said; not the folic acid everyone
        // trying is told to take)
        let dose_ordered_for_all = dose
            && (opens_with_imperative(a, i) || s.split_once(": ").is_some_and(|(_, r)| r.split_whitespace().next().is_some_and(|w| IMPERATIVES.contains(w))))
            && !s.has_line(crate::lines!["folic", "prenatal", "acido folico"])
            && (group_addressed || s.has_line(crate::lines!["everyone", "everybody", "all of you", "y'all", "todas las que", "todos los que", "ustedes"])
                // ("Tómense zinc… y clomifeno 50 mg diario": an order to all, in the plural)
                || s.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, crate::lines!["tomense", "empiecen", "comiencen", "pruebenlo", "inyectense", "ponganse", "subanse", "tomen", "dupliquen"]))
                || i > 0 && crate::text::starts_with_line(a.sentence_folded(i - 1), crate::lines!["if you", "if your", "if ur ", "si tienes", "si tu ", "si tus ", "si te "])
                // ("¿Conteo bajo de espermatozoides? 👀 Tómense…", "Low AMH? Start DHEA 75 mg"):
                // the condition asked just before
                || i > 0 && a.sentence_folded(i - 1).trim_end().ends_with('?') && a.sentence_folded(i - 1).split_whitespace().count() <= 6)
            // ("POV: tienes 41 y te dijeron que ya no 🙅‍♀️ Tómate DHEA 75 mg diario": the video's
            // viewer is whoever is in that spot, and the dose is ordered for each of them)
            || dose && directive_cue(s) && [s, if i > 0 { a.sentence_folded(i - 1) } else { "" }].iter().any(|t| {
                crate::text::starts_with_line(t, crate::lines!["pov: you", "pov: tienes", "pov: eres", "pov: tu ", "pov: ur "])
                    // ("pov: it's -30 in Fairbanks and your partner's swimmers are low → get him on…")
                    || t.starts_with("pov") && a.cues.addresses_reader(t)
            });
        // ("forget what your IHS doc told you 🙄 … 600mg CoQ10 and you WILL get pregnant": the
        // reader's own doctor set aside for a remedy)
        let overrides_doctor = s.has_line(crate::lines!["forget what your", "ignore what your", "ignore your doctor", "ignore your doc", "forget your doctor", "olvida lo que te dijo", "olvidate de lo que te dijo", "no le hagas caso a tu", "no le hagas caso al doctor", "no le hagas caso a la doctora"])
            && (dose || names_medicine(s));
        // (the remedy first: the promise's pattern is asked only of a sentence that names one)
        let promised = (dose || names_medicine(s) || s.has_line(crate::lines!["cleanse", "detox", "supplement", "limpieza", "suplemento", "tea ", "te de "])) && promised_order(s);
        // ("A esa edad tu madre… Que vaya directa a ovodonación y que empiece ya con 2 mg de
        // estradiol al día": a dose ordered, through the reader, for someone they know)
        // (said as an order, opening the sentence or a clause joined by "y": not "la doctora
        // quiere que se tome 200 mg", a doctor's order told)
        let relayed = dose
            && crate::lines!["que empiece", "que empieze", "que comience", "que tome ", "que se tome", "que se ponga", "que se inyecte", "que use ", "que siga con", "que arranque"].split_terminator('\n').any(|p| {
                s.match_indices(p).any(|(k, _)| {
                    let before = s[..k].trim_end_matches(|c: char| !c.is_alphanumeric());
                    before.is_empty() || before.ends_with(" y") || before == "y" || s[..k].trim_end().ends_with(',')
                })
            });
        // ("maca en ayunas + metformina 850 mg dos veces al día y te embarazas en menos de 3
        // meses": a dose, and a pregnancy promised to whoever takes it)
        let promised = promised || relayed || dose && s.has_line(crate::lines!["te embarazas", "quedas embarazada", "te vas a embarazar", "you'll get pregnant", "you will get pregnant", "you'll be pregnant"]);
        let directive = overrides_doctor || promised || directive_cue(s) || dose_to_tagged || dose_ordered_for_all || addressed_context && a.care[i] && opens_with_imperative(a, i) && personal_anywhere();
        if !directive || !a.care_near(i) && !dose {
            continue;
        }
        // ("if ur RE says ur lining is fine at 6mm... it's not bestie. do vaginal viagra…": a
        // short aside may stand between the reader's details and the directive)
        let short = |j: usize| a.sentence_folded(j).split_whitespace().count() < 5;
        let personal = personal_at(i) || i > 0 && personal_at(i - 1) || i > 1 && short(i - 1) && personal_at(i - 2);
        // ("@sruly_and_malky_ if you're both Gaucher carriers just skip PGT-M": a condition told
        // to the one tagged, and an order, defers to no one)
        // ("Si ya pasaste de los 40 ni pierdas tiempo con inseminación, vente directo a FIV",
        // "if you're over 40, skip IUI and go straight to IVF"): one treatment ruled out for
        // another, told to whoever meets a condition, is advice to each of them
        let switch = treatment_switch(s);
        let conditional = switch && s.has_line(crate::lines!["if you", "if your", "if ur ", "si tienes", "si tenes", "si ya ", "si tu ", "si tus ", "si eres", "si sos", "si usted", "si pasaste"]);
        let deferring = DEFERRAL.any_in(s) && !personal && !dose && !conditional && !(opens_with_handle && strong_directive(s) && !DEFERRAL_TO_CARE.any_in(s));
        // "send us your AMH and we'll tell you whether you should freeze": an offer to advise
        // (solicitation is its own rule), not advice given.
        // ("drop your count in the comments and I'll tell you if you need IVF", "Dr. V will
        // personally tell you which option is right": any future "tell you if/which/what")
        // ("…our nurse will tell you your fertile window", "I'll pick which embryo you should transfer")
        let offer = tells_later(s) || s.has_line(crate::lines!["we'll tell you", "'ll tell you if", "'ll tell you whether", "'ll tell you which", "'ll tell you what", "'ll tell you your", "will tell you your", "will personally tell you", "'ll pick which", "will pick which", "'ll rank who", "will rank who", "'ll choose which", "we will tell you", "will tell you whether", "will tell you if", "will tell you how", "will say whether", "will say if", "'ll say if", "'ll say whether", "will reply with whether", "will reply whether", "will answer publicly with", "will answer with the protocol", "will reply with the protocol", "will answer whether", "will let you know if", "will let you know whether", "te diremos", "te decimos si", "te decimos que", "te decimos cual", "we'll tell you what", "we'll tell you which", "will tell you what", "te dice si", "te dira si", "les digo si", "te digo si", "te decimos gratis si", "te dice gratis", "te dice que tratamiento", "te decimos que tratamiento", "te decimos gratis"]);
        // "if it gets worse, call the after-hours line": sending the person to care is not advice
        // (keeping them from it is: "no need to call the after-hours line")
        // ("Dr. Ellison needs to talk about your beta before you take tonight's progesterone":
        // the care team asking to speak first; "please take the screenshot down")
        let to_care = crate::lines!["needs to talk", "needs to speak", "wants to talk", "wants to speak", "needs to see you", "necesita hablar", "quiere hablar", "take the screenshot down", "take it down", "take that down", "take the post down", "take down the", "tell your team", "tell your care team", "tell your nurse", "tell your doctor", "let your nurse know", "let your team know", "after-hours line", "after hours line", "call billing", "payment plan", "plan de pagos", "llame a facturacion", "check the portal", "use the portal", "patient portal", "portal del paciente", "nurse line", "call 911", "right one to ask", "right person to ask", "right people to ask", "best person to ask", "best people to ask", "the ones to ask", "la persona indicada para", "go to the er", "go to the emergency", "call your clinic", "call your doctor", "call us", "llama a la guardia", "llama a tu clinica", "ve a urgencias", "acude a urgencias", "llamanos"]
            .split_terminator('\n')
            .any(|p| s.has(p))
            && !s.has_line(crate::lines!["no need to", "don't call", "dont call", "no hace falta", "no llames", "no tienes que llamar"]);
        // "which is exactly why we recommended ICSI instead of another IUI": past care recounted
        // (a disclosure in a review reply), not advice given now
        // ("if you had followed your stim protocol instead of googling…": the past reproached)
        let recounted = s.has_line(crate::lines!["we recommended", "we suggested", "we advised", "we had recommended", "was recommended", "were advised", "we chose", "we decided",
            "if you had followed", "if you'd followed", "if you had listened", "if you'd listened", "si hubiera seguido", "si hubieras seguido", "si hubiera hecho caso", "si hubieras hecho caso"]) && !strong_directive(s) && !dose;
        // ("Ask for the media consent form at your next visit": paperwork, not care)
        let paperwork = ["ask for ", "pide el ", "pide la ", "pidan el ", "pidan la "].iter().any(|p| {
            s.match_indices(p).any(|(k, m)| {
                s[k + m.len()..].split_whitespace().take(4).any(|w| {
                    crate::text::one_of(w.trim_matches(|c: char| !c.is_alphanumeric()), crate::lines!["form", "forms", "consent", "copy", "receipt", "paperwork", "interpreter", "formulario", "consentimiento", "recibo", "interprete", "copia"])
                })
            })
        });
        // ("L&D nurse here, general info only: a positive OPK means your LH surge is happening")
        // (and with a dose, if it hedges as a description of common practice and orders nothing:
        // "General info, not medical advice: stim protocols commonly start around 150–300 IU")
        let general_note = crate::analysis::calls_itself_general(s) && (!dose || DEFERRAL.any_in(s) && !strong_directive(s) && !opens_with_imperative(a, i));
        if offer || to_care && !dose || recounted || paperwork && !dose && !strong_directive(&s.replace("ask for", "")) || general_note {
            continue;
        }
        let addressed = addressed_context
            && (a.cues.addresses_reader(s)
                || vocative_open
                || crate::analysis::has_handle(a, i)
                || opens_with_handle
                || to_one_listener
                // (an usted imperative speaks to the reader: "no se ponga…", "duplique…")
                || s.has_line(crate::lines!["en su lugar", "en tu lugar", "duplique"])
                || s.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, crate::lines!["tomese", "tomense", "tomate", "pongase", "ponte", "inyectese", "aplique", "apliquese"]))
                || s.has("no se ponga") && !s.has("que no se ponga"));
        let imperative = addressed_context && opens_with_imperative(a, i) && personal_anywhere();
        // "Everyone doing a frozen transfer should start 200mg of CoQ10": a dose told to all readers.
        let dose_for_all = dose && s.has_line(crate::lines!["should start", "should take", "should be on", "needs to take", "deberian tomar", "deben tomar"])
            // ("si tienes SOP y no te baja, tómate 1500 mg de metformina…": a dose told to whoever
            // has the condition)
            // ("si tus reglas son bien irregulares no pierdas tiempo: metformina 850…")
            // ("Chicas, si su clínica no les da heparina, pídanla… y tómenla diario": ustedes)
            || dose && (strong_directive(s) || s.has_line(crate::lines!["pidanla", "pidanlo", "tomenla", "tomenlo"])) && s.has_line(crate::lines!["si tienes", "si te ", "si no te", "si tus ", "si tu ", "si su ", "si sus ", "si les ", "si no les ", "if you have", "if you're", "if your", "if ur ", "if "])
            // ("si se les olvida la inyección de Menopur, pónganse doble dosis": a missed dose
            // made up by doubling, told to whoever missed one)
            || doubles && strong_directive(s) && s.has_line(crate::lines!["si se les olvid", "si se le olvid", "si se te olvid", "si olvid", "si te olvid"])
            || dose_ordered_for_all;
        // ("…con metformina de 500 mg dos veces al día se embarazó. Pruébelo, no pierde nada"):
        // the reader told to try the dose just told
        let try_it = i > 0 && DOSE.is_match(a.sentence_folded(i - 1)) && s.has_line(crate::lines!["try it", "give it a try", "pruebelo", "pruebela", "pruebalo", "pruebala", "pruebenlo", "intentelo", "intentalo"]);
        // ("@x con esos números ni pierda el tiempo con inseminaciones, pásese directo a FIV":
        // one treatment ruled out for another, told to the one addressed)
        // ("Skip the IUI, it's a waste of money": or opening with the order, to every reader)
        let switch_told = switch && (addressed || opens_with_handle || opens_with_imperative(a, i));
        if !deferring && (personal || imperative || dose_for_all || try_it || switch_told || conditional || overrides_doctor || promised || dose && (addressed || a.opts.context.is_conversational() || s.has("ask for") || s.has("pide") || s.has("pedile")) || addressed && a.care[i] && (strong_directive(s) || vocative_open && (opens_with_imperative(a, i) && names_medicine(s) || directive_cue(s) && s.has_line(REGIMENS)))) {
            report(a, i, hits);
            return;
        }
    }
}

/// An order with a result promised to whoever follows it ("Start CoQ10 600mg + DHEA 75mg
/// tomorrow and you WILL see better eggs", "do our 90-day cleanse and u WILL be pregnant by
/// spring", "tómate esto y vas a quedar"): advice to each reader, whatever the audience.
fn promised_order(s: &str) -> bool {
    static PROMISE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::regex(r"\b(?:start|take|do|try|use|add|drink|get on|toma|tomate|tomen|tomense|empieza|empiecen|haz|hagan|usa|usen|prueba|prueben)\b[^.!?]{0,80}?\b(?:and|y|e) (?:(?:you|u|y'all) (?:will|gonna|are going to|are gonna)|you'll|vas a|van a)\b")
    });
    PROMISE.is_match(s)
}

/// "toma" as an order ("toma 5 mg"), not the noun ("su toma de muestra", "la toma de la beta").
fn takes(s: &str) -> bool {
    s.match_indices("toma ").any(|(k, _)| !s[k..].starts_with("toma de ") && !matches!(s[..k].split_whitespace().next_back(), Some("su" | "tu" | "la" | "una" | "cada" | "primera" | "segunda")))
}

/// A treatment ruled out, or skipped for another: "skip IUI", "go straight to IVF", "no
/// pierdas tiempo con inseminación", "directo a FIV".
fn treatment_switch(s: &str) -> bool {
    s.has_line(crate::lines!["straight to ivf", "straight to icsi", "directo a fiv", "directo a la fiv", "directo a icsi", "skip iui", "skip the iui", "skip ivf"])
        || s.has_line(crate::lines!["no pierdas tiempo con", "ni pierdas tiempo con", "ni pierda el tiempo con", "no pierda el tiempo con", "no pierda tiempo con", "ni pierdas el tiempo con", "no pierdas el tiempo con", "no pierdas tiempo en", "ni pierdas tiempo en", "don't waste time with", "don't waste time on", "dont waste time on", "dont waste time with", "don't waste money on", "dont waste money on"])
            && s.has_line(crate::lines!["iui", "insemina", "ivf", "fiv", "clomid", "clomifeno", "letrozol", "icsi"])
}

/// Directives that are advice on their own when said to a specific reader about care.
/// A fertility drug or supplement named: "Start inositol and metformin now".
fn names_medicine(s: &str) -> bool {
    MEDICINE_NAMES.any_in(s)
}

fn strong_directive(s: &str) -> bool {
    // ("deja las pastillas": an imperative; "la paquetería nos deja las cajas al sol" is not)
    let leave_off = s.has("deja la") && !s.has_line(crate::lines!["nos deja la", "me deja la", "le deja la", "te deja la", "se deja la", "que deja la"]);
    leave_off || s.has_line(crate::lines!["you should", "you need", "you don't need", "i'd ", "i would", "yo en su lugar", "yo en tu lugar", "don't bother", "go straight", "ask for", "ask them to", "tell your clinic", "means you", "should have", "should get", "te conviene", "no vayas", "deberias", "necesitas",
        "ponte", "pongase", "ponganse", "subele", "subete", "no esperes", "sin esperar a tu", "aguanta", "hazme caso", "duplique", "sigue con tus",
        "if it were me", "if i were you", "yo le pediria", "yo que tu", "si fuera tu", "bump your", "double your", "skip the",
        "tell them you want", "tell them you need", "pick donor", "go with donor", "choose donor", "have your clinic", "switch her to", "switch him to",
        "pidele", "pide ", "que te ponga", "que te pongan", "empieza ya", "empieza hoy", "empieza manana", "no te hagas", "duplica", "yo le subiria", "yo le bajaria", "yo no transferiria",
        "yo te pondria", "yo te subiria", "yo te bajaria", "yo te agregaria", "te pondria", "just add", "just start", "just stop", "just skip",
        "subilo", "subila", "sumale", "agregale", "bajale", "bajalo", "no hace falta esperar", "tomese la", "tomese el", "tomese las", "tomese los", "tomate la", "tomate el", "just go up to", "go up to", "no need to wait on", "just switch", "just double", "just bump", "just take", "take an extra", "take another of your", "take two of your", "just use", "just order", "just buy", "don't waste money on", "dont waste money on", "no gastes dinero en", "just trigger", "trigger tonight", "don't waste time", "dont waste time", "don't bother calling", "dont bother calling", "no need to bother", "no need to see", "no need to call", "no need to go in", "no need to come in", "don't call the", "dont call the",
        "no hace falta llamar", "no hace falta que llames", "no llames a", "no tienes que llamar", "don't let them", "dont let them",
        "don't let anyone", "no dejes que te", "no dejes que cancelen", "tomate", "tomese", "decile a tu", "tell your urologist", "keep doing ur", "keep doing your", "keep taking", "don't test", "dont test", "don't do a second", "don't do another", "dont do a second",
        "dont do another", "no hagas otra", "no hagas un segundo", "no hagas una segunda",
        // voseo and negative imperatives: "yo que vos le pediría…", "no te pongas la hCG esta noche"
        // ("no te pongas nerviosa" comforts)
        "yo que vos", "si fuera vos", "yo en tu caso", "no te pongas la", "no te pongas el", "no te pongas los", "no te pongas las", "no te pongas tu",
        "no te inyectes", "no te apliques", "no tomes",
        // (voseo: "ponételo igual mañana temprano y no le digás nada a la clínica")
        "ponetelo", "ponetela", "no le digas nada a la clinica", "no le digas nada a tu",
        // (usted: "siga con la enoxaparina de 40 y no se haga la beta hasta el lunes")
        "siga con la", "siga con el", "sigue con la", "sigue con el", "no se haga la", "no se haga el", "no se ponga la", "no se ponga el",
        // "Vete directo a FIV y exige que te transfieran dos embriones"
        "vete directo", "vente directo", "ve directo",
        // (voseo: "andá directo a FIV y empezá ya con DHEA", "yo no perdería tiempo con inseminaciones")
        "anda directo", "andate directo", "veni directo", "empeza ya", "empeza hoy", "empeza manana", "yo no perderia tiempo", "no perdas tiempo", "no need to wait for", "lo mejor es que dejes", "lo mejor es que empieces", "no hace falta que vayas", "exige que te", "exige que le", "ni pierdas tiempo", "no pierdas tiempo", "skip whatever", "ignore whatever your"])
        || takes(s)
        // ("tell your RE to skip ICSI", "ask your RE to put two back": what to demand of one's doctor)
        || s.has_line(crate::lines!["tell your re to", "tell your rei to", "tell your doctor to", "tell your dr to", "ask your re to", "ask your rei to", "put two back", "transfer two", "dile a tu doctor que", "dile a tu medico que", "pidele a tu doctor que", "pidele a tu medico que"])
}

/// What "instead of" may be followed by that is conduct, not treatment ("instead of yelling").
static CONDUCT_GERUNDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "yelling", "screaming", "complaining", "arguing", "posting", "writing", "shouting", "calling", "gritar",
    "quejarse", "leaving", "making", "keeping", "letting", "telling"
]);

/// Pet names a reply opens with ("hun", "sis", "mama").
static PET_NAMES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "girl", "girlie", "hun", "hon", "sis", "babe", "mama", "mamas", "amiga", "chica", "mija", "nena", "reina",
    "friend", "sweetie"
]);

/// Adverbs that make "means you" a general statement ("usually means you").
static HEDGING_ADVERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "usually",
    "often",
    "typically",
    "generally",
    "normally",
    "rarely",
    "sometimes",
    "can",
    "may",
]);
