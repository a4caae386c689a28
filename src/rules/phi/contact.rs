//! Phone and fax numbers, email addresses and Social Security numbers of private people,
//! including spelled-out digits and "[at]/[dot]" addresses.

use std::ops::Range;
use std::sync::LazyLock;

use crate::text::Regex;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;
use crate::text::Has;

const WHY_CONTACT: &str = "A private person's phone, fax or email is a HIPAA identifier. The practice's own \
contact details are fine (list them in the policy's orgIdentifiers to be sure).";

pub static PHONE: Rule = Rule {
    id: "phi.phone.private",
    category: Category::Phone,
    severity: Severity::Block,
    summary: "A phone number that belongs to a patient or other private person (digits or spelled out).",
    why: crate::native_only!(WHY_CONTACT),
    message: "{text} is a private person's phone number. Posting it exposes a patient identifier; remove it.",
    suggestion: Some(""),
    example: crate::native_only!("Her cell is 415-555-0193 but she isn't picking up about tomorrow's retrieval."),
    near_miss: crate::native_only!("Questions about egg freezing? Call us at 415-555-0193."),
    example_with: "",
    check: check_phone,
};

pub static FAX: Rule = Rule {
    id: "phi.fax.private",
    category: Category::Fax,
    severity: Severity::Block,
    summary: "A fax number that belongs to a patient or other private person.",
    why: crate::native_only!(WHY_CONTACT),
    message: "{text} is a private person's fax number, a patient identifier. Remove it.",
    suggestion: Some(""),
    example: crate::native_only!("The results went to her home fax, 312-555-0147, by mistake."),
    near_miss: crate::native_only!("Referring physicians can reach us by fax at 312-555-0147."),
    example_with: "",
    check: check_fax,
};

pub static EMAIL: Rule = Rule {
    id: "phi.email.private",
    category: Category::Email,
    severity: Severity::Block,
    summary: "An email address of a private person, including \"name [at] mail [dot] com\" spellings.",
    why: crate::native_only!(WHY_CONTACT),
    message: "{text} is a private person's email address, a patient identifier. Remove it.",
    suggestion: Some(""),
    example: crate::native_only!("Whoever sent her cycle calendar from jo.ramos [at] gmail [dot] com, we'll call you instead."),
    near_miss: crate::native_only!("Billing questions: email billing@sunpointfertility.com."),
    example_with: "",
    check: check_email,
};

pub static SSN: Rule = Rule {
    id: "phi.ssn",
    category: Category::Ssn,
    severity: Severity::Block,
    summary: "A Social Security number or another country's social-security number, in digits or spelled out; a national ID number spelled out.",
    why: crate::native_only!("A Social Security number identifies one person; it never belongs in a post."),
    message: "{text} looks like a Social Security or national ID number. Remove it.",
    suggestion: Some(""),
    example: crate::native_only!("Her SSN 512-44-9087 was on the intake form someone photographed."),
    near_miss: crate::native_only!("Our SSN-free intake forms protect your privacy."),
    example_with: "",
    check: check_ssn,
};

static PHONE_RE: LazyLock<Regex> = LazyLock::new(|| {
    // ("401-555-⏎0172": a number broken over a line after a dash)
    // ("808.555.o173": a letter o typed for a zero in the last group)
    // ("401 📞 555 📞 0162": an emoji between the groups)
    // ("702 555 01 93", "33 3615 2290", "612 34 56 78": ten digits in other groups, a Spanish
    // mobile in pairs)
    // ("865 555 0 1 47": the last four digits in odd groups)
    // ("555 23 41 87": a Spanish number in pairs, in the fictional 555 range too)
    // ("0414-7382915", "0412 738 2915": a Venezuelan mobile, its four-digit prefix with a 0)
    // ("(11) 555-0173", "(011) 4555-0173", "(0341) 555-0193": an Argentine area code in
    // brackets, its 0 before it or not)
    crate::text::regex(r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}(?:[\s.-]|-\n))\d{3}(?:[\s.-]|-\n)(?:\d{4}|[0-9o]{4})\b|\b\d{3}\s\d{3}\s\d(?:\s?\d){3}\b|\b\d{10}\b|\b[6-9]\d{2}\s\d{3}\s\d{3}\b|\b09\d\s\d{3}\s\d{3}\b|\b09\d{2}\s\d{3}\s\d{3}\b|\(0\d{2}\)\s\d{3}\s\d{3,4}\b|\b\d{3}[\s-]\d{3}[\s-]\d{2}[\s-]\d{2}\b|\b\d{2}[\s-]\d{4}[\s-]\d{4}\b|\b(?:[6-9]\d{2}|555)\s\d{2}\s\d{2}\s\d{2}\b|\b\d{3} ?[\x{1F300}-\x{1FAFF}\x{2600}-\x{27BF}] ?\d{3} ?[\x{1F300}-\x{1FAFF}\x{2600}-\x{27BF}] ?\d{4}\b|\b0\d{2,4}[\s-]15[\s-]?\d{3,4}[\s-]?\d{4}\b|\b0\d{3}[\s-]\d{3}[\s-]?\d{4}\b|\(0?\d{2,4}\)\s?\d{3,4}[\s.-]\d{4}\b")
});

/// See [`numbers`].
static INTERNATIONAL_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\+[2-9]\d{0,2}(?:[\s.-]\(?\d{1,4}\)?){2,5}\b"));

/// See [`numbers`].
static SEVEN_DIGIT_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b\d{3}-\d{4}\b"));

/// See [`numbers`].
static EIGHT_DIGIT_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b[2-9]\d{3}[ -]?\d{4}\b|\(\d\)\s?\d{7}\b"));

static SSN_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"(?:\b|_)(\d{3})([- ])(\d{2})[- ](\d{4})\b|\b\d{9}\b"));

/// Words before a number that make it somebody's own.
static PERSONAL_BEFORE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "her", "his", "him", "their", "your", "cell", "mobile", "home", "personal", "husband's", "wife's", "partner's", "mom's",
    "su", "tu", "celular", "cel", "movil", "casa", "tried", "dialed",
]);
/// Words for a mobile line ("su cel", "WhatsApp"), after which eight digits in one run are a phone.
const MOBILE_WORDS: &str = crate::lines!["cel", "celular", "movil", "whatsapp", "wa", "cell"];
/// Words for any phone line, after which a Central American eight-digit number is a phone.
fn phone_word(w: &str) -> bool {
    // (a matches! here: it is asked of every word of a text with a number in it)
    matches!(w, "cel" | "celular" | "movil" | "whatsapp" | "wa" | "cell" | "tel" | "telefono" | "numero" | "phone" | "fax")
}

/// Words for a phone line or where it is kept ("the number on your chart"), which a
/// possessive before them owns.
static PHONE_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["number", "phone", "fax", "chart", "file", "record", "records", "form", "profile", "expediente", "cell", "mobile", "line", "contact", "numero", "telefono", "celular", "whatsapp", "home", "work", "personal", "voicemail", "landline", "buzon"]);
/// Words before a number that make it the practice's.
static ORG_BEFORE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "us", "our", "office", "clinic", "line", "desk", "team", "manager", "administrator", "coordinator", "counselors",
    "counselor", "toll-free", "hotline", "nuestra", "nuestro", "oficina", "clinica", "llame", "llamenos", "llamanos",
    "comuniquese", "call", "ring", "contact", "appointments", "scheduling", "billing", "referrals", "referral",
    "questions", "info", "information", "citas", "telefono", "whatsapp", "front", "advocate", "experience",
    "relations", "support", "services", "concierge", "navigator", "hours", "reception",
]);
const ORG_AFTER: &[&str] = &["toll-free", "toll", "option", "ext", "extension"];

/// Whose line "try her …", "call his …" names before a number: a relative's, or a person's own.
static TRIED_LINES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "husband", "wife", "partner", "mom", "mother", "dad", "father", "sister", "brother", "daughter", "son", "cell", "mobile",
]);

/// Whether the last words before a number ask the reader to call the practice ("call us at",
/// "llámenos al").
fn calls_us(last: &[&str]) -> bool {
    last.windows(2).any(|p| crate::text::one_of(p[0], crate::lines!["call", "text", "ring", "contact", "reach", "email"]) && p[1] == "us")
        || last.iter().any(|w| crate::text::one_of(w, crate::lines!["llamenos", "llamanos", "comuniquese", "escribanos"]))
}

/// Whether a phone-like number at `r` belongs to a private person: the nearest telling word
/// before it decides ("her cell", "call us at"); with none, the sentence does.
fn private_number(a: &Analysis, r: &Range<usize>) -> bool {
    if a.words_after(r.end, 2).iter().any(|w| ORG_AFTER.contains(w)) {
        return false;
    }
    // A bio's number is the account's own, unless a private person is named in the bio.
    if a.opts.context == crate::options::ComposeContext::Bio && a.private_people().next().is_none() {
        return false;
    }
    // "Call Gabe 415-...": a private person's name right before the number.
    // A job post's contact ("send your resume ... or call Renée at") is staff.
    let hiring = a.topics.hiring;
    let named = a.people.iter().any(|p| {
        (p.kind == crate::analysis::PersonKind::Private || p.kind == crate::analysis::PersonKind::Unknown && !hiring)
            && p.span.end <= r.start
            && p.sentence == a.sentence_at(r.start)
            && a.text[p.span.end..r.start].split_whitespace().count() <= 2
    });
    if named {
        return true;
    }
    // ("Mrs. Tolliver asked us not to leave her beta result on voicemail at 804-…": a private
    // person named in the sentence, and their line named right before the number)
    let line_before = a.words_before(r.start, 3).iter().any(|w| crate::text::one_of(w, crate::lines!["voicemail", "buzon", "cell", "celular", "celu", "mobile", "movil", "landline"]));
    if line_before && a.people.iter().any(|p| p.kind == crate::analysis::PersonKind::Private && p.sentence == a.sentence_at(r.start)) {
        return true;
    }
    // ("Nurse Dana left you a voicemail at 862-…": the reader's line, in a reply)
    // ("We'll try 470-… again after lunch": the writer will call someone's number)
    let left_you = crate::text::ends_with_line(a.sentence_before(r.start).trim_end(), crate::lines!["left you a voicemail at", "left you a message at", "called you at", "texted you at", "te dejamos un mensaje al", "te llamamos al", "le dejamos un mensaje al", "le dejamos mensaje al", "te dejamos mensaje al", "le llamamos al",
        "we'll try", "we will try", "i'll try", "we'll call", "we will call", "i'll call", "call you at", "text you at", "we'll text", "i'll text", "volveremos a llamar al", "volvemos a llamar al",
        // ("please have her call us from (786) 555-0196 so we can verify it's really her",
        // "la llamamos al celu (11 555-0173)": the line someone calls from, or is called on)
        "call us from", "text us from", "nos llame desde", "llamarnos desde", "la llamamos al", "lo llamamos al", "la llamamos al celu", "lo llamamos al celu", "te llamamos al celu",
        // ("@x te estamos llamando al tres uno cinco…")
        "te estamos llamando al", "la estamos llamando al", "lo estamos llamando al", "le estamos llamando al",
        // ("No logramos comunicarnos al 907-…, por favor llámenos", "she's not answering 555-0188":
        // a line tried and not answered, whoever is asked to call back)
        "comunicarnos al", "comunicarnos con usted al", "contactarla al", "contactarlo al", "reach you at",
        // ("No la hemos podido localizar al cinco cero nueve…")
        "localizar al", "localizarla al", "localizarlo al", "ubicarla al", "ubicarlo al",
        // ("We've called six one two, … all morning": a line the practice has been trying)
        "we've called", "we have called", "we've been calling", "we have been calling", "hemos llamado al", "la hemos llamado al", "lo hemos llamado al",
        "not answering", "not picking up", "no contesta el", "no contesta al", "no atiende el", "no atiende al", "no responde el", "no responde al"]);
    // ("nurse line has been trying you all morning at five one three…": the reader's line, tried)
    let tried_you = {
        let before = a.sentence_before(r.start).trim_end();
        before.ends_with(" at")
            // ("pls call her back about her hCG at 775-…": someone to be called back there)
            && (before.has_line(crate::lines![" trying you", " trying to reach you", " calling you", " texting you", " tried you", " called you", "call her back", "call him back", "call them back", "text her back", "text him back"])
                // ("team, try her husband at 786-…": someone's relative, to be tried)
                || crate::lines!["try her ", "try his ", "call her ", "call his ", "text her ", "text his "].split_terminator('\n').any(|t| {
                    before.rfind(t).is_some_and(|k| {
                        let rest = before[k + t.len()..].trim_end_matches(" at");
                        !rest.contains(' ') && TRIED_LINES.contains(rest)
                    })
                }))
    };
    if left_you || tried_you {
        return true;
    }
    // "808-555-0173 goes straight to voicemail", "… no contesta": a person's line, tried
    // ("… y no atiende": not "y con gusto le atiende alguien", someone at the practice's line)
    // ("Called 520-… three times, no answer": a line tried, and nobody picked up; "Is eight
    // three two, … still your best number?": someone's own line, asked after)
    let after = a.words_after(r.end, 5);
    if after.iter().any(|w| crate::text::one_of(*w, crate::lines!["voicemail", "buzon", "contesta", "contestan", "contestas"]))
        || after.windows(2).any(|p| {
            p[0] == "no" && crate::text::one_of(p[1], crate::lines!["atiende", "atienden", "answer", "response"])
                || crate::text::one_of(p[0], crate::lines!["your", "her", "his", "tu", "su"]) && crate::text::one_of(p[1], crate::lines!["number", "best", "cell", "phone", "numero", "celular", "telefono"])
        })
    {
        return true;
    }
    // "the number she gave us", "he wrote on his form": the number came from a person.
    let s = a.sentence_before(r.start);
    // ("to the home fax you gave us, (409) 555-…": or from the reader)
    if s.has_line(crate::lines!["she gave", "he gave", "they gave", "you gave", "you listed", "she left", "he left", "she wrote", "he wrote", "she listed", "he listed", "he said", "she said", "nos dio", "nos dejo",
        // the number the practice holds for someone: "the number we have", "the number on file"
        "number we have", "number we've got", "number we got", "number on file", "numero que tenemos", "we have on file", "tenemos registrado",
        // ("el teléfono que figura en la ficha es…": the number on her chart)
        "figura en la ficha", "figura en su ficha", "figura en el expediente", "figura en su expediente",
        // ("we have you down as four-oh-eight…", "someone wrote on our sign-in sheet 'call…'",
        // "the call board showed 'Tevita H. – 650-…'": a person's number, as the practice holds it)
        "have you down as", "someone wrote", "el que tenemos", "the one we have", "sign-in sheet", "sign in sheet", "call board", "whiteboard", "white board", "te tenemos anotad", "la tenemos anotad", "lo tenemos anotad"])
        // (not when the practice's own line comes last: "If we can't reach you at the number on
        // file, call us at 555-0100")
        && !calls_us(&a.words_before(r.start, 3))
    {
        return true;
    }
    let before = a.words_before(r.start, 10);
    // ("our office manager, Ana Lucía, would be glad to talk with you. You can reach her at …":
    // "her" is the colleague named last, in this sentence or the two before: "Welcome, Dr.
    // Tsosie! She joins our Chandler office. Book with her at …")
    let i = a.sentence_at(r.start);
    // (a colleague called by role in this sentence or the `back` before it)
    let staff_by_role = |back: usize| (i.saturating_sub(back)..=i).any(|j| crate::analysis::names_our_staff(a.sentence_folded(j)));
    let staff_antecedent = match a.people.iter().rev().find(|p| p.span.end <= r.start && p.sentence + 2 >= i) {
        Some(p) => p.kind == crate::analysis::PersonKind::Staff,
        // ("our practice manager would like to talk it through with you. You can reach her at…":
        // with nobody named, a colleague called by role in this sentence or the one before)
        None => staff_by_role(1),
    };
    // ("…call back sina about her OHSS symptoms, she's at eight oh one…": where she can be
    // reached, when she is no colleague: "our patient advocate, Renata… She's at 505-…")
    let whereabouts = crate::text::ends_with_line(a.sentence_before(r.start).trim_end(), crate::lines!["she's at", "he's at", "she is at", "he is at"]);
    // (a review reply's contact is the practice's own)
    if whereabouts && a.opts.context != crate::options::ComposeContext::ReviewReply && !staff_antecedent && !hiring && !a.people.iter().any(|p| p.kind == crate::analysis::PersonKind::Staff) && !staff_by_role(2) {
        return true;
    }
    // "La llamé al …", "le marqué al …": the writer called someone at it (not "llame al …",
    // the practice's "call us at")
    // ("La llamamos dos veces al 099 482 317", "llámela al …": a few words may stand between)
    // ("Lo llamaremos al +56 9 …", "la enfermera le llamará al 614-…": or will call them there)
    if matches!(before.last(), Some(&("al" | "a"))) {
        let recent = &before[before.len().saturating_sub(6)..];
        let called_someone = recent.windows(2).any(|p| {
            crate::text::one_of(p[0], crate::lines!["la", "lo", "le", "los", "las", "te"]) && crate::text::one_of(p[1], crate::lines!["llame", "marque", "llamamos", "marcamos", "llamaron", "marcaron", "llamo", "marco", "llamaste", "llamaremos", "marcaremos", "llamara", "marcara", "llamare"])
        // ("llámenla al dos nueve nueve…", "llámeme al 7 555 0148": told to call her, or asked to be called)
        // ("Le volvemos a llamar esta tarde al 787-…": called again, a few words before "al")
        // (not "Le invitamos a llamar a nuestra coordinadora al …", the practice's line)
        }) || before[before.len().saturating_sub(8)..].windows(4).any(|p| {
            crate::text::one_of(p[0], crate::lines!["la", "lo", "le", "te"])
                && crate::text::one_of(p[1], crate::lines!["volvemos", "volveremos", "vamos", "intentaremos", "intentamos", "tratamos", "trataremos"])
                && p[2] == "a"
                && crate::text::one_of(p[3], crate::lines!["llamar", "marcar"])
        })
            || recent.iter().any(|w| crate::text::one_of(w, crate::lines!["llamela", "llamelo", "llamala", "llamalo", "marquele", "marcale", "llamenla", "llamenlo", "llamenle", "marquenle", "marquenla", "llameme", "llamame", "marcame", "marqueme"]));
        if called_someone {
            return true;
        }
    }
    // ("I'll call you tomorrow at 907-…", "text you Monday at…": the reader's line, to be called)
    if matches!(before.last(), Some(&"at")) && before[before.len().saturating_sub(5)..].windows(2).any(|p| crate::text::one_of(p[0], crate::lines!["call", "text", "ring", "reach", "try"]) && p[1] == "you") {
        return true;
    }
    // ("ya te mandé por WhatsApp los resultados de tu ultrasonido al 505-…": sent to the reader there)
    if matches!(before.last(), Some(&("al" | "a" | "to" | "at")))
        && s.has_line(crate::lines!["te mande", "te envie", "te mandamos", "te enviamos", "le mande", "le envie", "le mandamos", "le enviamos", "sent you", "texted you", "sent your", "texted your"])
    {
        return true;
    }
    for (k, w) in before.iter().enumerate().rev() {
        // A possessive owns the number only next to it or to a phone word: "her cell",
        // "call her at"; not "check your specific plan: 720-…".
        // ("please call him at 503-…": "him" too, right before "at")
        let possessive = crate::text::one_of(w, crate::lines!["her", "his", "him", "their", "your", "su", "tu"]);
        if staff_antecedent && crate::text::one_of(*w, crate::lines!["her", "his", "him"]) {
            continue;
        }
        // ("to the fax at his feed store, (505) …": a line at a place of theirs, said just
        // before the number)
        let line_at_theirs = before.len() - k <= 3 && k >= 2 && before[k - 1] == "at" && before[k.saturating_sub(4)..k - 1].iter().any(|n| PHONE_WORDS.contains(n));
        let next_to = k + 1 == before.len()
            || line_at_theirs
            || before.get(k + 1).is_some_and(|n| crate::text::one_of(*n, crate::lines!["at", "on", "al"]))
            // "her old work fax, 480-…": a phone word within three words
            || before[k + 1..before.len().min(k + 4)].iter().any(|n| PHONE_WORDS.contains(n));
        if PERSONAL_BEFORE.contains(w) && (!possessive || next_to) {
            return true;
        }
        // ("asked everyone to call the house at five oh five…", with a person named just before:
        // someone's home; not "the Ronald McDonald House", nor a guest house anyone may call)
        if *w == "house" && k > 0 && crate::text::one_of(before[k - 1], crate::lines!["the", "her", "his", "their"]) && before.get(k + 1).is_none_or(|n| crate::text::one_of(*n, crate::lines!["at", "on"]))
            && a.people.iter().any(|p| matches!(p.kind, crate::analysis::PersonKind::Private | crate::analysis::PersonKind::Unknown) && p.span.end <= r.start && p.sentence + 1 >= i)
        {
            return true;
        }
        // "his home office", "her office line", "her husband's office", "el fax de su
        // oficina": the place is the person's.
        // ("Sra. Esparza, … su teléfono 720-…": the person's own telephone)
        let owned = k > 0
            && crate::text::one_of(w, crate::lines!["office", "line", "desk", "oficina", "consultorio", "trabajo", "telefono"])
            // ("faxed your semen analysis to your office at +34 …": the reader's own)
            && (crate::text::one_of(before[k - 1], crate::lines!["his", "her", "their", "home", "su", "your", "tu"]) || before[k - 1].ends_with("'s") && !crate::text::one_of(before[k - 1], crate::lines!["doctor's", "clinic's", "practice's"]));
        // ("el teléfono de la paciente es 099 555 318": the patient's, named after the word)
        let owned = owned
            || *w == "telefono"
                && before.get(k + 1).is_some_and(|n| crate::text::one_of(n, crate::lines!["de", "del"]))
                && before[k + 1..before.len().min(k + 4)].iter().any(|n| crate::text::one_of(n, crate::lines!["paciente", "senora", "senor", "esposo", "esposa", "marido", "su"]));
        if ORG_BEFORE.contains(w) && !owned {
            return false;
        }
    }
    // A reply addressed to "you" is not evidence that the number is the reader's.
    a.private_subject[i] && !(a.opts.context.is_conversational() && !a.people.iter().any(|p| p.sentence == i && p.kind != crate::analysis::PersonKind::Staff) && !crate::analysis::specific_patient_ref(a, a.sentence_folded(i)))
}

/// "fax: 312-...", "faxed to his home office at 207-...", "a su fax de la casa, 512-...".
fn is_fax(a: &Analysis, r: &Range<usize>) -> bool {
    a.words_before(r.start, 9).iter().any(|w| w.starts_with("fax")) && a.sentence_before(r.start).has("fax")
        || fax_named_after(a, r).is_some()
        || faxed_to(a, r)
}

/// "We tried faxing the records release for your 4/22 consult to 802-…": the sentence's verb
/// is faxing, and the number is where to.
fn faxed_to(a: &Analysis, r: &Range<usize>) -> bool {
    // ("Faxed her report to the number she listed, 802-…": a few words may say which number)
    let before = a.words_before(r.start, 7);
    let to_number = before.iter().rposition(|w| crate::text::one_of(*w, crate::lines!["to", "al", "a"])).is_some_and(|k| {
        before[k + 1..].iter().all(|w| WHICH_NUMBER_WORDS.contains(*w))
    });
    // ("Le enviamos por fax los resultados… al número de su rancho, 432-…": sent by fax)
    // ("asked us to fax your records…, so we sent the pics to 520-…": sent, where faxing is asked)
    let faxing = to_number && {
        let said = a.sentence_before(r.start);
        said.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, crate::lines!["faxing", "faxed", "faxes", "faxeamos", "faxeando", "faxear", "fax"]))
            || said.has_line(crate::lines!["por fax", "by fax", "via fax"])
    };
    // ("CHECK the fax cover sheet… Sagal's HSG report went to 320-…": a document that went to a
    // number, in a text about faxes)
    let document_went = to_number
        && before.iter().any(|w| crate::text::one_of(*w, crate::lines!["went", "go", "goes", "fue", "llego"]))
        && before.iter().any(|w| DOCUMENTS.contains(w))
        && a.folded.s.has("fax");
    faxing || document_went
}

/// The fax named right after the number ("406-555-0162, her home fax", "(su fax)", "…0161,
/// which is apparently her mother-in-law's home fax"): `Some(true)` when someone's own.
fn fax_named_after(a: &Analysis, r: &Range<usize>) -> Option<bool> {
    // ("307-555-0263 is Loretta Brandt's home fax": or a verb that says what it is)
    // ("…to 603-555-0172. That's his home fax": or the next sentence, pointing back at it)
    // ("…to 469-… as written on his intake sheet. Turns out that's his father-in-law's fax":
    // however the sentence with the number goes on)
    let next = a.sentences.get(a.sentence_at(r.start) + 1).map(|n| n.start).filter(|&n| n >= r.end);
    // ("…went to 601-…because that's the fax number you gave us": or a reason that says so)
    let because = matches!(a.words_after(r.end, 2).as_slice(), ["because" | "since" | "porque", "that's" | "thats" | "that" | "ese" | "es"]);
    let pointed_at = !because && next.is_some_and(|n| {
        let n = a.text[n..].trim_start_matches(['¡', '¿']);
        let n = n.strip_prefix("Turns out ").or_else(|| n.strip_prefix("Turned out ")).unwrap_or(n);
        // ("…went to 337-…... which is apparently the fax machine at his job": trailing on)
        crate::text::starts_with_line(n, crate::lines!["That's ", "That is ", "This is ", "It's ", "It was ", "Es ", "Ese es ", "that's ", "it's ", "which is ", "which was ", "que es ", "que era "])
    });
    let right_after = a.text[r.end..].trim_start().starts_with([',', '(', '—', ':']) || matches!(a.words_after(r.end, 1).as_slice(), ["is" | "was" | "es" | "era"]) || because;
    let from_here = right_after.then(|| fax_owner(a, r, r.end)).flatten();
    from_here.or_else(|| fax_owner(a, r, next.filter(|_| pointed_at)?))
}

/// What the words from `from` to the next "fax" say of the fax number `r`, when they name its
/// owner: `Some(true)` when someone's own ([`fax_named_after`]).
fn fax_owner(a: &Analysis, r: &Range<usize>, from: usize) -> Option<bool> {
    // (": that's Mr. Tran Van Long's home fax": a name may stand between)
    let after = a.words_after(from, 12);
    let k = after.iter().position(|w| w.starts_with("fax"))?;
    let words = &after[..k];
    let named = words.iter().all(|w| {
        OWNER_WORDS.contains(*w)
            || w.ends_with("'s")
            || a.people.iter().any(|p| crate::text::lower(&a.text[p.span.clone()]).has(*w))
    });
    // ("the fax number you gave us", "el fax que nos dio"): whose, said after it
    let rest = a.sentence_after(r.end);
    let given = rest.has_line(crate::lines!["you gave us", "she gave us", "he gave us", "they gave us", "you listed", "que nos dio", "que nos dejo"]);
    // ("because that's the fax line": a contraction, not a possessive)
    let possessive = |w: &str| w.ends_with("'s") && !crate::text::one_of(w, crate::lines!["that's", "it's", "what's", "there's", "here's", "who's", "he's", "she's"]);
    // ("the fax machine at his job", "el fax de la oficina de su esposo"): or a place of theirs
    // said right after it
    let theirs = |w: &&str| crate::text::one_of(w, crate::lines!["her", "his", "their", "your", "su", "tu"]);
    // ("…que resultó ser el fax de la casa de la paciente": or the patient's, named)
    let at_theirs = after[k + 1..after.len().min(k + 6)].windows(2).any(|p| crate::text::one_of(p[0], crate::lines!["at", "in", "de", "en"]) && theirs(&p[1]))
        || after[k + 1..after.len().min(k + 7)].iter().any(|w| crate::text::one_of(w, crate::lines!["paciente", "patient's", "donante", "donor's"]));
    named.then(|| given || at_theirs || words.iter().any(|w| theirs(w) || possessive(w)))
}

/// Phone-like numbers: digits in the usual US shapes and spelled-out runs of ten digits.
fn numbers(a: &Analysis) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = a
        .find_ranges(&PHONE_RE)
        .filter(|r| !looks_like_ssn(&a.text[r.clone()]))
        // ("tiktok.com/@kiana.mahe/video/7314459021": a path of a link, not a line)
        .filter(|r| !a.text[..r.start].ends_with(['/', '=']))
        // "655 555 019" is a Spanish number: only in Spanish text, and not the tail of a coded
        // ID ("XNM 804 551 927")
        .filter(|r| {
            let t = &a.text[r.clone()];
            let spanish_form = t.len() == 11 && t.as_bytes()[3] == b' ' && t.as_bytes()[7] == b' ';
            !spanish_form || a.lang == crate::options::Lang::Es && !a.text[..r.start].trim_end().ends_with(|c: char| c.is_ascii_uppercase())
        })
        .collect();
    // Central and South American eight-digit numbers ("su cel 6555-0187", "WhatsApp 8844
    // 1290", "su celular 71558203") and Bolivian landlines with their area code ("(2)
    // 2204517"): only right after a phone word, since "2024-2025" has the same shape
    let any_phone_word = (0..a.tokens.len()).any(|k| phone_word(a.word(k)));
    let any_call = any_phone_word || (0..a.tokens.len()).any(|k| CALLED.contains(a.word(k)));
    out.extend(any_call.then(|| a.find_ranges(&EIGHT_DIGIT_RE)).into_iter().flatten().filter(|r| {
        let t = &a.text[r.clone()];
        // (not the tail of a coded number: "M214-5530-7781")
        // (nor its head: "TennCare 7720 1184 56")
        let inside = a.text[..r.start].ends_with(['-', '.', '/']) || a.text[r.end..].starts_with(['-', '/']) || a.text[r.end..].strip_prefix(' ').is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
        // (a landline starts with 2 or an area code: "al fax de su oficina, 2555-0193")
        let landline = t.starts_with('2') || t.starts_with('(');
        // (eight digits in one run, "71558203", only after a word for a mobile: after "número"
        // they are as often a record's)
        let run = t.bytes().all(|b| b.is_ascii_digit());
        let four = a.words_before(r.start, 4);
        let words = &four[four.len().saturating_sub(if landline { 4 } else { 2 })..];
        // ("no contesta al 8555-0193": a dashed one also a few words after a call)
        let named = if run { words.iter().any(|w| crate::text::one_of(w, MOBILE_WORDS)) } else { words.iter().any(|w| phone_word(w)) || four.iter().any(|w| CALLED.contains(w)) };
        // ("se enviaron al 2555-0172, que resultó ser el fax de la casa…": or named just after)
        let named_after = !run && a.words_after(r.end, 6).iter().any(|w| w.starts_with("fax"));
        !inside && (named || named_after)
    }));
    // ("su cel es 555-0173", "his brother's home fax (555-0138)"): seven digits with no area
    // code, right after a word for the line
    // ("te marco mañana al 555-0187", "I'll call you Monday at 555-0187": or a few words after a call)
    if any_call {
        let seven: Vec<Range<usize>> = a
            .find_ranges(&SEVEN_DIGIT_RE)
            .filter(|r| !out.iter().any(|o| o.start < r.end && r.start < o.end))
            .filter(|r| !a.text[..r.start].ends_with(['-', '.', '/']) && !a.text[r.end..].starts_with(['-', '/']))
            // ("el fax de su casa (555-0177)": the line named up to four words before)
            .filter(|r| a.words_before(r.start, 4).iter().any(|w| phone_word(w)) || called(a, r) || a.words_after(r.end, 6).iter().any(|w| w.starts_with("fax")))
            .collect();
        out.extend(seven);
    }
    // ("la llamamos al +56 9 5553 2871", "+44 20 7946 0958"): a number dialled from abroad,
    // nine to fifteen digits after its "+" (only in a text with a "+" before a digit)
    if a.text.as_bytes().windows(2).any(|w| w[0] == b'+' && w[1].is_ascii_digit()) {
        out.extend(a.find_ranges(&INTERNATIONAL_RE).filter(|r| (9..=15).contains(&a.text[r.clone()].bytes().filter(u8::is_ascii_digit).count())));
    }
    out.extend(
        a.spelled_digit_runs()
            .iter()
            // (eight spelled digits after a call or a phone word: "la llamamos al nueve cuatro
            // ocho siete, dos dos uno cero")
            .filter(|(r, d)| (d.len() == 10 || d.len() == 7) && !super::ids::national_id_near(a, r) || d.len() == 11 && !spelled_imss(a, r, d) || spanish_phone(a, r, d) || d.len() == 8 && called(a, r))
            .map(|(r, _)| r.clone()),
    );
    out
}

/// A call or a phone word (not "wa" or "fax") among the four words before `r`.
fn called(a: &Analysis, r: &Range<usize>) -> bool {
    a.words_before(r.start, 4).iter().any(|w| {
        phone_word(w) && !crate::text::one_of(*w, crate::lines!["wa", "fax"])
            || CALLED.contains(w)
    })
}

/// Nine spelled digits in Spanish without a social-security label: a phone number in Spain
/// ("seis cero cero, cinco cinco cinco, cero tres siete").
/// What a social security number is called, in a sentence that names one.
const SSN_NAMES: &str = crate::lines!["seguro social", "ssn", "social security"];

/// Eleven spelled digits right after a social-security word: Mexico's IMSS number ("confirm
/// your social security number: one two nine zero, four four six, …"), not a phone.
fn spelled_imss(a: &Analysis, r: &Range<usize>, digits: &str) -> bool {
    digits.len() == 11 && a.words_before(r.start, 5).iter().any(|w| crate::text::one_of(w, crate::lines!["ssn", "social", "nss", "imss", "seguro", "security"]))
}

fn spanish_phone(a: &Analysis, r: &Range<usize>, digits: &str) -> bool {
    digits.len() == 9
        && a.lang == crate::options::Lang::Es
        && !super::ids::national_id_near(a, r)
        && !a.words_before(r.start, 5).iter().any(|w| crate::text::one_of(*w, crate::lines!["ssn", "social", "seguro", "security"]))
        // ("el número de seguro social de un donante de semen, cinco tres uno…")
        // ("confirmar el social de su esposa…: cero nueve dos, cuarenta y uno…": "el social" in
        // the Spanish of the United States)
        && !a.sentence_before(r.start).has_line(SSN_NAMES)
        && !a.sentence_before(r.start).has_line(crate::lines!["el social", "su social", "tu social", "numero social"])
        // ("nada de números de seguro social en notas. Hoy apareció 'cuatro uno dos…'")
        && !{
            let i = a.sentence_at(r.start);
            i > 0 && a.sentence_folded(i - 1).has_line(SSN_NAMES)
        }
}

fn looks_like_ssn(s: &str) -> bool {
    let d: Vec<&str> = s.split(['-', ' ']).collect();
    d.len() == 3 && d[0].len() == 3 && d[1].len() == 2 && d[2].len() == 4
}

/// "member ID 918 440 2275": a labelled plan or account number shaped like a phone number.
fn labelled_id(a: &Analysis, r: &Range<usize>) -> bool {
    let before = a.words_before(r.start, 3);
    // ("su licencia de manejo en recepción (Chihuahua no. 0802117734)": a licence or passport
    // named a few words back, with no word of a phone between)
    // ("la cuenta de ahorro de Wendy en Banco Agrícola es 3580041129": or an account, up to
    // ten words between, as `phi.account.labelled` reads it)
    let document_back = || {
        let wider = a.words_before(r.start, 11);
        // ("su póliza de Seguros Horizonte N° 55-0931-7742": or a policy)
        let k = wider.iter().rposition(|w| crate::text::one_of(w, crate::lines!["license", "licence", "licencia", "passport", "pasaporte", "cuenta", "account", "acct", "poliza", "policy"]));
        k.is_some_and(|k| !wider[k..].iter().any(|w| crate::text::one_of(w, crate::lines!["phone", "cell", "tel", "telefono", "celular", "call", "text", "fax", "llamar", "llame", "whatsapp"])))
    };
    before.iter().any(|w| ID_LABEL_WORDS.contains(*w)) || document_back()
}

fn check_phone(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    for r in numbers(a) {
        if !is_fax(a, &r) && !labelled_id(a, &r) && private_number(a, &r) {
            hits.add(r);
        }
    }
}

fn check_fax(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    for r in numbers(a) {
        if is_fax(a, &r) && (private_number(a, &r) || fax_named_after(a, &r) == Some(true)) {
            hits.add(r);
        }
    }
}

/// An email address's "@" written as itself or disguised ("[at]", "(arroba)").
const EMAIL_AT: &str = r"(?:\s*[\[\(\{<]\s*(?:at|arroba)\s*[\]\)\}>]\s*|@)";
/// An email address's "." written as itself or disguised ("(dot)", "[punto]").
const EMAIL_DOT: &str = r"(?:\s*[\[\(\{<]\s*(?:dot|punto)\s*[\]\)\}>]\s*|\.)";
/// One part of an email address between dots.
const EMAIL_WORD: &str = r"[a-z0-9_%+-]+";

static EMAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    let (at, dot, word) = (EMAIL_AT, EMAIL_DOT, EMAIL_WORD);
    crate::text::regex(&format!(r"\b{word}(?:{dot}{word})*{at}{word}(?:{dot}{word})*{dot}[a-z]{{2,}}\b"))
});

/// "name at gmail dot com"
static SPOKEN_EMAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b[a-z0-9_.+-]+ (?:at|arroba) [a-z0-9-]+(?: (?:dot|punto) [a-z0-9-]+)+\b")
});

/// Mailboxes of a role, not a person.
static ROLE_MAILBOXES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "info", "feedback", "hello", "contact", "office", "frontdesk", "appointments", "scheduling", "billing", "records",
    "support", "admin", "careers", "jobs", "press", "media", "privacy", "compliance", "reviews", "team", "nurses",
    "referrals", "citas", "contacto", "informes", "calidad", "quality", "atencion", "pacientes", "patients", "recepcion",
    "secretaria", "turnos", "consultas", "admision", "admisiones", "hola", "care", "frontdesk",
]);

/// Mail services anyone signs up for: an address there is a person's own, not a practice's.
pub(crate) static FREE_MAIL: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me", "mac", "aol", "proton",
    "protonmail", "gmx", "comcast", "att", "verizon", "sbcglobal", "bellsouth", "cox", "charter", "mail", "ymail",
    "rocketmail", "zoho", "yandex", "fastmail", "hey", "tutanota", "prodigy",
]);

/// "jo [dot] pell [at] fastmail [dot] com" -> "jo.pell@fastmail.com"
pub fn deobfuscate_email(s: &str) -> String {
    static AT: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"(?i)\s*[\[\(\{<]\s*(?:at|arroba)\s*[\]\)\}>]\s*| (?:at|arroba) "));
    static DOT: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"(?i)\s*[\[\(\{<]\s*(?:dot|punto)\s*[\]\)\}>]\s*| (?:dot|punto) "));
    let s = AT.replace_all(s, "@");
    let s = DOT.replace_all(&s, ".");
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// "anahit (dot) petrosyan91 (at) gmail": a disguised address at a free mail provider, written
/// without its ".com".
static PROVIDER_ONLY_EMAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    let (dot, word) = (EMAIL_DOT, EMAIL_WORD);
    // (only the disguised "at": a plain "@gmail" without ".com" is a handle, not an address)
    crate::text::regex(&format!(
        r"\b{word}(?:{dot}{word})*\s*[\[\(\{{<]\s*(?:at|arroba)\s*[\]\)\}}>]\s*(?:gmail|yahoo|hotmail|outlook|icloud|aol|protonmail|proton)\b"
    ))
});

fn check_email(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    let mut found: Vec<Range<usize>> = a.find_ranges(&EMAIL_RE).collect();
    found.extend(a.find_ranges(&SPOKEN_EMAIL_RE));
    if a.folded.s.has("(at)") || a.folded.s.has("[at]") || a.folded.s.has("(arroba)") {
        found.extend(a.find_ranges(&PROVIDER_ONLY_EMAIL_RE));
    }
    crate::text::sort_ranges(&mut found, |r| (r.start, 0));
    let mut last_end = 0;
    for r in found {
        if r.start < last_end {
            continue;
        }
        last_end = r.end;
        let raw = &a.text[r.clone()];
        let email = deobfuscate_email(raw).to_ascii_lowercase();
        let domain = email.rsplit('@').next().unwrap_or("");
        let provider = domain.split('.').next().unwrap_or("");
        let obfuscated = !raw.contains('@');
        let before = a.words_before(r.start, 4);
        // ("Email info [at] …", "Email: …"; not "the email on it is …", a stranger's)
        let org_cue = (before.iter().any(|w| crate::text::one_of(w, crate::lines!["us", "our", "contact", "nuestro", "escribanos", "info"])) || before.last() == Some(&"email"))
            && !before.iter().any(|w| crate::text::one_of(w, crate::lines!["her", "his", "their", "su", "from", "your", "ur", "tu"]));
        let free = FREE_MAIL.contains(&provider);
        // A role mailbox at the practice's own domain ("feedback@…", "info@…") is never a person's.
        let local = email.split('@').next().unwrap_or("");
        // ("patientvoice@…", "patient.advocate@…": a role made of a role's words)
        let role_words = crate::text::starts_with_line(local, crate::lines!["patient", "advocate", "relations", "paciente"]) || local.contains("advocate");
        if !free && (ROLE_MAILBOXES.contains(&local) || role_words) {
            continue;
        }
        // ("advocate@gulfbendfertility.com": a practice's own domain holds its staff, not patients)
        if !free && !obfuscated && ["fertil", "ivf", "reproductive", "reproduccion", "clinic"].iter().any(|w| domain.contains(w)) {
            continue;
        }
        let private = if org_cue { free && a.private_subject[a.sentence_at(r.start)] } else { free || obfuscated || a.private_subject[a.sentence_at(r.start)] };
        if private {
            hits.add(r);
        }
    }
}

fn check_ssn(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    let cue = |r: &Range<usize>| {
        let before = a.words_before(r.start, 4);
        // ("no SSNs on sticky notes. Found 'donor comp — 529 44 8106'": said a sentence before)
        let i = a.sentence_at(r.start);
        let told = |k: usize| {
            let s = a.sentence_folded(k);
            s.has_line(SSN_NAMES)
        };
        before.iter().any(|w| crate::text::one_of(w, crate::lines!["ssn", "ssns", "social", "security", "ss", "seguro"])) || told(i) || i > 0 && told(i - 1)
    };
    for (r, c) in a.find_iter(&SSN_RE) {
        // ("donor_comp_539-71-2204.pdf": the underscore before the number is not part of it)
        let r = if a.text[r.clone()].starts_with('_') { r.start + 1..r.end } else { r };
        let valid = match c.get(1) {
            Some(area) => {
                let area = area.as_str();
                area != "000" && area != "666" && !area.starts_with('9') && &c[3] != "00" && &c[4] != "0000"
            }
            None => cue(&r),
        };
        if valid && (c.get(1).is_none() || c.get(2).map(|m| m.as_str()) == Some("-") || cue(&r)) {
            hits.add(r);
        }
    }
    // Spelled-out runs: nine digits that are no Spanish phone, an IMSS number, and ("confirme
    // su DNI: cuatro siete dos ocho uno nueve cero tres", "la cédula uno-cero-ocho-…") a national
    // ID number of seven to ten digits right after the document's name. In digits such a number
    // is an OTHER_ID (src/rules/phi/ids.rs); spelled out, it is labelled as the social-security
    // number it stands for by five of the six corpus authors who wrote one.
    for (r, digits) in a.spelled_digit_runs() {
        if digits.len() == 9 && !spanish_phone(a, r, digits) || spelled_imss(a, r, digits) || (7..=10).contains(&digits.len()) && super::ids::national_id_near(a, r) {
            hits.add(r.clone());
        }
    }
    spanish_social_security(a, hits);
    canadian_sin(a, hits);
}

/// "La donante nos dio el SIN 612-408-937": Canada's social insurance number, three groups of
/// three digits, in a sentence that names it or right after one. The name is "SIN" in capitals
/// in a line that is not shouted (in Spanish "sin" is "without"), or "social insurance".
fn canadian_sin(a: &Analysis, hits: &mut Hits) {
    let names_sin = |j: usize| {
        let raw = a.text[a.sentences[j].clone()].as_bytes();
        // (a word of its own, between words not in capitals: not "CONSULTA SIN COSTO")
        let joined = |c: Option<&u8>| c.is_some_and(u8::is_ascii_alphanumeric);
        let shouted = |c: Option<&u8>| c.is_some_and(u8::is_ascii_uppercase);
        a.sentence_folded(j).has("social insurance")
            || (0..raw.len().saturating_sub(2)).any(|p| {
                &raw[p..p + 3] == b"SIN" && !joined(raw[..p].last()) && !joined(raw.get(p + 3)) && !shouted(raw[..p].iter().rev().nth(1)) && !shouted(raw.get(p + 4))
            })
    };
    if !crate::text::bytes_contain(a.text, "SIN") && !a.folded.s.has("social insurance") {
        return;
    }
    let b = a.text.as_bytes();
    let mut k = 0;
    while k + 11 <= b.len() {
        match crate::text::digit_groups(b, k, &[3, 3, 3]) {
            Some(end) => {
                let i = a.sentence_at(k);
                if names_sin(i) || i > 0 && names_sin(i - 1) {
                    hits.add(k..end);
                }
                k = end;
            }
            None => k += 1,
        }
    }
}

/// "el número de la Seguridad Social de la donante (28/41736592/07)": Spain's twelve digits (a
/// province, a number, two check digits), or Mexico's eleven (IMSS), grouped or not, in a
/// sentence that names them or right after one.
/// (A walk over the bytes, not a pattern: no start-up cost for a text that has none.)
fn spanish_social_security(a: &Analysis, hits: &mut Hits) {
    let b = a.text.as_bytes();
    let digits = |k: usize, n: usize| k + n <= b.len() && b[k..k + n].iter().all(u8::is_ascii_digit);
    let sep = |k: usize| b.get(k).is_some_and(|c| matches!(c, b'/' | b'-' | b' '));
    let mut k = 0;
    while k + 11 <= b.len() {
        if !(digits(k, 2) && (k == 0 || !b[k - 1].is_ascii_alphanumeric())) {
            k += 1;
            continue;
        }
        let grouped = sep(k + 2) && digits(k + 3, 8) && sep(k + 11) && b[k + 2] == b[k + 11] && digits(k + 12, 2);
        // (Mexico's IMSS number, eleven digits in two to five groups split alike:
        // "NSS 4389 91 2277 6", "43 12 85 60471")
        let mexican = eleven_in_groups(b, k);
        // (Argentina's CUIL: "27-95118420-6")
        let cuil = b.get(k + 2) == Some(&b'-') && digits(k + 3, 8) && b.get(k + 11) == Some(&b'-') && digits(k + 12, 1);
        let end = if grouped { k + 14 } else if let Some(end) = mexican { end } else if cuil { k + 13 } else if digits(k, 12) { k + 12 } else if digits(k, 11) { k + 11 } else { 0 };
        if end > 0 && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric()) {
            // (named in its sentence or the one before: "el NUSS de la donante está mal metido.
            // El bueno es 35/10482937/61")
            let i = a.sentence_at(k);
            let named = |j: usize| a.sentence_folded(j).has_line(crate::lines!["seguridad social", "seguro social", "nuss", "nss", "n.s.s", "imss", "cuil"]);
            // ("la tarjeta sanitaria de Fátima… nº de afiliación 28/10984562/33": Spain's grouped
            // shape, as her affiliation number)
            if named(i) || i > 0 && named(i - 1) || grouped && a.sentence_folded(i).has("afiliacion") {
                hits.add(k..end);
            }
            k = end;
        } else {
            k += 1;
        }
    }
}

/// The end of eleven digits from `k` in two to five groups with one kind of separator between
/// them (a space or a hyphen), each group one to five digits long.
fn eleven_in_groups(b: &[u8], k: usize) -> Option<usize> {
    let (mut at, mut total, mut groups, mut sep) = (k, 0, 0, None);
    loop {
        let run = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 0 || run > 5 {
            return None;
        }
        (total, groups, at) = (total + run, groups + 1, at + run);
        if total == 11 {
            return (groups >= 2).then_some(at);
        }
        match b.get(at) {
            Some(&c @ (b' ' | b'-')) if total < 11 && groups < 5 && sep.is_none_or(|s| s == c) => {
                sep = Some(c);
                at += 1;
            }
            _ => return None,
        }
    }
}

/// Words that may stand between "to" and a number to say which one ("the number she listed").
static WHICH_NUMBER_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "the", "number", "she", "he", "they", "listed", "gave", "left", "provided", "put", "on", "file", "her",
    "his", "their", "us", "numero", "que", "nos", "dio", "dejo",
    // (whose line it is: "al número de su rancho", "a la casa", "to his home")
    "de", "su", "la", "home", "casa", "ranch", "rancho", "farm", "work", "trabajo", "office", "oficina"
]);

/// Words that say whose a phone or fax is ("her", "home", "office").
static OWNER_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "her", "his", "their", "your", "the", "home", "work", "office", "old", "personal", "su", "tu", "el", "de",
    "casa", "is", "es", "that's", "thats", "mr", "mrs", "ms", "sr", "sra", "which", "apparently", "actually",
    "was", "que", "resulta", "resulto", "ser", "turns", "turned", "out", "to", "be", "really", "just", "machine",
    "shared", "family", "main", "a", "an", "this", "it's", "ese", "because", "since", "porque",
    // ("…, which he gave us as his home fax", "…, que nos dio como su fax")
    "he", "she", "they", "you", "gave", "us", "as", "listed", "nos", "dio", "como"
]);

/// Labels of member, policy and record numbers: a number after them is no phone.
static ID_LABEL_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "id", "member", "subscriber", "policy", "acct", "account", "mrn", "group", "poliza", "afiliado", "socio",
    "license", "licence", "licencia", "dl", "passport", "pasaporte", "benefits", "dbn",
    // ("número de miembro 4470091825", "CLABE 012180015555012345", "exp. 2024-…")
    "miembro", "beneficiario", "cuenta", "clabe", "expediente", "exp", "tricare",
    // ("Medicaid de Louisiana #8814207731", "su número de BadgerCare 4408812736")
    "medicaid", "medicare", "badgercare", "masshealth", "tenncare", "soonercare", "ahcccs", "medi-cal", "peachcare", "kancare", "mainecare", "husky", "chip",
    // ("la de cédula 0104729358", "su número IESS 1104572291": a national ID or a social
    // security affiliation of ten digits)
    "cedula", "iess", "dni", "rut", "curp",
]);

/// Documents that are sent to a number ("the results went to fax …").
static DOCUMENTS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "report",
    "results",
    "records",
    "labs",
    "chart",
    "analysis",
    "referral",
    "paperwork",
    "informe",
    "resultados",
    "expediente",
    "analisis",
    "espermograma",
]);

/// Words of calling someone at a number ("we called 555…", "llamamos al …").
static CALLED: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "call",
    "called",
    "text",
    "llamamos",
    "llamar",
    "llame",
    "llamo",
    "llamala",
    "llamalo",
    "marcamos",
    "marque",
    "marco",
    "marcare",
    "marcaremos",
    "llamare",
    "llamaremos",
    // ("No contesta al 8555-0193", "she isn't answering at 555-0193": a line that rings unanswered)
    "contesta",
    "contestan",
    "responde",
    // ("no atiende", River Plate Spanish; "le dejamos mensaje al 6555-0172")
    "atiende",
    "atienden",
    "mensaje",
    "answering",
    "answers",
]);

#[cfg(test)]
mod tests {
    use super::deobfuscate_email;

    #[test]
    fn obfuscated_emails_are_read_back() {
        assert_eq!(deobfuscate_email("jo [dot] pell [at] fastmail [dot] com"), "jo.pell@fastmail.com");
        assert_eq!(deobfuscate_email("jo(at)mail(dot)com"), "jo@mail.com");
        assert_eq!(deobfuscate_email("ana at gmail dot com"), "ana@gmail.com");
    }
}
