//! Digits written out as words or one numeral at a time ("two one four, five five five…",
//! "7 0 4 - 5 5 5 …"), read once per text for the phone, fax and SSN rules.

use std::ops::Range;

use super::Analysis;

/// Number words (English and Spanish) for spelled-out digits.
fn digit_word(w: &str) -> Option<char> {
    Some(match w {
        "zero" | "oh" | "o" | "cero" => '0',
        "one" | "uno" | "un" => '1',
        "two" | "dos" => '2',
        "three" | "tres" => '3',
        "four" | "cuatro" => '4',
        "five" | "cinco" => '5',
        "six" | "seis" => '6',
        "seven" | "siete" => '7',
        "eight" | "ocho" => '8',
        "nine" | "nueve" => '9',
        // one numeral at a time: "7 0 4 - 5 5 5 - 0 1 6 2"
        _ if w.len() == 1 && w.as_bytes()[0].is_ascii_digit() => w.as_bytes()[0] as char,
        _ => return None,
    })
}

/// Two digits said as one number ("cuarenta y uno", "forty-one", "noventa", "quince",
/// "veintitrés") at token `j`: the digits and how many tokens they take.
fn two_digits(a: &Analysis, j: usize) -> Option<(String, usize)> {
    // (tables, not a `match`: each arm of a match on strings is code in the wasm)
    const TENS: [&str; 16] = ["twenty", "veinte", "thirty", "treinta", "forty", "cuarenta", "fifty", "cincuenta", "sixty", "sesenta", "seventy", "setenta", "eighty", "ochenta", "ninety", "noventa"];
    const TEENS: [&str; 20] = [
        "ten", "diez", "eleven", "once", "twelve", "doce", "thirteen", "trece", "fourteen", "catorce", "fifteen", "quince", "sixteen", "dieciseis",
        "seventeen", "diecisiete", "eighteen", "dieciocho", "nineteen", "diecinueve",
    ];
    const TWENTIES: [&str; 9] = ["veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve"];
    let tens = |w: &str| TENS.iter().position(|t| *t == w).map(|k| (b'2' + (k / 2) as u8) as char);
    let w = a.word(j);
    if let Some((t, u)) = w.split_once('-') {
        // ("forty-one")
        return Some((format!("{}{}", tens(t)?, digit_word(u).filter(|&d| d != '0')?), 1));
    }
    if let Some(t) = tens(w) {
        // ("cuarenta y uno")
        let unit = (j + 2 < a.tokens.len() && a.word(j + 1) == "y").then(|| digit_word(a.word(j + 2))).flatten().filter(|&d| d != '0');
        return Some(match unit {
            Some(u) => (format!("{t}{u}"), 3),
            None => (format!("{t}0"), 1),
        });
    }
    if let Some(k) = TEENS.iter().position(|t| *t == w) {
        return Some((format!("{}", 10 + k / 2), 1));
    }
    // ("veintiún" is "veintiuno" cut short)
    let w = if w == "veintiun" { "veintiuno" } else { w };
    TWENTIES.iter().position(|t| *t == w).map(|k| (format!("{}", 21 + k), 1))
}

/// The digits of a spelled-out token: "five" or a hyphenated group "five-five-five".
fn digit_words(w: &str) -> Option<String> {
    if !w.contains('-') {
        return digit_word(w).map(String::from); // the common case: one word, most often not a digit
    }
    // ("six-22-1234": numerals mixed in among the words of one hyphenated group; at least one
    // part must be a word, so "22-1234" stays a number)
    let mut digits = String::new();
    let (mut spelled, mut groups) = (false, false);
    for p in w.split('-') {
        if p.len() > 1 && p.bytes().all(|b| b.is_ascii_digit()) {
            if p.len() > 4 {
                return None;
            }
            digits.push_str(p);
            groups = true;
        } else {
            digits.push(digit_word(p)?);
            spelled |= p.len() > 1;
        }
    }
    (spelled || !groups).then_some(digits)
}

/// Runs of at least seven spelled-out digits ("two one four, five five five, ..."), as
/// (original byte range, digits).
pub(super) fn spelled_digit_runs(a: &Analysis) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < a.tokens.len() {
        let mut j = i;
        let mut digits = String::new();
        // ("559 5 5 5 01 62": groups of two or three numerals among single ones)
        let (mut singles, mut groups) = (0, 0);
        let mut last_group: Option<bool> = None;
        while j < a.tokens.len() {
            let w = a.word(j);
            // ("cuatro punto dos tres uno punto ocho cero siete guion dos": a dotted or dashed
            // number read out, its separators said as words, between two digit words)
            if j > i && crate::text::one_of(w, crate::lines!["punto", "guion", "dash"]) && j + 1 < a.tokens.len() && digit_words(a.word(j + 1)).is_some() && digit_words(a.word(j - 1)).is_some() {
                j += 1;
                continue;
            }
            // A group of numerals never sits next to a number word ("559 5 5 5 01 62 tres
            // veces": "tres" counts the calls); single numerals and words mix ("6 one 4").
            let numerals = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
            let is_group = (2..=3).contains(&w.len()) && numerals(w);
            let is_word = !numerals(w);
            // ("four-oh-eight, 555, oh-one-nine-seven": a group between words that each spell
            // several digits is dictation too)
            let spelled_group = |k: usize| k < a.tokens.len() && a.word(k).contains('-') && digit_words(a.word(k)).is_some_and(|d| d.len() >= 2);
            let dictated = is_group && j > i && spelled_group(j - 1) && spelled_group(j + 1)
                || is_word && last_group == Some(true) && j >= 2 && spelled_group(j - 2) && spelled_group(j);
            if !dictated && (last_group == Some(true) && is_word || is_group && last_group == Some(false) && j > i && !numerals(a.word(j - 1))) {
                break;
            }
            // (a number of two digits inside the run: "cinco ocho dos, cuarenta y uno, noventa y
            // tres cero siete"; only after a digit has been read, so "forty" alone starts nothing)
            let pair = if is_word && j > i && digit_word(w).is_none() { two_digits(a, j) } else { None };
            let used = pair.as_ref().map_or(1, |p| p.1);
            let Some(d) = (if is_group { Some(w.to_string()) } else if let Some((d, _)) = pair { Some(d) } else { digit_words(w) }) else { break };
            if j > i {
                // ("five seven one – two two – …": dashes of any kind between groups)
                let gap = &a.text[a.tokens[j - 1].span.end..a.tokens[j].span.start];
                if gap.len() > 5 || !gap.chars().all(|c| matches!(c, ' ' | ',' | '-' | '.' | '/' | '–' | '—')) {
                    break;
                }
            }
            if is_group { groups += 1 } else { singles += d.len() }
            last_group = Some(is_group);
            digits.push_str(&d);
            j += used;
        }
        // "oh" and "o" alone are words; a run must hold real number words. Groups of numerals
        // count only in a run that also spells digits one at a time.
        if digits.len() >= 7 && digits.chars().filter(|&c| c != '0').count() >= 3 && (groups == 0 || singles >= 3) {
            out.push((a.tokens[i].span.start..a.tokens[j - 1].span.end, digits));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

