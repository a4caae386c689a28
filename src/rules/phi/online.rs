//! Online identifiers: personal web addresses, IP addresses and the handles of patients whose
//! care is disclosed.

use std::sync::LazyLock;

use crate::text::Regex;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;
use crate::text::Has;

pub static URL: Rule = Rule {
    id: "phi.url.personal",
    category: Category::Url,
    severity: Severity::Block,
    summary: "A web address of a patient's own page (blog, fundraiser, social profile) in a post about them.",
    why: crate::native_only!("A link to a patient's blog or profile identifies them as surely as their name."),
    message: "{text} points to a private person's own page, which identifies them. Remove the link.",
    suggestion: Some(""),
    example: crate::native_only!("So proud of our patient who blogs her IVF journey at hopeandheparin.wordpress.com!"),
    near_miss: crate::native_only!("Book a consult at sunpointfertility.com/consult."),
    example_with: "",
    check: check_url,
};

pub static IP: Rule = Rule {
    id: "phi.ip",
    category: Category::Ip,
    severity: Severity::Block,
    summary: "An IP address.",
    why: crate::native_only!("An IP address is a HIPAA identifier: it traces back to a household."),
    message: "{text} is an IP address, which can be traced to a person. Remove it.",
    suggestion: Some(""),
    example: crate::native_only!("Whoever keeps booking from 98.14.200.7, please stop cancelling."),
    near_miss: crate::native_only!("Version 2.4 of our patient portal is live."),
    example_with: "",
    check: check_ip,
};

pub static HANDLE: Rule = Rule {
    id: "phi.other_id.handle",
    category: Category::OtherId,
    severity: Severity::Block,
    summary: "An @handle or u/username of a person whose care with the practice is disclosed.",
    why: crate::native_only!("Tagging a patient while describing their treatment tells their followers they are a patient."),
    message: "{text} is the handle of a person whose care with you is described here. Remove the tag.",
    suggestion: Some(""),
    example: crate::native_only!("So happy for @baby.dust.dana, one transfer with us and a positive beta!"),
    near_miss: crate::native_only!("Thanks @CDCgov for the new ART surveillance report."),
    example_with: "",
    check: check_handle,
};

static URL_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?:https?://|www\.)[^\s<>()]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|us|me|blog|info|ly|ee|page|site|online|health|mx|es|tv|link|cl|ar|pe|uy|ec)\b(?:/[^\s<>()]*)?")
});

/// Hosts where people keep their own pages.
const PERSONAL_HOSTS: &str = crate::lines![
    "blogspot.com", "wordpress.com", "substack.com", "medium.com", "tumblr.com", "gofundme.com", "linktr.ee",
    "wixsite.com", "weebly.com", "blogger.com", "caringbridge.org", "squarespace.com", "carrd.co", "ko-fi.com",
    "patreon.com", "etsy.com", "venmo.com", "cash.app", "paypal.me", "instagram.com", "tiktok.com", "facebook.com",
    "youtube.com", "x.com", "twitter.com", "threads.net", "reddit.com", "pinterest.com", "snapchat.com",
    // baby registries and fundraisers name the family
    "babylist.com", "myregistry.com", "zola.com", "theknot.com", "giveforward.com", "spotfund.com", "fundly.com",
    "mealtrain.com", "givebutter.com",
];

/// Hosts of shared files: a link to one file there, in a text about care, is someone's record.
const SHARED_FILE_HOSTS: &str = crate::lines![
    "drive.google.com", "docs.google.com", "dropbox.com", "onedrive.live.com", "1drv.ms", "wetransfer.com", "we.tl",
    "icloud.com", "box.com", "sharepoint.com",
];

/// Whether `host` is one of `hosts` (one per line) or a subdomain of one.
fn on_host(host: &str, hosts: &str) -> bool {
    hosts.split_terminator('\n').any(|h| host == h || host.strip_suffix(h).is_some_and(|sub| sub.ends_with('.')))
}

fn check_url(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    for r in a.find_ranges(&URL_RE) {
        let raw = a.text[r.clone()].trim_end_matches(['.', ',', '!', '?', ':', ';', '\'', '"']);
        let r = r.start..r.start + raw.len();
        if a.text[..r.start].ends_with(['@', '.']) {
            continue; // part of an email address
        }
        let host = crate::policy::normalize_domain(raw);
        let personal_host = on_host(&host, PERSONAL_HOSTS)
            && (host.split('.').count() > 2 || raw.contains('/'));
        let i = a.sentence_at(r.start);
        let before = a.words_before(r.start, 6);
        let possessive = before.iter().any(|w| crate::text::one_of(*w, crate::lines!["her", "his", "their", "su", "sus"]));
        // ("Visit us at…", "book at…"; not "she films every OB visit at youtube.com/@…", a noun)
        let org = before.iter().enumerate().any(|(k, w)| {
            crate::text::one_of(*w, crate::lines!["visit", "visite", "visita", "book", "register"])
                && !(k > 0 && NOUN_BEFORE_VISIT.contains(before[k - 1]))
        })
            || before.iter().rev().take(2).any(|w| crate::text::one_of(*w, crate::lines!["our", "nuestra", "nuestro"]))
            // ("Nuestra única página oficial es facebook.com/…", "our official site is…")
            || before.iter().any(|w| crate::text::one_of(*w, crate::lines!["official", "oficial"]))
            || before.iter().any(|w| crate::text::one_of(*w, crate::lines!["our", "nuestra", "nuestro"])) && before.iter().any(|w| crate::text::one_of(w, crate::lines!["page", "site", "website", "account", "pagina", "sitio", "cuenta", "perfil"]));
        // ("Tessa Pelletier posted her episode … tessasfertilityfiles.com/ep-9": a site named
        // after a private person of the text; "Lucía, … las subimos a bit.ly/lucia-bebe-2024":
        // or a page)
        let named_for = || {
            let page = crate::fold::fold(raw);
            a.people.iter().filter(|p| matches!(p.kind, crate::analysis::PersonKind::Private | crate::analysis::PersonKind::Unknown)).any(|p| {
                a.text[p.span.clone()].split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).any(|w| page.has(&crate::fold::fold(w)))
            })
        };
        // ("Nuestra paciente … ya contó toda su historia de FIV. Léanla en mamadesierto.mx/mi-fiv":
        // the page where a private person tells their own story)
        let their_story = a.any_care()
            && a.near(i).any(|j| a.private_subject[j])
            && a.folded.s.has_line(crate::lines!["su historia", "her story", "his story", "their story", "her blog", "su blog", "her vlog", "su canal", "her channel", "her journey", "su camino"]);
        // ("te dejo el link con el resultado del espermograma de tu esposo
        // https://drive.google.com/file/d/…": one person's results, shared as a file)
        let shared_file = || {
            raw.contains('/')
                && on_host(&host, SHARED_FILE_HOSTS)
                && a.any_care()
                && a.sentence_folded(i).split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, crate::lines!["your", "ur", "tu", "tus", "te", "su", "sus", "her", "his", "their"]))
        };
        // ("portal.islandfertility.example/pt/88213/results": a page of one patient's record, by
        // its number)
        let record_page = || {
            let low = crate::text::lower(raw);
            ["/pt/", "/patient/", "/patients/", "/paciente/", "/pacientes/", "/chart/", "/mrn/", "patient_id=", "patientid=", "mrn="]
                .iter()
                .any(|p| low.match_indices(p).any(|(k, _)| low[k + p.len()..].starts_with(|c: char| c.is_ascii_digit())))
        };
        if !org && (personal_host && (a.private_subject[i] || a.any_care()) || possessive && a.private_subject[i] || a.any_care() && named_for() || their_story || shared_file() || raw.contains('/') && record_page()) {
            hits.add(r);
        }
    }
}

static IP_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b|\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d) \. ){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b|\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b")
});

fn check_ip(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    for r in a.find_ranges(&IP_RE) {
        // Not part of a longer dotted number.
        let before = a.text[..r.start].chars().next_back();
        let after = a.text[r.end..].chars().next();
        let glued = |c: Option<char>| c.is_some_and(|c| c == '.' || c.is_ascii_digit());
        let after_dot_digit = a.text[r.end..].starts_with('.') && a.text[r.end + 1..].starts_with(|c: char| c.is_ascii_digit());
        if !glued(before) && !after_dot_digit && !after.is_some_and(|c| c.is_ascii_digit()) {
            hits.add(r);
        }
    }
}

static HANDLE_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"(?:^|[^\w@./])(@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?|\bu/[a-z0-9_-]{3,})"));

/// Words that tie a sentence to the practice's own care of someone.
/// Matched at word starts ("here" is not in "somewhere").
const WITH_US: &str = crate::lines![
    "with us", "w/ us", "with me", "conmigo", "our ", "we ", "we'", "here", "from us", "de nosotros", "con nosotros", "con nosotras", "nuestr", "nos ", "i did", "i performed", "i saw you",
    "my patient", "you're the patient", "the patient whose", "mi paciente",
    // ("u/x is one of ours and her second FET just failed")
    "one of ours", "una de las nuestras", "uno de los nuestros",
    // ("@x thank you for letting us repost!! … after the varicocele repair": their story, shared by us)
    "letting us", "let us share", "let us post", "let us repost", "dejarnos", "made us", "told us", "showed us", "sent us",
    // ("Look who came back to visit!! @x brought the twins…": back to see the practice)
    "came back to visit", "came to visit us", "came by to visit", "stopped by to visit", "vino a visitarnos", "volvio a visitarnos", "vinieron a visitarnos",
    // ("¿esa es la foto de la beta que te imprimimos aquí?! Te lo dije el día de la punción")
    "te imprimimos", "te lo dije el dia", "te dije el dia",
    // ("@x ya revisamos tus análisis de la cita del martes", "ya te lo dijimos en consulta")
    "ya revisamos", "revisamos tus", "ya revise", "revise tus", "revise en el portal", "we reviewed your", "i reviewed your", "we went over your", "la cita del", "tu cita del", "your appointment on", "te lo dijimos", "en consulta",
    // ("saliste con la bata de la clínica": in the practice's own gown)
    "bata de la clinica", "nuestra bata", "nuestras batas", "our gown", "our gowns", "our hospital gown",
    // ("is that our exam room in the background??", "la sala de monitoreo no es lo mismo sin ti"): the practice's own rooms
    "exam room", "monitoring room", "recovery room", "sala de monitoreo", "sala de recuperacion", "consultorio",
    "brought us", "gave us", "te reconocimos", "we recognized you", "sala de espera", "waiting room", "break room", "nurse station", "nurses' station", "the lab", "our nurses", "sala de descanso",
    // ("the whole embryology lab is rooting for your little ones", "tell your hubby the whole lab says hi")
    "embryology lab", "whole lab", "whole team", "todo el equipo", "todo el laboratorio",
    // the writer did a step of their care: "your two are the blasts I graded"
    "i graded", "i transferred", "i retrieved", "i thawed", "i biopsied", "i scanned", "we graded", "we transferred",
    "we thawed", "yo califique", "yo transferi", "yo descongele",
    // ("pov: @x posts her positive beta and you remember doing her retrieval": the writer's "you")
    "doing her retrieval", "doing her transfer", "did her retrieval", "did her transfer", "doing his biopsy", "did his biopsy",
    "le hicimos la", "le hicimos el", "hicimos su",
    // ("I think you were my 7am retrieval yesterday?", "I KNEW that was you in monitoring chair 3")
    "from your clinic here", "your clinic here", "de tu clinica aqui",
    "you were my", "fuiste mi", "after you left", "despues de que te fuiste", "i work at the clinic", "trabajo en la clinica", "eras mi", "that was you", "era usted", "eras tu",
    // the handle's own care event, told to them: "you were so brave at your retrieval"
    "your retrieval", "your transfer", "your beta", "your fet", "your iui", "your egg", "your embryo", "your scan",
    "your monitoring", "your procedure", "your consult", "ur retrieval", "ur transfer", "ur beta", "tu transferencia",
    "tu puncion", "tu beta", "tu aspiracion", "your hysteroscopy", "your hsg", "your ultrasound", "your baseline",
    "your surgery", "your laparoscopy", "your lap", "your sa ", "your semen analysis", "your biopsy", "your er",
    "tu histeroscopia", "tu ecografia", "tu cirugia", "tu laparoscopia", "your surrogate's", "your carrier's",
    // ("como tu doctora te lo digo aquí: tu embrión de día 5 salió 4AA")
    "tu embrion", "tus embriones", "tu ovulo", "tus ovulos", "tu espermograma", "tu seminograma",
    "ser su clinica", "ser tu clinica", "being your clinic", "to be your clinic",
    "como tu doctora", "como tu doctor", "como tu medico", "como tu medica", "como tu enfermera", "as your doctor", "as your nurse", "as your embryologist",
    // ("your repeat semen analysis is up in the portal"): a result the practice posted for them
    "up in the portal", "up in your portal", "in your portal", "your repeat", "ya esta en tu portal", "ya estan en tu portal",
    "your gc's", "tu gestante", "my first day on the job",
    // the practice will see them again: "see you at baseline!"
    "see you at", "see you for", "nos vemos en", "te vemos en",
    // ("i recognized that day 7 blast in ur pic, i'm the one who vitrified it")
    "i'm the one who", "im the one who", "i was the one who", "yo fui quien", "fui yo quien", "i recognized", "reconoci tu",
    // ("te acuerdas del día de la transfer, que llegaste tardísimo…": a day the writer shared)
    "te acuerdas del dia", "te acuerdas cuando", "te acordas del dia", "te acordas cuando", "remember when you", "remember the day you",
    // ("ayyy sí eres tú!! la de la punción con los 18 óvulos", "vos sos la de la aspiración del
    // martes": the writer recognizes a patient of theirs)
    "si eres tu", "eres tu la de", "si sos vos", "sos vos la de", "sos la de", "eres la de", "eras la de", "te extranamos", "embryology team",
];

/// The entries of [`WITH_US`] that tell the person a care event as theirs, after `yours`
/// ("your " → "your retrieval", "your scan"; "tu " → "tu beta", "tu embrion").
fn your_events(yours: &'static str) -> impl Iterator<Item = &'static str> {
    WITH_US.split_terminator('\n').filter(move |w| w.starts_with(yours))
}

/// The practice will see the person again: said anywhere in a comment, it ties the handle that
/// opens it to the practice.
const SEEN_AGAIN: &str = crate::lines!["see you at", "see you for", "see you next", "see u at", "see u for", "see u next", "see ya at", "nos vemos en", "nos vemos el", "te vemos en", "te esperamos en", "te esperamos para",
    // ("see you Thursday for trigger check!")
    "see you tomorrow", "see you monday", "see you tuesday", "see you wednesday", "see you thursday", "see you friday", "see you saturday", "see you sunday",
    "nos vemos manana", "nos vemos el lunes", "te vemos manana",
    // ("@x jajaja te reconocí en la foto de la sala de recuperación!!": seen here before)
    "te reconoci", "la reconoci", "lo reconoci", "recognized you", "recognised you"];

/// Words that make care someone's.
static PERSON_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "you", "your", "you're", "you've", "yours", "u", "ur", "she", "her", "he", "him", "his", "they", "their", "tu", "tus",
    "te", "su", "sus", "usted", "ella", "el", "congrats", "congratulations", "felicidades",
]);

/// The reader's own doctor elsewhere: "your RE is the best person to look at your scans".
// ("on your own birthday" is no other clinic)
const ELSEWHERE: &str = crate::lines!["your re ", "your rei", "your doctor", "your own re", "your own doc", "your own clinic", "your own ob", "your own care", "your own team", "your own physician", "your clinic", "your ob", "tu medico", "tu doctor", "tu clinica"];

/// A handle that calls its owner a doctor or a practice's desk: "@DrRamirezOBGYN", "@dra_lucia",
/// "@kim_md", "@RRF_frontdesk" (`low` is the handle folded, `h` as written).
fn professional_handle(h: &str, low: &str) -> bool {
    let low = &low[1..];
    (h.starts_with("@Dr") && h[3..].trim_start_matches('a').starts_with(|c: char| c.is_uppercase()))
        || crate::text::starts_with_line(low, crate::lines!["dr_", "dr.", "dra_", "dra.", "doctor"])
        || crate::text::ends_with_line(low, crate::lines!["_md", ".md", "_rei", "obgyn", "frontdesk", "front_desk", "billing", "_team", "_office", "recepcion"])
        || h.ends_with("MD")
}

fn check_handle(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    // ("@x the license on your file (912044871) doesn't match", "@x su expediente (MRN 00738215)
    // ya está listo"): a record, plan or licence number told as "your" in a comment a handle
    // opens is the reader's own (not "@billing_team can you reverse the charge on account 4410…? She paid…")
    // (asked only of a handle that opens a comment)
    // ("@x … recibimos su fax desde el (910) 555-0172 con los resultados", "@x sent ur FET
    // calendar to kbjornstad [at] gmail [dot] com": a fax, phone or mailbox of theirs; not "…can
    // u re-fax straight to her home fax 570-555-0177", someone else's)
    // (dates and ages are found after handles, so they cannot count here)
    let record_told = || f.items.iter().any(|x| {
        let words = || a.sentence_folded(a.sentence_at(x.range.start)).split(|c: char| !c.is_alphanumeric());
        let records = x.category.is_record_number() || x.category == Category::DeviceId;
        let details = matches!(x.category, Category::Fax | Category::Phone | Category::Email);
        (records || details && !words().any(|w| crate::text::one_of(w, crate::lines!["her", "his", "their", "she", "he"]))) && words().any(|w| crate::text::one_of(w, crate::lines!["your", "ur", "tu", "tus", "su", "sus"]))
    });
    for (_, c) in a.find_iter(&HANDLE_RE) {
        let m = c.get(1).unwrap();
        let r = a.orig(m.range());
        // ("@Rosanna Peralta": a display name, judged as a name)
        if a.people.iter().any(|p| p.span.start == r.start + 1) {
            continue;
        }
        // ("@DrRamirezOBGYN could your office fax…": a colleague's handle, not a patient's)
        if professional_handle(&a.text[r.clone()], a.folded_of(r.clone())) {
            continue;
        }
        // ("Nuestra paciente u/marisolxmaternidad ya va en la semana 8", "presumo a mis
        // pacientitas consentidas: @ale_y_su_milagrito @nay.fiv2024"): called a patient of ours
        if called_our_patient(a.sentence_before(r.start)) {
            hits.add(r);
            continue;
        }
        let i = a.sentence_at(r.start);
        let around: String = a.near(i).map(|j| a.sentence_folded(j)).collect::<Vec<_>>().join(" ");
        // A handle that opens a comment is told the whole comment: "see you for the 6-week scan"
        // three sentences on is still said to it.
        let opens = a.opts.context.is_conversational() && a.text[..r.start].trim().is_empty();
        // ("is that your 12 wk scan from the van?!", "your first frozen transfer"): one of the
        // handle's own care events above, with a count or a word of time between
        let your_event = || {
            // ("the baby from your March transfer": a month, too)
        let counted = |w: &str| w.bytes().all(|b| b.is_ascii_digit()) || crate::text::one_of(w, crate::lines!["wk", "week", "weeks", "first", "second", "third", "last", "frozen", "little", "big", "primera", "primer", "segunda", "segundo", "tercera"]) || crate::analysis::CALENDAR.contains(&w);
            // ("tu primera beta salió en 12": in Spanish too)
            ["your ", "tu "].into_iter().any(|yours| {
                around.match_indices(yours).filter(|&(k, _)| !around[..k].ends_with(char::is_alphanumeric)).any(|(k, m)| {
                    // (the next five words, read once: the event follows one or two counted words)
                    let next: Vec<&str> = around[k + m.len()..].split_whitespace().take(5).collect();
                    (1..=2).any(|between| {
                        next.len() > between && next[..between].iter().all(|w| counted(w)) && {
                            let rest = next[between..].join(" ");
                            your_events(yours).any(|event| rest.starts_with(&event[yours.len()..]))
                        }
                    })
                })
            })
        };
        // ("so happy for @x 🥹 their 2nd transfer worked"): the writer cheers the handle's news
        // ("@x congrats on the + beta!! hcg 212 at 14dp5dt…": or cheers the result the comment
        // then reads out, with the day of the cycle)
        let cheered_result = opens && a.folded.s.has_line(crate::lines!["congrats on", "congratulations on", "felicidades por"]) && a.cues.cycle_day_in(&a.folded.s);
        let cheered = cheered_result || {
            let b = a.words_before(r.start, 3);
            // ("¡Qué orgullo @x! … su beta salió en 412")
            const CONGRATS: &str = crate::lines!["congrats", "congratulations", "felicidades", "felicitaciones", "orgullo"];
            crate::text::ends_with_pair(&b, crate::lines!["happy", "proud", "excited"], crate::lines!["for", "of"])
                || b.last().is_some_and(|w| crate::text::one_of(w, CONGRATS))
                || crate::text::ends_with_pair(&b, crate::lines!["congrats", "congratulations", "felicidades", "felicitaciones", "shoutout", "shout-out"], crate::lines!["to", "a"])
                || matches!(b.as_slice(), [.., "shout", "out", "to" | "a"])
        };
        let with_us = WITH_US.split_terminator('\n').any(|w| crate::lexicon::occurs_at_word_start(&around, w))
            || (opens || i == 0 && a.opts.context.is_conversational()) && record_told()
            || cheered
            || your_event()
            || writer_in_their_care(&around)
            || opens && SEEN_AGAIN.split_terminator('\n').any(|w| crate::lexicon::occurs_at_word_start(&a.folded.s, w));
        // ("charge nurse from your clinic here": the writer is that clinic)
        // ("como tu doctora te lo digo aquí": the writer is that doctor)
        let elsewhere = around.has_line(ELSEWHERE) && !around.has("with us") && !around.has("your clinic here")
            && !around.has_line(crate::lines!["como tu doctor", "como tu medic", "como tu enfermer", "as your doctor", "as your nurse",
                // ("so honored to have been your clinic through it all")
                "been your clinic", "be your clinic", "being your clinic", "as your clinic", "sido tu clinica", "ser tu clinica"]);
        // The care must be someone's: "you", "she", "his"… ("@x Great question! Our Chandler
        // office does offer Saturday monitoring" tells anyone).
        let someones = opens && a.cues.addresses_reader(&a.folded.s) || around.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| PERSON_WORDS.contains(&w))
            || around.has_line(crate::lines!["with us", "con nosotros", "con nosotras", "happy for", "proud of", "rooting for", "felices por", "congrats on", "congratulations on", "felicidades por"])
            // ("@x nena esa foto es de nuestro cuarto de transferencia… Mucha suerte pa'l beta del
            // jueves": luck wished, anywhere in the comment, for the reader's own test)
            || opens && a.folded.s.has_line(crate::lines!["mucha suerte", "good luck with", "good luck on", "suerte con", "suerte en", "suerte pa"]);
        // ("@x six months of calling our embryologists 'baby farmers' under every video"): a
        // critic of the practice, whose own care the text does not tell
        // ("@x we'd love to meet you! DM us the days that suit you": someone not seen yet)
        let not_yet = around.has_line(crate::lines!["reply here", "reply with your", "reply w/ your", "in the replies", "in the comments", "drop your", "send me your", "send us your", "love to meet you", "thanks for asking", "thank you for asking", "great question", "gracias por preguntar", "buena pregunta", "nos encantaria conocerte", "nos encantaria conocerla", "looking forward to meeting you",
            // ("@x mándanos por aquí la foto de tu tarjeta del seguro": asked to send)
            "mandanos por", "envianos por", "mandame por", "enviame por", "en los comentarios"]);
        let critic = not_yet || around.has_line(crate::lines!["calling our", "trashed our", "trashing our", "under every video", "in every thread", "every single thread", "conspiracy", "shred of proof", "baby farm", "llamando a nuestr", "en cada video", "en cada hilo"]);
        // ("@x pls call us back! … your FET got moved up a day": the handle's own care event,
        // anywhere in the comment it opens)
        let far_event = opens && your_events("your ").any(|event| crate::lexicon::occurs_at_word_start(&a.folded.s, event));
        if (a.care_near(i) || far_event) && with_us && someones && !elsewhere && !critic && !advice_only(&around) {
            hits.add(r);
        }
    }
}

/// Whether the text before a handle ends by calling it a patient of the writer's: "our patient",
/// "mis pacientitas consentidas:", with other handles of the list between.
fn called_our_patient(before: &str) -> bool {
    let mut words = before.split(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '!' | '(' | ')')).filter(|w| !w.is_empty() && !w.starts_with('@') && !w.starts_with("u/")).rev();
    let (Some(last), Some(second)) = (words.next(), words.next()) else { return false };
    let patients = |w: &str| crate::text::one_of(w, crate::lines!["patient", "patients", "paciente", "pacientes", "pacientita", "pacientitas"]);
    let ours = |w: &str| crate::text::one_of(w, crate::lines!["our", "my", "mi", "mis", "nuestra", "nuestras", "nuestro", "nuestros"]);
    // (a Spanish adjective may follow the noun: "mis pacientitas consentidas"; not English
    // "our patient educator")
    ours(second) && patients(last) || patients(second) && second.starts_with("pacient") && words.next().is_some_and(ours) && last.chars().all(char::is_alphabetic)
}

/// The writer names their own part in the person's care: "I was your nurse", "pretty sure I'm
/// the embryologist who warmed your blasts", "fui tu enfermera".
fn writer_in_their_care(s: &str) -> bool {
    const OPENERS: &str = crate::lines!["i was your ", "i'm your ", "im your ", "i am your ", "i was the ", "i'm the ", "im the ", "i am the ",
        "fui tu ", "fui su ", "soy tu ", "soy su ", "fui la ", "fui el ", "soy la ", "soy el "];
    static CARE_ROLES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["nurse", "embryologist", "sonographer", "tech", "doctor", "surgeon", "anesthesiologist", "coordinator",
        "andrologist", "phlebotomist", "enfermera", "enfermero", "embriologa", "embriologo", "doctora", "medico", "medica", "ecografista", "coordinadora"]);
    OPENERS.split_terminator('\n').any(|o| {
        s.match_indices(o).any(|(k, _)| {
            let at_word_start = !s[..k].chars().next_back().is_some_and(char::is_alphanumeric);
            let role = s[k + o.len()..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            at_word_start && CARE_ROLES.contains(&role)
        })
    })
}

/// Advice to a handle ("you should", "ask for") is MEDICAL_ADVICE, not a disclosure.
fn advice_only(s: &str) -> bool {
    // "We can't comment on anyone's individual results here": the reply declines to confirm.
    if s.has_line(crate::lines!["can't give personal medical advice", "can't give medical advice", "cannot give medical advice", "no podemos dar consejos", "no podemos dar consejo", "can't comment on", "cannot comment on", "can't speak to anyone", "cannot speak to anyone", "can't weigh in", "cannot weigh in", "individual cases", "individual advice", "consejos individuales", "consejo individual", "casos individuales", "casos particulares", "can't discuss anyone", "cannot discuss anyone", "no podemos comentar", "no podemos hablar de"]) {
        return true;
    }
    // ("things I'd never say out loud" is no advice)
    // ("I'd know that hoodie from transfer day anywhere", "I'd love to see…" are no advice either)
    let would = s.match_indices("i'd ").any(|(k, _)| !crate::text::starts_with_line(&s[k + 4..], crate::lines!["never", "know", "recognize", "recognise", "love", "be ", "like"]));
    (would || s.has_line(crate::lines!["you should", "you need", "ask for", "ask your", "i would", "don't bother", "just go", "te recomiendo", "deberias",
        "means you", "tell your doctor", "tell your re", "tell your clinic", "tell your nurse", "don't wait", "you can stop", "hazme caso", "no esperes", "double your", "bump your",
        "increase your", "raise your", "up your", ", add ", "like yours", "if it were me", "yo le pediria", "yo que tu", "subele", "te suba",
        "ni le pierdas", "vente directo", "yo dejaria", "arrancaria", "bump to", "go straight", "no point in",
        // ("yo subiría el letrozol a 7.5 mg y pondría el trigger el día 14")
        "yo subiria", "yo bajaria", "yo pondria", "yo cambiaria", "yo agregaria", "yo empezaria"]))
        && !s.has("with us")
}

/// Words before "visit" or "book" that make it a noun ("every OB visit at…"), not an invitation.
static NOUN_BEFORE_VISIT: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "ob", "every", "each", "her", "his", "their", "your", "first", "last", "next", "monitoring", "cada", "su",
    "sus", "tu", "la", "una"
]);
