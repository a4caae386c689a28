//! Profanity, including the usual disguises: masked letters (f*ck, f**king), leetspeak
//! (sh1t, a$$), stretched letters (fuuuuuck), separated letters (a s s e s, s.h.i.t.) and
//! look-alike characters, without the Scunthorpe problem: words are matched whole, and
//! "assessment", "cocktail", "Shiitake", "Dickinson" or "Middlesex" never match.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::analysis::Analysis;
use crate::category::{Category, Severity};
use crate::lexicon::{entries, PhraseSet};
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;
use crate::text::Folded;

const WHY: &str = "ASRM guidance asks clinicians to keep a professional tone; profanity in a \
practice's or clinician's public voice erodes patients' trust.";

pub static WORD: Rule = Rule {
    id: "language.profanity.word",
    category: Category::Profanity,
    severity: Severity::Warn,
    summary: "A profane word, also when masked (f*ck), in leetspeak (sh1t, a$$) or stretched (fuuuck).",
    why: crate::native_only!(WHY),
    message: "{text} is profanity. Keep posts professional; remove or replace the word.",
    suggestion: Some(""),
    example: crate::native_only!("The pharmacy lost our order again, what a sh1tshow."),
    near_miss: crate::native_only!("Our annual HIPAA risk assessment is done, cocktails on Friday!"),
    example_with: "",
    check: check_words,
};

pub static SPACED: Rule = Rule {
    id: "language.profanity.spaced",
    category: Category::Profanity,
    severity: Severity::Warn,
    summary: "A profane word spelled with separated letters (a s s, s.h.i.t.).",
    why: crate::native_only!(WHY),
    message: "{text} spells out profanity letter by letter. Keep posts professional; remove it.",
    suggestion: Some(""),
    example: crate::native_only!("Parking here is a total s.h.i.t. show today."),
    near_miss: crate::native_only!("Our new I.V.F. lab opens in May."),
    example_with: "",
    check: check_spaced,
};

struct Lists {
    /// The letters every profane form contains (its whole word, or its stem): a word without
    /// any of them, and without disguises, needs no closer look.
    cores: PhraseSet,
    exact: HashSet<String>,
    prefixes: Vec<String>,
    suffixes: Vec<String>,
    phrases: PhraseSet,
    /// The phrases split into their first word and the rest ("puta", " madre"), for a masked
    /// first word ("p*ta madre").
    phrase_heads: Vec<(Vec<char>, String)>,
    safe_exact: HashSet<String>,
    safe_prefixes: Vec<String>,
    /// The forms as characters, for reading masked skeletons without converting each form on
    /// every try: whole forms (and prefixes) of three bytes or more, prefixes, suffixes.
    masked_forms: Vec<Vec<char>>,
    prefix_chars: Vec<Vec<char>>,
    suffix_chars: Vec<Vec<char>>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let (mut exact, mut prefixes, mut suffixes) = (HashSet::new(), Vec::new(), Vec::new());
    for e in entries(include_str!(concat!(env!("OUT_DIR"), "/profanity.txt"))).filter(|e| !e.contains(' ')) {
        let e = crate::fold::fold(e);
        if let Some(p) = e.strip_suffix('*') {
            prefixes.push(p.to_string());
            exact.insert(p.to_string());
        } else if let Some(s) = e.strip_prefix('*') {
            suffixes.push(s.to_string());
        } else {
            exact.insert(e);
        }
    }
    let mut l = Lists {
        cores: PhraseSet::new(&exact.iter().chain(&suffixes).map(String::as_str).collect::<Vec<_>>()),
        exact,
        prefixes,
        suffixes,
        phrases: PhraseSet::from_iter(entries(include_str!(concat!(env!("OUT_DIR"), "/profanity.txt"))).filter(|e| e.contains(' '))),
        phrase_heads: entries(include_str!(concat!(env!("OUT_DIR"), "/profanity.txt")))
            .filter_map(|e| e.split_once(' ').map(|(h, t)| (crate::fold::fold(h).chars().collect(), format!(" {}", crate::fold::fold(t)))))
            .collect(),
        safe_exact: HashSet::new(),
        safe_prefixes: Vec::new(),
        masked_forms: Vec::new(),
        prefix_chars: Vec::new(),
        suffix_chars: Vec::new(),
    };
    let chars = |w: &String| w.chars().collect::<Vec<char>>();
    l.masked_forms = l.exact.iter().chain(&l.prefixes).filter(|f| f.len() >= 3).map(chars).collect();
    l.prefix_chars = l.prefixes.iter().map(chars).collect();
    l.suffix_chars = l.suffixes.iter().map(chars).collect();
    for e in entries(include_str!(concat!(env!("OUT_DIR"), "/profanity_safe.txt"))) {
        match e.strip_suffix('*') {
            Some(p) => l.safe_prefixes.push(p.to_string()),
            None => {
                l.safe_exact.insert(e.to_string());
            }
        }
    }
    l
});

/// Words that end a place's name ("Shitike Creek", "Cockburn Street").
static PLACE_NOUNS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "Creek", "River", "Lake", "Road", "Rd", "Street", "St", "Avenue", "Ave", "Trail", "Park", "Falls", "Mountain",
    "Peak", "Canyon", "Valley", "Bay", "Island", "Springs", "Ridge", "Butte", "Hill", "Point", "Sound",
]);

/// A Title-Case word that only begins like a profane form, right before a place noun, is a
/// place's name ("Shitike Creek"): a profane word itself ("Shit Creek") still is one.
fn place_name(l: &Lists, raw: &str, after: &str) -> bool {
    let mut chars = raw.chars();
    let title = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    let next = after.strip_prefix(' ').map_or("", |t| t.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
    title && PLACE_NOUNS.contains(next) && !l.exact.contains(&crate::fold::fold(raw))
}

/// Undoes leetspeak: digits and symbols standing for letters. `*`, `#`, `%`, `_` and `-`
/// inside a word stand for hidden letters and become `?`.
fn deleet(word: &str) -> String {
    word.chars().map(unleet).collect()
}

/// The letter a digit or symbol stands for in leetspeak (`?` for a hidden one), or `c` itself.
fn unleet(c: char) -> char {
    match c {
        '0' => 'o',
        '1' | '!' | '|' => 'i',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' | '+' => 't',
        '*' | '#' | '%' | '_' | '.' => '?',
        c => c,
    }
}

/// Collapses runs of three or more of the same letter ("fuuuuck" -> "fuck").
fn collapse_long_runs(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j < chars.len() && chars[j] == chars[i] {
            j += 1;
        }
        let run = j - i;
        let keep = if run >= 3 { 1 } else { run };
        out.extend(std::iter::repeat_n(chars[i], keep));
        i = j;
    }
    out
}

/// Collapses every double letter ("ffuucckk" -> "fuck").
fn collapse_all_runs(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

impl Lists {
    fn safe(&self, w: &str) -> bool {
        self.safe_exact.contains(w) || self.safe_prefixes.iter().any(|p| w.starts_with(p.as_str()))
    }

    fn profane_plain(&self, w: &str) -> bool {
        if w.len() < 2 || self.safe(w) {
            return false;
        }
        self.exact.contains(w)
            || self.prefixes.iter().any(|p| w.starts_with(p.as_str()))
            || self.suffixes.iter().any(|s| w.ends_with(s.as_str()) && w.len() > s.len())
    }

    /// Whether a skeleton with `?` wildcards can be read as a profane form: each `?` run
    /// stands for one to three letters and at least two real letters remain.
    fn profane_masked(&self, w: &str) -> bool {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 2 || !w.starts_with(|c: char| c.is_alphabetic()) {
            return false;
        }
        // The skeleton as characters; `ends[j]` is the byte offset after its first j of them.
        let wc: Vec<char> = w.chars().collect();
        let ends: Vec<usize> = std::iter::once(0).chain(w.char_indices().map(|(i, c)| i + c.len_utf8())).collect();
        self.masked_forms.iter().any(|form| wildcard_match_chars(&wc, form))
            || self.prefix_chars.iter().any(|p| {
                // "f***ing": a masked prefix followed by an ordinary ending.
                (1..=wc.len()).any(|j| wildcard_match_chars(&wc[..j], p) && is_ending(&w[ends[j]..]))
            })
            || self.suffix_chars.iter().any(|s| {
                // "bullsh*t", "dogsh!t": a plain start and a masked profane ending.
                (1..wc.len()).any(|j| !wc[..j].contains(&'?') && wildcard_match_chars(&wc[j..], s))
            })
    }
}

fn is_ending(rest: &str) -> bool {
    WORD_ENDINGS.contains(rest)
}

/// `pattern` may hold runs of `?`; a run of n stands for n-1 to n+1 letters (at least one),
/// since people mask loosely ("f*k", "f**k", "f***"). `form` is plain.
fn wildcard_match_chars(p: &[char], f: &[char]) -> bool {
    match p.first() {
        None => f.is_empty(),
        Some('?') => {
            let n = p.iter().take_while(|&&c| c == '?').count();
            let rest = &p[n..];
            (n.saturating_sub(1).max(1)..=n + 1).any(|k| k <= f.len() && wildcard_match_chars(rest, &f[k..]))
        }
        Some(&c) => f.first() == Some(&c) && wildcard_match_chars(&p[1..], &f[1..]),
    }
}

/// A chunk of text between spaces that may hide a word: letters, digits and the symbols used
/// to disguise letters.
fn disguised_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let is_part = |c: char| c.is_alphanumeric() || matches!(c, '*' | '$' | '@' | '!' | '#' | '%' | '+' | '|' | '_' | '\'' | '’' | '-' | '.');
    // The character at byte `i`, decoding only what is not ASCII.
    let char_at = |i: usize| match text.as_bytes()[i] {
        b if b.is_ascii() => b as char,
        _ => text[i..].chars().next().unwrap_or(' '),
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < text.len() {
            let c = char_at(i);
            if !is_part(c) {
                i += c.len_utf8();
                continue;
            }
            let start = i;
            while i < text.len() && is_part(char_at(i)) {
                i += char_at(i).len_utf8();
            }
            let len = i - start;
            // Trim punctuation that ends a sentence or quotes the word, but keep inner symbols.
            let chunk = &text[start..start + len];
            let lead = chunk.len() - chunk.trim_start_matches(['\'', '’', '-', '.', '#', '_']).len();
            let body = &chunk[lead..];
            let trimmed = body.trim_end_matches(['\'', '’', '-', '.', '!', ',', '_']);
            // "sh*t!" keeps its star; a trailing "!" alone is punctuation unless the word is all symbols
            return Some(start + lead..start + lead + trimmed.len());
        }
        None
    })
}

/// A run of three or more of the same character ("fuuuck").
fn has_long_run(s: &str) -> bool {
    s.as_bytes().windows(3).any(|w| w[0] == w[1] && w[1] == w[2])
}

/// Words profane only with their ñ: folded, "coño" is the harmless "cono" (a cone, a cone biopsy).
const WITH_ENYE: &[&str] = &["coño", "coños", "coñazo", "puñeta", "puñetas", "puñetero", "puñetera"];

fn check_words(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    let l = &*LISTS;
    for r in disguised_words(a.text) {
        let raw = &a.text[r.clone()];
        // Fast path: an ordinary word (letters only, no stretched letters) that contains no
        // profane form at all.
        let word = a.folded_of(r.clone());
        if raw.bytes().all(|b| b.is_ascii_alphabetic()) && !has_long_run(raw) && !l.cores.inside(word)
            && !(word.contains('v') && l.cores.inside(&word.replace('v', "u")))
        {
            continue;
        }
        // Folding would make "coño" the harmless "cono" (a cone, and a cone biopsy), "puñeta"
        // "puneta": the spelling with ñ is the word.
        // (also masked: "¿Qué c*ño…?", "p#ñeta")
        let lower = collapse_long_runs(&crate::text::lower(raw));
        let masked_enye = lower.contains('ñ') && lower.contains(['*', '#', '_', '%', '@']) && WITH_ENYE.iter().any(|w| {
            lower.chars().count() == w.chars().count() && lower.chars().next() == w.chars().next() && lower.chars().zip(w.chars()).all(|(m, c)| m == c || matches!(m, '*' | '#' | '_' | '%' | '@'))
        });
        // ("c0ño": a digit for a letter around the ñ)
        let leet_enye = || lower.contains('ñ') && lower.contains(|c: char| c.is_ascii_digit()) && WITH_ENYE.contains(&deleet(&lower).as_str());
        if masked_enye || WITH_ENYE.contains(&lower.as_str()) || leet_enye() {
            hits.add(r);
            continue;
        }
        if raw.is_empty() || raw.starts_with('@') || raw.contains("://") || raw.contains('@') && raw.contains('.') {
            continue;
        }
        // A shop or a family name in Title Case before another capitalized word ("Dick's
        // Sporting Goods", "Cock Robin Tavern") is a proper noun.
        let proper = raw.starts_with(char::is_uppercase)
            && !raw.chars().all(|c| !c.is_lowercase())
            && crate::text::one_of(crate::text::lower(raw).trim_end_matches("'s").trim_end_matches("’s"), crate::lines!["dick", "cock", "prick", "fanny", "willy", "johnson"])
            && a.text[r.end..].strip_prefix(' ').is_some_and(|t| t.starts_with(char::is_uppercase));
        if proper || place_name(l, raw, &a.text[r.end..]) {
            continue;
        }
        // A person's name is not profanity ("Dr. Adaeze Shittu", "Emily Dickinson").
        if a.people.iter().any(|p| p.span.start <= r.start && r.end <= p.span.end) {
            continue;
        }
        // Split on apostrophes and dots so "Hell's" and "a.m." stay ordinary; disguises use
        // symbols inside a word, which stay.
        let folded = crate::fold::fold(raw);
        let base = folded.trim_end_matches("'s").trim_end_matches("’s");
        // A hyphenated word the list holds whole: "a-hole" (or with a digit for a letter:
        // "sh1t-for-brains").
        if base.contains('-') && (l.profane_plain(base) || base.contains(|c: char| c.is_ascii_digit()) && l.profane_plain(&deleet(base))) {
            let whole = Folded::new(raw).to_original(0..base.len());
            hits.add(r.start + whole.start..r.start + whole.end);
            continue;
        }
        if base.split(['.', '\'', '-']).filter(|p| !p.is_empty()).count() > 1 && !base.contains(['*', '$', '@', '!', '#']) {
            // An ordinary hyphenated or dotted word: check each part on its own.
            let mut offset = 0;
            for part in base.split(['.', '\'', '-']) {
                // ("sh1t-show": a digit for a letter in a part of letters)
                let undigited = || part.contains(|c: char| c.is_ascii_alphabetic()) && part.contains(|c: char| c.is_ascii_digit()) && {
                    let skeleton = deleet(part);
                    skeleton.chars().all(char::is_alphabetic) && l.profane_plain(&skeleton)
                };
                if !part.is_empty() && (l.profane_plain(part) || undigited()) {
                    let fs = offset;
                    let orig = Folded::new(raw);
                    let sub = orig.to_original(fs..fs + part.len());
                    hits.add(r.start + sub.start..r.start + sub.end);
                }
                offset += part.len() + 1;
            }
            continue;
        }
        let skeleton = deleet(base);
        let plain = !skeleton.contains('?');
        let profane = if plain {
            let has_symbol = skeleton != base;
            let all_letters = skeleton.chars().all(char::is_alphabetic);
            all_letters
                && (l.profane_plain(&skeleton)
                    || l.profane_plain(&collapse_long_runs(&skeleton))
                    || has_symbol && l.profane_plain(&collapse_all_runs(&skeleton))
                    || skeleton != collapse_long_runs(&skeleton) && l.profane_plain(&collapse_all_runs(&skeleton))
                    // "fvck", "pvta": a "v" for a "u"
                    || skeleton.contains('v') && l.profane_plain(&skeleton.replace('v', "u")))
                && !(has_symbol && base.chars().all(|c| c.is_ascii_digit() || !c.is_alphanumeric()))
        } else {
            l.profane_masked(&skeleton) || l.profane_masked(&collapse_long_runs(&skeleton))
                // ("f#@king": an "@" among other symbols masks a letter, not an "a")
                || base.contains('@') && l.profane_masked(&deleet(&base.replace('@', "*")))
                // "my a**", "kiss my a$$": one letter is too little on its own, a possessive
                // before it is enough.
                || skeleton.starts_with('a') && skeleton[1..].chars().all(|c| c == '?') && (2..=3).contains(&(skeleton.len() - 1))
                    && a.words_before(r.start, 1).first().is_some_and(|w| crate::text::one_of(w, crate::lines!["my", "your", "ur", "his", "her", "their", "yo", "the"]))
        };
        if profane {
            let end = r.start + base_len(raw, base);
            // "p*ta madre": a masked first word of a profane phrase takes the rest of it
            let fs = a.folded.from_original(end);
            let rest = if plain { None } else { masked_phrase_rest(l, &skeleton, &a.folded.s[fs..]) };
            hits.add(r.start..rest.map_or(end, |n| a.folded.to_original(fs..fs + n).end));
        }
    }
    for (fr, _) in l.phrases.find_iter(&a.folded.s) {
        hits.add(a.orig(fr));
    }
    // "Me c4go en…", "me vale m@dre": a profane phrase with a digit, "@" or "$" for a letter.
    // Those touching a letter are read as letters (one ASCII byte for another, so offsets stay
    // put).
    // (only when one stands between two letters: "c4go", not "8am" or "555-0148")
    let folded = a.folded.s.as_bytes();
    let letter_at = |j: usize| folded.get(j).is_some_and(u8::is_ascii_alphabetic);
    let leet = |b: &u8| b.is_ascii_digit() || matches!(b, b'@' | b'$');
    if folded.windows(3).any(|w| w[0].is_ascii_alphabetic() && leet(&w[1]) && w[2].is_ascii_alphabetic()) {
        let undigited: String = a.folded.s.char_indices().map(|(k, c)| match c {
            '0' | '1' | '3' | '4' | '5' | '7' | '@' | '$' if k > 0 && letter_at(k - 1) || letter_at(k + 1) => unleet(c),
            c => c,
        }).collect();
        for (fr, _) in l.phrases.find_iter(&undigited) {
            if folded[fr.clone()].iter().any(leet) {
                hits.add(a.orig(fr));
            }
        }
    }
}

/// When the masked `skeleton` ("p?ta") is the first word of a profane phrase whose rest
/// (" madre") opens `after` (folded text), the rest's length in that folded text.
fn masked_phrase_rest(l: &Lists, skeleton: &str, after: &str) -> Option<usize> {
    let sk: Vec<char> = skeleton.chars().collect();
    l.phrase_heads.iter().find_map(|(head, rest)| {
        let fits = head.len() == sk.len() && head.iter().zip(&sk).all(|(h, c)| c == h || *c == '?');
        let whole = fits && after.starts_with(rest.as_str()) && !after[rest.len()..].starts_with(|c: char| c.is_alphanumeric());
        whole.then_some(rest.len())
    })
}

/// Byte length in `raw` of its folded prefix `base` (which drops a possessive "'s").
fn base_len(raw: &str, base: &str) -> usize {
    let f = Folded::new(raw);
    f.to_original(0..base.len()).end
}

/// Runs of single letters separated by one space, dot, dash or underscore ("a s s",
/// "s.h.i.t."), read as one word.
fn check_spaced(a: &Analysis, _: &FoundView, hits: &mut Hits) {
    if !may_have_spaced_word(a.text) {
        return;
    }
    let l = &*LISTS;
    let chars: Vec<(usize, char)> = a.text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let single_at = |k: usize| -> bool {
            k < chars.len()
                && (chars[k].1.is_alphabetic() || matches!(chars[k].1, '$' | '@' | '1' | '0' | '3' | '!' | '*'))
                && (k == 0 || !chars[k - 1].1.is_alphanumeric())
                && (k + 1 >= chars.len() || !chars[k + 1].1.is_alphanumeric())
        };
        // ("ch.i.n.g.a.d.a": a letter pair written as one sound may stand for a letter, after
        // a separator; how many characters the unit at `k` takes, or 0)
        let unit_at = |k: usize| -> usize {
            if single_at(k) {
                return 1;
            }
            let pair = k + 2 <= chars.len()
                && (k == 0 || !chars[k - 1].1.is_alphanumeric())
                && (k + 2 >= chars.len() || !chars[k + 2].1.is_alphanumeric())
                && matches!((chars[k].1.to_ascii_lowercase(), chars[k + 1].1.to_ascii_lowercase()), ('c', 'h') | ('l', 'l') | ('r', 'r') | ('q', 'u') | ('s', 'h'));
            if pair { 2 } else { 0 }
        };
        let first = unit_at(i);
        if first == 0 {
            i += 1;
            continue;
        }
        let mut letters: Vec<char> = chars[i..i + first].iter().map(|c| c.1).collect();
        let mut j = i + first - 1;
        let mut sep = None;
        let mut pairs = usize::from(first == 2);
        while j + 2 < chars.len() && matches!(chars[j + 1].1, ' ' | '.' | '-' | '_') {
            let n = unit_at(j + 2);
            if n == 0 || sep.is_some_and(|s| s != chars[j + 1].1) {
                break;
            }
            sep = Some(chars[j + 1].1);
            letters.extend(chars[j + 2..j + 2 + n].iter().map(|c| c.1));
            pairs += usize::from(n == 2);
            j += 1 + n;
        }
        // (one pair at most, among at least three single letters: "ch.i.n.g.a.d.a", not "sh ll")
        if pairs > 1 || pairs == 1 && letters.len() < 5 {
            i += first;
            continue;
        }
        if letters.len() >= 3 {
            let profane = |letters: &[char]| {
                let word: String = letters.iter().collect();
                let skeleton = deleet(&crate::fold::fold(&word));
                // ("¡Qué c o ñ o de mañana!": the ñ spelled out too)
                WITH_ENYE.contains(&crate::text::lower(&word).as_str()) || l.profane_plain(&skeleton) || l.profane_plain(&collapse_all_runs(&skeleton))
            };
            // "is a p r i c k": a one-letter word before the spelled-out one ("a", "I", "y")
            // is not part of it ("a s s" still is)
            let article = letters.len() >= 4 && matches!(letters[0], 'a' | 'A' | 'i' | 'I' | 'y' | 'Y' | 'o' | 'u') && profane(&letters[1..]);
            // ("bulls.h.i.t": letters run together before the first separator begin the word;
            // the profane word may start inside them)
            let joined_before = || {
                let s = sep?;
                if i < 2 || chars[i - 1].1 != s {
                    return None;
                }
                let mut p = i - 1;
                while p > 0 && i - 1 - p < 8 && chars[p - 1].1.is_alphabetic() {
                    p -= 1;
                }
                if p == i - 1 || p > 0 && chars[p - 1].1.is_alphanumeric() {
                    return None;
                }
                let mut word: Vec<char> = Vec::new();
                for k in p..i - 1 {
                    word.clear();
                    for c in &chars[k..i - 1] {
                        word.push(c.1);
                    }
                    word.extend_from_slice(&letters);
                    if profane(&word) {
                        return Some(p);
                    }
                }
                None
            };
            let whole = article || profane(&letters);
            let prefixed = if whole { None } else { joined_before() };
            if whole || prefixed.is_some() {
                let start = if article { chars[i + 2].0 } else { chars[prefixed.unwrap_or(i)].0 };
                let mut end = chars[j].0 + chars[j].1.len_utf8();
                // ("s.h.i.t. no", "f.u.c.k. 😤": the last letter's dot is the word's; where it ends
                // the sentence, "b.u.l.l.s.h.i.t. And…", it is the sentence's)
                let rest = a.text[end..].strip_prefix('.').map(str::trim_start);
                if sep == Some('.') && rest.is_some_and(|r| !r.is_empty() && !r.starts_with(|c: char| c.is_uppercase())) {
                    end += 1;
                }
                hits.add(start..end);
                i = j + 1;
            } else {
                // The word may start at a later letter ("it's a s s h o l e": "s a s s h o l e"
                // is no word, "a s s h o l e" is), or the last letter may begin a word spelled
                // with another separator ("it's a f.u.c.k"). (A short run is read again from
                // its next letter; a long one, which no word is, from its last.)
                i = if letters.len() <= 24 { i + first } else { j };
            }
        } else {
            i += 1;
        }
    }
}

/// Whether `text` holds a separator, a character, a separator and a character that ends a word
/// (" b i", ".h.i"): what every word of three or more letters spelled out one by one needs
/// ("a s s", "s.h.i.t"), and what ordinary prose seldom has. A pass over the characters, so that
/// [`check_spaced`] reads most texts once instead of character by character.
fn may_have_spaced_word(text: &str) -> bool {
    let sep = |c: char| matches!(c, ' ' | '.' | '-' | '_');
    // The four characters before `c`; the text is read as if a space followed it.
    let mut last = ['\0'; 4];
    for (n, c) in text.chars().chain([' ']).enumerate() {
        if n >= 4 && sep(last[0]) && sep(last[2]) && !c.is_alphanumeric() {
            return true;
        }
        last = [last[1], last[2], last[3], c];
    }
    false
}

/// Endings a profane stem may take.
static WORD_ENDINGS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "", "s", "ing", "in", "in'", "ed", "er", "ers", "y", "ty", "head", "heads", "hole", "holes", "face",
    "faces", "show", "wit", "wits", "tard", "tards", "wad", "wads", "stick", "nut", "nuts"
]);

#[cfg(test)]
mod tests {
    use super::*;

    /// The pre-check of `check_spaced` lets through every spelled-out word, and stops prose.
    #[test]
    fn spelled_out_words_pass_the_pre_check() {
        for t in ["a s s", "what a b i t c h", "s.h.i.t", "f-u-c-k!", "p_u_t_a", "c o ñ o", "x a s s", "a s s."] {
            assert!(may_have_spaced_word(t), "{t:?}");
        }
        for t in ["", "ass", "I told a nurse and a doctor, then a tech.", "Our lab opens early on weekdays", "I am a nurse"] {
            assert!(!may_have_spaced_word(t), "{t:?}");
        }
    }

    fn wildcard_match(pattern: &str, form: &str) -> bool {
        let p: Vec<char> = pattern.chars().collect();
        let f: Vec<char> = form.chars().collect();
        wildcard_match_chars(&p, &f)
    }

    #[test]
    fn wildcards_stand_for_one_to_three_letters() {
        assert!(wildcard_match("f??k", "fuck"));
        assert!(wildcard_match("f?ck", "fuck"));
        assert!(wildcard_match("sh?t", "shit"));
        assert!(!wildcard_match("f?ck", "fork"));
        assert!(!wildcard_match("fuck", "fork"));
    }

    #[test]
    fn leet_and_runs_are_undone() {
        assert_eq!(deleet("a$$hole"), "asshole");
        assert_eq!(deleet("sh1t"), "shit");
        assert_eq!(deleet("f**k"), "f??k");
        assert_eq!(collapse_long_runs("fuuuuuuck"), "fuck");
        assert_eq!(collapse_long_runs("shiitake"), "shiitake");
        assert_eq!(collapse_all_runs("ffuucckk"), "fuck");
    }
}
