//! Labelled record numbers: MRN, health plan, account, licence, vehicle, device and donor
//! identifiers. Each is a cue word ("MRN", "member ID", "plate") followed by a value with
//! digits; the finding covers the value only.

use std::sync::LazyLock;

use crate::text::Regex;

use crate::analysis::{Analysis, PersonKind};
use crate::category::{Category, Severity};
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;
use crate::text::Has;

const WHY: &str = "Record, account, plan, licence, vehicle and device numbers are HIPAA identifiers: \
anyone holding one can tie the post to a person.";

macro_rules! labelled_rule {
    ($name:ident, $id:literal, $cat:expr, $summary:literal, $message:literal, $example:literal, $near:literal, $check:ident) => {
        pub static $name: Rule = Rule {
            id: $id,
            category: $cat,
            severity: Severity::Block,
            summary: $summary,
            why: crate::native_only!(WHY),
            message: $message,
            suggestion: Some(""),
            example: crate::native_only!($example),
            near_miss: crate::native_only!($near),
            example_with: "",
            check: $check,
        };
    };
}

labelled_rule!(MRN, "phi.mrn.labelled", Category::Mrn,
    "A medical record number or patient ID after its label (MRN, chart #, patient ID, expediente).",
    "{text} is a medical record number. Remove it; a record number identifies the patient.",
    "Left MRN 4471920-3 visible on the slide again.",
    "Our new MRN system goes live Monday.",
    check_mrn);
labelled_rule!(HEALTH_PLAN, "phi.health_plan.labelled", Category::HealthPlan,
    "A health plan member, subscriber, policy or group number after its label.",
    "{text} is a health plan number. Remove it; it identifies the member.",
    "Pharmacy keeps rejecting member ID 8812 3390 17 for her Menopur.",
    "We accept most member plans; call to check yours.",
    check_health_plan);
labelled_rule!(ACCOUNT, "phi.account.labelled", Category::Account,
    "A billing or bank account number after its label.",
    "{text} is an account number, a HIPAA identifier. Remove it.",
    "Account 77-31920 is still unpaid for storage.",
    "Log in to your account to pay online.",
    check_account);
labelled_rule!(LICENSE, "phi.license.labelled", Category::License,
    "A driver's licence or other licence number of a private person.",
    "{text} is a licence number of a private person. Remove it.",
    "Can someone verify her driver's license D4417729 before the transfer?",
    "Our lab is licensed by the state health department.",
    check_license);
labelled_rule!(VEHICLE, "phi.vehicle.labelled", Category::Vehicle,
    "A licence plate or VIN.",
    "{text} identifies a vehicle, and through it its owner. Remove it.",
    "The grey Camry with plate 7KQT-219 belongs to a patient in recovery.",
    "Free parking for all visitors in the Elm Street lot.",
    check_vehicle);
labelled_rule!(DEVICE, "phi.device.labelled", Category::DeviceId,
    "A device serial number or identifier (SN, serial, IMEI, device ID).",
    "{text} is a device identifier that can be traced to the patient who uses it. Remove it.",
    "Her insulin pump (serial 88123407A) was left in recovery.",
    "We replaced the serial cables on the incubators.",
    check_device);
labelled_rule!(DONOR_ID, "phi.other_id.labelled", Category::OtherId,
    "A donor, carrier, embryo, passport or user-account identifier after its label (\"Donor 4471-K\", \"user j.alvarez84\").",
    "{text} is a personal reference number (donor or case ID). Remove it.",
    "Donor 4471-K just matched with another family!",
    "Ask us about our donor egg program.",
    check_donor_id);

/// Builds the regex "label, optional 'number'/'#'/':' , value" with the value in group 1.
fn labelled(labels: &str, value: &str) -> Regex {
    crate::text::regex(&format!(
        r"\b(?:{labels})(?:\s*\(?\s*(?:(?:number|num|no|nr|nro|n\.\s?o|#|id|numero|code|codigo|affiliation|afiliacion)\b\.?|n\.?\s?[°º]))?(?:\s+(?:(?:we\s+have\s+)?on\s+file|you\s+gave\s+us|you\s+provided|que\s+nos\s+dio))?\s*[#:(,]?\s*(?:[\x{{1F300}}-\x{{1FAFF}}\x{{2600}}-\x{{27BF}}]\s*)?(?:(?:is|was|es|reads|says|shows|dice|as|como)\s+(?:(?:el|la|the)\s+)?)?#?\s*(?:{STATE_OR_CLASS}\s)?({value})"
    ))
}

/// A state or licence class before a number ("CA D4471903", "RN 0934471"); two-letter codes
/// that are also words ("in", "or", "me", "de", "la", "al") are left out.
const STATE_OR_CLASS: &str = "(?:ak|az|ar|ca|co|ct|fl|ga|il|ia|ks|ky|md|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc|rn|lpn|cdl)";

/// A value with at least one digit: a label's next word ("chart MRN 7740-…") is not its value.
macro_rules! value {
    () => {
        r"(?:[a-z0-9]+-)*[a-z]*\d[a-z0-9]*(?:-[a-z0-9]+)*\b"
    };
}

/// A value typed one digit at a time ("MRN 7 7 3 0 1 9 2") or in small groups ("70 33 918"), or
/// a [`value!`].
const SPACED_OR_VALUE: &str = concat!(r"(?:\d(?: \d){5,11}\b|\d{2,4}(?: \d{2,4}){2,3}\b|", value!(), ")");
/// An account's value may also be an IBAN: two letters, two check digits, groups of four.
const IBAN_OR_VALUE: &str = concat!(r"(?:[a-z]{2}\d{2}(?: ?[0-9a-z]{4}){3,7}(?: ?[0-9a-z]{1,3})?\b|\d(?: \d){5,11}\b|\d{2,4}(?: \d{2,4}){2,3}\b|", value!(), ")");

static MRN_RE: LazyLock<Regex> = LazyLock::new(|| {
    labelled(
        // ("NHC 2204518": número de historia clínica, Spain; "la ficha 448213": Chile)
        r"mrn|mr|medical record|med rec|chart|patient id|patient|pt id|pt|record|file|expediente|exp\.|historia clinica|historia|nhc|hc|h\.c\.|n[uú]mero de paciente|ficha clinica|ficha",
        SPACED_OR_VALUE,
    )
});
static PLAN_RE: LazyLock<Regex> = LazyLock::new(|| {
    // ("código de asegurado EsSalud 7206154PRDEE009", "su matrícula de la Caja Nacional de
    // Salud 87-0312-QMM", "tarjeta SIP 18402257", "tarjeta Adeslas nº 40217736-02": Peru's,
    // Bolivia's and Spain's public and private plans)
    labelled(
        r"(?:member id|id de miembro|numero de miembro|numero de afiliad[oa]|numero de afiliacion|poliza) (?:de|del|with|from|at|con) (?:[a-z]+ ){0,2}?(?:aetna|cigna|bcbs|blue cross|humana|uhc|united|kaiser|medicaid|medicare|anthem|ambetter|tricare|osde|swiss medical|sanitas|sura|[a-z]+)|(?:poliza|policy|member id|id de miembro|afiliacion) (?:seguros )?(?:ars [a-z]+|gnp|axa|metlife|mapfre|bupa|allianz|sura|sanitas|adeslas|asisa|dkv|inbursa|banorte|monterrey|zurich|colmena|rimac|pacifico|aetna|cigna|bcbs|humana|uhc|kaiser|anthem|ambetter|molina|oscar|caresource|wellcare|highmark|regence|premera|moda|pacificsource|selecthealth|harvard pilgrim|tufts|triple-s|mcs)|id de miembro|numero de miembro|numero de socio|numero de afiliad[oa]|numero de afiliacion|(?:matricula|numero|carnet|codigo) de asegurad[oa](?: (?:de )?essalud| de la (?:ccss|caja|css))?|essalud|(?:matricula|numero) de la (?:caja nacional de salud|cns|caja)|tarjeta (?:sip|adeslas|sanitas|asisa|mapfre|dkv|muface|individual sanitaria|sanitaria individual)|credencial(?: de)?(?: osde| swiss medical| galeno| omint| medife| ioma| pami)?|id del seguro|tarjeta sanitaria|tarjeta del sas|tarjeta del sns|(?:bcbs|blue cross|aetna|cigna|humana|uhc|united|kaiser|insurance|member|seguro) (?:id )?card|(?:florida blue|blue shield|bcbs|blue cross|aetna|cigna|humana|uhc|ambetter|oscar|molina|caresource|wellcare|anthem|highmark|premera|regence) id|tarjeta del seguro|(?:numero de )?contrato (?:del plan|del seguro|mcs|triple-s|triple s|vital|mmm|first medical|humana|menonita)|member id|member|subscriber id|subscriber|policy|insurance id|insurance|group|medicaid id|(?:medicaid|medicare) de [a-z]+(?: [a-z]+)?|medicaid|medicare id|medicare|recipient id|medicaid recipient|plan id|health plan id|health plan|beneficiary id|medi-cal cin|cin|medi-cal bic|bic|(?:numero de )?medi-cal|asegurad[oa] del? ips|asegurad[oa]|soci[oa] de la mutualista|mutualista|ahcccs id|ahcccs|masshealth id|masshealth|tenncare id|tenncare|soonercare|badgercare|peachcare|kancare|mainecare|husky id|mo healthnet id|providerone id|providerone|apple health id|tricare id|tricare benefits|dod benefits number|dod benefits|dbn|poliza|afiliad[oa]|seguro|afiliacion(?: al)? iess|iess|sis|igss|isss|isapre|fonasa|afiliacion|autogenerado|cip",
        // ("póliza GNP GMM-…": a known insurer between the label and the number)
        // ("póliza 0 8 8 1 2 7 4 4 - 03": typed one digit at a time, with a suffix)
        // ("member ID ANT-WI-440912877": a plan's and a state's letters first)
        // ("número de afiliación 71.224.803-01": digits in groups of three, with a check)
        // ("póliza del INS n.º 0116-MED-048213": letters between two runs of digits)
        r"\d{2,}-[a-z]{2,4}-\d{3,}\b|\d(?: \d){5,11}(?: ?- ?\d{1,3})?\b|\d{1,3}(?:\.\d{3}){2,3}(?:-\d{1,3})?\b|(?:[a-z]{2,3}-){0,2}[a-z]{0,4}[ -]?\d[a-z0-9]*(?:[ -][a-z0-9]*\d[a-z0-9]*){0,3}(?:-[a-z]{1,4})?\b",
    )
});
static ACCOUNT_RE: LazyLock<Regex> = LazyLock::new(|| {
    // ("expediente de financiación FIN-2023-08817": a financing plan's file)
    // ("desde la cuenta ES21 2100 0418 4502 0005 1332": an IBAN, two letters and its check digits)
    labelled(r"account|acct|a/c|ledger|patient ledger|billing account|patient account|cuentas? de paciente|cuenta del paciente|cuentas?|card ending(?: in)?|account ending(?: in)?|card on file(?: \(?ending(?: in)?)?|ending in|last four|terminacion|terminada en|(?:expediente|contrato|plan) de financiacion|financing (?:account|plan|file|agreement)|iban|clabe(?: interbancaria)?|cbu|cvu", IBAN_OR_VALUE)
});
static LICENSE_RE: LazyLock<Regex> = LazyLock::new(|| {
    // ("DL reads S4417 20983 61522": New Jersey's letter and three groups)
    // ("su licencia de conducir de Georgia es 058 341 772": a state named, three groups)
    labelled(
        // ("carnet de conducir (nº 71234589-W)": Spain's)
        // ("Registro de conducir de la gestante: 28-4471920-R": Argentina's; "licencia de Florida
        // M253-…": a state's one word, not its letter, before the number)
        r"driver'?s'? licen[cs]e|driver licen[cs]e|driving licen[cs]e|matricula m[pn]|matricula profesional|carn[eé]t? de conducir|libreta de conducir|permiso de conducir|registro de conducir|licencia de manejo|licencia de manejar|learner'?s'? permit|(?:his|her|their) permit|licen[cs]e|dl|licencia de conducir de [a-z]+(?: [a-z]{2,})?|licencia de conducir|licencia de [a-z]+(?: [a-z]{2,})?|licencia|state id|lic",
        // ("AZ DL is D07 339 218", "lic # SR 482917": a letter or two before digit groups;
        // "S 530 118 402 771": Michigan's letter and four groups)
        // ("license no. HN-L 3304718": a country's code, a class letter, then the digits)
        // ("libreta de conducir Nº B 2.145.903": Uruguay's, a class letter and dotted digits)
        concat!(r"(?:[a-z]\d{4} \d{5} \d{5}\b|[a-z] \d{1,3}(?:\.\d{3}){1,2}\b|\d{2,3} \d{3} \d{3}\b|[a-z]{1,3}-[a-z]{1,2}(?: \d{3,8}){1,4}\b|[a-z]{1,2}\d{0,3}(?: \d{3,6}){1,4}\b|", value!(), ")"),
    )
});
static VEHICLE_RE: LazyLock<Regex> = LazyLock::new(|| {
    labelled(
        // ("placas de Texas KMV-4417", "plates from Ohio HJK 2291": the state between)
        // (each a whole word: "la camioneta plateada placa GBA-4821" is silver, then the plate)
        r"license plate\b|licence plate\b|(?:plates?|placas?)\b(?: (?:de|from) [a-z]+)?|tag\b|vin\b|matricula\b|tablilla\b|patente\b|chapa\b",
        r"[a-z0-9]{1,4}[ -]?[a-z0-9]{1,6}\b(?:-[a-z0-9]{1,4}\b)?|[a-hj-npr-z0-9]{17}\b",
    )
});
static DEVICE_RE: LazyLock<Regex> = LazyLock::new(|| {
    // ("su bomba de insulina, n/s NG2291847H": número de serie)
    labelled(r"serial|sn|s/n|n/s|device id|device|imei|udi|receiver|transmitter|numero de serie|n[uú]mero de serie|serie", r"(?:[a-z0-9]{1,5}-)?(?:[a-z0-9]*\d[a-z0-9]{3,}|[a-z0-9]{2,}(?:-[a-z0-9]{2,}){2,})(?:-[a-z0-9]+)*\b|[a-z]{2,4}(?:\s\d{3}){2,3}(?:\s[a-z]\b)?|[a-z]{2,5}\d{2,}-\d{3,}\b|[a-z]{2,5}\s\d{3,}(?:-[a-z0-9]+)+\b")
});
/// "user j.alvarez84", "username: hopefulmama_22": an account name that is not an @handle.
static USERNAME_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:user|username|user name|screen name|usuario|nombre de usuario)\s*:?\s*([a-z0-9][a-z0-9._-]{2,29}[a-z0-9])\b")
});

static DONOR_RE: LazyLock<Regex> = LazyLock::new(|| {
    labelled(
        // ("la cédula nica 281-150689-0003K")
        // ("su donante de óvulos (código DN-40317)")
        // ("solo tiene carné de extranjería 002817463": Peru's card for foreigners)
        r"donor|donante(?: de (?:ovulos|semen|esperma))?|donadora|donador|carne de extranjeria|carnet de extranjeria|carrier|embryo|passport|pasaporte|tribal enrollment|tribal id|tribal card|cdib|dni|nie|cedula(?: nica| tica| de identidad| de ciudadania)?|documento de identidad|curp|rut|a-number|alien number|alien registration number|passid|sentri(?: card)?|global entry|known traveler number|uscis number|numero a|numero de extranjero|census number|tribal census number|numero de censo(?: [a-z]+)?",
        // ("nuestra donante SV-D-0731": a country's and a letter's code before the digits)
        r"(?:[a-z]{1,4}-){0,2}[a-z]{0,3}\d{3,}[a-z0-9]*(?:-[a-z0-9]+)*\b|\d{1,3}(?:\.\d{3}){2,3}(?:-[\dk])?\b",
    )
});

/// Reports group 1 of each match whose value has at least `min_digits` digits.
fn report(a: &Analysis, re: &Regex, min_digits: usize, hits: &mut Hits, keep: impl Fn(&Analysis, std::ops::Range<usize>) -> bool) {
    for (_, c) in a.find_iter(re) {
        let v = c.get(1).unwrap();
        let digits = v.as_str().chars().filter(char::is_ascii_digit).count();
        if digits < min_digits {
            continue;
        }
        let r = a.orig(v.range());
        if keep(a, r.clone()) {
            hits.add(r);
        }
    }
}

fn always(_: &Analysis, _: std::ops::Range<usize>) -> bool {
    true
}

fn check_mrn(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    // ("the home fax on his chart, 605-555-0171": a phone or fax kept in the chart, already found)
    let a_line = |r: &std::ops::Range<usize>| f.items.iter().any(|x| matches!(x.category, Category::Phone | Category::Fax) && x.range.start < r.end && r.start < x.range.end);
    // Bare "patient"/"pt"/"record"/"chart" need a '#' or "ID"-like label; "MRN" does not.
    for (_, c) in a.find_iter(&MRN_RE) {
        let v = c.get(1).unwrap();
        if a_line(&a.orig(v.range())) {
            continue;
        }
        let whole = &c[0];
        // ("the license we have on file (058814732)": kept on file, not a file's number)
        if whole.starts_with("file") && a.words_before(a.orig(c.get(0).unwrap().range()).start, 1).first() == Some(&"on") {
            continue;
        }
        let strong_label = whole.starts_with("mrn") || whole.starts_with("medical record") || whole.starts_with("med rec")
            || whole.starts_with("expediente") || whole.starts_with("historia")
            // ("exp. 2024-QRO-0871": the abbreviation of "expediente", with a coded number, not a
            // card's "exp. 12/26")
            || whole.starts_with("exp.") && v.as_str().contains('-') && v.as_str().chars().filter(char::is_ascii_digit).count() >= 6 || whole.starts_with("hc") || whole.starts_with("h.c.") || whole.contains('#') || whole.has(" id")
            || whole.has("number") || whole.has("numero") || whole.starts_with("nhc") || whole.starts_with("ficha clinica")
            // "la ficha 448213": a bare "ficha" (also a form or a token) with a long number
            || whole.starts_with("ficha") && v.as_str().chars().filter(char::is_ascii_digit).count() >= 5
            // "chart 7730-118-B": a chart label with a long, structured number.
            || whole.starts_with("chart") && v.as_str().contains('-') && v.as_str().chars().filter(char::is_ascii_digit).count() >= 5
            // "from chart 00731946": a long bare chart number
            || whole.starts_with("chart") && v.as_str().len() >= 7 && v.as_str().bytes().all(|b| b.is_ascii_digit())
            // "we reviewed file 00739215": a file by a long number with a leading zero, as
            // record systems pad them (not "file 2024", nor a file's size)
            || whole.starts_with("file") && v.as_str().len() >= 7 && v.as_str().starts_with('0') && v.as_str().bytes().all(|b| b.is_ascii_digit());
        let digits = v.as_str().chars().filter(char::is_ascii_digit).count();
        // Bare "historia" is also "story": only a coded number ("historia HC-2290417") is a chart.
        // ("la historia 2021-07734": a year and a serial number, as charts are numbered; not
        // "nuestra historia 2015-2025", a span of years)
        let years = v.as_str().split('-').all(|p| p.len() == 4 && (p.starts_with("19") || p.starts_with("20")));
        let story = whole.starts_with("historia") && !whole.starts_with("historia clinica")
            && !(digits >= 5 && v.as_str().contains(|ch: char| ch.is_ascii_alphabetic()))
            && !(digits >= 7 && v.as_str().contains('-') && !years);
        if strong_label && !story && digits >= 4 && !is_time_or_quantity(v.as_str()) {
            hits.add(a.orig(v.range()));
        }
    }
    // "stop writing MRNs on my hand. Got home with 40718826 still on my wrist": a bare record
    // number after record numbers were named, in that sentence or the one before
    if a.folded.s.has("mrn") {
        static BARE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b\d{7,10}\b"));
        for r in a.find_ranges(&BARE) {
            let i = a.sentence_at(r.start);
            let told = |k: usize| a.sentence_folded(k).has("mrn");
            if told(i) || i > 0 && told(i - 1) {
                hits.add(r);
            }
        }
    }
}

/// "12pm", "3rd", "40mg" are not identifiers.
fn is_time_or_quantity(v: &str) -> bool {
    // ("7710-3362-K": a letter after a hyphen is a check character, not a unit)
    if v.contains('-') {
        return false;
    }
    let letters: String = v.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    NUMBER_SUFFIXES.contains(letters.as_str())
}

/// "su plan médico (Triple-S, contrato 4471 0928 55)": a plan's contract or certificate
/// number, the plan named a few words before.
static PLAN_CONTRACT_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(
        // ("el reembolso de la Isapre por su espermiograma (contrato N° 7712-004398)": Chile's
        // private plans)
        r"\b(?:plan medico|seguro medico|seguro|plan de salud|health plan|insurance|aseguradora|isapre|prepaga|obra social|plan vital|triple-s)\b[^.;!?]{0,40}?\b(?:contrato|contract|certificado|certificate)\s*(?:#|no\.?|num\.?|numero|n[°º])?\s*:?\s*(\d[\d -]{4,}\d)\b",
    )
});

fn check_health_plan(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    report(a, &PLAN_RE, 5, hits, always);
    // "la póliza EPS de la Sra. Carmen Palomino (N° 7741-0098-33)": a labelled number in a
    // sentence about a plan
    const PLAN: &[&str] = &["poliza", "member id", "seguro medico", "insurance", "plan de salud", "health plan", "afiliad", "prepaga", "obra social"];
    const OTHER: &[&str] = &["licen", "cedula", "dni", "pasaporte", "passport", "cuenta", "account"];
    for r in labelled_numbers(a, PLAN, OTHER) {
        hits.add(r);
    }
    // ("su póliza CareFirst BlueChoice (ID XKZ550219834)": a plan's name, then its number
    // bracketed as an ID)
    for (_, c) in a.find_iter(&BRACKETED_ID_RE) {
        let r = a.orig(c.get(1).unwrap().range());
        if names_before(a, &r, PLAN, OTHER) {
            hits.add(r);
        }
    }
    report(a, &PLAN_CONTRACT_RE, 6, hits, always);
    // ("el número de Medicaid de la Sra. Araceli Montaño (882417605)", "Medicaid number for Mr.
    // Okafor (4471 2209 18)": the plan's number in brackets right after the person it belongs to)
    const PLANS: &[&str] = &["medicaid", "medicare", "tricare", "member id", "afiliad", "seguro", "insurance", "health plan", "plan de salud", "poliza"];
    for r in bracketed_after_person(a, PLANS, &["number", "numero", " id", "#"]) {
        hits.add(r);
    }
    ontario_health_card(a, hits);
    // ("CNS rejected the ICSI authorization for matrícula 78-1203-GVT": Bolivia's social-security
    // member number, in a sentence that names the plan; elsewhere a "matrícula" is a car's)
    // (the pattern's gate, "matricula", skips the search in a text without the word)
    for (_, c) in a.find_iter(&MATRICULA_RE) {
        let r = a.orig(c.get(1).unwrap().range());
        if plan_matricula(a, &r) {
            hits.add(r);
        }
    }
}

/// "(ID XKZ550219834)": an ID in brackets, six digits or more.
static BRACKETED_ID_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\(\s*id\s*[:#]?\s*([a-z]{0,4}-?\d{6,}[a-z0-9]*)\s*\)"));

/// A "matrícula" and its value (Bolivia's CNS member number, or a car's plate).
static MATRICULA_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\bmatricula\s*:?\s*(\d[a-z0-9]*(?:-[a-z0-9]+)+|\d{6,})\b"));

/// Whether the sentence of a "matrícula" value names a health plan.
fn plan_matricula(a: &Analysis, r: &std::ops::Range<usize>) -> bool {
    a.sentence_folded(a.sentence_at(r.start)).has_line(crate::lines!["cns", "caja nacional", "caja de salud", "caja petrolera", "seguro", "insurance", "autorizacion", "authorization"])
}

/// "her health card … kept rejecting 5839-204-716-MR": an Ontario health card number, ten
/// digits as 4-3-3 and, often, a two-letter version code, in a text about OHIP or a health
/// card. With its version code the shape is its own; without, the sentence (or the one before)
/// must name the card.
fn ontario_health_card(a: &Analysis, hits: &mut Hits) {
    const CARD: &str = crate::lines!["ohip", "health card", "tarjeta ohip", "tarjetas ohip"];
    if !a.folded.s.has_line(CARD) {
        return;
    }
    let b = a.text.as_bytes();
    let mut k = 0;
    while k + 12 <= b.len() {
        let Some(mut end) = crate::text::digit_groups(b, k, &[4, 3, 3]) else {
            k += 1;
            continue;
        };
        // ("…-716-MR", "… 716 MR": the version code after a dash or a space)
        let coded = b.get(end + 1..end + 3).is_some_and(|c| c.iter().all(u8::is_ascii_uppercase)) && b.get(end + 3).is_none_or(|c| !c.is_ascii_alphanumeric());
        if coded {
            end += 3;
        }
        let i = a.sentence_at(k);
        let named = |j: usize| a.sentence_folded(j).has_line(CARD);
        // (without its code, not the practice's own line: "call our office at 1234-567-890")
        let ours = a.words_before(k, 4).iter().any(|w| crate::text::one_of(w, crate::lines!["our", "nuestro", "nuestra", "call", "llame", "llamar", "fax", "tel", "phone"]));
        if coded || !ours && (named(i) || i > 0 && named(i - 1)) {
            hits.add(k..end);
        }
        k = end;
    }
}

/// A number in brackets right after a private person ("… for Mr. Okafor (4471 2209 18)"), in a
/// sentence that names one of `kinds` and, unless `labels` is empty, one of `labels` before the
/// person: the numbers' ranges.
fn bracketed_after_person(a: &Analysis, kinds: &[&str], labels: &[&str]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for p in a.private_people() {
        let rest = &a.text[p.span.end..];
        let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.split_once(')')).map(|(v, _)| v) else { continue };
        let digits = inner.bytes().filter(u8::is_ascii_digit).count();
        let shaped = (6..=14).contains(&digits) && inner.bytes().all(|b| b.is_ascii_digit() || b == b' ' || b == b'-');
        let s = a.sentence_before(p.span.start);
        if shaped && s.has_any(kinds) && (labels.is_empty() || s.has_any(labels)) {
            let start = p.span.end + 2;
            out.push(start..start + inner.len());
        }
    }
    out
}

/// "las cuentas 40-1187 y 40-1203", "accounts 55120 and 55134": several accounts labelled at
/// once. The match is the whole list; `check_account` picks the values out of it.
static ACCOUNTS_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:cuentas|accounts|accts)\s*(?:#|nos?\.?|numbers|numeros)?\s*:?\s*\d[\d-]{3,}\d(?:,\s*\d[\d-]{3,}\d)*,?\s(?:y|and|&)\s\d[\d-]{3,}\d\b")
});

/// An account labelled with its number, then after a few words "y la", "and" and a second
/// number: groups 1 and 2 (`check_account` keeps the second when it has the first's shape).
static ACCOUNT_AND_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:cuenta|account|acct)\s*(?:#|no\.?|n°)?\s*(\d[\d-]{3,}\d)\b[^.!?\d]{0,40}?\s(?:y|and|&)\s(?:(?:la|el|the|one|account|cuenta)\s)?#?(\d[\d-]{3,}\d)\b")
});

/// "tu cuenta del plan de pagos, la 4471-0093-22", "your account with the billing office, the
/// one ending 4471-0093": an account named, a few words saying which, then after a comma the
/// number. Group 1 is the number.
static ACCOUNT_LATER_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:cuenta|account)(?:\s+[a-z]+){1,4}?\s*,\s*(?:la|el|the|number|numero|#|the one ending(?: in)?)\s*#?\s*(\d[\d-]{5,}\d)\b")
});

/// "su cuenta de pago es 5592-0417", "desde su cuenta Ficohsa 200014487513", "the savings
/// account of hers at First Bank, the 3580041129": an account named, then within ten words (no
/// sentence mark, no other number between) a number six characters long or more. Group 1 is the number.
static ACCOUNT_NEAR_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:cuenta|account|acct)\b(?:,?\s+[a-z][a-z'.-]*){1,10}?\s*[,:#]?\s*#?(\d[\d-]{4,}\d)\b")
});

fn check_account(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    report(a, &ACCOUNT_RE, 4, hits, |a, r| !is_time_or_quantity(&a.text[r]));
    report(a, &ACCOUNT_LATER_RE, 6, hits, always);
    for (_, c) in a.find_iter(&ACCOUNT_NEAR_RE) {
        let v = c.get(1).unwrap();
        let r = a.orig(v.range());
        let i = a.sentence_at(r.start);
        // (a phone word between names a line, not the account: "account holder's cell 555-…")
        let line_between = c.get(0).unwrap().as_str().has_line(crate::lines![" phone", " cell", " tel", " celular", " whatsapp", " fax"]);
        // ("una transferencia … desde la cuenta BNB 1500-447281-3": the payer's account, money
        // sent from it; not the practice's, paid into)
        let whose = a.private_subject[i] || a.any_care() || a.people.iter().any(|p| p.kind == PersonKind::Private && p.sentence == i)
            || a.sentence_folded(i).has_line(crate::lines!["desde la cuenta", "desde su cuenta", "from the account", "from your account", "from account", "from her account", "from his account"]);
        if r.len() >= 6 && !line_between && whose {
            hits.add(r);
        }
    }
    // ("La cuenta 45-88213 (ovodonación) y la 45-88290 (almacenamiento)…": a second account of
    // the same shape, joined to a labelled one)
    for (_, c) in a.find_iter(&ACCOUNT_AND_RE) {
        let (first, second) = (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str());
        let shape = |v: &str| v.bytes().map(|b| if b.is_ascii_digit() { b'9' } else { b }).collect::<Vec<u8>>();
        if shape(first) == shape(second) && first.bytes().filter(u8::is_ascii_digit).count() >= 5 {
            hits.add(a.orig(c.get(2).unwrap().range()));
        }
    }
    for list in ACCOUNTS_RE.find_iter(&a.folded.s) {
        // every value in the list: the first, any after commas, the last (folded ranges)
        static VALUE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b\d[\d-]{3,}\d\b"));
        for m in VALUE.find_iter(list.as_str()) {
            let r = list.start() + m.start()..list.start() + m.end();
            if m.as_str().bytes().filter(u8::is_ascii_digit).count() >= 5 {
                hits.add(a.orig(r));
            }
        }
    }
}

/// "(número M214-5530-7781)", "number D482-1190": a labelled number, a licence or a plan's
/// number by what its sentence is about (`labelled_numbers`).
static NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:number|numero|no\.|num\.|nro\.?|n°|n\.o)\s*(?:like\s|is\s|was\s|es\s)?[:,]?\s*#?\s*([a-z]{0,3}-?\d[0-9-]{5,}[a-z0-9]*|\d{1,3}(?:\.\d{3}){2,3}|[a-z]{4,8}\d{2,}[a-z0-9]*)\b")
});

/// The values of `NUMBER_RE` whose sentence, up to the value, names one of `about` and none of
/// `not_about` (folded substrings).
fn labelled_numbers<'a>(a: &'a Analysis, about: &'a [&str], not_about: &'a [&str]) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
    a.find_iter(&NUMBER_RE).map(|(_, c)| a.orig(c.get(1).unwrap().range())).filter(move |r| names_before(a, r, about, not_about))
}

/// Whether the sentence of `r`, up to it, names one of `about` and none of `not_about`.
fn names_before<S: AsRef<str>>(a: &Analysis, r: &std::ops::Range<usize>, about: &[S], not_about: &[&str]) -> bool {
    let s = a.sentence_before(r.start);
    about.iter().any(|p| s.has(p.as_ref())) && !not_about.iter().any(|p| s.has(p))
}

/// A driver's licence named, then within twelve words (no sentence mark between) a number: a
/// letter or two and digits, or digits in up to four groups ("licencia de conducir vigente,
/// número: 0912 3381").
static LICENCE_LATER_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(
        // ("tu licencia de conducir en recepción 😅 la D4471928": an emoji may stand between)
        r"\b(?:driver'?s'? licen[cs]e|driver licen[cs]e|driving licen[cs]e|licencia de (?:conducir|conduccion|manejo|manejar)|(?:permiso|carnet|carne) de conducir|brevete)\b(?:\s*[,:()—–\x{1F300}-\x{1FAFF}\x{2600}-\x{27BF}]?\s*[a-z'#.-]+){0,12}?\s*[,:(#—–°º]?\s*\(?([a-z]{1,3}-?\d{6,}[a-z0-9]*|\d{3,}(?:[ -]\d{3,}){0,3}|\d{8}-?[a-z])\b",
    )
});

/// A number shaped like a driver's licence, without its label: a state code and 7-9 digits
/// ("TX 40918273"), or a letter and digit groups ("D4419-27735-08"). The codes that are also
/// words ("(OR 8842197)", "IN 40918273") count only when written in capitals.
static LICENCE_SHAPE_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"\b(?:{STATE_OR_CLASS})\s(\d{{7,9}})\b|\b([a-z]\d{{3,}}(?:-\d+){{1,4}}|wdl[a-z0-9]{{9}}|[a-z]\d{{4}} \d{{5}} \d{{5}})\b|\b(or|in|me|oh|ok|hi|de|id|al|la|ma)\s(\d{{7,9}})\b"))
});

fn check_license(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    // A clinician's own professional licence is public record.
    let personal = |a: &Analysis, r: std::ops::Range<usize>| {
        let before = a.sentence_before(r.start);
        // ...unless it belongs to a private person ("a donor applicant listed her nursing license")
        let professional = before.has_line(crate::lines!["medical licen", "nursing licen", "md licen", "lab licen", "clia", "npi"])
            && !a.private_subject[a.sentence_at(r.start)]
            || a.people.iter().any(|p| p.kind == PersonKind::Staff && p.sentence == a.sentence_at(r.start));
        !professional && !a.words_before(r.start, 2).contains(&"plate")
    };
    report(a, &LICENSE_RE, 4, hits, personal);
    // ("the TX DL we have on file for donor Efraín Ybarra (41827735)": the licence's number in
    // brackets right after its owner)
    for r in bracketed_after_person(a, &[" dl ", "driver's licen", "drivers licen", "driver licen", "licencia de conducir", "licencia de manejo"], &[]) {
        hits.add(r);
    }
    // ("our carrier's Maine license came through blank except the number, 4412087": a state's
    // licence is a driver's licence)
    static LICENCE: LazyLock<Vec<String>> = LazyLock::new(|| {
        let mut v: Vec<String> = ["driver's licen", "drivers licen", "driver licen", "driving licen", "licencia de conducir", "licencia de conduccion", "licencia de manejo", "licencia de manejar", "state id"].map(String::from).into();
        v.extend(crate::analysis::US_STATES.iter().map(|s| format!("{s} licen")));
        v
    });
    // A number after "number" whose sentence names a licence; or ("Has anyone seen DMV reject a
    // valid-looking license? Our gestational carrier's number, T60418273, keeps coming back") a
    // licence named in the sentence before, then a private person's number shaped like one.
    for (_, c) in a.find_iter(&NUMBER_RE) {
        let r = a.orig(c.get(1).unwrap().range());
        let i = a.sentence_at(r.start);
        let v = &a.text[r.clone()];
        let dl_shape = v.len() >= 8 && v.bytes().skip(1).all(|b| b.is_ascii_digit()) && v.as_bytes()[0].is_ascii_alphanumeric();
        let named_before = || i > 0 && a.sentence_folded(i - 1).has_line(crate::lines!["licen", "dmv", "driver"]);
        // ("Sr. Vázquez, dejó su licencia de manejar en la recepción. Es la de Arkansas número
        // 912044871.": the licence and its owner in the sentence before)
        let licence = names_before(a, &r, &LICENCE, &[]) || dl_shape && (a.private_subject[i] || i > 0 && a.private_subject[i - 1]) && named_before();
        if licence && personal(a, r.clone()) {
            hits.add(r);
        }
    }
    // "her driver's license, the Arizona one, is D08812345": a licence number a few words after
    // the licence is named, in a sentence about a private person
    for (_, c) in a.find_iter(&LICENCE_LATER_RE) {
        let v = c.get(1).unwrap();
        let digits = v.as_str().bytes().filter(u8::is_ascii_digit).count();
        let r = a.orig(v.range());
        let i = a.sentence_at(r.start);
        let private = a.private_subject[i] || a.people.iter().any(|p| p.kind == PersonKind::Private && p.sentence == i);
        // ("se te quedó tu licencia de conducir en recepción 😅 la D4471928": someone's own)
        let owned = a.words_before(a.orig(c.get(0).unwrap().range()).start, 1).first().is_some_and(|w| crate::text::one_of(w, crate::lines!["tu", "su", "your", "her", "his", "their"]));
        if (7..=13).contains(&digits) && (private || owned || a.any_care()) && personal(a, r.clone()) {
            hits.add(r);
        }
    }
    // "…falta la copia de la licencia. La de Marisol (TX 40918273) ya está": a licence-shaped
    // number in a sentence about licences, or right after one, in a text about a person.
    // ("…su licencia de conducir en el consultorio 3 (NJ D4418 20736 51092…)": New Jersey's
    // letter and three groups, wherever the sentence puts it)
    for (_, c) in a.find_iter(&LICENCE_SHAPE_RE) {
        if let Some(code) = c.get(3)
            && !a.text[a.orig(code.range())].bytes().all(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        let r = a.orig(c.get(1).or(c.get(2)).or(c.get(4)).unwrap().range());
        let i = a.sentence_at(r.start);
        let mentions = |k: usize| {
            let s = a.sentence_folded(k);
            // ("Keisha's DL for her file (W362-410-88-512-0)": the abbreviation too)
            (s.has("licen") || s.has_line(crate::lines!["state id", " dl ", " dl:", " dl#", " dl("])) && !s.has_line(crate::lines!["medical licen", "nursing licen", "md licen", "lab licen"])
        };
        let private = a.private_subject[i] || i > 0 && a.private_subject[i - 1] || a.people.iter().any(|p| p.kind == PersonKind::Private && p.sentence == i);
        if (mentions(i) || i > 0 && mentions(i - 1)) && (private || a.any_care()) && personal(a, r.clone()) {
            hits.add(r);
        }
    }
}

/// A 17-character vehicle identification number (no I, O or Q), anywhere in a text that says "VIN".
static BARE_VIN_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b[a-hj-npr-z0-9]{17}\b"));

fn check_vehicle(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    if a.folded.s.split(|c: char| !c.is_alphanumeric()).any(|w| w == "vin") {
        for r in a.find_ranges(&BARE_VIN_RE) {
            let v = &a.text[r.clone()];
            let digits = v.chars().filter(char::is_ascii_digit).count();
            if digits >= 5 && digits <= 14 {
                hits.add(r);
            }
        }
    }
    report(a, &VEHICLE_RE, 1, hits, |a, r| {
        let v = &a.text[r.clone()];
        // ("enfermera, matrícula MP 45218": a professional registration, not a car's)
        // ("CNS rejected … matrícula 78-1203-GVT": a health plan's member number)
        if a.words_before(r.start, 1).first() == Some(&"matricula") && plan_matricula(a, &r) {
            return false;
        }
        if crate::text::ends_with_pair(&a.words_before(r.start, 2), crate::lines!["matricula"], crate::lines!["mp", "mn"]) || crate::text::starts_with_line(&crate::text::lower(v), crate::lines!["mp ", "mn "]) {
            return false;
        }
        // A plate mixes letters and digits (vanity plates may have one digit: "TTC-4EVR") in at
        // least five characters, or is a 17-character VIN.
        let chars = v.chars().filter(char::is_ascii_alphanumeric).count();
        // (some states' plates are digits only, "NH plate 4417592": five to eight after the word plate)
        let digits_only_plate = (5..=8).contains(&chars) && v.bytes().all(|b| b.is_ascii_digit() || b == b' ' || b == b'-')
            && { let s = a.sentence_before(r.start); s.has("plate") || s.has("placa") };
        v.chars().any(|c| c.is_ascii_alphabetic()) && v.chars().any(|c| c.is_ascii_digit()) && (chars >= 5 || v.chars().filter(char::is_ascii_digit).count() >= 2)
            || v.len() == 17
            || digits_only_plate
    });
}

fn check_device(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    // Bare Spanish "serie" is also "series" ("la serie 2024"): its value must mix letters and digits.
    // ("her Dexcom transmitter (8G4KRT)": six characters, letters among them, count with two digits)
    report(a, &DEVICE_RE, 2, hits, |a, r| {
        let v = &a.text[r.clone()];
        if v.bytes().filter(u8::is_ascii_digit).count() < 3 && !(v.len() >= 6 && v.bytes().any(|b| b.is_ascii_alphabetic())) {
            return false;
        }
        let bare_serie = a.words_before(r.start, 1).first().is_some_and(|w| *w == "serie") && !a.words_before(r.start, 3).contains(&"numero");
        !bare_serie || v.chars().any(|c| c.is_ascii_alphabetic())
    });
}

/// A Mexican CURP: four letters, the birth date, sex, five letters of state and names, and two
/// check characters ("GORA880312MJCMVR07"); or the clave de elector of a voter's card (INE): six
/// letters of the names, the birth date, the state, sex and three digits ("TZCRER91031416M800").
/// Both are 18 characters, and the shape alone says what they are.
static CURP_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b(?:[a-z]{4}\d{6}[hm][a-z]{5}[a-z0-9]\d|[a-z]{6}\d{8}[hm]\d{3})\b"));

/// A Mexican RFC (tax number) of a person: four letters, the birth date, three check characters
/// ("ROLA850714KJ2"). Checked only on 13-character words, with a real date in it.
static RFC_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b[a-zñ&]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[a-z0-9]{3}\b"));

/// A Spanish DNI or NIE: eight digits and a check letter ("20485731-E"), or X, Y or Z, seven
/// digits and a letter. Other eight-digit numbers carry letters too, so the document must be
/// named in the sentence or the one before.
static DNI_SHAPE_RE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b(?:\d{8}|[xyz]-?\d{7})-?[a-z]\b"));

/// A national identity document named, then its number later in the sentence ("dejó su DNI…
/// a nombre de Yesenia Huamán (4 7 2 1 8 0 3 6)", "cc 1715 38 2904"): eight to ten digits,
/// spaced, grouped or dotted. Group 1 is the number.
static DOCUMENT_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(
        // (a title's or a number sign's full stop does not end the sentence: "el DNI de la Sra.
        // Maribel Quispe (N.º 45872136)")
        // ("pasting full RUTs into the chat… 'Wisline Pierre 26.118.457-K'": Chile's, with its
        // check digit or K; "la Sra. Ajcot (CUI 2987 45120 0901)": Guatemala's)
        r"\b(?:(?:dni|dpi|cui|ruts?|cedula|documento de identidad|carne de identidad|carnet de identidad|cc|dui|cuil|cuit)\b|c\.c\.|c\.i\.)(?:[^.!?]|\b(?:sra|sr|srta|dra|dr|mr|mrs|ms|n|nro|no)\.){0,140}?[(:#]?\s?\b(\d(?: \d){7,9}|\d{8}-\d|\d{8,11}|\d{1,2}\.\d{3}\.\d{3}(?:\.\d{3})?(?:-[\dk])?|\d{4} \d{2} \d{4}|\d-\d{3,4}-\d{3,4}|\d{3}-\d{7}-\d|[ve]-\d{1,2}\.?\d{3}\.?\d{3}|\d{4} \d{5} \d{4})\b",
    )
});

/// A Bolivian carnet de identidad: "CI 7716352 SC", "C.I. 4821930 LP" (the number, then the
/// department that issued it), right after its label ("95% CI 1.2-3.4" has no such number).
static CI_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:ci|c\.i\.)\s?(?:n°\s?|no\.\s?)?:?\s?(\d{6,8}(?:[ -](?:lp|sc|cb|or|pt|tj|ch|be|pd))?)\b")
});

fn check_donor_id(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    for (_, c) in a.find_iter(&DOCUMENT_NUMBER_RE) {
        let r = a.orig(c.get(1).unwrap().range());
        // ("…su cédula y llame al 0991234567": a phone after a phone word is the phone's)
        // (…or an order's, an invoice's: "el pedido 20485731")
        let other = a.words_before(r.start, 3).iter().any(|w| {
            NOT_A_DOCUMENT_BEFORE.contains(*w)
        });
        // (not the middle of a longer number: "CUIL 27-95118420-6" is the social-security rule's)
        let inside = a.text[..r.start].ends_with('-') && a.text[..r.start - 1].ends_with(|c: char| c.is_ascii_digit());
        if !other && !inside && !company_rut(a, &r) {
            hits.add(r);
        }
    }
    report(a, &CI_RE, 6, hits, always);
    report(a, &DONOR_RE, 3, hits, |a, r| !is_time_or_quantity(&a.text[r.clone()]) && !company_rut(a, &r));
    // (a CURP is one 18-character word: texts without one never build the pattern)
    if (0..a.tokens.len()).any(|k| a.word(k).len() == 18) {
        for r in a.find_ranges(&CURP_RE) {
            hits.add(r);
        }
    }
    // (likewise an RFC, named by its label within four words: "pidió factura con RFC
    // ROLA850714KJ2")
    if (0..a.tokens.len()).any(|k| a.word(k).len() == 13 && a.word(k).bytes().any(|b| b.is_ascii_digit())) {
        for r in a.find_ranges(&RFC_RE) {
            if a.words_before(r.start, 4).contains(&"rfc") {
                hits.add(r);
            }
        }
    }
    // (the document named within eight words before, or in the sentence just before one that
    // opens with the number: "¿…la copia del DNI de Mª Amparo? 20485731-E.")
    let document = |w: &str| crate::text::one_of(w, crate::lines!["dni", "nie", "nif"]);
    let named_anywhere = (0..a.tokens.len()).any(|k| document(a.word(k)));
    for r in named_anywhere.then(|| a.find_ranges(&DNI_SHAPE_RE)).into_iter().flatten() {
        let i = a.sentence_at(r.start);
        let opens_sentence = a.sentences[i].start == r.start;
        // (a letter-digits-letter NIE named in the sentence before: "¿…el NIE de una donante…?
        // El de la chica de esta mañana, Y4418273K, no pasa")
        let nie_shape = a.text[r.clone()].starts_with(|c: char| c.is_ascii_alphabetic());
        let named_before = i > 0 && (opens_sentence || nie_shape) && a.sentence_folded(i - 1).split(|c: char| !c.is_alphanumeric()).any(document);
        if a.words_before(r.start, 8).iter().any(|w| document(w)) || named_before {
            hits.add(r);
        }
    }
    // ("please STOP pasting full RUTs into the chat. This morning… 'Wisline Pierre 26.118.457-K'":
    // a number in the shape of Chile's RUT, dotted with its check digit, in a text that names it)
    if (0..a.tokens.len()).any(|k| crate::text::one_of(a.word(k), crate::lines!["rut", "ruts", "run"])) {
        static RUT_SHAPE: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b\d{1,2}\.\d{3}\.\d{3}-[\dk]\b"));
        for r in a.find_ranges(&RUT_SHAPE) {
            if !company_rut(a, &r) {
                hits.add(r);
            }
        }
    }
    // An account name must look like one: a digit, a dot or an underscore inside it.
    for (_, c) in a.find_iter(&USERNAME_RE) {
        let v = c.get(1).unwrap();
        if v.as_str().contains(|ch: char| ch.is_ascii_digit() || ch == '.' || ch == '_') {
            hits.add(a.orig(v.range()));
        }
    }
}

/// Names of a national identity document.
const NATIONAL_ID_WORDS: &str = crate::lines!["dni", "cedula", "ci", "dui", "ine", "nie", "identidad", "pasaporte", "passport"];

/// Whether a national identity document is named within the four words before `r`.
pub fn after_national_id(a: &Analysis, r: &std::ops::Range<usize>) -> bool {
    // ("C.I. cuatro punto dos…": the abbreviation with its periods)
    let b = a.text[..r.start].trim_end();
    let ci = b.len() >= 4 && b.get(b.len() - 4..).is_some_and(|t| t.eq_ignore_ascii_case("c.i."));
    ci || a.words_before(r.start, 4).iter().any(|w| crate::text::one_of(w, NATIONAL_ID_WORDS))
}

/// A spelled-out number read back from a national identity document named in its sentence or
/// the one before ("dejó su DUI en recepción… Es el cero cuatro cinco…").
pub fn national_id_near(a: &Analysis, r: &std::ops::Range<usize>) -> bool {
    let i = a.sentence_at(r.start);
    let names = |s: &str| s.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, NATIONAL_ID_WORDS));
    // (said in words, and not where a call is: "Te llamamos al tres uno dos…" is her phone)
    let read_back = || {
        a.text[r.clone()].contains(char::is_alphabetic)
            && !a.words_before(r.start, 4).iter().any(|w| crate::text::one_of(w, crate::lines!["al", "llamamos", "llamar", "llame", "telefono", "celular", "cel", "whatsapp", "call", "phone", "number", "numero", "at"]))
    };
    after_national_id(a, r) || read_back() && (names(a.sentence_before(r.start)) || i > 0 && names(a.sentence_folded(i - 1)))
}

/// A Chilean company's RUT: a dotted number from 50 million up, in a sentence that says RUT
/// ("nuestra razón social es … SpA, RUT 76.555.214-3"); people's numbers are lower.
fn company_rut(a: &Analysis, r: &std::ops::Range<usize>) -> bool {
    let v = &a.text[r.clone()];
    let millions = v.split_once('.').and_then(|(m, _)| m.parse::<u32>().ok());
    millions.is_some_and(|m| (50..100).contains(&m)) && a.sentence_before(r.start).split(|c: char| !c.is_alphanumeric()).any(|w| w == "rut")
}

/// Letters after digits that make a unit or an ordinal, not an identifier.
static NUMBER_SUFFIXES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "am", "pm", "st", "nd", "rd", "th", "mg", "mm", "ml", "iu", "k", "h", "hrs", "min", "lb", "lbs", "oz",
    "kg", "cm"
]);

/// Words before a number that make it a phone, an order or an invoice, not an identity document.
static NOT_A_DOCUMENT_BEFORE: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "cel", "celular", "telefono", "tel", "llame", "llamar", "al", "whatsapp", "phone", "call", "movil",
    "pedido", "order", "factura", "invoice", "lote", "lot", "ref", "referencia", "ticket", "folio", "recibo",
    "receipt", "orden",
    // (Mexico's professional licence of a doctor: "cédula profesional 10458832", "cédula de especialidad 11290457")
    "profesional", "prof", "especialidad", "especialista"
]);
