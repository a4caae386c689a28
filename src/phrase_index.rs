//! One search of a scanned text for every phrase list.
//!
//! The rules ask their [`PhraseSet`](crate::lexicon::PhraseSet)s about the text sentence by
//! sentence, window by window: about fifty searches of a 280-byte post, each a pass of its own
//! automaton, were 41% of the instructions of a scan. Instead, every set registers its phrases
//! here when it is built, and [`Scope::enter`] searches the folded text of a scan once, with one
//! automaton over the phrases of every registered set, noting every occurrence of every phrase
//! (overlapping ones too). While the scope lives, a set's search of a haystack that lies inside
//! that text is answered from the occurrences that fall inside the haystack
//! (`occurrences`); the set then picks among them as its own search would have (leftmost,
//! then longest). Any other haystack (a string built by a rule, a search outside a scan), and a
//! set registered after the shared automaton was last built, is searched by the set itself, a
//! walk down its sorted phrases (`lexicon::Sorted`). The two give the same matches: `lexicon`'s tests compare them on random texts
//! and haystacks, and `tests/gates.rs` compares whole scans of the corpus.
//!
//! Sets are statics, built the first time a rule asks for one, so they register during the
//! first scans of a process; the shared search catches up at the start of the next scan (see
//! `shared`). On a 280-byte post this cut the instructions per scan from 0.61 M to 0.51 M; on
//! the dev corpus's 34 KB from 59.4 M to 56.0 M (docs/PERFORMANCE.md).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::{Arc, Mutex, MutexGuard};

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous;
use aho_corasick::{Input, MatchKind};

/// Every registered phrase, and for each the set it belongs to and its index there.
struct Registry {
    phrases: Vec<String>,
    owners: Vec<(u32, u32)>,
    sets: u32,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry { phrases: Vec::new(), owners: Vec::new(), sets: 0 });

/// The shared search: an automaton over the phrases of the sets registered when it was built
/// and, when sets have registered since, a second one over theirs (see [`shared`]).
struct Shared {
    parts: Vec<Arc<Part>>,
    /// Sets `0..sets` are searched.
    sets: u32,
}

/// One automaton over some of the registered phrases, and for each its set and its index there.
struct Part {
    ac: contiguous::NFA,
    owners: Vec<(u32, u32)>,
}

static SHARED: Mutex<Option<Arc<Shared>>> = Mutex::new(None);

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Registers a set's (folded) phrases; returns the set's id.
pub(crate) fn register(phrases: &[String]) -> u32 {
    let mut r = lock(&REGISTRY);
    let set = r.sets;
    r.sets += 1;
    r.phrases.extend(phrases.iter().cloned());
    r.owners.extend((0..phrases.len() as u32).map(|i| (set, i)));
    set
}

/// The shared search, brought up to date with the registered sets. Sets are statics, built the
/// first time a rule asks for one, so most register in the first scan of a process and the
/// rest, one by one, in later scans that take a rarer path. Building the automaton again over
/// every phrase each time costs as much as building it the first time (about 16 M
/// instructions), so the late sets get a second, small automaton of their own, built again when
/// another registers; when it holds more than a quarter as many phrases as the first, the two
/// are merged into one.
fn shared() -> Arc<Shared> {
    build_shared(false)
}

/// [`shared`], with every registered set in one automaton when `merge` is set.
fn build_shared(merge: bool) -> Arc<Shared> {
    let mut shared = lock(&SHARED);
    let r = lock(&REGISTRY);
    if let Some(s) = shared.as_ref().filter(|s| s.sets == r.sets && !(merge && s.parts.len() > 1)) {
        return s.clone();
    }
    let part = |from: usize| {
        // Standard semantics, searched for overlapping matches: every occurrence of every
        // phrase, from which each set picks its own leftmost-longest ones. (A DFA took
        // about 9 times as long to build, for 2% fewer instructions per scan of a post.)
        let ac = standard(&r.phrases[from..]);
        Arc::new(Part { ac, owners: r.owners[from..].to_vec() })
    };
    let parts = match shared.as_ref().map(|s| s.parts[0].clone()) {
        Some(first) if !merge && (r.phrases.len() - first.owners.len()) * 4 <= first.owners.len() => {
            vec![first.clone(), part(first.owners.len())]
        }
        _ => vec![part(0)],
    };
    let s = Arc::new(Shared { parts, sets: r.sets });
    *shared = Some(s.clone());
    s
}

/// Brings the shared search up to date with the registered sets now, instead of at the start
/// of the next scan ([`crate::Scanner::prepare`] calls it after its warm-up scans).
pub fn catch_up() {
    // (into one automaton: the late sets of the warm-up scans, merged, no longer count toward
    // the quarter that makes the next late set rebuild everything in a clinician's scan)
    build_shared(true);
}

/// One occurrence of a phrase, as byte offsets in the scanned text.
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    set: u32,
    start: u32,
    end: u32,
    phrase: u32,
}

/// The occurrences in one scanned text, grouped by set.
struct Index {
    id: u64,
    /// Address range of the text.
    text: (usize, usize),
    /// Sets `0..sets` were searched.
    sets: u32,
    /// Set `k`'s occurrences are `occurrences[first[k]..first[k + 1]]`, by start, then longest
    /// first, then by phrase.
    first: Vec<u32>,
    occurrences: Vec<Occurrence>,
}

thread_local! {
    static SCOPES: RefCell<(u64, Vec<Rc<Index>>)> = const { RefCell::new((0, Vec::new())) };
    static DISABLED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with no search answered from an index, even inside a scope entered before (every
/// set searches by itself): for tests and benchmarks that compare the two.
pub fn without_index<R>(f: impl FnOnce() -> R) -> R {
    crate::gate::with_flag_set(&DISABLED, f)
}

/// While alive, the phrase sets' searches inside `text` are answered from one search of it (see
/// the module documentation). Dropping it ends that, so that no later string allocated at the
/// same address is mistaken for this text.
#[derive(Debug)]
pub struct Scope {
    id: u64,
}

impl Scope {
    pub fn enter(text: &str) -> Scope {
        if DISABLED.get() || u32::try_from(text.len()).is_err() {
            return Scope { id: 0 };
        }
        let shared = shared();
        let sets = shared.sets as usize;
        let mut found: Vec<Occurrence> = Vec::new();
        for part in &shared.parts {
            for m in overlapping(&part.ac, text) {
                let (set, phrase) = part.owners[m.pattern().as_usize()];
                found.push(Occurrence { set, start: m.start() as u32, end: m.end() as u32, phrase });
            }
        }
        // Grouped by set (a counting sort), then each group in the order of `before`.
        let mut first = vec![0u32; sets + 1];
        for o in &found {
            first[o.set as usize + 1] += 1;
        }
        for k in 0..sets {
            first[k + 1] += first[k];
        }
        let mut next = first.clone();
        let mut occurrences = found.clone();
        for &o in &found {
            occurrences[next[o.set as usize] as usize] = o;
            next[o.set as usize] += 1;
        }
        for k in 0..sets {
            sort(&mut occurrences[first[k] as usize..first[k + 1] as usize]);
        }
        let text = (text.as_ptr() as usize, text.as_ptr() as usize + text.len());
        SCOPES.with(|s| {
            let mut s = s.borrow_mut();
            s.0 += 1;
            let id = s.0;
            s.1.push(Rc::new(Index { id, text, sets: shared.sets, first, occurrences }));
            Scope { id }
        })
    }
}

/// Whether occurrence `a` comes before `b` in a set's group: by start, then the longer first
/// (the leftmost-longest match at a start is the first that fits), then by phrase (of two equal
/// phrases, the set's own search reports the first).
fn before(a: &Occurrence, b: &Occurrence) -> bool {
    (a.start, std::cmp::Reverse(a.end), a.phrase) < (b.start, std::cmp::Reverse(b.end), b.phrase)
}

/// Sorts a set's occurrences by [`before`]. They arrive in the order of their ends, so an
/// occurrence moves only past the later-ending ones of its set that start before it, the longer
/// phrases around it: a few at most, and an insertion sort does little work (and adds less to
/// the wasm than a general sort).
fn sort(group: &mut [Occurrence]) {
    for i in 1..group.len() {
        let mut j = i;
        while j > 0 && before(&group[j], &group[j - 1]) {
            group.swap(j, j - 1);
            j -= 1;
        }
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        if self.id != 0 {
            let _ = SCOPES.try_with(|s| {
                let scopes = &mut s.borrow_mut().1;
                if let Some(i) = scopes.iter().rposition(|t| t.id == self.id) {
                    scopes.remove(i);
                }
            });
        }
    }
}

/// Set `set`'s phrase occurrences inside `hay`, when `hay` lies inside the text of a scope
/// that searched that set; `None` otherwise.
pub(crate) fn occurrences(set: u32, hay: &str) -> Option<Occurrences> {
    if DISABLED.get() {
        return None;
    }
    let (p, e) = (hay.as_ptr() as usize, hay.as_ptr() as usize + hay.len());
    SCOPES.with(|s| {
        let s = s.borrow();
        let index = s.1.iter().rev().find(|t| t.text.0 <= p && e <= t.text.1 && set < t.sets)?.clone();
        let offset = p - index.text.0;
        let (from, to) = (index.first[set as usize] as usize, index.first[set as usize + 1] as usize);
        let next = from + index.occurrences[from..to].partition_point(|o| (o.start as usize) < offset);
        Some(Occurrences { index, next, to, offset, len: hay.len() })
    })
}

/// A set's occurrences inside one haystack, read left to right.
pub(crate) struct Occurrences {
    index: Rc<Index>,
    /// The first occurrence not yet passed, and the end of the set's occurrences.
    next: usize,
    to: usize,
    /// Where the haystack starts in the text, and its length.
    offset: usize,
    len: usize,
}

impl Occurrences {
    /// The leftmost-longest occurrence that starts at or after byte `at` of the haystack and
    /// ends inside it, as (start, end, phrase index) in the haystack. `at` must not decrease
    /// from one call to the next.
    pub(crate) fn leftmost_longest_from(&mut self, at: usize) -> Option<(usize, usize, usize)> {
        let all = &self.index.occurrences[..self.to];
        let at = self.offset + at;
        let hay_end = self.offset + self.len;
        while self.next < all.len() && (all[self.next].start as usize) < at {
            self.next += 1;
        }
        all[self.next..]
            .iter()
            .take_while(|o| (o.start as usize) < hay_end)
            .find(|o| o.end as usize <= hay_end)
            .map(|o| (o.start as usize - self.offset, o.end as usize - self.offset, o.phrase as usize))
    }
}

/// Every occurrence of every phrase of `ac` (a contiguous NFA with standard semantics, the one
/// kind of automaton the crate searches for overlapping matches; the gate uses it too).
pub fn overlapping<'a, 'h>(ac: &'a contiguous::NFA, text: &'h str) -> impl Iterator<Item = aho_corasick::Match> + use<'a, 'h> {
    ac.try_find_overlapping_iter(Input::new(text)).expect("standard semantics allow overlapping search")
}

/// A contiguous NFA with standard semantics over `phrases`.
pub fn standard(phrases: &[String]) -> contiguous::NFA {
    contiguous::Builder::new().match_kind(MatchKind::Standard).build(phrases).expect("phrase lists are small and valid")
}
