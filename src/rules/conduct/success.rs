//! Overstated success: guarantees, promises, superlatives and unsourced outcome numbers.

use std::sync::LazyLock;

use crate::text::Regex;

use crate::analysis::{Analysis, SentenceMemo};
use crate::category::{Category, Severity};
use crate::lexicon::PhraseSet;
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;

use super::by_lang;
use crate::text::Has;

pub static CLAIM: Rule = Rule {
    id: "conduct.success.overstated",
    category: Category::SuccessClaim,
    severity: Severity::Warn,
    summary: "A guarantee, promise, superlative or unsourced number about pregnancy or success outcomes.",
    why: crate::native_only!("ASRM and FTC guidance: don't overstate success rates. Outcomes depend on age and \
diagnosis; quote SART or CDC figures with their source and say that individual chances vary."),
    message: "This overstates outcomes ({text}). Avoid guarantees and superlatives; cite SART/CDC data and note that individual chances vary.",
    suggestion: Some("Our published outcomes are reported to SART; individual chances vary, and we'll talk through yours at a consult."),
    example: crate::native_only!("Guaranteed baby or your money back!"),
    near_miss: crate::native_only!("SART data show live birth rates fall with age; individual chances vary."),
    example_with: "",
    check: check_claim,
};

/// Around "100%", words that make it the writer's certainty, not an outcome ("you 100% have
/// PCOS", "I 100% recommend"): the word after it, or the one before.
static SURE_OF_NEXT: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "have", "has", "need", "needs", "should", "agree", "recommend", "worth", "sure", "tienes", "tiene", "necesitas", "recomiendo",
    // ("we stand 100% behind our NP's care")
    "behind",
]);
static SURE_OF_PREV: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["you", "i", "i'm", "im", "she", "he", "it's", "its", "tu", "yo", "stand", "stands", "standing"]);

/// Words that promise or rank outcomes.
static CLAIMS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "guarantee*", "promise*", "prometemos", "prometo", "garantiza*", "garantia", "garantizado", "100%", "100 percent",
        // ("tu parto va a salir perfecto, te lo aseguramos": sure of an outcome, when one is named)
        // ("hasta los casos más difíciles terminan en bebé": every case, when an outcome is named)
        "hasta los casos mas dificiles", "hasta los casos mas complicados", "even the hardest cases", "even the toughest cases", "even the most difficult cases",
        // ("embarazo seguro o le regresamos su dinero")
        "le regresamos su dinero", "te regresamos tu dinero", "le devolvemos su dinero", "te devolvemos tu dinero", "le devolvemos el dinero", "te devolvemos el dinero", "embarazo seguro o",
        "te lo aseguramos", "se lo aseguramos", "te lo aseguro", "se lo aseguro", "les aseguramos", "se los aseguro", "se las aseguro", "se los aseguramos", "se las aseguramos",
        // ("¡Somos los mejores de todo el Medio Oeste!")
        "somos los mejores", "somos la mejor", "los mejores de todo", "we assure you", "i assure you",
        // ("Our moms just don't lose pregnancies", "more families than any other fertility
        // specialist", "conceive twice as fast as the national average")
        "don't lose pregnancies", "dont lose pregnancies", "never lose pregnancies", "no pierden embarazos", "than any other fertility", "than any other specialist", "than any other doctor",
        "que cualquier otro especialista", "twice as fast as", "dos veces mas rapido",
        "never fail*", "never lost", "never loses a", "never loses an", "nunca pierde una", "nunca pierde un", "never had a patient",
        // ("holds the lowest cesarean rate in South Texas", "without losing a single mother",
        // "la tasa de embarazo más alta de todo el Pacífico")
        "lowest cesarean rate", "lowest c-section rate", "lowest complication rate", "lowest miscarriage rate", "without losing a single", "sin perder a una sola", "sin perder ni una",
        // ("tenemos la tasa de embarazo más alta de Arizona y Nuevo México")
        "tasa de embarazo mas alta", "tasa de embarazos mas alta", "tasa de exito mas alta", "tasas de exito mas altas", "tasas de embarazo mas altas", "la mayor tasa de", "las mayores tasas de",
        "mas alta de todo", "mas altas de todo", "mas alta del pais", "mas alta del estado", "mas altas del pais", "mas alta de la region",
        // ("Her protocol hasn't failed a single Navy dad yet")
        "hasn't failed a single", "has not failed a single", "haven't failed a single", "have not failed a single", "no ha fallado ni una", "no ha fallado ni un", "no le ha fallado a ningun",
        // ("Our IVF program has never sent a couple home without a baby", "el embarazo está asegurado")
        "never sent a couple home without", "never sent a patient home without", "never sent anyone home without", "never sent a family home without",
        "nobody goes home without", "no one goes home without", "nadie se va a casa sin", "embarazo esta asegurado", "esta asegurado desde", "exito asegurado", "doesn't fail", "does not fail", "don't fail", "won't fail",
        "can't fail", "zero-fail", "zero fail", "no-fail", "zero failures", "cero fallas", "cero fallos", "el embarazo es seguro", "embarazo asegurado", "always works", "always succeeds", "always delivers",
        "always does", "every single time", "every woman who", "every patient who", "every couple who",
        // ("every patient I've put on it got pregnant": the writer's whole record)
        "every patient i've", "every patient i have", "every patient we've", "every patient i put", "every patient we put", "every woman i've", "every client i've", "cada paciente que he", "todas las pacientes que he", "todas mis pacientes",
        // ("more accurate than any hospital in the Valley": a diagnostic record, ranked)
        "more accurate than any", "more accurate than every", "mas preciso que cualquier", "mas precisos que cualquier",
        "unbeatable", "the best in", "best in the", "#1", "number one", "highest success", "highest pregnancy",
        "highest live birth", "highest live-birth", "highest iui", "highest ivf", "best iui", "best ivf success", "best live-birth", "highest birth rate*", "highest take-home", "highest rates", "best success", "best pregnancy rates", "best results", "outperform*",
        "better than any", "better than every", "better than other", "miracles are routine", "miracle worker",
        "you'll be pregnant", "you will be pregnant", "you will get pregnant", "you'll get pregnant", "you will leave with",
        // ("Finish our program and you bring home a baby. Period.")
        "you bring home a baby", "you'll bring home a baby", "you will bring home a baby", "you take home a baby", "you'll take home a baby", "you will take home a baby",
        "you go home with a baby", "you'll go home with a baby", "te llevas a tu bebe", "te llevas un bebe", "te vas a casa con un bebe", "te vas a casa con tu bebe",
        "take-home-baby", "take home baby", "money back", "money-back", "every dollar comes back", "every penny back", "te devolvemos el dinero", "te devolvemos tu dinero", "you don't pay", "no baby, no", "success promise",
        // ("no baby yet? we keep going till there is one")
        "keep going till there", "keep going until there", "keep going until you", "keep going till you", "keep trying till there", "keep trying until there", "seguimos hasta que",
        "when other clinics have failed", "where others fail*", "where other clinics fail*", "other clinics can't",
        // ("Lo que otras clínicas no logran nosotros sí")
        "otras clinicas no logran", "otras clinicas no pudieron", "otros no logran", "donde otras clinicas fallan", "what other clinics can't", "other clinics couldn't",
        // ("Our protocol works when everyone else's fails")
        "when everyone else's fail*", "when everyone else fail*", "when others fail*", "when other clinics fail*",
        // ("nobody gets more patients pregnant per cycle than we do", "works for literally everyone
        // … or your next one is on us")
        "more patients pregnant", "get everyone pregnant", "gets everyone pregnant", "get every patient pregnant", "get every woman pregnant", "embarazamos a todas", "works for everyone", "works for literally everyone", "works for every patient",
        "or your next one is on us", "or your next cycle is on us", "or your next cycle is free", "o el siguiente ciclo es gratis",
        "can't deliver", "nobody beats", "no one beats", "unmatched", "unrivaled", "unrivalled", "inigualable", "sin igual", "sin comparacion", "never need a second", "never needs a second", "never need another", "gets it all the first time", "nunca necesitan una segunda", "haven't had one walk out", "walk out empty-handed", "pega a la primera", "funciona a la primera", "el segundo ciclo corre por nuestra cuenta", "el segundo corre por nuestra cuenta", "nobody else is even close", "no one else is even close", "nobody else comes close", "no one else comes close", "nadie se nos acerca", "leave as parents", "leave with a baby", "baby whisperer",
        "siempre funciona", "nunca falla", "el mejor", "la mejor", "los mejores resultados", "te embarazas",
        // ("Con nosotros SIEMPRE se logra")
        "siempre se logra", "siempre lo logramos", "siempre lo logran", "we always get there", "it always works out with us",
        "quedaras embarazada", "quedas embarazada al primer", "con nosotras quedas", "con nosotros quedas", "aqui quedas embarazada", "quedan embarazadas al primer", "resultados garantizados", "say goodbye to negative", "adios a los negativos",
        "every single patient", "every single one", "every single match", "every match ended", "every single journey", "every journey ended", "mejores resultados", "undefeated", "it stays in", "invicto", "invicta", "no lab in", "no other lab", "ningun laboratorio", "better than anywhere else", "than anywhere else in", "better than any other clinic", "better than any other lab",
        "mejor que en cualquier otr", "que en ninguna otra clinica", "sin excepcion", "without exception", "funciona siempre", "siempre funciona", "always works", "works every time", "mejor clinica", "mejor tasa", "numero uno", "nadie se va sin", "te devolvemos", "devolvemos tu dinero",
        "regresamos tu dinero", "te regresamos", "sales embarazada", "saldras embarazada", "sales con tu bebe",
        "reembolso total", "nearly all of our", "almost all of our", "virtually all of our", "nearly every patient",
        "almost every patient", "casi todas las pacientes", "casi todas nuestras pacientes", "casi todos nuestros",
        "ninguna otra clinica", "no other clinic", "no other practice", "nadie se va con las manos vacias", "nobody leaves empty-handed",
        "no one leaves empty-handed", "solo es cuestion de tiempo", "only a matter of time", "happens to everyone here", "what happens to everyone", "no fallamos",
        "cada transferencia termina en", "every transfer ends in", "every transfer ends with", "works when nobody else",
        "when nobody else's does", "funciona cuando nadie", "haven't met a uterus", "never met a uterus", "we can't get pregnant",
        "haven't met a patient we couldn't", "never met a patient we couldn't", "no hay utero que", "no hay caso que no", "everybody who walks through", "everyone who walks through",
        "everyone who comes through", "everybody who comes through", "todas las que entran", "todos los que entran",
        "todas las que llegan",
        // ("con nosotros TODAS lo logran")
        "todas lo logran", "todos lo logran", "todas lo consiguen", "todos lo consiguen", "todas salen embarazadas", "no clinic in", "no clinic around", "no clinic comes close", "even comes close",
        "comes close to our", "ninguna clinica se acerca", "x the national", "times the national", "veces el promedio",
        "veces la media", "doble que el promedio", "double the national", "triple the national", "never come up empty", "never comes up empty", "no hay clinica que logre", "no hay clinica que consiga", "no hay clinica que tenga mejores",
        "no hay otra clinica que logre", "no hay otra clinica con mejores", "ninguna clinica logra",
        "our patients get pregnant on the first", "our patients get pregnant on their first",
        // (the negation is part of the claim: "no conocen la palabra 'negativo'")
        "no conocen la palabra negativo", "no conocen la palabra 'negativo", "no conocen la palabra \"negativo", "no conoce la palabra 'negativo",
        "don't know the word negative", "don't know the word 'negative", "don't know the word \"negative", "doesn't know the word \"negative",
        "doesn't know the word 'negative", "doesn't know the word negative", "se embarazan en la primera transferencia",
        "quedan embarazadas en la primera transferencia", "se embarazan al primer intento", "quedan embarazadas al primer intento",
        // "conceive faster than at any other practice", "ya no sabemos lo que es una beta negativa"
        "faster than at any other", "faster than any other", "sooner than at any other", "sooner than any other", "mas rapido que en cualquier otr",
        "mas rapido que en ninguna otr", "no sabemos lo que es una beta negativa", "no sabemos que es una beta negativa", "don't know what a negative beta",
        "don't even know what a negative beta", "te vas con tu bebe", "is all it'll take", "is all it will take", "sale positiva en el primer intento",
        "sale positiva al primer intento", "comes back positive on the first",
        "conceive on their very first", "conceive on their first", "la primera es la vencida", "pregnant on their very first", "conciben en su primera", "quedan embarazadas en su primera", "nobody can", "no one else can", "no one can", "nadie mas puede", "nadie puede", "sin fallar",
        // "por algo dicen que acá no se falla"
        "como mucho a la segunda", "como mucho en la segunda", "ya estas embarazada", "needs a round two", "need a round two", "needs a 'round two", "ever needs a second", "the only fertility doctor", "the only fertility clinic", "el unico medico", "la unica clinica",
        "aca no se falla", "aqui no se falla", "te garantizo", "les garantizo", "garantizo",
        // "patients over 40 conceive at the same rate as his 30-year-olds", "como todas nuestras pacientes … al primer intento"
        "at the same rate as", "the same rates as", "misma tasa que", "mismas tasas que", "como todas nuestras pacientes", "like all our patients", "like all of our patients",
        // "best blast rate in western PA and it's not even close", "my transfer girls don't get BFNs"
        "best blast rate*", "best blastocyst rate*", "best fertilization rate*", "best survival rate*", "best thaw rate*",
        // "the best live birth rate in the Southeast", "Nobody between Charleston and
        // Jacksonville is in our league", "Our embryos take the first time. Period."
        "every first transfer", "toda primera transferencia", "cien por cien", "cien por ciento", "one hundred percent", "hundred percent", "sin excepciones",
        "ever needed a second", "ever needed another", "works for every patient", "works for every woman", "works for everyone", "funciona para todas", "funciona con todas",
        "other clinics sent home", "otras clinicas mandaron a casa",
        "can only dream about", "can only dream of", "solo pueden sonar", "finished treatment here without", "left here without a baby", "se ha ido sin su bebe", "se fue sin su bebe",
        "not one of them left without", "none of them left without", "no one has left without", "nobody has left without", "nadie se ha ido sin", "nadie se fue sin",
        "best live birth rate*", "best pregnancy rate", "best success rate*", "best implantation rate*", "best ivf success",
        "best ivf results", "best outcomes", "mejores tasas", "in our league", "in the same league as us", "a nuestro nivel", "a nuestra altura",
        "take the first time", "stick the first time", "work the first time", "works the first time", "take on the first try",
        "stick on the first try", "pegan a la primera", "prenden a la primera", "funcionan a la primera",
        // "No practice in the Pacific Northwest sends more families home with a baby than ours",
        // "when we say no one is too old for our lab, we mean it"
        "no practice in", "no practice around",
        // "gets it right the first time, every time"
        "the first time, every time", "first time every time", "a la primera, siempre", "a la primera siempre",
        // "Other clinics give you odds. We give you a due date."
        "we give you a due date", "give you a due date", "hand you a due date", "we give you a baby", "te damos una fecha de parto", "le damos una fecha de parto", "te damos un bebe",
        "no one is too old for", "nobody is too old for", "no one is too old to", "nadie es demasiado mayor para",
        "and it's not even close", "and its not even close", "don't get bfns", "dont get bfns", "never get bfns", "never get a bfn", "don't get negatives",
        // "con nosotros el éxito está asegurado", "ninguna edad es imposible", "Aquí sí funciona, punto."
        "exito esta asegurado", "exito esta garantizado", "bebe esta asegurado", "resultado esta asegurado", "success is guaranteed", "your baby is guaranteed",
        "ninguna edad es imposible", "no age is impossible", "no age is too old", "la edad no es impedimento", "la edad no es obstaculo", "age is no obstacle", "age is no barrier",
        "aqui si funciona", "aca si funciona", "here it works", "here it actually works", "aqui si se logra", "aca si se logra",
        "no falla nunca", "no falla jamas", "nunca jamas falla",
        "con nosotros todo es posible", "aqui todo es posible", "with us anything is possible", "with us, anything is possible", "nothing is impossible here", "con nosotros nada es imposible",
    ])
});

/// Unsourced outcome numbers: "85% pregnancy rates", "nine out of ten couples".
static NUMBERS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:[6-9]\d|100)\s?%|\b(?:ten|nine|eight|seven|10|9|8|7) (?:out of|in|of every) (?:ten|10)\b|\b(?:diez|nueve|ocho|siete|10|[6-9]) de cada (?:diez|10)\b|\b(?:[6-9]\d|100) (?:de cada|out of|in|of every) 100\b")
});

/// A record without failures: "zero failed transfers", "never had an egg freezing cycle fail",
/// "not a single failed thaw".
static FAILURE_FREE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:zero|0|not one|not a single|never(?: had| seen)?(?: a| an| one)?|nunca(?: hemos tenido| tuvimos| hemos visto| ha habido| hubo)(?: un| una| ningun| ninguna)?|(?:haven't|have not|hasn't|has not) (?:had|seen) (?:a single|one)|ningun|ni un solo)\s(?:[a-z-]+\s){0,3}?(?:failed|fail|failures?|fallid[oa]s?|fallo|negative\s(?:betas?|tests?|pregnancy\stests?))\b|\b(?:do not|don't|does not|doesn't|no longer) (?:see|have) (?:any )?failures\b|\bno (?:existen|hay) (?:los )?(?:ciclos|intentos|transferencias) fallid[oa]s\b|\bthere (?:are|is) no (?:such thing as )?(?:a )?failed (?:cycles?|transfers?)\b|\b(?:haven't|have not|hasn't|has not|never) had (?:a|one|any|a single) (?:[a-z-]+ ){0,2}?(?:transfer|cycle|beta|fet)s? (?:come back|came back|turn out|turned out|go|went|end up|ended up) (?:negative|failed)\b|\b(?:failed|failing) (?:transfers?|cycles?|ivf) (?:are|is) a solved problem\b|\bsolved problem here\b|\bevery (?:single )?(?:euploid |normal |pgt-tested |tested |frozen |genetically normal )?(?:embryo|blastocyst|blast|transfer) (?:(?:that )?(?:we|i) (?:transfer|put back|place) )?(?:implants|sticks|takes|works|succeeds|results in a (?:pregnancy|baby))\b|\bcada (?:embrion|blastocisto|transferencia) (?:que transferimos )?(?:implanta|se implanta|funciona)\b")
});

/// The quickest or surest route to a baby: "the fastest road to a baby north of Seattle",
/// "Orlando's surest path to parenthood", "el camino más rápido a tu bebé".
static RANKED_ROUTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:fastest|surest|quickest|shortest|most reliable|most direct)\s(?:road|path|way|route|track)\s(?:to|toward|towards)\s(?:a\s|your\s)?(?:baby|babies|parenthood|pregnancy|motherhood|fatherhood|family)\b|\bcamino\smas\s(?:rapido|seguro|corto|directo)\s(?:a|al|hacia)\s(?:un\s|tu\s|la\s)?(?:bebe|maternidad|paternidad|embarazo)\b")
});

/// A count of tries and the same count of successes: "our last 50 frozen transfers? 50
/// heartbeats", "12 transferencias, 12 embarazos". The two numbers are compared in code.
static SAME_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    // ("Two embryos in, two heartbeats out")
    crate::text::regex(r"\b(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis)\s(?:[a-z-]+\s){0,2}?(?:transfers|cycles|retrievals|fets|patients|couples|embryos|transferencias|ciclos|pacientes|parejas|embriones)\b(?:\sin)?[?!.:;,\s-]{1,4}(?:and\s|y\s)?(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis)\s(?:[a-z-]+\s)?(?:heartbeats|pregnancies|babies|positives|bfps|positive\sbetas|embarazos|bebes|latidos|positivos|betas\spositivas)\b")
});

/// Sure outcomes said without a number or a ranking word: "you WILL take a baby home",
/// "couples go home pregnant", "nobody leaves empty-handed", "ninguna paciente se va sin su bebé",
/// "where other clinics have failed", "the question isn't if, only when", "Every. Single. Time."
/// Matched on the whole folded text (the last can span sentence marks). The gaps between cue
/// words are ASCII: a class of every Unicode character repeated 50 times compiles to a large
/// automaton, paid at every start of the service worker.
static SURE_OUTCOME: LazyLock<Vec<Regex>> = LazyLock::new(|| SURE_OUTCOME_FORMS.split_terminator('\n').map(crate::text::regex).collect());

/// All of [`SURE_OUTCOME_FORMS`] as one alternation, for texts too long to be gated
/// (`gate::MAX_GATED_BYTES`): one pass over the text instead of one per form. Compiled only
/// when such a text comes.
static SURE_OUTCOME_ANY: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(&SURE_OUTCOME_FORMS.split_terminator('\n').collect::<Vec<_>>().join("|")));

/// The forms of a sure outcome, one pattern each so that each has its own literal gate
/// (`src/gate.rs`): a short text compiles and searches only the forms whose words it holds,
/// where one alternation of all of them (over 12,000 characters) was compiled by almost every
/// first scan. (Forms that overlap in a text give each their match; the alternation gives the
/// leftmost. Either way a sentence holds a sure outcome when one of them matches in it.)
const SURE_OUTCOME_FORMS: &str = crate::lines![
    r"\b(?:will|'ll|always)\s(?:take|bring|carry|hold)\s(?:home\s)?(?:a|your|their|the)?\s?(?:baby|babies|bebe)\b",
    r"\b(?:go(?:es)?|went|walk(?:s|ed)?\sout|leave(?:s)?|left)\s(?:home\s|this\sclinic\s|our\sclinic\s|here\s)?pregnant\b",
    // ("twins on the first transfer, basically every time"; "nobody else gets results like ours")
    r"\b(?:basically|pretty\smuch)\severy\stime\b|\b(?:nobody|no\sone|no\sother\sclinic)\selse\b[^.!?\x80-\x{10FFFF}]{0,40}?\b(?:results|outcomes|numbers)\slike\sours\b",
    // ("couples who follow the protocol don't go home empty-handed", "not one of the couples
    // who came to us … has gone home empty-handed")
    r"\b(?:don't|do\snot|doesn't|does\snot|never|won't|not\sone|no\sone|nobody|none)\b[^.!?\x80-\x{10FFFF}]{0,80}?\b(?:go(?:es|ne)?|went|leave|leaves|left|walk(?:s|ed)?\sout)\s(?:home\s)?empty[-\s]handed\b",
    r"\b(?:go(?:es)?|gone|went|walk(?:s|ed)?\sout|leave(?:s)?|left)\s(?:home\s)?with\s(?:(?:a|their|your|her|his)\s)?(?:baby|babies|newborn|child|little\sone|keiki|car\sseat)\b",
    // ("getting women pregnant on the first transfer when nobody else could")
    r"\bwhen\s(?:nobody|no\sone|no\sother\sclinic)\selse\s(?:could|can|did|would)\b|\bcuando\s(?:nadie\smas|ninguna\sotra\sclinica)\s(?:pudo|podia|lo\slogro)\b",
    // ("I have yet to see a woman under 38 complete our program without taking a baby home")
    r"\b(?:no|not\sone|not\sa\ssingle|(?:yet\sto|never)\s(?:see|seen|meet|met|have|had)\sa)\s(?:patient|couple|woman|family|transfer\sday|transfer|cycle|retrieval)\b[^.!?\x80-\x{10FFFF}]{0,60}?\bwithout\s(?:(?:taking|bringing)\s(?:home\s)?)?(?:a\sbaby|getting\spregnant|a\spregnancy|a\spositive)\b",
    r"\b(?:nobody|no\sone|no\spatient|no\scouple|no\swoman|not\sone\spatient)\s(?:ever\s)?(?:leaves|walks\sout|goes\shome)\b[^.!?\x80-\x{10FFFF}]{0,30}?(?:empty-handed|empty\shanded|without)",
    r"\b(?:nadie|ninguna?\s(?:paciente|pareja|mujer|familia))\s(?:se\s)?(?:va|sale|regresa)\ssin\b",
    r"\b(?:nadie|ninguna?\s(?:paciente|pareja|mujer|familia|receptora))\b[^.!?\x80-\x{10FFFF}]{0,60}?\bsin\s(?:lograr|conseguir|quedar|un\sbebe|su\sbebe|el\sembarazo|embarazo)\b",
    r"\b(?:when|where|after)\s(?:everyone|everybody|others|other\s(?:clinics|doctors|programs|centers|practices))(?:\selse)?\s(?:have\s|has\s|had\s)?(?:give(?:s|n)?\sup|gave\sup|fail(?:s|ed)?|said\sno|say\sno)\b",
    r"\bfailed\s(?:everywhere|anywhere)\selse\b",
    r"\b(?:will|you'll|you\swill|you're\sgoing\sto)\sbe\spregnant\s(?:by|before)\b",
    r"\bevery\s(?:single\s)?(?:frozen\s|fresh\s|embryo\s)?(?:transfer|fet|cycle)\b(?:\s[a-z']+){0,5}?\s(?:stuck|worked|took|implanted|succeeded|ended\sin\sa\s(?:baby|pregnancy)|resulted\sin\sa\s(?:baby|pregnancy))\b",
    r"\bse\svan\s(?:a\scasa\s)?con\ssu\sbebe\b",
    // ("has gotten every single recipient he's treated since 2016 pregnant", "ha embarazado a
    // todas sus receptoras")
    r"\b(?:gotten|got|gets|get|getting|made)\severy\s(?:single\s)?(?:[a-z-]+\s){0,2}?(?:patient|woman|couple|recipient|mom|client)\s(?:[a-z'0-9-]+\s){0,5}?pregnant\b|\bha\sembarazado\sa\s(?:todas|cada\suna\sde)\s(?:sus\s|las\s)?(?:pacientes|receptoras|mujeres)\b",
    // ("every donor-egg patient conceives on her first transfer", "cada receptora de óvulos queda
    // embarazada")
    r"\bevery\s(?:single\s)?(?:[a-z-]+\s){0,2}?(?:patient|woman|couple|recipient|mom|family)\s(?:of\sours\s|we\streat\s|here\s|(?:who|that)\s(?:[a-z'-]+\s){1,5}?|(?:under|over)\s\d{2}\s)?(?:conceives|conceived|gets\spregnant|got\spregnant|goes\shome\spregnant|went\shome\spregnant|takes\shome\sa\sbaby|took\shome\sa\sbaby|brings\shome\sa\sbaby|brought\shome\sa\sbaby)\b|\b(?:cada|toda)\s(?:paciente|pareja|mujer|receptora)\s(?:[a-z0-9]+\s){0,3}?(?:concibe|concibio|queda\sembarazada|quedo\sembarazada|se\sembaraza|se\sembarazo|se\slleva\s(?:a\s)?(?:su\s)?bebe|se\sllevo\s(?:a\s)?(?:su\s)?bebe)\b",
    // ("todas las pacientes mayores de 40 quedan embarazadas en el primer intento", "all of our
    // patients over 40 get pregnant")
    r"\btodas\s(?:las|nuestras)\s(?:pacientes|parejas|mujeres|receptoras)\s(?:[a-z0-9]+\s){0,4}?(?:quedan\sembarazadas|se\sembarazan|conciben)\b|\ball\s(?:of\s)?our\s(?:patients|couples|recipients)\s(?:[a-z0-9]+\s){0,4}?(?:get\spregnant|conceive|go\shome\spregnant)\b",
    // "ninguna de nuestras pacientes necesitó un segundo ciclo", "none of our patients needed a second transfer"
    r"\b(?:ninguna|ningun|ni\suna)\s(?:de\s(?:nuestras|nuestros|las|los)\s)?(?:pacientes\s|parejas\s|mujeres\s)?(?:ha\s|han\s)?(?:necesito|necesitaron|necesitado|requirio|tuvo\sque\shacer|tenido\sque\s(?:regresar|volver)\spara|repitio)\s(?:un|una)\s(?:segundo|segunda)\s(?:ciclo|transferencia|intento|fiv)\b|\b(?:no\s(?:patient|couple|woman)|none\sof\sour\s(?:patients|couples))\s(?:has\s|have\s|ever\s)*(?:needed|required|had\sto\sdo)\sa\ssecond\s(?:cycle|transfer|round|try|retrieval)\b",
    r"\btodas\slas\stransferencias\b(?:\s[a-z]+){0,5}?\s(?:salieron|resultaron|quedaron)\s(?:positivas|embarazadas)\b",
    r"\b(?:you'll|you\swill|you're\sgoing\sto)\sbe\s(?:holding|taking\shome|bringing\shome|rocking|pushing)\s(?:a|your)\s(?:baby|babies|newborn|stroller|pram)\b",
    r"\b(?:tendras|vas\sa\stener|estaras\scargando)\s(?:a\s)?tu\sbebe\s(?:en\s(?:brazos|casa)|antes)\b",
    r"\b(?:estareis|estaran|estaras|quedaran|quedareis|saldran)\s(?:todas\s)?embarazadas?\s(?:antes|para)\b",
    r"\bother\s(?:clinics|doctors|practices|programs)\s(?:hope|try|guess|wish)[.,;:!]?\s(?:we|here\swe)\s(?:deliver|succeed|get\sit\sdone)\b",
    r"\botras\sclinicas\s(?:prometen|esperan|intentan)[.,;:!]?\s(?:nosotros\s)?(?:cumplimos|logramos|entregamos)\b",
    r"\b(?:one|a\ssingle|just\sone|1|two|2|just\stwo)\s(?:transfers?|cycles?|rounds?|retrievals?|tries)(?:\s(?:with\sus|here))?[.!?,]?\s(?:that's|thats|that\sis|is)\sall\s(?:it\s(?:ever\s)?takes|you\sneed|you'll\sneed)\b",
    r"\b(?:una|un)\s(?:sola\s|solo\s)?(?:transferencia|ciclo|intento)(?:\s(?:con\snosotros|aqui))?[.!?,]?\s(?:es\stodo\slo\sque\s(?:necesitas|se\snecesita|hace\sfalta)|y\slisto)\b",
    r"\b(?:like|as|just\slike)\s(?:literally\s|basically\s|pretty\smuch\s)?(?:everyone|everybody|all\sour\spatients)\s(?:(?:does|do|did)\s)?here\b",
    r"\b(?:everyone|everybody|every\spatient)\s(?:here\s)?(?:gets|get|got|ends\sup|goes\shome)\spregnant\b",
    r"\b(?:como|igual\sque)\s(?:todas|todos|todo\sel\smundo)\saqui\b",
    r"\btodas\s(?:aqui\s)?(?:nuestras\s|las\s)?(?:pacientes\s)?(?:se\sembarazan|quedan\sembarazadas|salen\sembarazadas)\b",
    r"\b(?:no\s(?:one|patient|couple|woman|family)|nobody|not\sone)\b(?:\s[a-z']+){0,10}?\s(?:has\s|have\s)?(?:ever\s)?(?:walked|walks|gone|went|left|leaves)(?:\s(?:away|home|out))?\swithout\s(?:a\s)?(?:baby|child|pregnancy)\b",
    // "las parejas que terminan el programa completo salen embarazadas"
    r"\b(?:las|todas\slas|los|todos\slos)\s(?:parejas|pacientes|mujeres)\sque\s[^.!?\x80-\x{10FFFF}]{0,50}?\b(?:salen|terminan|acaban|vuelven|pasan)\b[^.!?\x80-\x{10FFFF}]{0,30}?\b(?:embarazadas|con\ssu\sbebe)\b",
    // "la que entra soñando con ser mamá, sale embarazada"
    // ("el que entra con ganas de ser papá sale siendo papá")
    // ("la que termina el tratamiento con nosotros vuelve a casa con su bebé en brazos")
    r"\b(?:la|el|quien|toda\sla|todo\sel)\sque\s(?:entra|llega|viene|termina|completa)\b[^.!?\x80-\x{10FFFF}]{0,50}?\b(?:sale|vuelve\sa\scasa|se\sva\sa\scasa|se\sva)\s(?:embarazada|con\ssu\sbebe|(?:siendo|como)\s(?:papa|mama|padre|madre|padres))\b",
    // ("quien empieza el tratamiento con nosotros lo termina con su bebé en brazos", "toda
    // paciente menor de 35 que completa el programa se va a su casa con un bebé")
    r"\b(?:quien|toda\s(?:paciente|pareja|mujer)|todas\s(?:las\s)?(?:pacientes|parejas))\b[^.!?\x80-\x{10FFFF}]{0,60}?\b(?:sale|salen|vuelve|vuelven|se\sva|se\svan|termina|terminan|lo\stermina|la\stermina|acaba|acaban)\b[^.!?\x80-\x{10FFFF}]{0,20}?\b(?:embarazadas?|con\s(?:su|un)\sbebe)\b",
    // ("si empiezas con nosotros terminas embarazada")
    r"\bsi\s(?:empiezas|empieza|vienes|viene|entras|entra|comienzas|llegas)\b[^.!?\x80-\x{10FFFF}]{0,40}?\b(?:terminas|termina|sales|sale|te\svas|se\sva)\s(?:embarazada|con\s(?:tu|su)\sbebe)\b",
    // ("con una sola transferencia basta", "one transfer is enough")
    r"\b(?:una|un)\s(?:sola|solo)\s(?:transferencia|ciclo|intento)\s(?:basta|es\ssuficiente|alcanza)\b|\bone\s(?:transfer|cycle|round|try)\s(?:is\senough|is\sall\syou\sneed)\b",
    // ("not one of his egg-freezing patients has come back to thaw and left without a baby",
    // "not one of his tested-embryo transfers has failed to turn into a baby")
    r"\bnot\sone\sof\s(?:his|her|our|my|their)\b[^.!?\x80-\x{10FFFF}]{0,80}?\b(?:without\s(?:a\s)?(?:baby|child|pregnancy)|failed\sto\s(?:turn\sinto|become|result\sin|end\sin)\s(?:a\s)?(?:baby|pregnancy|child))\b",
    // ("One cycle, one baby: that's our standard", "aquí la primera transferencia es la definitiva")
    r"\bone\s(?:cycle|transfer|retrieval|round),\sone\sbaby\b|\bun\s(?:ciclo|intento),\sun\sbebe\b|\b(?:la\s)?primera\stransferencia\s(?:es|sera)\sla\sdefinitiva\b",
    // ("couples who've failed elsewhere finally take home the baby they've been waiting for")
    r"\b(?:failed|struggled|given\sup)\selsewhere\b[^.!?\x80-\x{10FFFF}]{0,60}?\b(?:take|takes|bring|brings|go|goes)\shome\s(?:the|a|their)\s(?:baby|babies)\b",
    r"\bevery\sone\sof\s(?:his|her|our|my|their)\s(?:patients|couples)\b",
    r"\b(?:isn't|is\snot|not|don't\sask|do\snot\sask|never\sask|no\spreguntan)\s(?:a\squestion\sof\s)?(?:if|whether|si)\b[^.!?\x80-\x{10FFFF}]{0,50}?\b(?:only|just|but)\swhen\b",
    r"\bhasta\slos\scasos\s['\x22]?imposibles['\x22]?\s(?:salen|quedan|terminan|acaban)\s(?:embarazad[oa]s|con\ssu\sbebe)\b",
    r"\beven\sthe\s['\x22]?(?:impossible|hopeless)['\x22]?\s(?:cases|ones|patients)\s(?:get|leave|go\shome|end\sup)\s(?:pregnant|with\sa\sbaby)\b",
    r"\bno\shablamos\sde\s['\x22]?(?:intentos|si)['\x22]?[,.]?\s(?:hablamos\sde|sino\sde)\s['\x22]?cuando\b",
    r"\b(?:euploid\s|pgt-tested\s|frozen\s)?(?:transfers?|cycles?|protocols?)\s(?:here\s)?just[.…\s]*work\b",
    r"\b(?:order|buy|pick\sout)\sthe\scrib\b|\bstart\sshopping\sfor\sa\scrib\b",
    r"\bno\ses\ssi\b[^.!?\x80-\x{10FFFF}]{0,50}?\bsino\scuando\b",
    r"\bevery[^a-z0-9_\x80-\x{10FFFF}]{1,3}single[^a-z0-9_\x80-\x{10FFFF}]{1,3}time\b",
    r"\bevery[.!]\s?single[.!]\s?one\b",
    r"\b(?:failed|unsuccessful|negative)\s(?:transfers?|cycles?|ivf|betas?|attempts?)\s(?:are|is)\s(?:basically\s|practically\s|now\s|officially\s|pretty\smuch\s)?(?:a\sthing\sof\sthe\spast|history)\b",
    r"\b(?:las\s)?(?:transferencias|ciclos|betas)\s(?:fallid[oa]s|negativ[oa]s)\s(?:son|ya\sson)\s(?:cosa|historia)\sdel\spasado\b",
    r"\b(?:first|1st)\s(?:transfer|cycle|round|try|attempt|retrieval)\b(?:\s[a-z']+){0,3}?\s(?:is|will\sbe)\s(?:usually\s|often\s|almost\salways\s|typically\s|always\s)?the\slast\s(?:one|transfer|cycle|round|try)(?:\s(?:you'll|you\swill|you|most)\b|[.!]|$)",
    r"\bprimera?\s(?:transferencia|ciclo|intento)\b(?:\s[a-z]+){0,3}?\s(?:suele\sser|es|sera)\s(?:casi\ssiempre\s)?(?:la|el)\sultim[oa](?:\s(?:que|transferencia|ciclo)\b|[.!]|$)",
    r"\b(?:ni\suna\ssola|una\ssola|ninguna|sin\sque\s(?:una|ninguna)(?:\ssola)?)\s(?:de\s(?:nuestras|nuestros|las|los)\s)?(?:pacientes?|parejas?|mujer(?:es)?|familias?)\b(?:\s[a-z]+){0,5}?\s(?:se\s)?(?:(?:ha|han|haya)\s)?(?:vaya|va|fue|fuera|salga|sale|ido|salido)(?:\sa\scasa)?\scon\slas\smanos\svacias\b",
    // "las parejas que nos eligen ya no tienen que preocuparse por un segundo intento"
    r"\b(?:ya\sno\s(?:tienen|tenes|tienes)\sque\spreocupar(?:se|te)\spor|no\s(?:tienen|tienes|tenes)\sque\spensar\sen|(?:won't|will\snot|never)\s(?:need|have\sto\sworry\sabout))\s(?:un|una|a)\s(?:segundo|segunda|second)\s(?:ciclo|intento|transferencia|cycle|round|transfer|try)\b",
    r"\b(?:can't|cannot|can\snot|don't|do\snot)\s(?:even\s)?(?:genuinely\s)?remember\sthe\slast\s(?:transfer|cycle|patient|retrieval|couple|fet|time)\b(?:\s[a-z']+){0,4}?\s(?:that|who|when)\s(?:didn't|did\snot|failed|wasn't|didnt)\b",
    r"\bno\s(?:me\s)?(?:recuerdo|acuerdo\sde)\s(?:la|el)\sultim[oa]\s(?:transferencia|ciclo|paciente|vez)\b(?:\s[a-z]+){0,4}?\s(?:que|en\sque)\sno\b",
    r"\b(?:negative|failed|negativ[oa]|fallid[oa])(?:\s(?:beta|transfer|cycle|betas))?['\x22]?\s(?:is|es)\s(?:a\s|una\s)?(?:word|phrase|palabra|frase)\s(?:we|que)\s(?:barely|rarely|never|no\slonger|hardly|casi\snunca|ya\sno|ya\scasi\sno)\s(?:use|say|hear|usamos|decimos|escuchamos)\b",
];

/// Outcome words a claim must be about.
static OUTCOMES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "baby", "babies", "pregnan*", "parents", "success*", "live birth*", "rate", "rates", "bebes", "bebe", "beta",
        "embaraz*", "resultados", "exito", "transfer*", "embryo", "embryos", "thaw", "survival", "outcome*", "clinic", "clinics", "clinicas",
        "method", "protocol", "protocolo", "results", "fertiliz*", "fertiliza*", "fecundacion", "positive", "betas", "miracle*", "newborn", "families", "couples", "mom",
        "moms", "moms-to-be", "patients", "women", "cycle", "cycles", "ivf", "fiv", "deliver", "mama", "mamas", "madre",
        "conceiv*", "sperm found", "found sperm", "return of sperm", "sperm return*", "patency", "we find sperm", "we always find", "espermatozoides", "los encontramos", "encontramos esperma*", "bfp", "bfps", "first try", "primer intento", "positivo", "positiva", "odds", "chances", "probabilidades",
        // a baby in Chile and the Andes; a heartbeat; and emoji that stand for a baby or a pregnancy
        "embriones", "embrion", "blastocyst*", "blastocisto*", "parto",
        // ("has gone on to father a child")
        "father a child", "fathered a child", "father children", "fathered children",
        "guagua", "guaguas", "stroller", "strollers", "crib", "cribs", "manos vacias", "empty-handed", "empty handed", "segundo intento", "second cycle", "ciclo", "ciclos", "transferencia*", "pacientes", "heartbeat*", "latido*", "👶", "🍼", "🤰",
        // ("Nació el 3 de febrero … ¡Con nosotros ninguna edad es imposible!")
        "nacio", "nacieron",
        // ("Pide ovodonación: con nosotros funciona al 100%": a treatment said to work)
        "ovodonacion", "egg donation", "donor eggs", "ovulos donados", "icsi", "iui", "inseminacion",
    ])
});

/// All of the practice's patients (of some kind): "todas nuestras pacientes", "all our patients".
static ALL_OUR_PATIENTS: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::from_lines(crate::lines!["todas nuestras pacientes", "todos nuestros pacientes", "all our patients", "all of our patients", "every one of our patients"]));

/// Every patient said to succeed: "¡Aquí todas lo logran!", "everyone gets pregnant here".
static EVERY_ONE_SUCCEEDS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines!["todas lo logran", "todos lo logran", "todas lo consiguen", "todas quedan embarazadas", "todas salen embarazadas", "everyone gets pregnant", "everybody gets pregnant", "everyone leaves pregnant", "all our patients get pregnant"])
});

/// What else a ranking can be about: "our lab is simply the best in the Southeast". (A promise
/// about the lab is not an outcome: "he promised snacks for the lab".)
/// Gifts at an event ("No one leaves our open house empty-handed: free goodie bags!"), not babies.
static GIFTS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::literal(&["goodie", "swag", "giveaway", "raffle", "gift bag", "tote", "bolsita", "regalito", "sorteo"]));

static RANKED: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::from_lines(crate::lines!["lab", "labs", "program", "programa", "laboratorio", "clinica"]));

/// What an unsourced percentage must be about to overstate success.
static NUMBER_OUTCOMES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "pregnan*", "baby", "babies", "success*", "live birth*", "take home", "parents", "positive", "implantation", "conceiv*", "first transfer",
        "embaraz*", "bebe", "bebes", "exito", "nacido*", "survival", "thaw", "couples", "parejas",
    ])
});

/// Numbers about service, not outcomes.
static NOT_OUTCOMES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines!["satisfaction", "survey", "review*", "rating", "on time", "wait", "respond", "response", "recommend", "satisfaccion", "encuesta", "fundraiser", "gofundme", "raised", "goal", "donat*", "recaudac*"])
});

/// Sources that, in the sentence or next to it, make a ranking a report ("The latest SART summary
/// is out. Patients under 35 still have the highest live birth rate…").
static SOURCES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines!["sart", "cdc", "national data", "national summary", "according to", "de acuerdo con", "segun datos",
        // ("a 2017 modeling study (Goldman et al., Human Reproduction) estimated…")
        "et al", "modeling study", "a study", "un estudio", "meta-analysis", "metaanalisis", "population estimates", "published in", "publicado en"])
});

/// Sources and honest hedges that make a number or comparison acceptable.
static HEDGES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "sart", "cdc", "national data", "no method is", "no treatment is", "nothing is guaranteed", "ningun metodo es", "individual chances vary", "individual results vary", "results vary",
        "chances vary", "no guarantee", "not a guarantee", "can't guarantee", "cannot guarantee", "can't promise",
        "cannot promise", "no one can promise", "nobody can promise", "no clinic can", "we don't promise",
        "never promise", "ningun tratamiento", "ningun resultado", "ninguna clinica puede", "ningun medico puede", "ningun centro puede", "no podemos garantizar", "no garantizamos", "no prometemos", "varian", "per the",
        "according to", "de acuerdo con", "segun datos", "reported to", "published", "hypothetical",
        // a claim quoted to debunk it ("'Comer piña … garantiza el embarazo' ❌ MITO")
        "myth", "myths", "mito", "mitos",
    ])
});

/// "We hope you'll get pregnant soon", "ojalá te vas a casa con tu bebé": a wish, a word or two
/// before `at`, not a promise (not "I hope you know we guarantee…").
fn wished(s: &str, at: usize) -> bool {
    let clause = crate::text::clause_before(s, at).trim_end();
    // (the wish, then the one wished for: "hope you'll", "ojalá te"; or "…que", "…that" after it)
    let wish = clause.rsplit(' ').take(2).any(|w| crate::text::one_of(w, crate::lines!["hope", "hoping", "wish", "pray", "praying", "ojala"]));
    wish || (clause.ends_with(" que") || clause.ends_with(" that")) && clause.has_line(crate::lines!["hope", "wish", "pray", "espero", "esperamos", "deseamos", "deseo"])
}

/// "Nobody promises", "we don't guarantee", "no prometemos".
fn negated(s: &str, at: usize) -> bool {
    // (within its clause: in "Short odds? Not here ❄️ Highest live-birth rate…" the "not" is
    // another clause's)
    let clause = &s[..at];
    let clause = match clause.char_indices().rev().find(|&(_, c)| !(c.is_alphanumeric() || c.is_whitespace() || matches!(c, '\'' | '-' | '%' | '#' | ','))) {
        Some((k, c)) => &clause[k + c.len_utf8()..],
        None => clause,
    };
    let before: Vec<&str> = clause.split_whitespace().rev().take(3).collect();
    before.iter().any(|w| NEGATIONS.contains(*w))
        // ("it can't tell you whether you'll get pregnant": asked, not said)
        // (not Spanish "si": folded, "aquí sí te embarazas" says it)
        || before.first() == Some(&"whether")
        || clause.trim_end().ends_with("no one")
        // ("Not every embryo will take the first time")
        || {
            let five: Vec<&str> = clause.split_whitespace().rev().take(5).collect();
            five.windows(2).any(|w| matches!(w, ["every" | "todos" | "todas" | "siempre", "not" | "no"]))
        }
}

/// "prepara el mejor café", "la mejor playlist": a superlative about something other than care.
fn best_of_something_else(s: &str, r: &std::ops::Range<usize>) -> bool {
    let c = &s[r.clone()];
    let next = s[r.end..].split(|ch: char| !ch.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    let prev = s[..r.start].split_whitespace().next_back().unwrap_or("");
    // "I answer every single one": the writer's replies
    // ("every single one needs a blood draw": a requirement, not an outcome)
    if c.starts_with("every single time") && writers_habit(s, r.start) {
        return true;
    }
    if c.starts_with("every single") && policy_kept(s, r.start) {
        return true;
    }
    if c.starts_with("every single") && (REPLY_VERBS.contains(prev)
        || crate::text::one_of(next, crate::lines!["needs", "need", "must", "requires", "should"]))
    {
        return true;
    }
    // "she parks a combine better than any of us park the clinic van": the writer's own team
    // in a joke, not other clinics
    if c.starts_with("better than any") && s[r.end..].starts_with(" of us") {
        let clause = crate::text::clause_before(s, r.start);
        if clause.split_whitespace().any(|w| crate::text::one_of(w, crate::lines!["she", "he", "ella", "el"])) {
            return true;
        }
    }
    // ("Some days this job is the best in the world": the work, not its results)
    if crate::text::one_of(c, crate::lines!["the best in", "best in the"]) && crate::text::ends_with_line(s[..r.start].trim_end(), crate::lines!["job is", "job's", "work is", "job is the"]) {
        return true;
    }
    crate::text::one_of(c, crate::lines!["el mejor", "la mejor"])
        && NOT_OUTCOMES_RANKED.contains(next)
}

/// "…every single time I make a results call": at `at` in `s`, "every … time" followed by the
/// writer ("I", "we", "my"): a habit of theirs, not an outcome.
/// ("take home babies with their own eggs, every single time we commit to a plan": after an
/// outcome it promises that outcome, whoever follows)
fn writers_habit(s: &str, at: usize) -> bool {
    let Some(rest) = s.get(at..).filter(|t| t.starts_with("every")) else { return false };
    rest.find("time").is_some_and(|k| matches!(rest[k + 4..].split_whitespace().next(), Some("i" | "we" | "i'm" | "my" | "our")))
        && !OUTCOMES.any_in(&s[..at])
}

/// "Our rule: written consent every single time": what the practice does each time, in the
/// clause before `at`, is a policy kept, not an outcome.
fn policy_kept(s: &str, at: usize) -> bool {
    crate::text::clause_before(s, at).has_line(crate::lines!["consent", "permission", "permiso", "consentimiento", "we ask", "we check", "we call", "we confirm"])
}

/// What a practice may promise to do without promising an outcome.
static NOT_OUTCOME_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "talk", "bring", "share", "answer", "call", "listen", "explain", "keep", "post", "send", "try", "stop", "update", "tell", "return", "reply", "respond", "behave",
    "hablar", "escuchar", "explicar", "responder", "contestar", "llamar", "compartir", "traer", "mantener", "intentar", "avisar", "contar",
]);

/// A promise to do something that is no outcome ("our embryologists have promised to talk about
/// something other than blastocysts", "prometemos responder en 24 horas").
fn promise_to_do(s: &str, r: &std::ops::Range<usize>) -> bool {
    let c = &s[r.clone()];
    if !(c.starts_with("promis") || c.starts_with("prome")) {
        return false;
    }
    let mut after = s[r.end..].split_whitespace();
    // ("it's still pending, we promise we'll call 😂": the writer's own next step)
    let verb = match after.next() {
        Some("to") => after.next(),
        Some("we'll" | "i'll" | "well" | "ill") => after.next(),
        Some("we" | "i") => after.next().filter(|w| *w == "will").and_then(|_| after.next()),
        Some(w) if c.starts_with("prome") => Some(w),
        _ => None,
    };
    verb.is_some_and(|v| NOT_OUTCOME_VERBS.contains(v))
}

/// "supplements that promise miracles", "any clinic that guarantees a baby", "quien te prometa
/// un bebé": someone else's promise, warned against.
fn others_promise(s: &str, r: &std::ops::Range<usize>) -> bool {
    let c = &s[r.clone()];
    // ("Si ves una clínica que promete “100% garantizado”, desconfía": the words quoted after
    // someone else's promise)
    let quoted = s[..r.start].rfind(['“', '"']).is_some_and(|q| {
        crate::text::ends_with_line(s[..q].trim_end(), crate::lines!["promete", "prometen", "promises", "promise", "guarantees", "garantiza", "garantizan"]) && !s[q + 1..r.start].contains(['”', '"'])
    });
    ((c.starts_with("promis") || c.starts_with("prome") || c.starts_with("guarantee") || c.starts_with("garantiz"))
        && s[..r.start].split_whitespace().next_back().is_some_and(|w| crate::text::one_of(w, crate::lines!["that", "who", "which", "que", "quien", "quienes"]))
        || quoted)
        && s.has_line(crate::lines!["beware", "wary", "careful", "avoid", "run from", "run away", "red flag", "scam", "lying", "liar", "don't", "do not", "never trust", "waste", "desconfi", "cuidado", "huye", "huyan", "mentira", "miente", "mienten", "estafa", "ojo con", "aléjate", "alejate"])
}

fn check_claim(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    let text_hedged = HEDGES.any_in(&a.folded.s);
    // ("Intended parents, we promise she'll still be available": recipients, not an outcome)
    let outcomes = SentenceMemo::new(a.sentences.len(), |j| {
        let s = a.sentence_folded(j);
        OUTCOMES.find_iter(s).any(|(r, _)| !(&s[r.clone()] == "parents" && s[..r.start].ends_with("intended ")))
    });
    let near_outcome = |i: usize| a.near(i).any(|j| outcomes.get(j));
    // (sentence, offset in its folded text) of each sure-outcome phrase. A sure outcome counts
    // only next to an outcome or a ranked thing, so a text with neither never builds the
    // (large) pattern.
    let any_outcome = OUTCOMES.any_in(&a.folded.s) || RANKED.any_in(&a.folded.s);
    let forms: &[Regex] = match any_outcome {
        false => &[],
        true if a.folded.s.len() <= crate::gate::MAX_GATED_BYTES => &SURE_OUTCOME,
        true => std::slice::from_ref(&*SURE_OUTCOME_ANY),
    };
    // (a match in the folded text, as its sentence and its offset in that sentence's folded text)
    let locate = |m: crate::text::Match| {
        let i = a.sentence_at(a.folded.to_original(m.range()).start);
        (i, m.start().saturating_sub(a.folded.from_original(a.sentences[i].start)))
    };
    let mut sure_outcome: Vec<(usize, usize)> = forms.iter().flat_map(|re| re.find_iter(&a.folded.s)).map(locate).collect();
    // (The tries and the successes are often two sentences: "50 transfers? 50 heartbeats.")
    let same_count = any_outcome.then(|| SAME_COUNT.captures_iter(&a.folded.s)).into_iter().flatten().filter(|c| c[1] == c[2] && &c[1] != "0" && &c[1] != "1");
    sure_outcome.extend(same_count.map(|c| locate(c.get(0).unwrap())));
    for i in 0..a.sentences.len() {
        let s = a.sentence_folded(i);
        // An unsourced number is a claim when it is about pregnancies or babies, not about
        // satisfaction surveys or wait times.
        let outcome_number = NUMBERS.is_match(s) && !text_hedged && NUMBER_OUTCOMES.any_in(s) && !NOT_OUTCOMES.any_in(s);
        // ("no clinic is in our league", "no one has finished treatment here without a baby":
        // the negation is the claim)
        let league = |r: &std::ops::Range<usize>| s[r.clone()].has("league") || s[r.clone()].has("without") || s[r.clone()].has(" sin ");
        let mut claims: Vec<std::ops::Range<usize>> = CLAIMS
            .find_iter(s)
            .map(|(r, _)| r)
            // ("…crowd are morons. Every single one of them.": every one of the people just called
            // names, with no outcome said; not "Our over-40s get pregnant. Every single one of them.")
            .filter(|r| !(&s[r.clone()] == "every single one" && r.start == 0 && s[r.end..].trim_end_matches(|ch: char| !ch.is_alphanumeric()) == " of them" && !(i.saturating_sub(1)..=i).any(|j| outcomes.get(j))))
            .filter(|r| (league(r) || !negated(s, r.start)) && !best_of_something_else(s, r) && !promise_to_do(s, r) && !wished(s, r.start) && !others_promise(s, r))
            // ("A todas las que llegan aquí después de gastarse miles…": the readers addressed)
            .filter(|r| !(s[r.clone()].starts_with("todas las que") || s[r.clone()].starts_with("todos los que")) || !crate::text::ends_with_line(&s[..r.start], crate::lines!["a ", "para "]))
            // ("we will CALL you, promise": a call promised, after it)
            .filter(|r| !(s[r.clone()].starts_with("promis") && s[s.floor_char_boundary(r.start.saturating_sub(30))..r.start].has_line(crate::lines!["call you", "text you", "let you know", "update you", "te llamamos", "te avisamos"])))
            // ("for the best results, take it with food": how to use something)
            .filter(|r| !(s[r.clone()].starts_with("best ") && crate::text::ends_with_line(&s[..r.start], crate::lines!["for the ", "get the ", "para los "])))
            // ("las mujeres menores de 35 tienen mejores tasas … que las mayores de 40": one
            // group against another, not "tenemos las mejores tasas")
            .filter(|r| !(&s[r.clone()] == "mejores tasas" && !s[..r.start].ends_with("las ") && !s[..r.start].ends_with("nuestras ")))
            // ("give them our number one more time": a phone number, once more)
            .filter(|r| !(&s[r.clone()] == "number one" && (s[r.end..].starts_with(" more") || s[r.end..].starts_with(" last"))))
            // ("you 100% have PCOS", "I 100% recommend asking"): sure of something, not of an outcome
            .filter(|r| !(crate::text::one_of(&s[r.clone()], crate::lines!["100%", "100 percent"]) && {
                let next = s[r.end..].split_whitespace().next().unwrap_or("");
                let prev = s[..r.start].split_whitespace().next_back().unwrap_or("");
                SURE_OF_NEXT.contains(next) || SURE_OF_PREV.contains(prev)
                    // ("what you're describing is 100% a luteal phase defect": a diagnosis, surely)
                    || crate::text::one_of(prev, crate::lines!["is", "that's", "thats", "es"]) && crate::text::one_of(next, crate::lines!["a", "an", "un", "una"])
                    // ("Korean dad, Mexican mom, 100% Central Texas": where someone is from)
                    || {
                        let words: Vec<&str> = s[r.end..].split_whitespace().take(2).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
                        let skip = usize::from(words.first().is_some_and(|w| crate::text::one_of(w, crate::lines!["central", "north", "south", "east", "west", "northern", "southern", "eastern", "western"])));
                        let rest = &words[skip.min(words.len())..];
                        a.lex.place_len(rest) > 0 || rest.first().is_some_and(|w| crate::analysis::US_STATES.contains(w))
                    }
            }))
            // ("a cycle squeezed between staging scans and chemo #1", "baby #1": the first of them)
            // ("Retrieval #2 went way better than #1": the first, after a second one)
            .filter(|r| {
                let prev = s[..r.start].trim_end().rsplit(' ').next().unwrap_or("");
                let numbered_before = s[..r.start].as_bytes().windows(2).any(|w| w[0] == b'#' && w[1].is_ascii_digit());
                !(&s[r.clone()] == "#1" && (ORDINAL_OF.contains(prev) || crate::text::one_of(prev, crate::lines!["than", "que"]) && numbered_before))
            })
            .collect();
        // "we don't see failures anymore" claims; "we don't see failures as the end" consoles.
        // ("not every euploid embryo implants" is the honest version)
        claims.extend(
            FAILURE_FREE.find_iter(s).map(|m| m.range()).filter(|r| !s[r.end..].starts_with(" as ") && !matches!(s[..r.start].split_whitespace().next_back(), Some("not" | "no" | "nor"))),
        );
        // ("we have NEVER had a PCOS patient walk out of here not pregnant", "nunca se nos fue
        // una paciente sin su bebé"): no patient without the outcome
        // ("ninguna de nuestras pacientes se ha ido sin bebé")
        if s.has_line(crate::lines!["never had", "never once had", "nunca hemos tenido", "nunca se nos", "nunca se ha ido", "never seen a", "ninguna de nuestras pacientes se ha ido", "ninguna se ha ido", "ni una se ha ido", "ninguna paciente se ha ido"])
            && s.has_line(crate::lines!["not pregnant", "without a baby", "without being pregnant", "without getting pregnant", "sin embarazo", "sin bebe", "sin su bebe", "sin quedar embarazada", "sin embarazarse"])
        {
            claims.push(0..s.len());
        }
        // ("…on her FIRST transfer with us 😎 We don't miss.", "We literally never miss."): a
        // sentence that ends by never missing, beside an outcome (not "we never miss a chance to…")
        if s.has("miss") || s.has("fallamos") || s.has("failure") {
            let t = s.trim_end_matches(|c: char| !c.is_alphanumeric());
            // ("We don't do failure here 💪")
            let no_failure = s.has_line(crate::lines!["we don't do failure", "we dont do failure", "we do not do failure"]);
            if no_failure && near_outcome(i) || crate::text::ends_with_line(t, crate::lines!["we never miss", "we don't miss", "we dont miss", "we do not miss", "we literally never miss", "we just don't miss", "nunca fallamos", "aca no fallamos", "aqui no fallamos"]) && near_outcome(i) {
                claims.push(0..s.len());
            }
        }
        // ("0 missed ectopics. ever.": a flawless diagnostic record)
        for (k, m) in s.match_indices("0 missed ").chain(s.match_indices("zero missed ")) {
            let next = s[k + m.len()..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if (k == 0 || !s.as_bytes()[k - 1].is_ascii_digit()) && crate::text::starts_with_line(next, crate::lines!["ectopic", "diagnos", "pregnanc", "anomal", "miscarriage", "cancer"]) {
                claims.push(k..k + m.len());
            }
        }
        // ("the best reciprocal IVF outcomes in New England", "los mejores resultados de FIV"):
        // the best, a few words before the outcomes
        for (k, m) in s.match_indices("best ").chain(s.match_indices("mejores ")) {
            let lead = &s[..k];
            // ("for the best results, take it with food": advice, not a rank)
            let ranked = (lead.ends_with("the ") || lead.ends_with("los ") || lead.ends_with("our ") || lead.ends_with("nuestros "))
                && !crate::text::ends_with_line(lead, crate::lines!["for the ", "get the ", "para los ", "give you the ", "chance at the ", "shot at the "]);
            let within = s[k + m.len()..].split_whitespace().take(4).any(|w| {
                crate::text::one_of(w.trim_matches(|c: char| !c.is_alphanumeric()), crate::lines!["outcomes", "results", "resultados", "rates", "tasas"])
            });
            if ranked && within && !negated(s, k) && !s.trim_end().ends_with('?') {
                claims.push(k..k + m.len());
            }
        }
        // ("Every single egg-freezing patient under 35 … has gone home with 15+ eggs"): every
        // patient of a kind, a word or two between, and what each took home
        // (what they took home is the outcome, eggs or a baby)
        let mut took_home = false;
        for (k, m) in s.match_indices("every single ") {
            let kind: Vec<&str> = s[k + m.len()..].split_whitespace().take(3).collect();
            let patients = kind.iter().any(|w| crate::text::one_of(w.trim_end_matches(','), crate::lines!["patient", "couple", "woman", "client", "mom", "donor"]));
            if patients && s.has_line(crate::lines!["gone home with", "went home with", "left with", "walked out with", "took home", "got pregnant", "is pregnant", "has a baby"]) {
                claims.push(k..k + m.len());
                took_home = true;
            }
        }
        // ("Nuestra paciente de 45 quedó embarazada. ¡Aquí todas lo logran!": every patient succeeds,
        // beside an outcome; not "no todas lo logran", the honest version)
        // (the claim's range is the sentence: the words open with "todas", which alone promise little)
        // (one pass of a phrase automaton: most sentences say none of it)
        if EVERY_ONE_SUCCEEDS.find_iter(s).any(|(r, _)| !negated(s, r.start) && !crate::text::ends_with_line(&s[..r.start], crate::lines!["not ", "no ", "ni "])) && near_outcome(i) {
            claims.push(0..s.len());
        }
        // ("todas nuestras pacientes mayores de 40 quedaron embarazadas este año": every patient
        // of ours, and the outcome, in one sentence)
        if ALL_OUR_PATIENTS.any_in(s) && s.has_line(crate::lines!["quedaron embarazadas", "quedan embarazadas", "salieron embarazadas", "lo lograron", "logramos embarazo", "logramos el embarazo", "got pregnant", "get pregnant", "went home pregnant", "took home a baby"]) && !s.has_line(crate::lines!["no todas", "not all", "not every"]) {
            claims.push(0..s.len());
        }
        // ("Is IVF the fastest path to pregnancy after 40?" asks)
        claims.extend(RANKED_ROUTE.find_iter(s).map(|m| m.range()).filter(|_| !s.trim_end().ends_with('?')));
        // ("Aquí lo logramos a la primera, como siempre", "pregnant on the first try, as usual"):
        // a success told as what always happens here
        if s.has_line(crate::lines!["like always", "as always", "as usual", "como siempre", "como de costumbre"])
            && s.has_line(crate::lines!["lo logramos", "lo conseguimos", "we did it", "pregnant", "embarazad", "bfp", "got a positive", "salio positiv"])
        {
            claims.push(0..s.len());
        }

        // ("No one leaves our open house empty-handed: free goodie bags!": gifts, not babies)
        let gifts = GIFTS.inside(s);
        // ("…our techs have heard every joke. Every. Single. One.", "…then tip the valet fifty
        // bucks. Every. Single. Time.": emphasis on the sentence before, a claim only when that
        // sentence tells an outcome)
        let emphasis = s.starts_with("every") && s.split_whitespace().count() <= 3;
        let emphasis_of_other = emphasis && !(i > 0 && {
            let prev = a.sentence_folded(i - 1);
            // (people alone are no outcome: "Porteño patients … will argue about a copay")
            OUTCOMES.find_iter(prev).any(|(r, _)| !crate::text::one_of(&prev[r], crate::lines!["patients", "pacientes", "women", "families", "couples", "mom", "moms", "mama", "mamas", "madre", "clinic", "clinics", "clinicas"]))
                // ("Our lab gets it right. Every. Single. Time.": a ranked thing, unless the
                // sentence before has its own "every", which the emphasis repeats: "heard every joke")
                || RANKED.any_in(prev) && !prev.has("every ")
        });
        if emphasis_of_other {
            claims.clear();
        }
        let sure = !gifts && !emphasis_of_other && sure_outcome.iter().any(|&(j, at)| j == i && !negated(s, at) && !writers_habit(s, at) && !wished(s, at) && !policy_kept(s, at));
        let claim = !claims.is_empty() || outcome_number || sure;
        if !claim {
            continue;
        }
        // Promises must be about outcomes in the same sentence ("we promise honesty" is fine).
        // So must "every patient who…" ("to every patient who trusted us this year: thank you").
        let weak = |r: &std::ops::Range<usize>| {
            let c = &s[r.clone()];
            // (and "undefeated": "Ethiopian hospitality is undefeated" ranks no outcome)
            c.starts_with("promis") || c.starts_with("prome") || c.contains("asegur") && !crate::text::starts_with_line(c, crate::lines!["exito", "bebe", "resultado"]) || c.contains("assure") || c.starts_with("hasta los casos") || c.starts_with("even the") || c.starts_with("every ") && (c.ends_with(" who") || c.ends_with("'ve") || c.ends_with(" have") || c.ends_with(" put")) || c.starts_with("cada paciente") || c.starts_with("todas ") && !c.starts_with("todas nuestras pacientes") || crate::text::one_of(c, crate::lines!["undefeated", "unbeatable", "invicto", "invicta"])
        };
        let only_promises = !claims.is_empty() && claims.iter().all(weak);
        // ("our shared-risk program works the way we promise: … received their full refund")
        if only_promises && !outcome_number && !sure && s.has_line(crate::lines!["refund", "reembolso", "money back"]) {
            continue;
        }
        // (a diagnostic record is its own outcome)
        let diagnostic = claims.iter().any(|r| s[r.clone()].contains("missed") || s[r.clone()].contains("accurate") || s[r.clone()].contains("precis"));
        let about_outcome = if diagnostic || took_home {
            true
        } else if only_promises && !outcome_number && !sure {
            // (an outcome besides the claim's own words: "yo se lo indico a todas mis pacientes"
            // tells what the writer prescribes, not how the patients fare)
            outcomes.get(i) && OUTCOMES.find_iter(s).any(|(r, _)| !claims.iter().any(|c| c.start <= r.start && r.end <= c.end))
        } else {
            near_outcome(i) || (!claims.is_empty() || sure) && a.near(i).any(|j| RANKED.any_in(a.sentence_folded(j)))
        };
        // Neighbours are searched for sources only for a sentence that makes a claim.
        if about_outcome && !HEDGES.any_in(s) && !a.near(i).any(|j| SOURCES.any_in(a.sentence_folded(j))) {
            hits.add_with_suggestion(
                a.sentences[i].clone(),
                by_lang(
                    a,
                    CLAIM.suggestion.unwrap_or_default(),
                    "Nuestros resultados se reportan a SART; las probabilidades de cada persona varían y las revisamos juntos en consulta.",
                ),
            );
        }
    }
}

/// Negations before a claim.
static NEGATIONS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "not", "never", "nobody", "no", "don't", "dont", "won't", "can't", "cannot", "doesn't", "isn't", "aren't",
    "wasn't", "nunca", "nadie", "ni"
]);

/// Things a practice may call the best that are not outcomes (coffee, tacos, the playlist).
static NOT_OUTCOMES_RANKED: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "cafe", "cafecito", "pan", "comida", "tacos", "postre", "playlist", "musica", "ambiente", "vista",
    "abrazo", "abrazos", "sonrisa", "humor", "companera", "companero", "jefa", "jefe", "estacionamiento",
    "regalo", "sancocho", "arroz", "flan", "pastel", "torta", "empanadas", "tamales", "pupusas", "mole", "pozole", "ceviche", "chiste", "chistes",
    // ("¡la mejor maestra!": a colleague praised)
    "maestra", "maestro", "profe", "profesora", "profesor", "mentora", "mentor", "amiga", "amigo", "tia", "mama", "abuela",
]);

/// Nouns whose "#1" is the first of them ("chemo #1", "baby #1", "round #1"), not a rank.
static ORDINAL_OF: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "chemo", "round", "cycle", "transfer", "retrieval", "baby", "embryo", "iui", "ivf", "attempt", "try", "kid",
    "pregnancy", "infusion", "dose", "shot", "injection", "part", "step", "tip", "question", "day", "week", "ciclo",
    "ronda", "bebe", "intento", "transferencia", "paso",
    // ("push it into vial #1, then move to vial #2": the first of the things a how-to uses)
    "vial", "syringe", "pen", "needle", "bottle", "box", "option", "video", "episode", "lesson", "batch", "frasco", "jeringa",
]);

/// Verbs of answering and reading before a promise-like word.
static REPLY_VERBS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    // ("Appeal every single one": what the reader should do with each denial)
    "appeal",
    "contest",
    "fight",
    "apela",
    "answer",
    "read",
    "reply",
    "respond",
    "return",
    "see",
    "love",
    "respondo",
    "leo",
    "contesto",
    // ("our attorneys are documenting every single one": reviews kept as evidence)
    "documenting",
    "documented",
    "screenshotting",
    "saving",
    "reviewing",
    "reporting",
    "flagging",
]);
