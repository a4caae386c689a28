//! Legal matters: lawsuits, depositions, settlements, malpractice claims.

use std::sync::LazyLock;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::lexicon::PhraseSet;
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;
use crate::text::Has;

pub static CASE: Rule = Rule {
    id: "conduct.legal.case",
    category: Category::Legal,
    severity: Severity::Block,
    summary: "Talk of a lawsuit, claim, deposition, settlement, subpoena or lawyer's advice involving the practice or the writer.",
    why: crate::native_only!("ASRM guidance: never discuss legal cases online. Anything posted can become evidence and \
may disclose the patients involved; leave it to counsel."),
    message: "This discusses a legal matter ({text}). Don't comment on lawsuits or claims online; refer questions to your legal counsel.",
    suggestion: None,
    example: crate::native_only!("Our lawyers say the negligence claim will be dismissed next month."),
    near_miss: crate::native_only!("The state senate passed a bill requiring insurers to cover IVF."),
    example_with: "",
    check: check_case,
};

/// Words that are about litigation on their own.
static STRONG: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "lawsuit*", "law suit", "sued", "suing", "sue us", "sue me", "deposition*", "deposed", "subpoena*",
        "plaintiff*", "defendant*", "litigation", "malpractice", "negligence", "settled the", "settlement",
        "legal action", "allegation*", "alleges", "alleged that", "filed a complaint", "complaint filed", "in court",
        "respond in court", "our lawyer*", "my lawyer*", "our attorney*", "my attorney*", "the lawyers", "legal counsel",
        "complaint pending", "pending before the", "board complaint", "queja ante", "denuncia ante",
        "class action", "medical board complaint", "complaint with the medical board", "complaint to the board",
        "court date", "demanda", "demandas", "demando", "demandaron", "demandar", "demandado", "demandada", "juzgado*", "extrajudicial", "tribunales",
        "nuestro abogado", "nuestros abogados", "mi abogado", "mi abogada", "nuestra abogada", "su abogado", "su abogada",
        // (a complaint to the medical college, not a talk in its auditorium)
        "ante el colegio de medicos", "al colegio de medicos", "en el colegio de medicos", "reclamacion ante", "juicio", "negligencia",
        // ("le ayudamos a poner la tutela", "seeking a restraining order")
        "poner la tutela", "poner una tutela", "interponer una tutela", "accion de tutela", "restraining order", "orden de alejamiento", "orden de restriccion",
        "querella", "citatorio", "mala praxis", "got served", "been served", "were served", "filed suit", "the suit",
        // ("accept the mediator's proposal in the cryotank dispute… won't be heading to trial",
        // "presentamos nuestros descargos ante INDECOPI")
        "mediator", "mediator's", "mediadora", "mediador",
        "descargos", "indecopi", "profeco", "conamed", "defensoria del consumidor",
        "mediation", "arbitration", "testify", "testified", "testimony", "wrongful", "defamation", "defamatory", "libel", "libelous", "slander*", "cease and desist",
        "acciones legales", "accion legal", "medidas legales", "despacho de abogados", "difamacion", "difamatori*",
        "calumnia*", "demand letter", "your lawyer*", "your attorney*", "our counsel", "carta de reclamacion", "carta notarial",
        "el abogado", "la abogada", "los abogados", "reclamo ante", "superintendencia de salud",
        // ("Nuestros servicios jurídicos ya tienen capturas", "nos amenaza con denunciarnos")
        "servicios juridicos", "asesoria juridica", "departamento juridico",
        "denunciarnos", "denunciaros", "amenaza con denunciar", "amenazo con denunciar",
        // "headed to small claims court", "she has mentioned small claims twice"
        "small claims", "small-claims", "carta documento", "estudio juridico", "equipo juridico", "area juridica", "supersalud", "clinic's counsel", "practice's counsel",
        // "that's spoliation, so I'm calling my own lawyer"
        "spoliation", "litigation hold", "declarar como testigo", "declare como testigo", "como testigo en", "en la causa por",
        "discovery would", "discovery will", "courtroom", "for the stand", "on the stand", "take the stand", "outside counsel", "summary judgment", "circuit court", "district court", "superior court", "was served", "suit filed", "legal hold", "my own lawyer*", "my own attorney*", "our own lawyer*", "mi propio abogado", "mi propia abogada",
        // ("Counsel told us not to comment on the pending suit", "el Ministerio Público abrió una
        // investigación contra nuestra sede", "nuestro despacho jurídico prepara la defensa")
        "her attorney", "his attorney", "her lawyer", "his lawyer", "threatening to sue", "threatened to sue", "threatens to sue", "amenaza con demandar", "amenazo con demandar",
        "law firm", "bufete", "defense counsel", "defence counsel",
        "pending suit", "counsel told", "counsel advised",
        // ("our general counsel has advised us to pause… while the Georgia suit against us is pending")
        "suit against", "suits against", "general counsel", "counsel has advised", "counsel have advised",
        // ("we've retained counsel re: the complaint someone filed with the Oregon Medical Board")
        "retained counsel", "hired counsel", "retained a lawyer", "retained an attorney", "contratamos un abogado", "contratamos a un abogado",
        "complaint someone filed", "complaint she filed", "complaint he filed", "complaint they filed", "queja que alguien presento", "expects to settle", "abrio una investigacion", "abrieron una investigacion",
        "opened an investigation", "investigacion contra", "ministerio publico", "fiscalia", "denuncia penal", "despacho juridico", "preparando la defensa", "preparando nuestra defensa",
        "before discovery", "in discovery", "settled before", "testifying", "expert witness", "testigo experto", "perito", "juicio ejecutivo", "menor cuantia",
        // ("Opposing counsel wants the whole embryo file for the custody fight")
        // ("Letter from the AG's office just landed re: our radio ads … while counsel reviews")
        "ag's office", "attorney general's office", "letter from the attorney general", "consumer protection act", "deceptive advertising", "while counsel reviews", "counsel is reviewing", "procuraduria general",
                // ("We accept full liability and will cover all costs", "reconocemos que fue culpa
                // de nuestra clínica y vamos a pagar los daños… No firmen nada con otros abogados")
                "liability", "liable", "pay damages", "pagar los danos", "pagaremos los danos", "danos y perjuicios", "indemniz*", "responsabilidad legal", "responsabilidad civil", "otros abogados", "otro abogado",
                // ("Si sigue publicando falsedades…, procederemos legalmente", "demándelos, con un
                // abogado les gana")
                "procederemos legalmente", "proceder legalmente", "procedemos legalmente", "tomaremos acciones", "demandelos", "demandela", "demandelo", "demandalos", "demandala", "demandalo", "demandenlos",
                "lawyer up", "tomar medidas legales",
                // ("A county jury found in our favor in the suit brought by…", "el juez falló a
                // nuestro favor")
                "suit brought", "jury found", "found in our favor", "ruled in our favor", "ruled against us", "fallo a nuestro favor", "fallo en nuestra contra", "el jurado",
                "opposing counsel", "custody fight", "custody battle", "custody case", "pelea por la custodia", "juicio de custodia", "divorce lawyer*", "divorce attorney*", "abogado de divorcio*", "abogada de divorcio*",
    ])
});

/// Litigation words that a post about a bill uses too ("every advocate who testified", "the
/// wrongful-death statute", "would protect physicians from liability"): litigation only when
/// the text is not about legislation.
fn also_legislative(word: &str) -> bool {
    word.starts_with("testif") || word == "testimony" || word == "wrongful" || word.starts_with("liab")
}

static LEGISLATION: LazyLock<PhraseSet> = LazyLock::new(|| {
    // ("the new state law widens fertility coverage… Our advocacy fellows testified twice")
    PhraseSet::from_lines(crate::lines!["bill", "bills", "legislat*", "senate", "lawmaker*", "governor", "statute", "state house", "assembly", "proyecto de ley", "senado", "legislatura", "state law", "new law", "nueva ley", "coverage law", "mandate", "advocacy", "ley de cobertura"])
});

/// Words that need the writer or the practice as a party ("the judge will...", "our case").
static WEAK: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines!["court", "judge", "jury", "trial", "claim", "the case", "our case", "lawyer*", "attorney*", "juez", "corte", "abogad*", "tribunal", "settle"])
});

/// Courts and lawyers: with one private person's care in the same sentence, a case.
static COURT: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines!["court", "judge", "lawyer*", "attorney*", "juez", "jueza", "corte", "tribunal", "abogad*"])
});

/// News of someone else's case ("headlines about a lawsuit in another state").
static NEWS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines!["headline*", "in the news", "news about", "news story", "news stories", "noticias", "titulares", "en las noticias"])
});

static NOT_LEGAL: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "clinical trial*", "trial transfer", "mock transfer", "insurance claim*", "claims that", "bill", "legislat*", "ley", "senate", "mandate",
        // a high court's ruling is news ("after the Alabama Supreme Court's 2024 ruling")
        "supreme court", "supreme court's", "corte suprema", "corte constitucional", "tribunal supremo", "suprema corte",
        // ("Tras la sentencia de la Corte IDH de 2012 (Artavia Murillo y otros vs. Costa Rica)")
        "corte idh", "corte interamericana", "inter-american court", "sala constitucional", "tribunal constitucional", "court of human rights",
    ])
});

/// Words that make a party of a case caption a practice ("Tran v. Gulf Coast Fertility Partners").
static PRACTICE_PARTY: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "fertility", "ivf", "clinic", "clinica", "hospital", "medical", "health", "healthcare", "center", "centre", "centro", "partners",
    "associates", "group", "pharmacy", "lab", "labs", "reproductive", "cryobank", "institute", "llc", "inc", "pc", "pllc", "womens", "women's",
]);

/// A case caption with a practice for a party: "Tran v. Gulf Coast Fertility Partners", "Ortiz
/// vs. Desert Reproductive Center". (Not "Roe v. Wade", a court's landmark with no practice,
/// nor "IUI vs IVF".)
fn caption_at(a: &Analysis, i: usize) -> bool {
    let span = &a.sentences[i];
    let first = a.tokens.partition_point(|t| t.span.start < span.start);
    let last = a.tokens.partition_point(|t| t.span.start < span.end);
    (first + 1..last).any(|k| {
        crate::text::one_of(a.word(k), crate::lines!["v", "vs"])
            // (a name on each side: not "IUI vs IVF")
            && a.tokens[k - 1].capitalized
            && !a.tokens[k - 1].all_caps
            && a.tokens.get(k + 1).is_some_and(|t| t.capitalized && !t.all_caps)
            && (k + 1..(k + 7).min(last)).any(|j| PRACTICE_PARTY.contains(a.word(j)))
    })
}

/// Telling people they can do without counsel ("you don't need a lawyer or a pre-birth order",
/// "no necesitan abogado, firmen el nuestro"): legal advice on their case.
static NO_COUNSEL: LazyLock<crate::text::Regex> = LazyLock::new(|| {
    crate::text::regex(
        r"\b(?:don'?t|do not|doesn'?t|does not|won'?t|will not)\s+(?:really\s+|even\s+|actually\s+)?need\s+(?:a\s+|an\s+|your\s+own\s+|their\s+own\s+|any\s+|a\s+separate\s+)?(?:lawyer|attorney|legal counsel)|\bno need for (?:a |an |any )?(?:lawyer|attorney)|\bno\s+(?:necesitan?|necesitas|hace falta|ocupan?|ocupas)\s+(?:un |una |su |tu )?(?:propio |propia )?abogad|\bsin necesidad de abogad",
    )
});

fn check_case(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    // (at word starts: "niños " holds no "nos ")
    // ("…ellos firmaron el consentimiento y tenemos la grabación": "we" in a Spanish verb)
    let party = |s: &str| {
        ["we ", "we'", "our ", "us ", "i ", "i'", "my ", "me ", "nos ", "nuestr", "against", "contra", "tenemos ", "hemos ", "vamos a ", "estamos ", "somos "]
            .iter()
            .any(|w| crate::lexicon::occurs_at_word_start(s, w))
    };
    // Every sentence is searched for strong words once; the neighbours' answers are reused.
    // (sentence has a litigation word, all of them also legislative words)
    let found: Vec<(bool, bool)> = (0..a.sentences.len())
        .map(|i| {
            let s = a.sentence_folded(i);
            let mut any = false;
            let mut only_legislative = true;
            for (r, _) in STRONG.find_iter(s) {
                // ("the Cedar Avenue settlement house": a neighbourhood centre)
                if s[r.clone()].starts_with("settlement") && s[r.end..].starts_with(" house") {
                    continue;
                }
                // ("nadie en su sano juicio": in their right mind)
                // ("Sin juicio, sin prisa": without judgment)
                if &s[r.clone()] == "juicio" && (s[..r.start].ends_with("sano ") || s[..r.start].ends_with("buen ") || s[..r.start].ends_with("sin ") || s[..r.start].ends_with("sin ningun ")) {
                    continue;
                }
                // ("En Puerto Rico la demanda sigue creciendo", "la alta demanda de turnos": demand,
                // not a suit)
                let after = s[r.end..].trim_start();
                if &s[r.clone()] == "demanda"
                    && (crate::text::starts_with_line(after, crate::lines!["sigue", "crece", "creciente", "aumenta", "aument", "de turnos", "de citas", "de tratamientos", "de servicios", "de fiv", "de donantes", "de ovulos", "de congelacion"])
                        || crate::text::ends_with_line(&s[..r.start], crate::lines!["alta ", "gran ", "mayor ", "creciente ", "mucha ", "tanta "]))
                {
                    continue;
                }
                any = true;
                only_legislative &= also_legislative(&s[r]);
            }
            let caption = caption_at(a, i);
            (any || caption, any && only_legislative && !caption)
        })
        .collect();
    // (asked only when a sentence has a litigation word: neither `legislation` nor `news`
    // matters for any other)
    let legislative_text = found.iter().any(|&(any, _)| any) && (0..a.sentences.len()).any(|i| LEGISLATION.any_in(a.sentence_folded(i)));
    let legislation = legislative_text && found.iter().any(|&(_, l)| l);
    // ("You may have seen headlines about a lawsuit in another state": news, with no party of ours)
    // (or a high court's ruling and a legislature's answer, with no party of ours: "la Corte
    // Suprema del estado decidió… la legislatura aprobó una ley que protege a las clínicas de
    // demandas")
    let rulings = legislative_text
        && (0..a.sentences.len()).any(|i| a.sentence_folded(i).has_line(crate::lines!["supreme court", "corte suprema", "tribunal supremo", "suprema corte"]));
    let news = |i: usize| {
        let s = a.sentence_folded(i);
        (NEWS.any_in(s) || rulings) && !party(s)
    };
    // ("a general Q&A with our legal counsel: no individual cases, general information only"):
    // an event about the law, no case
    let general = |i: usize| {
        let s = a.sentence_folded(i);
        s.has_line(crate::lines!["no individual cases", "general information only", "general questions only", "no specific cases", "informacion general", "sin casos particulares", "sin casos individuales"])
    };
    let strong: Vec<bool> =
        found.iter().enumerate().map(|(i, &(any, only_legislative))| any && !(only_legislative && legislation) && !news(i) && !general(i)).collect();
    for i in 0..a.sentences.len() {
        let s = a.sentence_folded(i);
        let weak = WEAK.any_in(s) && !NOT_LEGAL.any_in(s) && party(s);
        // ("lo que decida la jueza sobre los embriones de la pareja que se está divorciando"):
        // a court or a lawyer deciding on one private person's care is a case
        // ("the judge", "su abogado"; not "una abogada de 39 años", a job, or "Birchwood Court")
        let their_case = a.private_subject[i]
            && a.care[i]
            && COURT.find_iter(s).any(|(r, _)| {
                matches!(s[..r.start].split_whitespace().next_back(), Some("the" | "her" | "his" | "their" | "la" | "el" | "los" | "las" | "su" | "sus"))
                    || s[..r.start].trim_end().ends_with("'s")
            })
            && !NOT_LEGAL.any_in(s);
        if strong[i] || their_case || weak && a.near(i).any(|j| strong[j]) || NO_COUNSEL.is_match(s) {
            hits.add(a.sentences[i].clone());
        }
    }
}
