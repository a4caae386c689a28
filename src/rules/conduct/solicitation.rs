//! Requests for people to send their health information publicly or through social media.

use std::sync::LazyLock;

use crate::text::Regex;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::lexicon::PhraseSet;
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;

use super::by_lang;
use crate::text::Has;

pub static REQUEST: Rule = Rule {
    id: "conduct.solicitation.health_info",
    category: Category::PhiSolicitation,
    severity: Severity::Block,
    summary: "Asking people to post, comment, DM, text or email their records, results, images or personal details.",
    why: crate::native_only!("Social media is not a secure channel: inviting people to send records, labs or images \
there collects PHI outside HIPAA safeguards, and in comments makes it public."),
    message: "This asks people to send health information over social media ({text}). Point them to your secure patient portal or a phone call instead.",
    suggestion: Some("Please don't share medical details here; call our office or use the secure patient portal and our team will help."),
    example: crate::native_only!("Drop your AMH and FSH in the comments and I'll tell you your odds!"),
    near_miss: crate::native_only!("DM us to book a consult, and please don't post lab results in the comments."),
    example_with: "",
    check: check_request,
};

/// Health information someone might be asked to send.
static HEALTH_INFO: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "records", "record", "labs", "lab results", "results", "bloodwork", "blood work", "ultrasound*", "scans", "scan",
        "images", "photos of your", "pics of your", "studies", "pacs", "dicom", "estudios", "clips", "report", "reports", "levels", "numbers", "amh", "fsh",
        "estradiol", "progesterone", "hcg", "beta", "betas", "diagnos*", "age", "birthday", "birth date", "date of birth",
        "dob", "full name", "insurance card", "insurance info*", "member id", "ssn", "social security", "chart",
        // ("escribe aquí tu número de contrato del plan": Puerto Rico's plan member number)
        "numero de contrato", "contrato del plan",
        // ("Drop your AHCCCS or IHS member number in the comments")
        "member number*", "policy number*", "medicaid number*", "medicare number*", "subscriber number*", "numero de socio",
        "measurements", "follicle*", "embryo grade*", "embryo report", "transfer date", "retrieval date", "due date",
        "cycle day", "beta number*", "date of birth", "insurance id", "pgt", "semen analysis", "sperm analysis",
        "cycle length", "history", "medications", "test results", "sperm count", "motility", "morphology", "tsh", "stim sheet*",
        "screenshot of your", "insurance carrier", "e2", "retrieval number", "biggest follicle", "medical", "resultados", "analisis", "ecografia*",
        "estudios", "laboratorio", "analitica*", "expediente", "edad", "diagnostico", "fecha de nacimiento", "nombre completo",
        "credencial*", "dni", "cedula", "carnet", "documento de identidad", "informe", "informes", "numero de afiliado", "numero de afiliacion",
        "historia clinica", "foto de tu", "fotos de tu", "una captura", "captura del informe", "captura de tu", "resultado", "foto del resultado", "tu nombre",
        "embryo photo*", "embryo pic*", "lab sheet*", "numero de historia", "how many embryos", "how many eggs", "date of your last", "transfer-day pic*", "transfer day pic*",
        "transfer-day photo*", "transfer day photo*", "hospital bracelet", "wristband", "patient portal", "portal de pacientes", "portal del paciente",
        "condition", "screened positive", "ultima regla", "medicamentos", "fecha de tu ultima", "espermatograma", "espermiograma", "seminograma", "espermograma", "foto del", "fotos del", "foto de su", "fotos de su", "carrier status", "genetic result*", "condicion", "salio positiv*",
        // ("déjanos tu CURP y tu número de seguridad social", "vuestro NIE", "tu tarjeta sanitaria")
        "curp", "nss", "seguridad social", "nie", "tarjeta sanitaria",
        "ultrasonido*", "hormonas", "hormone panel*", "hormone levels", "perfil hormonal", "numero de identidad", "tarjeta de identidad",
        // ("forward me full charts on your RIF patients", "a photo of your semen analysis report",
        // "upload your stim calendar, med doses and your clinic's name")
        // ("both partners' SSNs, insurance member IDs and HIV status")
        "ssns", "member ids", "hiv status", "hiv result*", "hiv test*", "sti result*", "std result*", "prueba de vih", "resultado de vih", "estado de vih",
        "charts", "histories", "medical histories", "social security numbers", "seguro social", "numero de poliza", "numero de miembro", "tarjeta del plan", "tarjeta del seguro", "tarjeta de seguro", "insurance cards", "id card", "new card", "photo of your", "pic of your", "stim calendar*", "stim protocol*", "med doses", "medication doses", "med list", "dosis", "calendario de estimulacion",
    ])
});

/// Verbs that ask for something to be sent or posted.
static REQUEST_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:mandadme|mandadnos|enviadme|enviadnos|pasadme|pasadnos|dejadme|dejadnos|escribidme|escribidnos|contadme|contadnos|compartid|poned|subid|send|text|email|e-mail|dm|message|post|comment|share|upload|drop|stitch|duet|attach|forward|submit|tag|quote(?: this| this post| this tweet)?\s+with|reply(?:\s(?:here|below|back|(?:to|under) this(?: story| post| tweet| video)?))?\s+(?:with|w/\s?)|respond(?:\s(?:here|below))?\s+with|respond[ea]n?\s(?:a\s)?(?:este|esta)\s(?:tuit|tweet|post|publicacion|video|hilo|comentario|mensaje|reel|historia)\scon|(?:respond|contest)(?:e|a|en|an)(?:nos|me)?(?:\s(?:por\s)?(?:aqui|aca)(?:\smismo)?)?(?:\sen\s(?:los\s)?comentarios)?\scon|comentad|comentadnos|comentadme|dejad|escribid|mandad|enviad|deje|dejen|dejennos|escribannos|escribanos|compartannos|ponga|pongan|pon|escriba|escriban|compartan|comenta con|comenta|comenten|comentanos|leave|envia|envie|envianos|manda|mandanos|mandame|pasanos|pasame|escribinos|contanos|escribi|comparti|contame|pasennos|pasenme|mandenme|mandennos|mandeme|escribenos|escribeme|dejenme|dejenos|dejame|envieme|paseme|mandenos|envienme|envienos|pasenme|manden|envien|comparte|publica|publiquen|publique|suban|sube|subi|subila|escribe|deja|dejanos|etiquetanos|hace duo|haz duo|hagan duo|muestrame|mostrame|muestranos|mostranos|show me|show us|pm me|pm us|inbox me|inbox us|cuentanos|cuentame|cuentenos|cuentenme|nos pasa|nos manda|nos envia|nos comparte|subilo|subilos|subela|subelo|screenshot|screen-shot|screencap|haz captura|hazle captura|tomale captura|snap|snap a pic of|paste|pegue|pegalo|pegala|snap a photo of|take a pic of|take a photo of|sacale (?:una )?foto a|tomale (?:una )?foto a|slide into (?:our|my) dms|tell it|tell us|tell me|type|enter|whatsapp (?:us|me)|wa (?:us|me))\b")
});

static NEGATION: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines!["don't", "do not", "never", "nunca", "no need to", "no hace falta", "no necesitas", "no necesita", "can't", "cannot", "won't", "please don't", "please do not", "no publique", "no publiques", "no compartas", "no comparta", "no envie", "no envies", "avoid", "instead of posting", "no doy", "no reviso", "ni reviso", "no respondo", "no contesto", "i don't review", "i don't answer", "i do not review"])
});

/// Where a reader is told to put something, said after the thing itself: "just your AMH and
/// age, dropped below", "tu AMH y tu edad en los comentarios".
const PLACED: &[&str] = &[
    "dropped below", "drop it below", "drop them below", "in the comments", "in the comment section", "in the replies",
    "in my dms", "in my dm", "in our dms", "in the chat", "en los comentarios", "en comentarios", "por dm", "al dm",
    "por privado", "al privado", "por inbox", "al inbox",
];

static PLACED_SET: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::new(PLACED));

/// The object-first request: the reader's health details, then where to put them.
fn placed_request(s: &str) -> bool {
    // (cheap tests first: most sentences name no reader's details at all)
    if !(s.has("your") || s.has("tu ") || s.has("tus ")) {
        return false;
    }
    PLACED_SET.find_iter(s).any(|(r, _)| {
        let k = r.start;
        let start = (k.saturating_sub(80)..=k).find(|&j| s.is_char_boundary(j)).unwrap_or(k);
        let before = &s[start..k];
        let yours = [" your ", "your ", " tu ", " tus ", "tu ", "tus "].iter().any(|y| before.has(y) || before.starts_with(y.trim_start()));
        yours
            && HEALTH_INFO.any_in(before)
            && !NEGATION.any_in(before)
            && !before.has_line(crate::lines!["question", "pregunta", "mean", "explain", "significa", "explic", "what your", "how your", "que es tu"])
    })
}

/// "…nine zero one, four four, six two seven... can u post the rest here?", "…quedó mal escrito:
/// 6 1 2 - 4 4 - 0 9 3 8. ¿Nos confirma el número correcto por acá?": the rest of a number, or
/// the right one, asked for after the number itself.
fn asks_for_the_rest(a: &Analysis, f: &FoundView, i: usize) -> bool {
    const THE_REST: &str = crate::lines!["the rest", "the missing digits", "the last digits", "the right number", "the correct number", "the full number", "the whole number",
        "el resto", "los digitos que faltan", "los ultimos digitos", "el numero correcto", "el numero completo", "el numero bien", "el correcto"];
    const ASKED: &str = crate::lines!["can u ", "can you ", "could you ", "could u ", "pls ", "please ", "plz ", "nos confirma", "confirmenos", "nos manda", "nos pasa", "nos escribe", "me confirma", "porfa", "por favor"];
    let s = a.sentence_folded(i);
    // (the sentence's own words first: the whole text is searched only for a sentence that asks)
    let number_here = || {
        f.items.iter().any(|x| x.category.is_record_number())
            || a.folded.s.has_line(crate::lines!["social security", "seguro social", "ssn", "your social", "ur social", "su social", "member id", "numero de afiliado"])
    };
    s.has_line(THE_REST) && (s.has_line(ASKED) || s.trim_end().ends_with('?')) && number_here()
}

/// Words asking to confirm, and words for the thread itself, for [`asks_to_confirm_here`]
/// (phrase sets, at word boundaries: one pass over a text each).
static CONFIRM: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::from_lines(crate::lines!["confirmenos", "confirmanos", "nos confirma", "confirme", "confirma", "respondanos", "respondenos", "contestenos", "contestanos", "confirm", "reply", "respond"]));
static HERE: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_iter(crate::lexicon::split_lines(crate::lines!["aqui mismo", "por aqui", "por aca", "en los comentarios", "right here", "here in the comments", "in the comments", "below"]).into_iter().chain(crate::lexicon::split_lines(REPLY_HERE)))
});
/// Words of [`HERE`] that ask for a reply in the thread, which may be about anything ("reply
/// here if you need to reschedule"), unlike "right here" after a number to confirm.
const REPLY_HERE: &str = crate::lines!["reply here", "respond here", "responda aqui", "responde aqui"];

/// Names of a number that may be read out in words ("su Seguro Social: ¿es el cinco tres…").
const NUMBER_NAMES: &str = crate::lines!["seguro social", "social security", "su social", "your social", "numero de afiliado", "member id", "cedula", "dni"];

/// Record numbers that a reply may read back to someone.
fn read_back(c: Category) -> bool {
    c.is_record_number() || c == Category::OtherId
}

/// "…su Seguro Social: ¿es el cinco tres uno…? Respóndanos aquí mismo.": a number read out,
/// then confirmed or corrected in the thread itself. (Asked of a sentence only when the whole
/// text has both kinds of word: see `check_request`.)
fn asks_to_confirm_here(a: &Analysis, f: &FoundView, i: usize) -> bool {
    let s = a.sentence_folded(i);
    // ("Just reply here if that's correct!", not "Reply here if you need to reschedule": a
    // reply asked for here must be about whether the number is right)
    let here = HERE.find_iter(s).any(|(r, _)| !crate::text::one_of(&s[r], REPLY_HERE) || s.has_line(crate::lines!["correct", "right", "wrong", "confirm", "correcto", "correcta", "equivocado", "bien"]));
    CONFIRM.any_in(s) && here && !NEGATION.any_in(s) && {
        // (a number just read out, in this sentence or the two before)
        let read_out = f.items.iter().any(|x| read_back(x.category) && a.sentence_at(x.range.start) + 2 >= i && a.sentence_at(x.range.start) <= i);
        // (or a run of digits spelled out after the number's name: "su Seguro Social: ¿es el cinco tres uno, …?")
        let spelled = || a.spelled_digit_runs().iter().any(|(r, d)| d.len() >= 7 && (i.saturating_sub(2)..=i).contains(&a.sentence_at(r.start)));
        let named = || (i.saturating_sub(2)..=i).any(|j| a.sentence_folded(j).has_line(NUMBER_NAMES));
        read_out || named() && spelled()
    }
}

fn check_request(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    // (the whole text asked once, the cheap tests first: most texts read out no number; the
    // spelled-out runs are found only for a text that names such a number)
    let read_out = f.items.iter().any(|x| read_back(x.category))
        || a.folded.s.has_line(NUMBER_NAMES) && a.spelled_digit_runs().iter().any(|(_, d)| d.len() >= 7);
    let confirming = read_out && HERE.any_in(&a.folded.s) && CONFIRM.any_in(&a.folded.s);
    for i in 0..a.sentences.len() {
        let s = a.sentence_folded(i);
        if placed_request(s) || asks_for_the_rest(a, f, i) || confirming && asks_to_confirm_here(a, f, i) {
            hits.add_with_suggestion(
                a.sentences[i].clone(),
                by_lang(
                    a,
                    REQUEST.suggestion.unwrap_or_default(),
                    "Por favor no compartas datos médicos aquí; llama a nuestra oficina o usa el portal seguro de pacientes y te ayudaremos.",
                ),
            );
            continue;
        }
        // ("That WhatsApp message … saying we'll review your labs if you send them to some number
        // is NOT from us": a warning about someone else's request)
        // ("scam" where a word starts: not inside "te buscamos")
        if s.has_line(crate::lines!["not from us", "isn't from us", "no es de nosotros", "no somos nosotros", "estafa"]) || crate::lexicon::occurs_at_word_start(s, "scam") {
            continue;
        }
        for m in REQUEST_VERB.find_iter(s) {
            let window_end = (m.end() + 120).min(s.len());
            let window_end = (window_end..=s.len()).find(|&k| s.is_char_boundary(k)).unwrap_or(s.len());
            // The request's object ends at the next clause ("..., and please don't post labs").
            let mut window = &s[m.end()..window_end];
            // ("Share your questions, not your labs": what is not asked for)
            for stop in [", and", ", but", ", pero", " pero ", ";", " but ", ". ", "please don't", "don't", "do not", "never", "no need to", "no hace falta", "no compart",
                // ("Mándanos DM para agendar 💬 Por favor no envíes resultados…": what is not wanted)
                "por favor no", " no envi", " no mand", " no sub", " no pong", " no escrib", ", not ", ", no tus ", ", no sus ",
                // ("DM us the week that works and we'll stack labs…": what the practice does next)
                " and we'll ", " and we will ", " and we can ", " and i'll ", " and i will ", " so we can ", " so we'll ", " y te ", " y le ", " y les "] {
                // (a title's full stop does not end the request: "send Dr. Hollis your semen analysis")
                let k = window.match_indices(stop).map(|(k, _)| k).find(|&k| {
                    stop != ". " || !matches!(window[..k].rsplit(' ').next(), Some("dr" | "dra" | "mr" | "mrs" | "ms" | "sr" | "sra" | "srta"))
                });
                if let Some(k) = k {
                    window = &window[..k];
                }
            }
            // ("Porfa compartan 🙏 Buscamos a la paciente del martes…": share the post itself)
            if crate::text::one_of(m.as_str(), crate::lines!["compartan", "comparte", "comparti", "compartid", "share"]) && window.trim_start().starts_with(|c: char| !c.is_alphanumeric()) {
                continue;
            }
            // "comment or DM me the word SEMEN": a keyword for a guide, not a health detail
            // ("DM us to book a consult, no medical questions in the comments please!")
            if window.has_line(crate::lines!["no medical", "not medical", "no personal", "no health", "sin preguntas medicas", "ninguna pregunta medica"]) {
                continue;
            }
            // ("Comment policy for our pages: we hide…": a noun before a noun, no request)
            if crate::text::starts_with_line(window, crate::lines![" policy", " policies", " section", " guidelines", " rules", " moderation", " settings"]) {
                continue;
            }
            // ("Leave your questions about insurance cards below", "dejadnos vuestras dudas sobre
            // el NIE": questions asked about a thing, not the thing)
            if window.has_line(crate::lines!["questions about", "question about", "questions on ", "preguntas sobre", "dudas sobre", "preguntas acerca", "dudas acerca", "consultas sobre"]) {
                continue;
            }
            if window.starts_with(" me the word") || window.starts_with(" us the word") || window.starts_with(" the word") || window.has("la palabra") {
                continue;
            }
            // ("DM us 'AMH' and we'll send you the booking link": a quoted keyword)
            let object = window.trim_start().strip_prefix("us ").or_else(|| window.trim_start().strip_prefix("me ")).unwrap_or(window.trim_start());
            let quoted_keyword = object.starts_with(['\'', '"', '“', '‘']) && !object.trim_end().contains(' ');
            // ("DM us to book a semen analysis", "escribinos para agendar tu espermograma": a
            // visit to book, whatever it is for)
            if quoted_keyword || crate::text::starts_with_line(object, crate::lines!["to book", "to schedule", "to set up", "para agendar", "para reservar", "para sacar turno", "para pedir turno"]) {
                continue;
            }
            // ("Escribinos por DM solo tu nombre y el horario que te queda mejor": a name and a
            // time, to book)
            if window.has("tu nombre") && window.has_line(crate::lines!["horario", "la hora", "el dia que", "para agendar", "para reservar", "tu cita", "turno"]) && HEALTH_INFO.find_iter(window).all(|(r, _)| &window[r] == "tu nombre") {
                continue;
            }
            // ("Ya envié el espermograma de Don Ramón…": "envié", what the writer sent, folds to
            // the same letters as "envíe", a request)
            let fstart = a.folded.from_original(a.sentences[i].start);
            if m.as_str().ends_with('e') && a.text.get(a.folded.to_original(fstart + m.start()..fstart + m.end())).is_some_and(|w| w.ends_with('é')) {
                continue;
            }
            let before = &s[..m.start()];
            // "Nurse Kath will text your instructions to…" (the practice sends), "I'd drop the
            // estradiol patches" (advice): nobody is asked for anything
            if crate::text::ends_with_line(before, crate::lines!["will ", "'ll ", "i'd ", "i would ", "we'd ", "you can ", "you could ", "you should "]) {
                continue;
            }
            // ("who wrote her email on our clipboard", "a message from", "the post"): a noun
            // ("we hide any comment that shares medical details": a policy about comments)
            if matches!(before.split_whitespace().next_back(), Some("her" | "his" | "their" | "my" | "our" | "your" | "the" | "a" | "an" | "this" | "that" | "any" | "every" | "each" | "su" | "el" | "la" | "un" | "una" | "cada" | "cualquier")) {
                continue;
            }
            // ("Por favor no nos manden fotos…": a Spanish "no" with its pronoun before the verb)
            let no_before = [" no ", " no nos ", " no me ", " no le ", " no les ", " no te "].iter().any(|n| before.ends_with(n) || before == &n[1..]);
            let negated = no_before || NEGATION.find_iter(before).any(|(r, _)| m.start() - r.end < 20);
            // ("deja el protocolo que te mandó tu médico": "leave off" something, no request)
            // ("dejá tus hormonas": stop taking them)
            let leave_off = crate::text::starts_with_line(window, crate::lines![" el ", " la ", " los ", " las ", " de "])
                || crate::text::starts_with_line(window, crate::lines![" tus ", " sus "]) && window[5..].trim_start().split_whitespace().next().is_some_and(|w| crate::text::one_of(w, crate::lines!["hormonas", "pastillas", "medicamentos", "inyecciones", "parches", "vitaminas", "suplementos", "anticonceptivos", "anticonceptivas"]));
            if crate::text::one_of(m.as_str(), crate::lines!["deja", "dejen", "deje"]) && leave_off && !PLACED_SET.any_in(window) {
                continue;
            }
            let yours = window.has("your") || window.has(" ur ") || window.has(" tu ") || window.has(" tus ") || window.has(" sus ")
                // "mándenme … su fecha de nacimiento": "su" is the reader's after a verb that
                // names who receives it (not "su número manda directo a buzón")
                || (m.as_str().ends_with("me") || m.as_str().ends_with("nos") || m.as_str().starts_with("nos ") && (s[..m.start()].trim_end_matches([' ', '¿']).is_empty() || s[..m.start()].trim_end_matches([' ', '¿']).ends_with(',')) && !window.starts_with(" a ")) && window.has(" su ")
                // ("Dejen en los comentarios su nombre completo": "ustedes", told to every reader;
                // "ponga en los comentarios su nombre completo": "usted", the reader)
                // ("respondan a este tuit con su número de historia y su teléfono")
                || (crate::text::one_of(m.as_str(), crate::lines!["dejen", "manden", "envien", "escriban", "pongan", "compartan", "suban", "publiquen", "publique", "deje", "envie", "escriba", "ponga", "comenten", "comente"]) || m.as_str().starts_with("respond") || m.as_str().starts_with("contest") || m.as_str().starts_with("pasen")) && window.has(" su ")
                || window.has(" vuestr") || window.has(" te salio") || window.has(" te dio")
                // ("Just comment their full name, date of birth and member ID below",
                // "mándennos por inbox nombre completo, fecha de nacimiento y número de seguro
                // social"): a full name asked for with a birth date or a social security number
                // is someone's identity, whoever's it is
                || window.has_line(crate::lines!["full name", "nombre completo"]) && window.has_line(crate::lines!["date of birth", "birth date", "dob", "fecha de nacimiento", "social security", "ssn", "seguro social", "dni", "cedula", "numero de identidad"])
                || window.starts_with(" me ") || window.starts_with(" us ") || window.has("of your")
                // ("can u post a pic of the new card here or DM it": a photo of an insurance or
                // ID card is someone's identity)
                || window.has_line(crate::lines!["pic of the", "photo of the", "picture of the", "foto de la", "foto del"]) && window.has_line(crate::lines!["card", "tarjeta", "credencial", "carnet"])
                // ("pasadme por correo el listado de pacientes …, con teléfono y número de historia")
                || window.has_line(crate::lines!["listado de pacientes", "lista de pacientes", "patient list", "list of patients", "patient names"])
                // ("¿Tu esposo ya se hizo el espermatograma? Mándanos una foto de los resultados":
                // the results just asked about, not "los resultados del sorteo")
                || window.has_line(crate::lines!["foto de los resultados", "foto del resultado"]) && !window.has_line(crate::lines!["resultados del ", "resultado del ", "resultados de la "])
                // ("please email candidates' full medical histories … to our general inbox":
                // other people's records, asked of those who hold them)
                || window.has_line(crate::lines!["candidates'", "patients'", "donors'", "applicants'", "clients'", "de los candidatos", "de las candidatas", "de sus pacientes", "de las pacientes"])
                // ("Drop both partners' AMH, ages and cycle day": the reader and their partner)
                || window.has_line(crate::lines!["both partners'", "both of your", "you and your partner", "ambas", "las dos sus", "de las dos", "de ambos"]) && HEALTH_INFO.any_in(window)
                // ("If you have a patient with recurrent loss, text photos of her chart…": a
                // colleague's patient's records)
                || before.has_line(crate::lines!["you have a patient", "your patient", "tienes una paciente", "tiene una paciente", "su paciente", "tu paciente"])
                    && window.has_line(crate::lines![" her ", " his ", " their ", " su ", " sus "])
                // ("Snap the report and post it in the comments": whatever the reader has, put
                // where everyone sees it)
                || PLACED_SET.any_in(window) && crate::text::starts_with_line(window, crate::lines![" the ", " it ", " them ", " el ", " la ", " los ", " las "]);
            // ("call 513-555-0139 or message us through the patient portal": the portal is where
            // to send it, not what is asked for; and what follows it is the portal's business:
            // "…through the patient portal so a nurse can see your chart")
            let routed = crate::lines!["through the patient portal", "through our patient portal", "via the patient portal", "in the patient portal", "on the patient portal", "por el portal de pacientes", "en el portal de pacientes"]
                .split_terminator('\n')
                .filter_map(|r| window.find(r))
                .min()
                .map_or(window, |k| &window[..k]);
            if !negated && yours && HEALTH_INFO.any_in(routed) {
                hits.add_with_suggestion(
                    a.sentences[i].clone(),
                    by_lang(
                        a,
                        REQUEST.suggestion.unwrap_or_default(),
                        "Por favor no compartas datos médicos aquí; llama a nuestra oficina o usa el portal seguro de pacientes y te ayudaremos.",
                    ),
                );
                break;
            }
        }
    }
}
