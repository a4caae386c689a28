//! Word lists and phrase matchers. Lists are data files under `data/` (see the README beside
//! each), compiled into the binary and parsed once per process.

use std::collections::HashSet;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::text::Folded;

/// Entries of a list file: one per line, `#` starts a comment, blank lines are skipped.
pub fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// FNV-1a: short keys, no need for SipHash's flooding resistance (the keys are our own lists).
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::fmt::Debug for Fnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fnv")
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// A set of single words, compared in folded form: a sorted static list built at compile time
/// (the big lexicons) or a small hashed set built at run time (cue lists).
#[derive(Debug)]
pub enum WordSet {
    /// Sorted entries separated by `\n`, searched in place; `index[b]` is where the entries of
    /// bucket `b` ([`crate::fold::bucket`]) begin, and the last entry one past the end (an
    /// empty index: search all of `lines`).
    Sorted { lines: &'static str, index: &'static [u32] },
    Hashed(HashSet<String, FnvBuild>),
}

impl Default for WordSet {
    fn default() -> Self {
        WordSet::Sorted { lines: "", index: &[] }
    }
}

/// Binary search for a whole line in sorted newline-separated text.
fn sorted_lines_contain(lines: &str, key: &str) -> bool {
    sorted_lines_search(lines, key).0
}

/// Binary search for `key` in sorted newline-separated text: whether a line equals it, and
/// where the first line greater than it starts (`lines.len()` when there is none).
fn sorted_lines_search(lines: &str, key: &str) -> (bool, usize) {
    let bytes = lines.as_bytes();
    let (mut lo, mut hi) = (0usize, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The line holding `mid`.
        let start = bytes[..mid].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let end = bytes[mid..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| mid + i);
        match lines[start..end].cmp(key) {
            std::cmp::Ordering::Equal => return (true, (end + 1).min(bytes.len())),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    (false, lo.min(bytes.len()))
}

impl WordSet {
    pub fn from_data(data: &str) -> Self {
        WordSet::Hashed(entries(data).map(|e| Folded::new(e).s).collect())
    }

    pub fn from_list(words: &[&str]) -> Self {
        WordSet::Hashed(words.iter().map(|e| Folded::new(e).s).collect())
    }

    /// Whether the folded word (or multi-word phrase, single-spaced) is in the set.
    pub fn contains(&self, folded_word: &str) -> bool {
        match self {
            WordSet::Sorted { lines, index } => {
                if folded_word.is_empty() || folded_word.contains('\n') {
                    return false;
                }
                if index.is_empty() {
                    return sorted_lines_contain(lines, folded_word);
                }
                // Only the word's own bucket can hold it.
                let b = crate::fold::bucket(folded_word.as_bytes());
                let (start, end) = (index[b] as usize, index[b + 1] as usize);
                start < end && sorted_lines_contain(&lines[start..end - 1], folded_word)
            }
            WordSet::Hashed(set) => set.contains(folded_word),
        }
    }

    /// Whether the folded phrase is in the set, and whether some entry continues it after a
    /// space ("glen" → "glen ellyn"), so that a caller growing a phrase word by word knows when
    /// to stop. (A space sorts before every letter, so the first entry after `key` starts with
    /// `key ` whenever any entry does.)
    pub fn lookup_phrase(&self, key: &str) -> (bool, bool) {
        match self {
            WordSet::Sorted { lines, index } if !index.is_empty() && key.len() >= 2 && !key.contains('\n') => {
                let b = crate::fold::bucket(key.as_bytes());
                let (start, end) = (index[b] as usize, index[b + 1] as usize);
                if start >= end {
                    return (false, false);
                }
                let bucket = &lines[start..end - 1];
                let (found, next) = sorted_lines_search(bucket, key);
                let rest = &bucket.as_bytes()[next..];
                (found, rest.len() > key.len() && rest.starts_with(key.as_bytes()) && rest[key.len()] == b' ')
            }
            // One-byte keys can continue in another bucket ("a coruna"); lists without an index
            // are small: say "maybe".
            _ => (self.contains(key), true),
        }
    }

    /// Whether some entry starts with `prefix` (a linear scan; for tests).
    #[cfg(test)]
    fn lines_with_prefix(&self, prefix: &str) -> bool {
        match self {
            WordSet::Sorted { lines, .. } => lines.split('\n').any(|l| l.starts_with(prefix)),
            WordSet::Hashed(set) => set.iter().any(|l| l.starts_with(prefix)),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            WordSet::Sorted { lines, .. } => if lines.is_empty() { 0 } else { lines.matches('\n').count() + 1 },
            WordSet::Hashed(set) => set.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A set of phrases matched in folded text at word boundaries, leftmost-longest.
/// A phrase ending in `*` matches any word continuation ("diagnos*" matches "diagnosed").
pub struct PhraseSet {
    ac: AhoCorasick,
    prefix: Vec<bool>,
    pub phrases: Vec<String>,
}

impl std::fmt::Debug for PhraseSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PhraseSet({} phrases)", self.phrases.len())
    }
}

impl PhraseSet {
    pub fn new<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Self {
        let mut prefix = Vec::new();
        let mut folded = Vec::new();
        for p in phrases {
            let (p, is_prefix) = match p.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (p, false),
            };
            folded.push(Folded::new(p).s);
            prefix.push(is_prefix);
        }
        // A contiguous NFA builds several times faster than a DFA and searches nearly as fast
        // on posts; start-up matters more (it runs at every service-worker start).
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(&folded)
            .expect("phrase lists are small and valid");
        PhraseSet { ac, prefix, phrases: folded }
    }

    pub fn from_data(data: &str) -> Self {
        Self::new(entries(data))
    }

    /// All matches in the folded text `s`, as (folded byte range, phrase index), left to
    /// right. A prefix phrase's range is extended to the end of the word it starts. When the
    /// leftmost-longest candidate is not a whole word, the search resumes one byte later, so a
    /// rejected candidate does not hide a later match.
    pub fn find_iter<'s>(&'s self, s: &'s str) -> impl Iterator<Item = (Range<usize>, usize)> + 's {
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < s.len() {
                let m = self.ac.find(aho_corasick::Input::new(s).range(at..))?;
                let (start, mut end) = (m.start(), m.end());
                let idx = m.pattern().as_usize();
                let starts_word = !(word_char_before(s, start) && word_char_after(s, start));
                if self.prefix[idx] {
                    while let Some(c) = s[end..].chars().next().filter(|c| c.is_alphanumeric()) {
                        end += c.len_utf8();
                    }
                }
                let ends_word = !(word_char_after(s, end) && word_char_before(s, end));
                if starts_word && ends_word {
                    at = end.max(start + 1);
                    return Some((start..end, idx));
                }
                at = start + 1;
            }
            None
        })
    }

    /// Whether any phrase occurs in `s` (folded).
    pub fn any_in(&self, s: &str) -> bool {
        self.find_iter(s).next().is_some()
    }
}

/// Whether `w` occurs in `s` starting a word ("here" is not in "somewhere", "late" not in "plate").
pub fn occurs_at_word_start(s: &str, w: &str) -> bool {
    s.match_indices(w).any(|(at, _)| !word_char_before(s, at))
}

/// Whether the character ending at byte `i` of `s` is a letter or digit.
pub fn word_char_before(s: &str, i: usize) -> bool {
    s[..i].chars().next_back().is_some_and(char::is_alphanumeric)
}

/// Whether the character starting at byte `i` of `s` is a letter or digit.
pub fn word_char_after(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The lists shipped with SafePost.
pub struct Lexicons {
    pub first_names: WordSet,
    pub surnames: WordSet,
    /// Names that are also common words ("Hope", "June"): weak evidence on their own.
    pub name_stopwords: WordSet,
    /// Place names (folded, words joined by one space), looked up by [`Lexicons::place_len`].
    pub places: WordSet,
}

impl Lexicons {
    /// How many words, starting at `words[0]`, form a known place name (longest first, up to
    /// four), or 0. `words` are folded single words.
    pub fn place_len(&self, words: &[&str]) -> usize {
        let mut key = String::new();
        let mut best = 0;
        for (n, w) in words.iter().take(4).enumerate() {
            if n > 0 {
                key.push(' ');
            }
            key.push_str(w);
            if self.places.contains(&key) {
                best = n + 1;
            }
        }
        best
    }
}

/// The word lists, folded and sorted at compile time by build.rs.
mod generated {
    include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));
}

static LEXICONS: Lexicons = Lexicons {
    first_names: WordSet::Sorted { lines: generated::FIRST_NAMES, index: &generated::FIRST_NAMES_INDEX },
    surnames: WordSet::Sorted { lines: generated::SURNAMES, index: &generated::SURNAMES_INDEX },
    name_stopwords: WordSet::Sorted { lines: generated::NAME_STOPWORDS, index: &generated::NAME_STOPWORDS_INDEX },
    places: WordSet::Sorted { lines: generated::PLACES, index: &generated::PLACES_INDEX },
};

/// The shipped lists (static: nothing to parse at start-up).
pub fn lexicons() -> &'static Lexicons {
    &LEXICONS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(set: &PhraseSet, text: &str) -> Vec<String> {
        let f = Folded::new(text);
        set.find_iter(&f.s).map(|(r, _)| f.s[r].to_string()).collect()
    }

    #[test]
    fn phrases_match_whole_words_only() {
        let set = PhraseSet::new(["ass", "egg retrieval", "diagnos*"]);
        assert_eq!(found(&set, "An assessment, a class, an ass."), ["ass"]);
        assert_eq!(found(&set, "Her egg retrieval; she was diagnosed."), ["egg retrieval", "diagnosed"]);
    }

    #[test]
    fn a_rejected_candidate_does_not_hide_a_later_match() {
        let set = PhraseSet::new(["ass"]);
        assert_eq!(found(&set, "bass ass"), ["ass"]);
    }

    #[test]
    fn sorted_lines_find_every_entry_and_nothing_else() {
        let lines = "ana\nbea\ncarla\ndaniela\nelena";
        for w in ["ana", "bea", "carla", "daniela", "elena"] {
            assert!(sorted_lines_contain(lines, w), "{w}");
        }
        for w in ["", "an", "anab", "b", "zoe", "carl", "carlaa"] {
            assert!(!sorted_lines_contain(lines, w), "{w}");
        }
        assert!(lexicons().first_names.contains("maria") && lexicons().places.contains("sioux falls"));
    }

    #[test]
    fn indexed_lists_find_every_entry_and_nothing_else() {
        for set in [&lexicons().first_names, &lexicons().surnames, &lexicons().name_stopwords, &lexicons().places] {
            let WordSet::Sorted { lines, .. } = set else { panic!("the shipped lists are sorted") };
            let all: HashSet<&str> = lines.split('\n').collect();
            for w in lines.split('\n') {
                assert!(set.contains(w), "{w}");
                let shorter = &w[..w.char_indices().last().map_or(0, |(i, _)| i)];
                for near in [format!("{w}a"), format!("{w}{{"), format!("!{w}"), shorter.to_string()] {
                    assert_eq!(set.contains(&near), all.contains(near.as_str()), "{near}");
                }
            }
        }
    }

    #[test]
    fn phrase_lookup_says_when_a_longer_entry_continues_the_key() {
        let places = &lexicons().places;
        assert_eq!(places.lookup_phrase("sioux"), (places.contains("sioux"), true));
        assert_eq!(places.lookup_phrase("sioux falls"), (true, places.lines_with_prefix("sioux falls ")));
        assert_eq!(places.lookup_phrase("qwxz"), (false, false));
        // Against the plain definition, for every word and every two-word prefix of the list.
        let WordSet::Sorted { lines, .. } = places else { panic!("the shipped lists are sorted") };
        for entry in lines.split('\n') {
            let words: Vec<&str> = entry.split(' ').collect();
            for n in 1..=words.len() {
                let key = words[..n].join(" ");
                if key.len() < 2 {
                    continue;
                }
                let expected = (places.contains(&key), places.lines_with_prefix(&format!("{key} ")));
                assert_eq!(places.lookup_phrase(&key), expected, "{key}");
            }
        }
    }

    #[test]
    fn buckets_follow_byte_order() {
        let mut words = vec!["", "!", "!z", "#a", "a", "a!", "aa", "az", "a{", "b", "zz", "{", "{a", "\u{e9}", "\u{e9}a"];
        words.sort();
        let buckets: Vec<usize> = words.iter().map(|w| crate::fold::bucket(w.as_bytes())).collect();
        assert!(buckets.windows(2).all(|p| p[0] <= p[1]), "{words:?} {buckets:?}");
    }

    #[test]
    fn list_files_skip_comments_and_blank_lines() {
        let got: Vec<&str> = entries("# source: x\nalpha\n\n beta # note\n").collect();
        assert_eq!(got, ["alpha", "beta"]);
    }
}
