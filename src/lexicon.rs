//! Word lists and phrase matchers. Lists are data files under `data/` (see the README beside
//! each), compiled into the binary and parsed once per process.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

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

/// A set of single words, compared in folded form.
#[derive(Debug, Default)]
pub struct WordSet(HashSet<String, FnvBuild>);

impl WordSet {
    pub fn from_data(data: &str) -> Self {
        WordSet(entries(data).map(|e| Folded::new(e).s).collect())
    }

    pub fn from_list(words: &[&str]) -> Self {
        WordSet(words.iter().map(|e| Folded::new(e).s).collect())
    }

    /// Whether the folded word is in the set.
    pub fn contains(&self, folded_word: &str) -> bool {
        self.0.contains(folded_word)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
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
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
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

static LEXICONS: OnceLock<Lexicons> = OnceLock::new();

/// The shipped lists, parsed on first use.
pub fn lexicons() -> &'static Lexicons {
    LEXICONS.get_or_init(|| Lexicons {
        first_names: WordSet::from_data(include_str!("../data/lexicons/first_names.txt")),
        surnames: WordSet::from_data(include_str!("../data/lexicons/surnames.txt")),
        name_stopwords: WordSet::from_data(include_str!("../data/lexicons/name_stopwords.txt")),
        places: WordSet(
            entries(include_str!("../data/lexicons/places_us.txt"))
                .chain(entries(include_str!("../data/lexicons/places_es.txt")))
                .map(|e| Folded::new(e).s.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect(),
        ),
    })
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
    fn list_files_skip_comments_and_blank_lines() {
        let got: Vec<&str> = entries("# source: x\nalpha\n\n beta # note\n").collect();
        assert_eq!(got, ["alpha", "beta"]);
    }
}
