//! Text analysis shared by every rule: a folded copy of the text for matching, word tokens
//! with their case, sentence ranges, and conversion of byte offsets to UTF-16 offsets.
//!
//! Rules match against [`Folded::s`], which is lower case, free of accents and with common
//! look-alike characters (Cyrillic, Greek, full-width, typographic quotes and dashes) replaced
//! by their ASCII forms. Every byte of the folded text maps back to a character boundary of the
//! original, so a match in the folded text always yields an exact substring of the original.

use std::ops::Range;
use std::sync::OnceLock;

use crate::fold::fold_char;

/// A folded copy of a text with a map back to the original's byte offsets.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub s: String,
    /// For each byte of `s` (plus one past the end), the byte offset in the original text of
    /// the character it came from.
    map: Vec<u32>,
    /// For each byte of the original (plus one past the end), the offset in `s` where the
    /// folded form of its character begins.
    inv: Vec<u32>,
}

impl Folded {
    pub fn new(text: &str) -> Folded {
        let mut s = String::with_capacity(text.len());
        let mut map = Vec::with_capacity(text.len() + 1);
        let mut inv = Vec::with_capacity(text.len() + 1);
        for (i, c) in text.char_indices() {
            if c.is_ascii() {
                // Most characters: one byte in, one byte out.
                map.push(i as u32);
                inv.push(s.len() as u32);
                s.push(c.to_ascii_lowercase());
                continue;
            }
            let before = s.len();
            fold_char(c, &mut s);
            for _ in before..s.len() {
                map.push(i as u32);
            }
            for _ in 0..c.len_utf8() {
                inv.push(before as u32);
            }
        }
        map.push(text.len() as u32);
        inv.push(s.len() as u32);
        Folded { s, map, inv }
    }

    /// Maps a byte range of the folded text to the byte range of the original it came from.
    pub fn to_original(&self, r: Range<usize>) -> Range<usize> {
        let start = self.map[r.start] as usize;
        let end = if r.end >= self.map.len() - 1 {
            *self.map.last().unwrap() as usize
        } else {
            // The end is the start of the original character behind the next folded byte,
            // unless that byte comes from the same character as the last byte in the range.
            let last = self.map[r.end.saturating_sub(1).max(r.start)];
            let next = self.map[r.end];
            if r.end > r.start && next == last { next_boundary(&self.map, r.end) } else { next as usize }
        };
        start..end.max(start)
    }

    /// The folded byte offset where the original byte offset `orig` begins (the first folded
    /// byte that came from a character at or after `orig`).
    pub fn from_original(&self, orig: usize) -> usize {
        self.inv.get(orig).map_or(self.s.len(), |&f| f as usize)
    }
}

fn next_boundary(map: &[u32], mut i: usize) -> usize {
    let cur = map[i];
    while i < map.len() - 1 && map[i] == cur {
        i += 1;
    }
    map[i] as usize
}

/// A word of the original text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// Byte range in the folded text.
    pub fspan: Range<usize>,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
    /// Has at least two letters, all upper case.
    pub all_caps: bool,
    /// Consists of digits only.
    pub numeric: bool,
}

/// A substring test for the rules' many short cue lists (`["memoir", "in an interview", …]
/// .iter().any(|c| s.has(c))`), with the answer of `str::contains`. On x86-64 it is
/// `str::contains`, whose vector fast path suits these short needles. In WebAssembly that fast
/// path is absent and every call sets up a Two-Way searcher, which cost about a sixth of a short
/// post's scan in Node's profiler; there it is [`bytes_contain`].
pub trait Has {
    fn has(&self, needle: &str) -> bool;

    /// Whether any of `needles` occurs: one function for every cue list, where a closure per
    /// list (`list.iter().any(|c| s.has(c))`) would compile a copy of the loop each.
    fn has_any(&self, needles: &[&str]) -> bool;

    /// Whether any line of `lines` ([`lines!`](crate::lines!) text: one needle per line)
    /// occurs. (A list written as one string has no table of pointers and lengths in the wasm:
    /// 8 bytes an entry that compress badly.)
    fn has_line(&self, lines: &str) -> bool;
}

impl Has for str {
    #[inline(never)]
    fn has_any(&self, needles: &[&str]) -> bool {
        for n in needles {
            if self.has(n) {
                return true;
            }
        }
        false
    }

    #[inline(never)]
    fn has_line(&self, lines: &str) -> bool {
        each_line(lines).any(|n| self.has(n))
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn has(&self, needle: &str) -> bool {
        self.contains(needle)
    }

    #[cfg(target_arch = "wasm32")]
    fn has(&self, needle: &str) -> bool {
        bytes_contain(self, needle)
    }
}

/// Whether `needle` occurs in `hay`: a scan for the needle's first byte, then a compare of the
/// rest there. No set-up, so it suits short needles tried one after another. (A match of valid
/// UTF-8 in valid UTF-8 starts and ends on character boundaries, so comparing bytes answers the
/// question `str::contains` answers.)
pub fn bytes_contain(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else { return true };
    if hay.len() < needle.len() {
        return false;
    }
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&b| b == first) {
            Some(p) => {
                i += p;
                if &hay[i + 1..i + needle.len()] == rest {
                    return true;
                }
                i += 1;
            }
            None => return false,
        }
    }
    false
}

/// Splits text into words: runs of letters and digits, keeping inner apostrophes and hyphens
/// ("don't", "Nakamura-Stone", "5530218-4").
pub fn tokenize(text: &str, folded: &Folded) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = i + d.len_utf8();
                chars.next();
            } else if matches!(d, '\'' | '\u{2019}' | '-') {
                // Keep the joiner only when a letter or digit follows it.
                let mut look = chars.clone();
                look.next();
                match look.peek() {
                    Some(&(_, e)) if e.is_alphanumeric() => {
                        chars.next();
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        let word = &text[start..end];
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let first = word.chars().next().unwrap_or(' ');
        let letter_count = word.chars().filter(|c| c.is_alphabetic()).count();
        // An acronym's plural ("SSNs", "IUIs") counts as capitals too.
        let acronym_plural = word.len() >= 3 && word.ends_with('s') && word[..word.len() - 1].chars().all(|c| c.is_ascii_uppercase());
        // ...and its possessive ("CDC's report", "ASRM’s guidance").
        let base = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
        let acronym_possessive = base.len() >= 2 && base.len() < word.len() && base.chars().all(|c| c.is_ascii_uppercase());
        let all_caps = letter_count >= 2 && (letters.all(|c| c.is_uppercase()) || acronym_plural || acronym_possessive);
        let fstart = folded.from_original(start);
        let fend = folded.from_original(end);
        tokens.push(Token {
            span: start..end,
            fspan: fstart..fend,
            capitalized: first.is_uppercase(),
            all_caps,
            numeric: word.chars().all(|c| c.is_ascii_digit()),
        });
    }
    tokens
}

/// Splits text into sentences (byte ranges of the original), at `.`, `!`, `?`, `…` followed by
/// white space, and at line breaks. Abbreviations such as "Dr." and "Ms." do not end a sentence.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '\n' => Some(i + 1),
            '.' | '!' | '?' | '…' => {
                // Swallow a run of closing punctuation: "?!", "...", ".)".
                let mut j = i + c.len_utf8();
                while let Some(&(k, d)) = chars.peek() {
                    if matches!(d, '.' | '!' | '?' | ')' | '"' | '\'' | '…') {
                        j = k + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                let followed_by_space = j >= bytes.len() || bytes[j] == b' ' || bytes[j] == b'\n';
                // ("de 7:00 a 11:00 a. m. en…": the Spanish "a. m." and "p. m." split by a space)
                let meridiem = text[..i].ends_with(" a") || text[..i].ends_with(" p");
                let meridiem = meridiem && text[i + 1..].starts_with(" m.") && text[..i - 2].ends_with(|c: char| c.is_ascii_digit())
                    // (and its "m." when the text goes on in lower case)
                    || (text[..i].ends_with("a. m") || text[..i].ends_with("p. m")) && text[i + 1..].trim_start_matches(' ').starts_with(|c: char| c.is_lowercase());
                // ("delivered on Oct. 9!", "el 3 de sept. 2024"): a month shortened before its day or year
                let month_day = text[j..].trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit()) && {
                    let word = text[start..i].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                    let word = lower(&word);
                    SHORT_MONTHS.contains(&word) || one_of(&word, crate::lines!["ene", "abr", "ago", "dic"])
                };
                let abbreviation = c == '.' && j == i + 1 && (meridiem || month_day || ends_with_abbreviation(&text[start..i]));
                (followed_by_space && !abbreviation).then_some(j)
            }
            _ => None,
        };
        if let Some(end) = end {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

fn ends_with_abbreviation(before: &str) -> bool {
    // The last word, with the inner dots of an initialism ("e.g", "y.o", "U.S"). (A plain loop:
    // iterator adapters here each compiled a copy of themselves into the wasm.)
    let mut start = before.len();
    for (k, c) in before.char_indices().rev() {
        if !(c.is_alphabetic() || c == '.') {
            break;
        }
        start = k;
    }
    while before[start..].starts_with('.') {
        start += 1;
    }
    let word = &before[start..];
    let w = lower(word);
    // A street's direction after its number ("1418 w. pecan rd")
    let direction = crate::text::one_of(w.as_str(), crate::lines!["n", "s", "e", "w"])
        && before[..before.len() - word.len()].strip_suffix(' ').is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    // The site X after "on", "en", "to"… ("questions here on X. Please call…") is no initial.
    let site_x = word == "X" && before[..before.len() - 1].split_whitespace().next_back().is_some_and(|p| matches!(lower(p).as_str(), "on" | "en" | "to" | "from" | "via" | "de" | "a" | "in"));
    // A single capital letter ("Ms. K. said") or a known title.
    direction
        || (word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) && !site_x)
        || ABBREVIATIONS.contains(w.as_str())
}

/// Sorts ranges, stably, by `key`. (Every sort of ranges goes through this one function: each
/// closure given to `sort_by_key` compiles a copy of the sort, about 4.5 KB of the wasm.)
pub fn sort_ranges(ranges: &mut Vec<Range<usize>>, key: fn(&Range<usize>) -> (usize, usize)) {
    let keys: Vec<(usize, usize, usize)> = ranges.iter().map(|r| { let (a, b) = key(r); (a, b, 0) }).collect();
    reorder(ranges, &keys);
}

/// Puts `items` in the order [`stable_order`] gives their `keys` (one key per item): how the
/// crate sorts ranges, findings and people.
pub fn reorder<T>(items: &mut Vec<T>, keys: &[(usize, usize, usize)]) {
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    for i in stable_order(keys) {
        items.extend(taken[i].take());
    }
}

/// The indexes of `keys` in ascending order of key, equal keys in their original order: a
/// bottom-up merge sort. The crate's sorts of ranges and of findings share it instead of each
/// compiling the standard library's sort (about 4.5 KB of the wasm per element type).
pub fn stable_order(keys: &[(usize, usize, usize)]) -> Vec<usize> {
    let n = keys.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut buf = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // (the left run wins ties: stable)
                if keys[order[j]] < keys[order[i]] {
                    buf[k] = order[j];
                    j += 1;
                } else {
                    buf[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + mid - i].copy_from_slice(&order[i..mid]);
            k += mid - i;
            buf[k..k + hi - j].copy_from_slice(&order[j..hi]);
            lo = hi;
        }
        std::mem::swap(&mut order, &mut buf);
        width *= 2;
    }
    order
}

/// Converts byte offsets of `text` to UTF-16 code unit offsets, many at once, in one pass.
pub fn utf16_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    // (offset..index) pairs in order of offset, through the one sort of ranges (another sort
    // instantiation is about 4.5 KB of the wasm)
    let mut order: Vec<Range<usize>> = Vec::with_capacity(byte_offsets.len());
    for (i, &b) in byte_offsets.iter().enumerate() {
        order.push(b..i);
    }
    sort_ranges(&mut order, |r| (r.start, r.end));
    let mut out = vec![0; byte_offsets.len()];
    let (mut byte, mut units) = (0, 0);
    let mut chars = text.char_indices().peekable();
    for Range { start: target, end: i } in order {
        while byte < target {
            match chars.next() {
                Some((_, c)) => {
                    byte += c.len_utf8();
                    units += c.len_utf16();
                }
                None => break,
            }
        }
        out[i] = units;
    }
    out
}

/// Months shortened in English ("Jan 9", "since Mar", "Oct. 9").
pub static SHORT_MONTHS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/// Abbreviations (titles, streets, "approx", "e.g") whose full stop does not end a sentence.
static ABBREVIATIONS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "dr", "mr", "mrs", "ms", "mx", "sr", "sra", "srta", "dra", "st", "jr", "v", "vs", "no", "approx", "dept",
    "ave", "blvd", "mt", "ft", "lic", "e.g", "i.e", "etc", "pt", "pts", "u.s", "sen", "rep", "gov", "prof",
    "lt", "sgt", "capt", "nac", "tel", "col", "urb", "fracc", "av", "avda", "pza", "edif", "blga", "blgo",
    "biol", "obst", "licda", "y.o", "exp", "maj", "cpl", "pfc", "spc", "ssgt", "tsgt", "msgt",
    // ("licencia de conducir (Jalisco, núm. JAL-0934417)", "apt. 4B", "ext. 210")
    "núm", "num", "nro", "ext", "apt", "apto", "depto", "dpto"
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_with_pair_reads_the_last_two_words() {
        let lists = (crate::lines!["mediation", "trial"], crate::lines!["in", "en"]);
        assert!(ends_with_pair(&["headed", "to", "mediation", "in"], lists.0, lists.1));
        assert!(ends_with_pair(&["trial", "en"], lists.0, lists.1));
        assert!(!ends_with_pair(&["mediation", "in", "the"], lists.0, lists.1));
        assert!(!ends_with_pair(&["in"], lists.0, lists.1));
        assert!(!ends_with_pair(&["court", "in"], lists.0, lists.1));
    }

    #[test]
    fn one_of_answers_as_matches_does() {
        const LIST: &str = crate::lines!["la", "el", "nuestra", "our", "b"];
        for w in ["la", "el", "nuestra", "our", "b"] {
            assert!(one_of(w, LIST), "{w}");
        }
        for w in ["", "l", "las", "e", "nuestr", "nuestras", "ou", "ours", "a\nb", "la\n", "x"] {
            assert!(!one_of(w, LIST), "{w:?}");
        }
        assert!(!one_of("la", ""));
    }

    #[test]
    fn bytes_contain_answers_as_str_contains() {
        let hay = "sé que el día 3 hablé con ella; aaab, x";
        for needle in ["", "s", "sé", "é", "día 3", "ella;", "aab", "aaab", "x", ", x", "ab, x!", "y", "ella ", "é q", "hablé con ella; aaab, x!"] {
            assert_eq!(bytes_contain(hay, needle), hay.contains(needle), "{needle:?}");
        }
        assert!(bytes_contain("", ""));
        assert!(!bytes_contain("", "a"));
        assert!(!bytes_contain("ab", "abc"));
    }

    #[test]
    fn folding_lowercases_strips_accents_and_maps_look_alikes() {
        let f = Folded::new("Inés PUNCIÓN Ѕhіt ｆｕｃｋ don’t — ok");
        assert_eq!(f.s, "ines puncion shit fuck don't - ok");
    }

    #[test]
    fn digit_groups_need_one_separator_and_clear_edges() {
        let at = |s: &str| digit_groups(s.as_bytes(), 0, &[3, 3, 3]);
        assert_eq!(at("612-408-937 ok"), Some(11));
        assert_eq!(at("612 408 937"), Some(11));
        assert_eq!(at("612-408 937"), None);
        assert_eq!(at("612-408-9370"), None);
        assert_eq!(at("612-408-93"), None);
        assert_eq!(digit_groups(b"a612-408-937", 1, &[3, 3, 3]), None);
    }

    #[test]
    fn folded_ranges_map_back_to_exact_original_substrings() {
        let text = "Sra. Núñez ß 🎉 café";
        let f = Folded::new(text);
        let i = f.s.find("nunez").unwrap();
        assert_eq!(&text[f.to_original(i..i + 5)], "Núñez");
        let j = f.s.find("cafe").unwrap();
        assert_eq!(&text[f.to_original(j..j + 4)], "café");
        let k = f.s.find("ss").unwrap();
        assert_eq!(&text[f.to_original(k..k + 2)], "ß");
    }

    #[test]
    fn zero_width_characters_do_not_split_words() {
        let f = Folded::new("sh\u{200B}it");
        assert_eq!(f.s, "shit");
        assert_eq!(f.to_original(0..4), 0..7);
    }

    #[test]
    fn tokens_keep_inner_apostrophes_and_hyphens() {
        let text = "Don't call Nakamura-Stone at 5530218-4 - ok?";
        let f = Folded::new(text);
        let words: Vec<&str> = tokenize(text, &f).iter().map(|t| &text[t.span.clone()]).collect();
        assert_eq!(words, ["Don't", "call", "Nakamura-Stone", "at", "5530218-4", "ok"]);
    }

    #[test]
    fn sentences_split_at_terminal_punctuation_but_not_titles() {
        let text = "Dr. Reyes called Ms. K. today! Is it ok? Yes…\nNew line";
        let parts: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(parts, ["Dr. Reyes called Ms. K. today!", "Is it ok?", "Yes…", "New line"]);
    }

    #[test]
    fn a_shortened_month_before_its_day_does_not_end_the_sentence() {
        let text = "Twins arrived on Oct. 9! Nacieron el 3 de sept. 2024. Retrieval Jun. 5. We close in Oct. Then we reopen.";
        let parts: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(parts, ["Twins arrived on Oct. 9!", "Nacieron el 3 de sept. 2024.", "Retrieval Jun. 5.", "We close in Oct.", "Then we reopen."]);
    }

    #[test]
    fn stable_order_sorts_by_key_and_keeps_ties_in_place() {
        // every length up to 40, with many ties, against the standard library's stable sort
        for n in 0..40usize {
            let keys: Vec<(usize, usize, usize)> = (0..n).map(|i| ((i * 7) % 5, (i * 3) % 4, 0)).collect();
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by_key(|&i| keys[i]);
            assert_eq!(stable_order(&keys), expected, "n = {n}");
        }
    }

    #[test]
    fn the_site_x_ends_a_sentence_but_an_initial_does_not() {
        let t = "We can't answer dosing questions here on X. Please call the nurse line.";
        assert_eq!(sentences(t).len(), 2);
        let t = "Síguenos en X. Respondemos de lunes a viernes.";
        assert_eq!(sentences(t).len(), 2);
        let t = "Ask Ms. K. about the form.";
        assert_eq!(sentences(t).len(), 1);
        let t = "Talk to Dr. Amy X. Chen before you book.";
        assert_eq!(sentences(t).len(), 1);
    }

    #[test]
    fn initialisms_with_inner_dots_do_not_end_a_sentence() {
        let text = "A 39 y.o. came in, e.g. for labs. Done. Moved to the U.S. last year.";
        let parts: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(parts, ["A 39 y.o. came in, e.g. for labs.", "Done.", "Moved to the U.S. last year."]);
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs_as_two() {
        assert_eq!(utf16_offsets("a😄b", &[6, 0, 5, 1]), [4, 0, 3, 1]);
    }
}

/// The clause of `s` that ends at byte `at`: what follows the last comma, semicolon, colon,
/// bracket or sentence mark before it ("we hope you'll…" in "Congrats, we hope you'll…").
pub fn clause_before(s: &str, at: usize) -> &str {
    fn mark(c: char) -> bool {
        matches!(c, ',' | ';' | ':' | '(' | '.' | '!' | '?')
    }
    s[..at].rsplit(mark).next().unwrap_or("")
}

/// One of SafePost's own patterns, compiled when a text first gets past its literal gate
/// (`src/gate.rs`). `\b` means an ASCII word boundary: rules match the
/// folded text, and a Unicode boundary would keep the regex engine off its fast path whenever
/// the text holds an emoji.
///
/// Likewise `\d` is an ASCII digit and `\s` ASCII white space: the folded text has no other
/// digits worth matching, and Unicode classes make compiling (at start-up, in the browser)
/// several times slower.
pub fn regex(pattern: &str) -> Regex {
    let ascii = pattern.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]").replace(r"\s", r"[\t\n\x0B\x0C\r\x20]");
    let gate = crate::gate::gate_of(&ascii);
    let mut built = built_in();
    built.push(ascii);
    Regex { id: built.len() - 1, gate, re: OnceLock::new() }
}

/// Every pattern given to [`regex`] so far, after the ASCII rewrite (`tests/gates.rs` computes
/// the gate table from them), in order; a [`Regex`] knows its own by index.
static BUILT_IN: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Indexes in [`BUILT_IN`] of the patterns compiled so far, in order.
static COMPILED: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());

fn built_in() -> std::sync::MutexGuard<'static, Vec<String>> {
    BUILT_IN.lock().unwrap_or_else(|e| e.into_inner())
}

/// Every pattern given to [`regex`] so far.
pub fn built_in_patterns() -> Vec<String> {
    built_in().clone()
}

/// The built-in patterns compiled so far, in order.
pub fn compiled_patterns() -> Vec<String> {
    let built = built_in();
    COMPILED.lock().unwrap_or_else(|e| e.into_inner()).iter().map(|&id| built[id].clone()).collect()
}

/// Compiles the built-in pattern number `id`.
fn compile(id: usize) -> regex_automata::meta::Regex {
    let pattern = built_in()[id].clone();
    COMPILED.lock().unwrap_or_else(|e| e.into_inner()).push(id);
    compile_pattern(&pattern)
}

/// Compiles one built-in pattern (after the ASCII rewrite) as [`Regex`] does; public for
/// `examples/pattern_cost.rs`.
pub fn compile_pattern(pattern: &str) -> regex_automata::meta::Regex {
    use regex_automata::{meta, util::syntax, MatchKind};
    // Exactly what `regex::RegexBuilder::new(..).unicode(true).build()` configures (regex
    // 1.13, builders.rs), except that no literal prefilter is extracted: that extraction and
    // the prefilter automata were about half of compiling these patterns (~39 M of ~79 M
    // instructions at start-up), while on posts and sentences the lazy DFA alone searches about
    // as fast. Prefilters never change what matches, only how fast a match is found.
    let config = meta::Config::new()
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20))
        .match_kind(MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .auto_prefilter(false)
        // The one-pass DFA only speeds up capture groups, which few rules read; building it
        // was about 1 M instructions at start-up, and per-scan cost did not change without it.
        .onepass(false);
    meta::Builder::new()
        .configure(config)
        .syntax(syntax::Config::new().unicode(true).utf8(true))
        // ("(?i:colonia|col\.)": case forms spelled out, for want of the folding tables)
        .build(&crate::casefold::without_case_flag(pattern).unwrap_or_else(|e| panic!("built-in pattern {pattern:?}: {e}")))
        .unwrap_or_else(|e| panic!("invalid built-in pattern {pattern:?}: {e}"))
}

/// One of SafePost's own patterns (see [`regex`]), with the part of `regex::Regex`'s interface
/// the rules use: same matches, same capture groups. It is compiled when first searched, and
/// searched only where its gate allows (`src/gate.rs`).
#[derive(Debug)]
pub struct Regex {
    /// Its index in the list of built-in patterns (its text after the ASCII rewrite).
    id: usize,
    gate: Option<Box<[u16]>>,
    re: OnceLock<regex_automata::meta::Regex>,
}

/// A match of a [`Regex`] in a haystack.
#[derive(Debug, Clone, Copy)]
pub struct Match<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    fn new(hay: &'h str, m: regex_automata::Match) -> Match<'h> {
        Match { hay, start: m.start(), end: m.end() }
    }

    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

/// The capture groups of one match of a [`Regex`]; group 0 is the whole match.
#[derive(Debug)]
pub struct Captures<'h> {
    hay: &'h str,
    caps: regex_automata::util::captures::Captures,
}

impl<'h> Captures<'h> {
    /// Group `i`, or `None` when it did not take part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.caps.get_group(i).map(|sp| Match { hay: self.hay, start: sp.start, end: sp.end })
    }
}

impl<'h> std::ops::Index<usize> for Captures<'h> {
    type Output = str;

    /// The text of group `i`; panics when it did not take part in the match (as `regex` does).
    fn index(&self, i: usize) -> &str {
        self.get(i).map(|m| m.as_str()).unwrap_or_else(|| panic!("no group at index '{i}'"))
    }
}

impl Regex {
    /// The compiled pattern, or `None` when its gate says `hay` cannot hold a match.
    fn engine(&self, hay: &str) -> Option<&regex_automata::meta::Regex> {
        if let Some(gate) = &self.gate
            && !crate::gate::may_match(gate, hay)
        {
            return None;
        }
        Some(self.re.get_or_init(|| compile(self.id)))
    }

    pub fn is_match(&self, hay: &str) -> bool {
        self.engine(hay).is_some_and(|re| re.is_match(hay))
    }

    pub fn find<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.engine(hay)?.find(hay).map(|m| Match::new(hay, m))
    }

    /// Successive non-overlapping matches, left to right.
    pub fn find_iter<'r, 'h>(&'r self, hay: &'h str) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        self.engine(hay).into_iter().flat_map(move |re| re.find_iter(hay)).map(move |m| Match::new(hay, m))
    }

    /// Successive non-overlapping matches with their capture groups (slower than
    /// [`Regex::find_iter`]: ask only when a group is read).
    pub fn captures_iter<'r, 'h>(&'r self, hay: &'h str) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        self.engine(hay).into_iter().flat_map(move |re| re.captures_iter(hay)).map(move |caps| Captures { hay, caps })
    }

    /// `hay` with every match replaced by `with`, taken literally (unlike `regex`'s
    /// `replace_all`, no `$group` expansion: SafePost's replacements have no `$`).
    pub fn replace_all(&self, hay: &str, with: &str) -> String {
        let mut out = String::with_capacity(hay.len());
        let mut last = 0;
        for m in self.find_iter(hay) {
            out.push_str(&hay[last..m.start()]);
            out.push_str(with);
            last = m.end();
        }
        out.push_str(&hay[last..]);
        out
    }
}

/// The last `n` words of `s` (split at whitespace), the nearest first. (One function, not an
/// iterator chain at each use: each chain with its own closure was compiled into the wasm anew.)
#[inline(never)]
pub fn last_words(s: &str, n: usize) -> Vec<&str> {
    s.split_whitespace().rev().take(n).collect()
}

/// Digits in groups of `sizes` from byte `k` of `b`, joined by one separator ('-', ' ' or
/// '.') used throughout, with no letter or digit on either side: where the run ends.
/// ("612-408-937" for `[3, 3, 3]`; not "612-408 937", not "a612-408-937")
pub fn digit_groups(b: &[u8], k: usize, sizes: &[usize]) -> Option<usize> {
    if k > 0 && b[k - 1].is_ascii_alphanumeric() {
        return None;
    }
    let mut at = k;
    let mut sep = None;
    for (n, &size) in sizes.iter().enumerate() {
        if n > 0 {
            let c = *b.get(at)?;
            if !matches!(c, b'-' | b' ' | b'.') || sep.is_some_and(|s| s != c) {
                return None;
            }
            sep = Some(c);
            at += 1;
        }
        if at + size > b.len() || !b[at..at + size].iter().all(u8::is_ascii_digit) {
            return None;
        }
        at += size;
    }
    b.get(at).is_none_or(|c| !c.is_ascii_alphanumeric()).then_some(at)
}

/// The lines of [`lines!`](crate::lines!) text, found with a byte loop: `split_terminator('\n')`
/// calls a character search per line, which cost 3% of a scan once the rules' word lists were
/// all `lines!` text (session 37, `perf`).
fn each_line(lines: &str) -> impl Iterator<Item = &str> {
    let mut rest = lines;
    std::iter::from_fn(move || {
        let k = rest.bytes().position(|b| b == b'\n')?;
        let (line, tail) = (&rest[..k], &rest[k + 1..]);
        rest = tail;
        Some(line)
    })
}

/// Whether `s` starts with one of the lines of `lines` ([`lines!`](crate::lines!) text): a list
/// as one string, where an array of `&str` kept a pointer and a length per entry in the wasm.
#[inline(never)]
pub fn starts_with_line(s: &str, lines: &str) -> bool {
    each_line(lines).any(|l| s.starts_with(l))
}

/// Whether `s` ends with one of the lines of `lines` (see [`starts_with_line`]).
#[inline(never)]
pub fn ends_with_line(s: &str, lines: &str) -> bool {
    each_line(lines).any(|l| s.ends_with(l))
}

/// Whether `words` end with one of `firsts` and then one of `lasts` (lists of lines, see
/// [`one_of`]): "[…, "mediation", "in"]". Data, where a `matches!` on the slice is code.
pub fn ends_with_pair(words: &[&str], firsts: &str, lasts: &str) -> bool {
    matches!(words, [.., a, b] if one_of(a, firsts) && one_of(b, lasts))
}

/// `s` in lower case, a character at a time (`str::to_lowercase` brings a second copy of the
/// case logic into the wasm, for a Greek rule no word list needs).
pub fn lower(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// Whether `w` is one of the lines of `lines` ([`lines!`](crate::lines!) text):
/// `matches!(w, "a" | "b" | …)` as one shared loop, where each `matches!` of many words
/// compiled its own comparisons into the wasm.
/// (A byte loop: `split_terminator` cost a character search per line.)
#[inline(never)]
pub fn one_of(w: &str, lines: &str) -> bool {
    let (w, lines) = (w.as_bytes(), lines.as_bytes());
    let n = w.len();
    let mut at = 0;
    while at + n < lines.len() {
        // a line of the same length as `w` has its break right after it
        if lines[at + n] == b'\n' && lines[at..at + n] == *w {
            return true;
        }
        match lines[at..].iter().position(|&b| b == b'\n') {
            Some(k) => at += k + 1,
            None => return false,
        }
    }
    false
}
