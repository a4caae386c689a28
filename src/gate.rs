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
//! [`crate::gate_table`], keyed by a hash of the pattern. A pattern whose text changed has no
//! entry and is never gated, so a stale table costs speed, never a finding.
//!
//! At run time, [`Scope::enter`] notes which gate literals occur in the folded text of a scan
//! (one pass of a byte table for one-byte literals and of an Aho-Corasick automaton for the
//! rest; texts over [`MAX_GATED_BYTES`] are not gated). A search of a haystack that lies inside
//! that text is skipped when none of the pattern's gate literals occurs in it: a match inside
//! the haystack would be a match inside the text, and so would contain one. Any other haystack
//! (the original text, a string built by a rule, a search outside a scan) is searched as
//! before.

use std::cell::RefCell;
use std::sync::LazyLock;


use crate::gate_table::{GATES, LITERALS};

/// The gate of the pattern `pattern` (after the ASCII rewrite of [`crate::text::regex`]): the
/// indexes of its literals in [`LITERALS`], or `None` when it has no entry.
pub(crate) fn gate_of(pattern: &str) -> Option<&'static [u16]> {
    let h = fnv1a(pattern.as_bytes());
    GATES.binary_search_by_key(&h, |&(k, _)| k).ok().map(|i| GATES[i].1)
}

/// FNV-1a, 64 bits: the key of a pattern in the table (the same on every platform).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The gate literals longer than one byte, and for each its index in [`LITERALS`]. (One-byte
/// literals, digits and marks that occur in most texts, are found by a byte table instead:
/// reporting each of their many occurrences made the automaton's pass several times slower.)
static MATCHER: LazyLock<(aho_corasick::nfa::contiguous::NFA, Vec<usize>)> = LazyLock::new(|| {
    let long: Vec<usize> = (0..LITERALS.len()).filter(|&i| LITERALS[i].len() > 1).collect();
    // (From a `&[String]`, like every automaton of the crate: the builder is compiled once.)
    let literals: Vec<String> = long.iter().map(|&i| LITERALS[i].to_string()).collect();
    let ac = crate::phrase_index::standard(&literals[..]);
    (ac, long)
});

/// For each byte value, the index in [`LITERALS`] of the one-byte literal it is, if any.
static BYTE_LITERALS: LazyLock<[Option<u16>; 256]> = LazyLock::new(|| {
    let mut t = [None; 256];
    for (i, l) in LITERALS.iter().enumerate() {
        if l.len() == 1 {
            t[usize::from(l.as_bytes()[0])] = Some(i as u16);
        }
    }
    t
});

/// Texts longer than this (in bytes, together) are not gated.
pub const MAX_GATED_BYTES: usize = 2048;

/// The texts of the scans in progress on this thread, with the gate literals they hold.
struct Texts {
    id: u64,
    /// Address ranges of the texts.
    ranges: Vec<(usize, usize)>,
    /// Bit `i` is set when `LITERALS[i]` occurs in one of the texts.
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
    pub fn enter(texts: &[&str]) -> Scope {
        // Longer texts hold most gate literals somewhere, so the pass that looks for them
        // costs more than the searches it saves (+4% per scan at 10 KB, −3.5% at 280 bytes).
        let gated = !DISABLED.get() && texts.iter().map(|t| t.len()).sum::<usize>() <= MAX_GATED_BYTES;
        if !gated {
            // No texts registered: every search of them runs (ids of registered texts start at 1).
            return Scope { id: 0 };
        }
        let mut present = vec![0u64; LITERALS.len().div_ceil(64)];
        let (ac, long) = &*MATCHER;
        for t in texts {
            let mut bytes = [false; 256];
            for &b in t.as_bytes() {
                bytes[usize::from(b)] = true;
            }
            for (b, &seen) in bytes.iter().enumerate() {
                if let (true, Some(i)) = (seen, BYTE_LITERALS[b]) {
                    present[usize::from(i) / 64] |= 1 << (i % 64);
                }
            }
            for m in crate::phrase_index::overlapping(ac, t) {
                let i = long[m.pattern().as_usize()];
                present[i / 64] |= 1 << (i % 64);
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
