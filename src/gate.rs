//! Literal gates for the built-in patterns: a pattern is compiled and searched only when the
//! text holds one of the words every match of it must contain.
//!
//! Compiling the built-in patterns was about two thirds of start-up (the first scan after the
//! service worker loads), and every scan searched every pattern, though a typical post can
//! match fewer than half of them: the address pattern cannot match a text without a street
//! word, the account-number pattern one without "account", "cuenta" or "card ending".
//!
//! For each pattern, `tests/gates.rs` computes from its syntax tree a set of literals such that
//! every match contains at least one of them (the pattern's *gate*), and writes them to
//! [`crate::gate_table`], keyed by a hash of the pattern. A literal that every match has at a
//! word's start or end (after `\b`, before a space) is marked so, and counts only there: "ur"
//! of `\b(?:your|ur)` does not let "your" through. A pattern whose text changed has no
//! entry and is never gated, so a stale table costs speed, never a finding.
//!
//! A literal may span two parts of a pattern ("0." for `[0-9]\.`, ".com"). Two kinds of
//! literal stand for more than their bytes: a space stands for any white space of the
//! patterns' `\s`, and a *run literal* for a number of ASCII digits in a row (`[0-9]{4}` needs
//! four, whichever they are). The table numbers its literals in the order the gates first use
//! them and writes each gate as 7-bit differences between those numbers (`gate_of` reads
//! them back), which compresses to a fifth of a list of 16-bit numbers.
//!
//! At run time, [`Scope::enter`] notes which gate literals occur in the folded text of a scan
//! and in the text as typed (a byte table for one-byte literals, a table of the others' first
//! two bytes, the longest run of digits; texts over [`MAX_GATED_BYTES`] are not gated). A
//! search of a haystack that lies inside that text is skipped when none of the pattern's gate
//! literals occurs in it: a match inside the haystack would be a match inside the text, and so
//! would contain one. Any other haystack (the original text, a string built by a rule, a
//! search outside a scan) is searched as before.

use std::cell::RefCell;
use std::sync::LazyLock;

use crate::gate_table::{ENDS, GATE_LITERALS, KEYS, LITERALS};

/// The gate of the pattern `pattern` (after the ASCII rewrite of [`crate::text::regex`]): the
/// indexes of its literals (lines of [`LITERALS`]), or `None` when it has no entry.
pub(crate) fn gate_of(pattern: &str) -> Option<Box<[u16]>> {
    let i = KEYS.binary_search(&key(pattern)).ok()?;
    let start = if i == 0 { 0 } else { usize::from(ENDS[i - 1]) };
    // (each number is the difference from the one before, in 7-bit groups, low first)
    let (mut gate, mut number, mut delta, mut shift) = (Vec::new(), 0u32, 0u32, 0);
    for &b in &GATE_LITERALS[start..usize::from(ENDS[i])] {
        delta |= u32::from(b & 0x7f) << shift;
        if b & 0x80 != 0 {
            shift += 7;
        } else {
            number += delta;
            gate.push(number as u16);
            (delta, shift) = (0, 0);
        }
    }
    Some(gate.into())
}

/// The gate of `pattern` as text, one literal each, with "^" for a word's-edge mark (for
/// `examples/pattern_cost.rs`), or `None` when it has no entry.
pub fn gate_text(pattern: &str) -> Option<Vec<String>> {
    let lines: Vec<&str> = LITERALS.split_terminator('\n').collect();
    Some(gate_of(pattern)?.iter().map(|&i| lines[usize::from(i)].replace('\u{1}', "^").replace('\u{2}', "#")).collect())
}

/// The key of a pattern in the table: the low half of its [`fnv1a`] (`tests/gates.rs` checks
/// that no two built-in patterns share one).
pub fn key(pattern: &str) -> u32 {
    fnv1a(pattern.as_bytes()) as u32
}

/// FNV-1a, 64 bits (the same on every platform).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Marks the side of a gate literal on which it counts only at a word's edge: `"\u{1}ur"`
/// counts where "ur" starts a word (no ASCII letter, digit or `_` before it), `"ur\u{1}"` where
/// it ends one. (`tests/gates.rs` marks a literal so when every match that contains it has a
/// word boundary or a non-word character there.)
const EDGE: u8 = 1;

/// Starts a run literal: `"\u{2}4"` counts where four ASCII digits stand in a row (a phone's
/// last four, a year), whatever the digits.
const RUN: u8 = 2;

/// The white space of the patterns' `\s` as the gate reads it: every byte of it as a space
/// (`tests/gates.rs` writes a space in a literal for any of them).
fn spaced(b: u8) -> u8 {
    if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r') { b' ' } else { b }
}

/// The gate literals (the lines of [`LITERALS`]) without their marks, each with the edges it
/// needs (start, end).
static UNMARKED: LazyLock<Vec<(&'static str, bool, bool)>> = LazyLock::new(|| {
    let unmarked = |l: &'static str| {
        let start = l.as_bytes().first() == Some(&EDGE);
        let end = l.len() > 1 && l.as_bytes().last() == Some(&EDGE);
        (&l[usize::from(start)..l.len() - usize::from(end)], start, end)
    };
    LITERALS.split_terminator('\n').map(unmarked).collect()
});

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether the occurrence `at` of a literal in `t` counts for a literal that needs a word's
/// `start` and/or `end` there: no word byte touches an edge it needs.
fn on_edges(t: &[u8], at: std::ops::Range<usize>, start: bool, end: bool) -> bool {
    !(start && at.start > 0 && is_word_byte(t[at.start - 1])) && !(end && at.end < t.len() && is_word_byte(t[at.end]))
}

/// The gate literals longer than one byte, by their first two bytes: indexes in [`UNMARKED`],
/// and for each pair of bytes `(a, b)`, where the run of those that start with it begins (at
/// `a * 256 + b`; the last entry is the end). Building this costs next to nothing; an
/// Aho-Corasick automaton of the same literals was a sixth of the first scan after start-up.
/// (One-byte literals, digits and marks that occur in most texts, are found by a byte pass.)
static PAIRS: LazyLock<(Vec<u16>, Vec<u16>)> = LazyLock::new(|| {
    let pair = |i: usize| {
        let l = UNMARKED[i].0.as_bytes();
        (l.len() > 1 && l[0] != RUN).then(|| usize::from(l[0]) << 8 | usize::from(l[1]))
    };
    let mut starts = vec![0u16; (1 << 16) + 1];
    for p in (0..UNMARKED.len()).filter_map(pair) {
        starts[p + 1] += 1;
    }
    for p in 0..1 << 16 {
        starts[p + 1] += starts[p];
    }
    // (a counting sort: each literal goes to the next free place of its pair's run)
    let mut next = starts.clone();
    let mut order = vec![0u16; usize::from(starts[1 << 16])];
    for i in 0..UNMARKED.len() {
        if let Some(p) = pair(i) {
            order[usize::from(next[p])] = i as u16;
            next[p] += 1;
        }
    }
    (order, starts)
});

/// The one-byte literals: index in [`UNMARKED`], byte, and the bit of the byte pass in
/// [`Scope::enter`] that its edges need.
static BYTE_LITERALS: LazyLock<Vec<(usize, u8, u8)>> = LazyLock::new(|| {
    let one = |(i, &(s, start, end)): (usize, &(&str, bool, bool))| {
        (s.len() == 1).then(|| (i, s.as_bytes()[0], 1u8 << (usize::from(start) + 2 * usize::from(end))))
    };
    UNMARKED.iter().enumerate().filter_map(one).collect()
});

/// The run literals: index in [`UNMARKED`] and the digits in a row each needs.
static RUN_LITERALS: LazyLock<Vec<(usize, usize)>> = LazyLock::new(|| {
    let run = |(i, &(s, _, _)): (usize, &(&str, bool, bool))| {
        let b = s.as_bytes();
        (b.len() == 2 && b[0] == RUN).then(|| (i, usize::from(b[1] - b'0')))
    };
    UNMARKED.iter().enumerate().filter_map(run).collect()
});

/// Scans of texts longer than this (in bytes; a scan registers its text folded and as typed)
/// are not gated.
pub const MAX_GATED_BYTES: usize = 2048;

/// The texts of the scans in progress on this thread, with the gate literals they hold.
struct Texts {
    id: u64,
    /// Address ranges of the texts.
    ranges: Vec<(usize, usize)>,
    /// Bit `i` is set when gate literal `i` occurs in one of the texts.
    present: Vec<u64>,
}

thread_local! {
    static SCOPES: RefCell<(u64, Vec<Texts>)> = const { RefCell::new((0, Vec::new())) };
    static DISABLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with no search gated (scans started inside `f` gate nothing): for tests and
/// benchmarks that compare the two.
pub fn without_gates<R>(f: impl FnOnce() -> R) -> R {
    with_flag_set(&DISABLED, f)
}

/// Runs `f` with the thread-local `flag` set, and restores it however `f` ends (a failing
/// test's panic included). (`without_gates` and `phrase_index::without_index`.)
pub(crate) fn with_flag_set<R>(flag: &'static std::thread::LocalKey<std::cell::Cell<bool>>, f: impl FnOnce() -> R) -> R {
    struct Restore(&'static std::thread::LocalKey<std::cell::Cell<bool>>, bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            self.0.set(self.1);
        }
    }
    let _restore = Restore(flag, flag.replace(true));
    f()
}

/// While alive, searches of built-in patterns inside `texts` are gated (see the module
/// documentation). Dropping it ends the gating, so that no later string allocated at the same
/// address is mistaken for these texts.
#[derive(Debug)]
pub struct Scope {
    id: u64,
}

impl Scope {
    /// Gates searches inside `texts` until the scope is dropped. Where a text as typed is among
    /// them, so must be its folded form ([`crate::fold`]): a gate literal of letters of either
    /// case ("colonia" for `(?i:colonia)`) is found in lower case, in the folded text only.
    pub fn enter(texts: &[&str]) -> Scope {
        // Longer texts hold most gate literals somewhere, so the pass that looks for them
        // costs more than the searches it saves (+4% per scan at 10 KB, −3.5% at 280 bytes).
        let gated = !DISABLED.get() && texts.iter().all(|t| t.len() <= MAX_GATED_BYTES);
        if !gated {
            // No texts registered: every search of them runs (ids of registered texts start at 1).
            return Scope { id: 0 };
        }
        let mut present = vec![0u64; UNMARKED.len().div_ceil(64)];
        let (order, starts) = &*PAIRS;
        for t in texts {
            // For each byte value, bit 0: it occurs; 1: at a word's start; 2: at its end; 3: both.
            let mut bytes = [0u8; 256];
            let tb = t.as_bytes();
            for (k, &b) in tb.iter().enumerate() {
                let (start, end) = (k == 0 || !is_word_byte(tb[k - 1]), k + 1 == tb.len() || !is_word_byte(tb[k + 1]));
                bytes[usize::from(b)] |= 1 | u8::from(start) << 1 | u8::from(end) << 2 | u8::from(start && end) << 3;
            }
            for &(i, b, need) in BYTE_LITERALS.iter() {
                if bytes[usize::from(b)] & need != 0 {
                    present[i / 64] |= 1 << (i % 64);
                }
            }
            let longest_run = tb.split(|b| !b.is_ascii_digit()).map(<[u8]>::len).max().unwrap_or(0);
            for &(i, n) in RUN_LITERALS.iter() {
                if longest_run >= n {
                    present[i / 64] |= 1 << (i % 64);
                }
            }
            for k in 0..tb.len().saturating_sub(1) {
                let p = usize::from(spaced(tb[k])) << 8 | usize::from(spaced(tb[k + 1]));
                for &i in &order[usize::from(starts[p])..usize::from(starts[p + 1])] {
                    let (l, start, end) = UNMARKED[usize::from(i)];
                    // (the first two bytes are the pair's; a short loop beats a call to memcmp)
                    let rest = &l.as_bytes()[2..];
                    let same = tb.len() >= k + l.len() && rest.iter().zip(&tb[k + 2..]).all(|(&x, &y)| x == spaced(y));
                    if same && on_edges(tb, k..k + l.len(), start, end) {
                        present[usize::from(i) / 64] |= 1 << (i % 64);
                    }
                }
            }
        }
        let ranges = texts.iter().map(|t| (t.as_ptr() as usize, t.as_ptr() as usize + t.len())).collect();
        SCOPES.with(|s| {
            let mut s = s.borrow_mut();
            s.0 += 1;
            let id = s.0;
            s.1.push(Texts { id, ranges, present });
            Scope { id }
        })
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        let _ = SCOPES.try_with(|s| s.borrow_mut().1.retain(|t| t.id != self.id));
    }
}

/// Whether a pattern with gate `gate` may match in `hay`: false only when `hay` lies inside the
/// texts of a scan in progress and none of the gate's literals occurs in them.
pub(crate) fn may_match(gate: &[u16], hay: &str) -> bool {
    if hay.is_empty() {
        return true;
    }
    let (p, e) = (hay.as_ptr() as usize, hay.as_ptr() as usize + hay.len());
    SCOPES.with(|s| {
        let s = s.borrow();
        match s.1.iter().rev().find(|t| t.ranges.iter().any(|&(a, b)| a <= p && e <= b)) {
            Some(t) => gate.iter().any(|&i| t.present[usize::from(i) / 64] & (1 << (i % 64)) != 0),
            None => true,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marked_literal_counts_only_at_the_word_edges_it_needs() {
        let t = b"your ur_x ur";
        assert!(
            !on_edges(t, 2..4, true, false),
            "\"ur\" inside \"your\" does not start a word"
        );
        assert!(on_edges(t, 2..4, false, true), "it ends one");
        assert!(
            on_edges(t, 5..7, true, false),
            "\"ur\" after a space starts a word"
        );
        assert!(!on_edges(t, 5..7, false, true), "\"_\" is a word byte");
        assert!(
            on_edges(t, 10..12, true, true),
            "the end of the text is an edge"
        );
        assert!(
            on_edges(t, 2..4, false, false),
            "an unmarked literal counts anywhere"
        );
    }

    /// Whether a scan of `text` lets through a gate of the one literal `literal`.
    fn lets_through(literal: &str, text: &str) -> bool {
        let i = UNMARKED.iter().position(|l| l.0 == literal).unwrap_or_else(|| panic!("{literal:?} is no gate literal"));
        let _scope = Scope::enter(&[text]);
        may_match(&[i as u16], text)
    }

    #[test]
    fn a_run_literal_counts_where_that_many_digits_stand_in_a_row() {
        assert!(lets_through("\u{2}4", "call 555-0148 today"), "four digits");
        assert!(lets_through("\u{2}4", "born in 19871"), "five digits hold four");
        assert!(!lets_through("\u{2}4", "at 10:30 on 3/14, room 212"), "never more than three in a row");
    }

    #[test]
    fn a_space_in_a_literal_stands_for_any_white_space_of_the_patterns() {
        let (literal, _, _) = *UNMARKED.iter().find(|l| l.0.len() > 3 && l.0.starts_with(' ') && !l.1 && !l.2).expect("a literal that starts with a space");
        let word = &literal[1..];
        for gap in [" ", "\t", "\n", "\r\n", "\x0B", "\x0C"] {
            assert!(lets_through(literal, &format!("x{gap}{word} y")), "{gap:?} before {word:?}");
        }
        assert!(!lets_through(literal, &format!("x-{word} y")), "not a hyphen");
    }

    #[test]
    fn a_scan_lets_a_pattern_through_only_when_its_marked_literal_is_on_its_edges() {
        let (i, word) = UNMARKED
            .iter()
            .enumerate()
            .find(|(_, l)| l.1 && l.2 && l.0.len() > 2)
            .map(|(i, l)| (i as u16, l.0))
            .expect("a literal marked on both edges");
        let may = |text: &str| {
            let _scope = Scope::enter(&[text]);
            may_match(&[i], text)
        };
        assert!(may(&format!("so {word}.")), "{word:?} as a word");
        assert!(
            !may(&format!("so x{word} {word}s")),
            "{word:?} only inside words"
        );
        let byte = BYTE_LITERALS
            .iter()
            .find(|b| b.2 == 1 << 1)
            .expect("a one-byte literal marked at a word's start");
        let may_byte = |text: &str| {
            let _scope = Scope::enter(&[text]);
            may_match(&[byte.0 as u16], text)
        };
        let c = char::from(byte.1);
        assert!(
            may_byte(&format!("a {c}")) && !may_byte(&format!("a x{c}")),
            "{c:?} at a word's start and inside one"
        );
    }
}
