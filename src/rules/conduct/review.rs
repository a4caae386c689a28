//! Review replies that confirm the reviewer is (or was) a patient.

use crate::analysis::{Analysis, PersonKind};
use crate::category::{Category, Severity};
use crate::lexicon::PhraseSet;
use crate::options::ComposeContext;
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;
use std::sync::LazyLock;

use super::by_lang;
use crate::text::Has;

pub static CONFIRMATION: Rule = Rule {
    id: "conduct.review.confirms_patient",
    category: Category::ReviewConfirmation,
    severity: Severity::Block,
    summary: "A review reply that confirms the reviewer was seen: their visit, cycle, bill or records, or their name with their care.",
    why: crate::native_only!("Even confirming that someone is a patient discloses PHI. HHS has fined practices for \
review replies that did so; reply without confirming anything and take it offline."),
    message: "This reply confirms the reviewer is a patient ({text}). Reply without any detail of their visit or care, and invite them to call.",
    suggestion: Some("Thank you for sharing this. To protect everyone's privacy we never discuss anyone's care online; we would be glad to talk it through if you call our office."),
    example: crate::native_only!("We're sorry you waited, but your retrieval was moved because your labs came back late."),
    near_miss: crate::native_only!("We're sorry to hear this. We can't discuss anyone's care online; please call our office so we can help."),
    example_with: "context=review_reply",
    check: check_confirmation,
};

/// Nouns that, after "your", refer to the reviewer's visit, bill or records.
pub(crate) static VISIT: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "visit", "visits", "appointment*", "consult*", "file", "chart", "record", "records", "bill", "bills", "billing",
        "charge*", "statement", "invoice", "balance", "payment*", "account", "stay", "procedure", "treatment*", "care",
        "nurse", "doctor", "physician", "sonographer", "re", "husband*", "wife", "partner", "baby", "twins", "journey",
        "storage", "sample", "insurance", "check-in", "intake", "follow-up", "results", "plan", "case", "time with us",
        "first visit", "cita", "citas", "consulta", "expediente", "factura", "cuenta", "esposa", "esposo", "tratamiento",
        "resultados", "historial", "historia clinica", "ficha", "procedimiento", "visita", "visitas", "pago", "pagos",
        "saldo", "seguro", "muestra", "estancia", "turno", "turnos", "mama", "mami", "mom",
    ])
});

/// "our records show", "per your file": the practice looked the reviewer up.
static RECORDS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "per your file", "our records show", "our records indicate", "our system shows", "scheduling system shows",
        // ("our logs show it's the same patient who skipped her last two monitoring visits")
        "our logs show", "our logs say", "the same patient who", "la misma paciente que", "el mismo paciente que", "nuestros registros muestran",
        // ("Our billing system shows account SV-40917 was paid in full")
        "billing system shows", "our billing records", "our billing shows", "was paid in full", "fue pagada en su totalidad", "nuestro sistema de facturacion",
        "our notes show", "our nursing notes", "our chart", "is documented", "was documented", "this reviewer",
        "the reviewer", "as we explained", "as we discussed", "we explained to you", "you were told", "you were seen",
        "when you came in", "when you were here", "you were checked", "you were given", "you were discharged",
        "we treated you", "we saw you", "your time with us", "you chose us", "chose us for", "for trusting us",
        "trusted us with", "being part of your", "part of your journey", "your little one", "your baby",
        "your wonderful news", "your news", "your family", "segun su expediente", "nuestros registros",
        "como le explicamos", "cuando nos visito", "usted fue atendid*",
        // the practice remembers or logged the reviewer's visit
        "remembers you", "remember you", "remembered you", "see you back", "saw you back", "seeing you back",
        // ("the same address our patient portal logged for Mrs. Sahota's account")
        "our patient portal logged", "portal logged for", "patient portal account", "nuestro portal de pacientes registro", "patient portal shows",
        "log shows you", "logs show you", "log shows that you", "records show you", "shows you arrived", "you arrived",
        "you checked in", "you were scheduled", "your scheduled time", "te recordamos con", "la recordamos", "lo recordamos",
        "pleasure caring for you", "pleasure taking care of you", "pleasure to care for you", "un placer atenderla", "un placer atenderlo", "un placer atenderte", "un gusto atenderla", "un gusto atenderte",
        // ("Fue un gusto atenderlos a usted y a su señora", "It was a pleasure having you in")
        "un gusto atenderlo", "un gusto atenderlos", "un gusto atenderlas", "un placer atenderlos", "un placer atenderlas",
        // ("Fue un gusto atenderle, don Segundo": the usted form of Ecuador and Spain)
        "un gusto atenderle", "un gusto atenderles", "un placer atenderle", "un placer atenderles", "un honor atenderle", "un privilegio atenderle", "pleasure having you", "great having you in", "nice having you in",
        "mornings with us", "visits with us", "appointments with us",
        // ("Fue un gusto acompañarla durante estos meses… nos vemos en la próxima cita")
        "un gusto acompanarla", "un gusto acompanarlo", "un gusto acompanarte", "un gusto acompanarlos", "un gusto acompanarles", "un placer acompanarla", "un placer acompanarlo", "un placer acompanarte", "un placer acompanarlos", "un honor acompanarla", "un honor acompanarlos",
        "nos vemos en la proxima cita", "nos vemos en su proxima", "nos vemos en tu proxima", "hasta su proxima cita", "hasta tu proxima cita", "see you at your next appointment",
        // ("It was a joy seeing you at every visit this year… the office isn't the same without you")
        "when you visited", "you visited our", "cuando visito nuestr*", "cuando vino a nuestr*",
        "seeing you at every", "seeing you at each", "seeing you every", "miss seeing you", "we miss you", "the same without you",
        // ("It was a joy seeing you in the office these past few months", "Confirmamos en el
        // sistema que usted estuvo con nosotros")
        "seeing you in the office", "seeing you at the office", "usted estuvo con nosotros", "estuvo con nosotros el", "confirmamos en el sistema", "confirmamos que usted",
        "verla en cada", "verlo en cada", "verte en cada", "la extranamos", "lo extranamos", "te extranamos", "lo mismo sin usted", "lo mismo sin ti",
        "call log shows", "our call log", "phone log shows", "our phone log", "your voicemails were", "your voicemail was",
        "this account received", "this account was", "the account was referred", "referred to collections", "sent to collections",
        // "la Dra. Cabrera todavía se acuerda de los pastelitos que nos traía en cada visita"
        "personally saw you", "saw you at both", "saw you at your", "todavia se acuerda", "se acuerda de los", "se acuerda de las", "se acuerda de lo", "nos acordamos de lo", "remembers how nervous", "remember how nervous", "nos traia", "nos traias", "you used to bring", "you always brought",
        // "Según nuestro sistema, usted reservó dos citas y no se presentó"
        "segun nuestro sistema", "nuestro sistema muestra", "usted reservo", "no se presento", "you booked", "you never showed", "you no-showed", "you didn't show",
        "enviada a cobranza", "enviado a cobranza", "paso a cobranza", "pasar a cobranza", "esta cuenta recibio", "esta cuenta fue", "usted llego", "usted paso", "usted espero", "registro de llegada", "hoja de registro", "check-in log", "sign-in log",
        "sign-in sheet", "su registro muestra", "coming back to us", "for coming back", "found your way home", "welcome back",
        "volver con nosotros", "volvieras con nosotros", "volviera con nosotros", "regresar con nosotros", "regresaras con nosotros", "regresara con nosotros", "usted vino a", "usted vino por", "viniste a tus citas",
        // the practice saw the reviewer, or knows their children
        "having you with us", "having you as a patient", "having you as our patient", "tenerte como paciente", "tenerla como paciente", "tenerlo como paciente", "welcome you back", "tenerte con nosotros", "tenerla con nosotros", "seeing you both", "seeing you in our", "seeing you at our", "seeing you here", "having you both",
        "having you in our", "having you in clinic", "having you in the clinic", "seeing you in clinic", "tenerte en la clinica", "tenerla en la clinica", "saw you both", "verlos en", "verlas en", "tenerlos en", "the twins", "the little one",
        "the little guy", "little brother", "little sister", "los mellizos", "las mellizas", "los gemelos",
        "las gemelas", "el hermanito", "la hermanita", "pulled your", "your ledger", "his first visit",
        "her first visit", "their first visit", "su primera visita", "su primera consulta", "esperamos para el control",
        "esperamos para su control", "se lo dijimos", "se lo explicamos", "como le dijimos", "le dijimos",
        "as we told you", "we told you before", "we warned you", "esperamos para su proxima", "esperamos en su proxima", "see you at your next",
        "see you at your follow", "see you at follow-up", "nos vemos en tu control", "nos vemos en su control",
        // ("So glad the visit felt easy and our front desk made you comfortable! See you next time")
        "see you next time", "see you at the next", "see y'all at the next", "see y'all at your next", "see yall at the next", "see you both at the next", "see you both at your next",
        // ("we looked it up and u did have an appointment with us that morning")
        "did have an appointment", "did have an appt", "filling your prescriptions", "filling your meds", "surtir sus recetas", "had an appointment with us", "had an appt with us", "si tenia cita", "si tenia una cita",
        // ("efectivamente usted tenía cita con la Dra. Peña a las 9:00")
        "usted tenia cita", "usted tenia una cita", "tenia cita con la dra", "tenia cita con el dr", "you had an appointment with", "you had an appt with",
        // ("Después de cómo trató a nuestras enfermeras, nunca volverá a pisar esta clínica")
        "como trato a nuestr*", "forma en que trato a nuestr*", "how you treated our", "the way you treated our", "volvera a pisar", "vuelva a pisar", "set foot in our clinic again", "set foot in our office again",
        "next time you're in", "next time you are in", "made you comfortable", "made you feel",
        "your visit felt", "nos vemos la proxima", "te esperamos la proxima", "la esperamos la proxima", "la proxima vez que venga",
        "la hizo sentir", "lo hizo sentir", "te hizo sentir", "la visita fue",
        // someone at the practice saw or treated the reviewer ("la Dra. Ibarra le explicó…")
        "le explico", "le explicamos", "le atendio", "la atendio", "lo atendio", "le realizo", "le realizamos", "le hicimos",
        // ("el Dr. Rivas se lo explicó en la sala de recuperación", "justo antes de recibirla a usted")
        "se lo explico", "se la explico", "se los explico", "se lo explicaron", "recibirla a usted", "recibirlo a usted",
        "antes de recibirla", "antes de recibirlo", "antes de atenderla", "antes de atenderlo", "explained it to you",
        "explained this to you", "went over it with you", "before seeing you", "before she saw you", "before he saw you",
        // "You've been coming to us since spring, and you initialed the cancellation policy at intake"
        // ("So glad the ice-storm reschedule worked out")
        "reschedule worked out", "the reschedule", "your reschedule", "la reprogramacion de su", "su cita reprogramada",
        "this guest", "this customer", "this client", "este paciente", "esta paciente", "esta usuaria", "este usuario",
        "honor to care for you", "honored to care for you", "privilege to care for you", "privilege of caring for you", "for trusting our",
        "un honor atenderla", "un honor atenderlo", "un honor atenderte", "un privilegio atenderla", "un privilegio atenderte",
        "been coming to us", "been coming here since", "been seeing us since", "been with us since", "you initialed", "you signed our", "you signed the",
        // "considering you told our front desk just last week how much you loved coming here"
        "you saw our", "you cancelled with", "you canceled with", "usted vio a nuestr*", "cancelo con la dra", "cancelo con el dr",
        "you told our", "you told the front desk", "you told the nurse", "you told your nurse", "you said to our", "you mentioned to our",
        "loved coming here", "love coming here", "le dijo a nuestr*", "le comento a nuestr*", "le conto a nuestr*", "le dijiste a nuestr*",
        // ("So glad Dr. Okafor could fit you in the same week you got back")
        "could fit you in", "able to fit you in", "could squeeze you in", "able to squeeze you in", "could get you in", "able to get you in",
        "able to see you", "could see you the same", "pudo atenderla", "pudo atenderlo", "pudo atenderte", "pudimos atenderla", "pudimos atenderlo", "pudimos atenderte",
        "at your intake", "viene con nosotros desde", "vienes con nosotros desde", "usted firmo", "firmaste el", "firmaste la",
        // ("el consentimiento lo firmó usted misma el 9 de abril")
        "lo firmo usted", "la firmo usted", "los firmo usted", "lo firmaste tu", "lo firmaste vos", "you signed it yourself",
        // ("Maybe read the instructions we gave you next time")
        "instructions we gave you", "the instructions we sent you", "las instrucciones que le dimos", "las instrucciones que te dimos",
        // ("so happy the long drive to our Grants outreach day was worth it for you and that
        // Dr. Okafor got all your questions answered")
        "your questions answered", "answered all your questions", "answered your questions", "respondio todas sus preguntas", "resolvio todas sus dudas", "resolvio sus dudas", "resolvieron sus dudas",
        "worth the drive", "drive was worth it", "trip was worth it", "worth the trip", "valio la pena el viaje", "valio la pena la manejada",
        // the reviewer traced to the practice's patient records ("we have matched your IP address
        // to your patient portal login", "la misma desde donde nos escribía la paciente que…")
        "your patient portal", "your portal login", "your portal account", "su portal de paciente", "su cuenta del portal", "tu portal de paciente",
        "nos escribia la paciente", "nos escribio la paciente", "nos escribia el paciente", "nos escribio el paciente",
        // ("Usted sí fue paciente nuestra y firmó…", "you were a patient of ours for a year"): said outright
        "fue paciente nuestr*", "fuiste paciente nuestr*", "fue nuestra paciente", "fue nuestro paciente", "fuiste nuestra paciente", "fuiste nuestro paciente",
        "you were our patient", "you were a patient of ours", "you were a patient here", "you were a patient with us", "you were a patient at our",
    ])
});

/// Words whose "your" is about the review itself, not the visit.
static FEEDBACK: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "review", "reviews", "feedback", "comment", "comments", "concerns", "concern", "experience", "note", "words",
    "stars", "rating", "post", "message", "kind", "honest", "thoughts", "patience", "time", "frustration", "resena",
    "comentario", "opinion",
]);

/// The second-person possessives after which a visit or care noun confirms the reviewer.
const YOUR: &[&str] = &["your", "ur", "su", "sus", "tu", "tus"];

/// "We can't comment on whether anyone has worked with our donor program": the reply declines
/// to say whether the reviewer was seen.
pub(crate) fn declines(s: &str) -> bool {
    s.has_line(crate::lines!["comment on whether", "confirm whether", "discuss whether", "say whether anyone", "comentar si", "confirmar si"])
}

/// "We can't comment on anyone's individual situation", "no confirmamos quién es o no
/// paciente": the reply says it confirms no one's care.
fn declines_anyone(s: &str) -> bool {
    declines(s)
        || s.has_line(crate::lines!["comment on anyone", "comment on any individual", "comment on individual", "confirm or deny", "confirm or discuss", "confirm who", "no confirmamos", "no comentamos", "no podemos confirmar", "no podemos comentar"])
}

/// Whether one of `prefixes` in `s` is followed by a weekday or one of `other_days`
/// ("on that Tuesday", "see you tomorrow", "last Friday").
fn day_after(s: &str, prefixes: &[&str], other_days: &[&str]) -> bool {
    prefixes.iter().any(|p| s.match_indices(p).any(|(k, _)| crate::analysis::WEEKDAYS.iter().chain(other_days).any(|d| s[k + p.len()..].starts_with(d))))
}

/// Whether sentence `i` of a review reply confirms the reviewer's care or visit.
pub(crate) fn confirms(a: &Analysis, i: usize) -> bool {
    let s = a.sentence_folded(i);
    if declines(s) {
        return false;
    }
    // (how the staff made the reviewer feel is only what the review said, in a reply that says
    // it confirms no one)
    if RECORDS.find_iter(s).any(|(r, _)| !(crate::text::one_of(&s[r], crate::lines!["made you feel", "made you comfortable"]) && declines_anyone(&a.folded.s))) {
        return true;
    }
    // "Nos alegra muchísimo que el segundo intento sí se diera": glad about the reviewer's care
    let glad = s.has_line(crate::lines!["nos alegra", "nos da mucho gusto", "nos da gusto", "nos encanta saber", "we're so happy", "we are so happy", "so glad", "we're thrilled", "we are thrilled", "so happy to hear", "glad the", "glad your", "glad to hear"]);
    // (not in a reply that says elsewhere it confirms no one: "We're so glad to hear our front
    // desk team made you feel welcome! We can't comment on anyone's individual situation…")
    if glad && a.care[i] && !declines_anyone(&a.folded.s) {
        return true;
    }
    // ("Nos alegra que te sintieras acompañada en cada visita", "glad you felt at home at every
    // visit"): how the reviewer felt at their visits
    if glad
        && s.has_line(crate::lines!["every visit", "each visit", "every appointment", "each appointment", "cada visita", "cada consulta", "cada cita", "todas tus visitas", "todas sus visitas",
            // ("Nos alegra que te hayas sentido cómodo en la consulta": the one visit, too)
            "en la consulta", "en su consulta", "en tu consulta", "at your visit", "at your appointment", "during your visit", "at your consult"])
        && s.has_line(crate::lines!["you felt", "you were", "te sintieras", "te sentiste", "se sintiera", "se sintio", "estuvieras", "estuviste", "te hayas sentido", "se haya sentido"])
    {
        return true;
    }
    // "the semen analysis from that Tuesday had to be repeated": care on a day the reply
    // singles out is the reviewer's visit
    // ("That Tuesday we were closed for the holiday" tells everyone's schedule)
    // ("Our andrologist was running behind that Saturday", "Aquel día la doctora tuvo que
    // repetir la ecografía": the day of the visit, pointed at)
    if a.care[i] && day_after(s, &["from that ", "on that ", "of that ", "de ese ", "en ese ", "behind that ", "aquel ", "aquella ", "ese ", "esa "], &["day", "morning", "afternoon", "dia", "manana", "tarde"]) {
        return true;
    }
    // "we'll see you Tuesday", "la esperamos el jueves": the reviewer's next visit
    // ("hope to see you soon" is anyone's)
    let next_visit = || {
        day_after(
            s,
            &["see you ", "see you on ", "see you next ", "nos vemos el ", "nos vemos este ", "la esperamos el ", "lo esperamos el ", "te esperamos el ", "los esperamos el ", "la vemos el ", "te vemos el "],
            &["tomorrow", "manana", "next week", "next month", "el proximo mes", "proximo mes", "el mes que viene", "mes que viene"],
        )
    };
    // Said to the reviewer, not on a condition ("if you called last Tuesday, we were closed" is
    // anyone's).
    let told = || s.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, crate::lines!["you", "usted"])) && !s.has("if you") && !s.starts_with("si ");
    // "the surface lot you ended up in last Tuesday": the reviewer here on a day
    let your_day = || told() && !s.has(" si usted") && day_after(s, &["last ", "el pasado ", "este pasado "], &[]);
    if next_visit() || your_day() {
        return true;
    }
    // "you left one star after skipping two monitoring visits", "the nurse you're describing
    // stayed late to call you back": what the reviewer did with their visits, or what the staff
    // did for them
    let missed = s.has_line(crate::lines!["skipping", "skipped", "missed", "missing", "no-show", "cancelled", "canceled", "ignoring", "falto a", "cancelo"])
        && VISIT.any_in(s);
    let served = s.has_line(crate::lines!["call you back", "called you", "saw you", "treated you", "examined you", "la atendio", "lo atendio", "la atendimos", "lo atendimos", "le devolvio la llamada",
        // ("you've been coming to this counter for two years")
        "you've been coming", "you have been coming", "usted ha venido", "ha venido a nuestr", "lleva viniendo"]);
    if (missed || served) && told() && !s.has("'ll call") && !s.has("will call") {
        return true;
    }
    // "Bold review from someone who no-showed two monitoring appointments": the reviewer, in
    // the third person, with their visits
    let someone = s.has_line(crate::lines!["someone who", "somebody who", "a patient who", "alguien que", "una persona que", "a person who"]);
    if someone && (a.care[i] || VISIT.any_in(s) || s.has("no-show")) {
        return true;
    }
    // "your <up to two words> <visit or care noun>"
    let words: Vec<&str> = s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '&' || c == '-')).filter(|w| !w.is_empty()).collect();
    for (k, w) in words.iter().enumerate() {
        if !YOUR.contains(w) {
            continue;
        }
        let tail: Vec<&str> = words[k + 1..words.len().min(k + 4)].to_vec();
        if tail.first().is_some_and(|t| FEEDBACK.contains(t)) {
            continue;
        }
        let phrase = tail.join(" ");
        if VISIT.any_in(&phrase) || a.cues.care.any_in(&phrase) {
            return true;
        }
    }
    // "you were recovering from ... retrieval", "usted" with care
    // ("for anyone comparing clinics … you can look at the numbers" speaks to every reader)
    a.care[i] && a.cues.addresses_reader(s) && !crate::analysis::speaks_to_any_reader(s)
}

fn check_confirmation(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    if a.opts.context != ComposeContext::ReviewReply {
        return;
    }
    let named_with_care = |i: usize| {
        a.people.iter().any(|p| p.kind == PersonKind::Private && (p.sentence == i || p.vocative && p.sentence + 1 == i)) && a.care_near(i)
    };
    let confirming: Vec<usize> = (0..a.sentences.len()).filter(|&i| confirms(a, i) || named_with_care(i)).collect();
    if let (Some(&first), Some(&last)) = (confirming.first(), confirming.last()) {
        let r = a.sentences[first].start..a.sentences[last].end;
        let suggestion = by_lang(
            a,
            CONFIRMATION.suggestion.unwrap_or_default(),
            "Gracias por escribirnos. Para cuidar la intimidad de cada persona no comentamos la atención de nadie en línea; con gusto conversamos si llama a nuestra oficina.",
        );
        hits.add_with_suggestion(r, suggestion);
    }
}
