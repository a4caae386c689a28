//! Word lists and phrase matchers. Lists are data files under `data/` (see the README beside
//! each), compiled into the binary (the big lexicons already folded and sorted by build.rs).

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

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

/// A sorted list compiled by build.rs into front-coded blocks (see `array` there): `data` holds
/// the blocks, `lens[i]` the length of block `i`.
#[derive(Debug)]
pub struct FrontCoded {
    data: &'static [u8],
    lens: &'static [u16],
    /// Where the blocks and the buckets begin, worked out on the first lookup.
    layout: std::sync::OnceLock<Layout>,
    /// How many times [`FrontCoded::contains`] was asked before `filter` was built.
    asked: std::sync::atomic::AtomicU32,
    /// A Bloom filter of the entries, built once the list has been asked [`FILTER_AFTER`] times.
    filter: std::sync::OnceLock<Bloom>,
}

/// Lookups of a list before its [`Bloom`] filter is built. A search costs about 300
/// instructions; the filter answers most words that are not in the list ("the", "call") in a
/// tenth of that, but walking a list of 20,000 names to build it costs as much as a few
/// thousand searches, more than the first scans of a process ask for.
const FILTER_AFTER: u32 = 2048;

/// A Bloom filter over byte strings: two bits per entry, from the halves of its FNV-1a hash,
/// in a table of at least eight bits per entry. `false` is certain; `true` may be wrong.
#[derive(Debug)]
struct Bloom {
    bits: Box<[u64]>,
    mask: usize,
}

impl Bloom {
    fn new(entries: usize) -> Bloom {
        let len = (entries * 8).next_power_of_two().max(64);
        Bloom { bits: vec![0; len / 64].into_boxed_slice(), mask: len - 1 }
    }

    /// The two bits of the string whose hash is `h`.
    fn places(&self, h: u64) -> [usize; 2] {
        [h as usize & self.mask, (h >> 32) as usize & self.mask]
    }

    fn insert(&mut self, h: u64) {
        for k in self.places(h) {
            self.bits[k / 64] |= 1 << (k % 64);
        }
    }

    fn may_hold(&self, key: &[u8]) -> bool {
        self.places(crate::gate::fnv1a(key)).iter().all(|&k| self.bits[k / 64] & 1 << (k % 64) != 0)
    }
}

/// The longest entry build.rs lets into a list (it checks).
const MAX_ENTRY: usize = 96;
/// Bytes below this in a block are shared-prefix counts, which also end the entry before them.
const SHARED_LIMIT: u8 = 0x20;

/// The length of the entry (or entry suffix) `rest` starts with: up to the next shared-prefix
/// count, or to the end of the block.
fn entry_len(rest: &[u8]) -> usize {
    rest.iter().position(|&b| b < SHARED_LIMIT).unwrap_or(rest.len())
}

/// Whether `key` can be an entry of a front-coded list (no byte of it is a shared-prefix count).
fn codable(key: &str) -> bool {
    !key.bytes().any(|b| b < SHARED_LIMIT)
}

/// Where a [`FrontCoded`] list's blocks begin: `blocks[i]` for block `i` (and, last,
/// `data.len()`), and `index[b]` the first block of bucket `b` ([`crate::fold::bucket`]) and,
/// last, the number of blocks. (build.rs ships only the blocks' lengths: the two tables cost
/// 5.7 KB of the wasm gzipped, and working them out costs a few thousand instructions a list,
/// once.)
#[derive(Debug)]
struct Layout {
    blocks: Box<[u32]>,
    index: Box<[u32]>,
}

impl FrontCoded {
    /// A list of the blocks in `data` (see the type), with no filter yet.
    const fn new(data: &'static [u8], lens: &'static [u16]) -> FrontCoded {
        FrontCoded { data, lens, layout: std::sync::OnceLock::new(), asked: std::sync::atomic::AtomicU32::new(0), filter: std::sync::OnceLock::new() }
    }

    fn layout(&self) -> &Layout {
        self.layout.get_or_init(|| {
            let mut blocks = Vec::with_capacity(self.lens.len() + 1);
            let mut at = 0u32;
            blocks.push(0);
            for &len in self.lens {
                at += u32::from(len);
                blocks.push(at);
            }
            // Blocks follow the buckets' order and never span two, so bucket `b` starts at the
            // first block whose first entry's bucket is `b` or later.
            let mut index = Vec::with_capacity(crate::fold::BUCKETS + 1);
            for i in 0..self.lens.len() {
                let (start, end) = (blocks[i] as usize, blocks[i + 1] as usize);
                let b = crate::fold::bucket(&self.data[start..start + entry_len(&self.data[start..end])]);
                while index.len() <= b {
                    index.push(i as u32);
                }
            }
            index.resize(crate::fold::BUCKETS + 1, self.lens.len() as u32);
            Layout { blocks: blocks.into_boxed_slice(), index: index.into_boxed_slice() }
        })
    }

    /// Whether `key` is an entry: [`FrontCoded::search`], after the list's filter once it has
    /// one.
    fn contains(&self, key: &[u8]) -> bool {
        match self.filter() {
            Some(filter) if !filter.may_hold(key) => false,
            _ => self.search(key).0,
        }
    }

    /// The list's filter, built on the [`FILTER_AFTER`]th call.
    fn filter(&self) -> Option<&Bloom> {
        if let Some(filter) = self.filter.get() {
            return Some(filter);
        }
        if self.asked.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < FILTER_AFTER {
            return None;
        }
        Some(self.build_filter())
    }

    /// Builds the list's filter now, if it has none ([`crate::Scanner::prepare`] does, while
    /// the extension is idle).
    fn build_filter(&self) -> &Bloom {
        self.filter.get_or_init(|| {
            let mut entries = Vec::new();
            self.walk(0..self.lens.len(), |e| {
                entries.push(crate::gate::fnv1a(e));
                true
            });
            // (hashed while walking: an entry is only borrowed for the length of the call)
            let mut bloom = Bloom::new(entries.len());
            for h in entries {
                bloom.insert(h);
            }
            bloom
        })
    }

    /// The whole entry that starts block `i` (of `blocks`, the list's [`Layout`]).
    fn head(&self, blocks: &[u32], i: usize) -> &'static [u8] {
        let (at, end) = (blocks[i] as usize, blocks[i + 1] as usize);
        &self.data[at..at + entry_len(&self.data[at..end])]
    }

    /// Calls `f` on the entries of `blocks`, in order, until it returns false.
    fn walk(&self, blocks: Range<usize>, mut f: impl FnMut(&[u8]) -> bool) {
        let mut entry = [0u8; MAX_ENTRY];
        let starts = &self.layout().blocks;
        for i in blocks {
            let (mut at, end) = (starts[i] as usize, starts[i + 1] as usize);
            let mut shared = 0;
            while at < end {
                let len = entry_len(&self.data[at..end]);
                entry[shared..shared + len].copy_from_slice(&self.data[at..at + len]);
                if !f(&entry[..shared + len]) {
                    return;
                }
                at += len;
                if at < end {
                    shared = self.data[at] as usize;
                    at += 1;
                }
            }
        }
    }

    /// Whether `key` is an entry, and whether the first entry after it continues it after a
    /// space (`key` must be at least two bytes: a shorter key's continuations can lie in
    /// another bucket).
    fn search(&self, key: &[u8]) -> (bool, bool) {
        let continues = |entry: &[u8]| entry.len() > key.len() && entry.starts_with(key) && entry[key.len()] == b' ';
        let b = crate::fold::bucket(key);
        let Layout { blocks, index } = self.layout();
        let (lo, hi) = (index[b] as usize, index[b + 1] as usize);
        // Bisect for the first block whose first entry is after the key: the key can only be
        // in the block before it.
        let (mut after, mut z) = (lo, hi);
        while after < z {
            let mid = after + (z - after) / 2;
            if self.head(blocks, mid) <= key {
                after = mid + 1;
            } else {
                z = mid;
            }
        }
        if after == lo {
            return (false, lo < hi && continues(self.head(blocks, lo)));
        }
        // Read the block's entries in order without rebuilding them: while an entry is before
        // the key, `m` is how many leading bytes it shares with the key, and the next entry
        // (which shares `shared` bytes with it) is still before the key if `shared > m`, after
        // it if `shared < m`, and otherwise compared from byte `m` on.
        let i = after - 1;
        let head = self.head(blocks, i);
        let (mut at, end) = (blocks[i] as usize + head.len(), blocks[i + 1] as usize);
        let mut m = head.iter().zip(key).take_while(|(x, y)| x == y).count();
        let mut found = head == key;
        while at < end {
            let shared = self.data[at] as usize;
            let len = entry_len(&self.data[at + 1..end]);
            let suffix = &self.data[at + 1..at + 1 + len];
            at += len + 1;
            if shared > m {
                continue;
            }
            if shared < m {
                return (found, false);
            }
            let rest = &key[m..];
            let n = suffix.iter().zip(rest).take_while(|(x, y)| x == y).count();
            match (suffix.get(n), rest.get(n)) {
                (None, None) => {
                    found = true;
                    m = key.len();
                }
                (None, Some(_)) => m += n,
                (Some(&next), None) => return (found, next == b' '),
                (Some(x), Some(y)) if x < y => m += n,
                (Some(_), Some(_)) => return (found, false),
            }
        }
        // The block ended: the next entry starts the next block, if that is in the bucket.
        (found, i + 1 < hi && continues(self.head(blocks, i + 1)))
    }

    /// Every entry, in order.
    pub fn entries(&self) -> Vec<String> {
        let mut all = Vec::new();
        self.walk(0..self.lens.len(), |e| {
            all.push(String::from_utf8_lossy(e).into_owned());
            true
        });
        all
    }
}

/// A fixed list of words written in the source ([`lines!`](crate::lines!)), looked up in a hash table built on
/// first use. (A linear `contains` over a slice of a hundred or more words, asked for most tokens
/// of a text, was a measurable part of every scan; a binary search still cost about 250
/// instructions a word.) It derefs to the list as written.
#[derive(Debug)]
pub struct Words {
    lines: &'static str,
    /// The words, and a table in open addressing, a power of two at least twice the list's
    /// length: slot `k` holds 0 or one more than the index of a word whose hash lands at or
    /// before `k`.
    built: std::sync::OnceLock<(Box<[&'static str]>, Box<[u32]>)>,
}

impl Words {
    /// The words of `lines`, one per line (`Words::new(crate::lines!["a", "b"])`).
    pub const fn new(lines: &'static str) -> Words {
        Words { lines, built: std::sync::OnceLock::new() }
    }

    fn built(&self) -> &(Box<[&'static str]>, Box<[u32]>) {
        self.built.get_or_init(|| {
            let list: Box<[&'static str]> = split_lines(self.lines).into_boxed_slice();
            let mut table = vec![0u32; (2 * list.len()).next_power_of_two().max(2)];
            let mask = table.len() - 1;
            for (i, word) in list.iter().enumerate() {
                let mut k = crate::gate::fnv1a(word.as_bytes()) as usize & mask;
                while table[k] != 0 {
                    k = (k + 1) & mask;
                }
                table[k] = i as u32 + 1;
            }
            (list, table.into_boxed_slice())
        })
    }

    pub fn contains(&self, w: &str) -> bool {
        let (list, table) = self.built();
        let mask = table.len() - 1;
        let mut k = crate::gate::fnv1a(w.as_bytes()) as usize & mask;
        while table[k] != 0 {
            if list[table[k] as usize - 1] == w {
                return true;
            }
            k = (k + 1) & mask;
        }
        false
    }
}

impl std::ops::Deref for Words {
    type Target = [&'static str];
    fn deref(&self) -> &[&'static str] {
        &self.built().0
    }
}

/// A set of single words (or phrases, single-spaced), compared in folded form: a front-coded
/// static list built at compile time (the big lexicons) or a small hashed set built at run
/// time (cue lists).
#[derive(Debug)]
pub enum WordSet {
    Coded(FrontCoded),
    Hashed(HashSet<String, FnvBuild>),
}

impl Default for WordSet {
    fn default() -> Self {
        WordSet::Hashed(HashSet::default())
    }
}

impl WordSet {
    pub fn from_data(data: &str) -> Self {
        WordSet::Hashed(entries(data).map(|e| crate::fold::fold(e)).collect())
    }

    pub fn from_list(words: &[&str]) -> Self {
        WordSet::Hashed(words.iter().map(|e| crate::fold::fold(e)).collect())
    }

    /// Whether the folded word (or multi-word phrase, single-spaced) is in the set.
    pub fn contains(&self, folded_word: &str) -> bool {
        match self {
            WordSet::Coded(list) => {
                !folded_word.is_empty() && codable(folded_word) && list.contains(folded_word.as_bytes())
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
            WordSet::Coded(list) if key.len() >= 2 && codable(key) => list.search(key.as_bytes()),
            // One-byte keys can continue in another bucket ("a coruna"); hashed lists are small:
            // say "maybe".
            _ => (self.contains(key), true),
        }
    }

    /// Whether some entry starts with `prefix` (a linear scan; for tests).
    #[cfg(test)]
    fn lines_with_prefix(&self, prefix: &str) -> bool {
        match self {
            WordSet::Coded(list) => list.entries().iter().any(|l| l.starts_with(prefix)),
            WordSet::Hashed(set) => set.iter().any(|l| l.starts_with(prefix)),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            WordSet::Coded(list) => list.entries().len(),
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
    /// Its id in the shared search of a scanned text ([`crate::phrase_index`]).
    id: u32,
    /// Its own search, for haystacks outside a scanned text: built when first needed.
    sorted: OnceLock<Sorted>,
    prefix: Vec<bool>,
    pub phrases: Vec<String>,
}

impl std::fmt::Debug for PhraseSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PhraseSet({} phrases)", self.phrases.len())
    }
}

/// A list of string literals as one string, each followed by a line break:
/// `lines!["a", "b"]` is `"a\nb\n"`. A phrase list written so ships as its text alone; as a
/// slice of `&str` it also ships a pointer and a length per phrase (8 bytes each in the wasm,
/// which compress badly).
#[macro_export]
macro_rules! lines {
    ($($s:literal),* $(,)?) => { concat!($($s, "\n"),*) };
}

/// The lines of [`lines!`](crate::lines!) text, in a vector of the right size. (A byte loop: collecting
/// `split_terminator('\n')` cost 0.1 M instructions more at start-up.)
pub fn split_lines(lines: &str) -> Vec<&str> {
    let bytes = lines.as_bytes();
    let mut out = Vec::with_capacity(bytes.iter().filter(|&&b| b == b'\n').count());
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            out.push(&lines[start..i]);
            start = i + 1;
        }
    }
    if start < lines.len() {
        out.push(&lines[start..]);
    }
    out
}

impl PhraseSet {
    /// The set of the phrases of [`lines!`](crate::lines!) text: one per line.
    pub fn from_lines(lines: &str) -> Self {
        Self::from_iter(split_lines(lines))
    }

    /// The set of `phrases` ("stem*" matches any word that starts with the stem). One
    /// function for every list, whatever its length: a generic one was compiled again for each
    /// array size (29 copies, 15 KB of the wasm).
    pub fn new(phrases: &[&str]) -> Self {
        Self::from_iter(phrases.iter().copied())
    }

    /// [`PhraseSet::new`] from any sequence of phrases. (A phrase must not be listed both plainly
    /// and as a stem: the matcher reports only the first of two equal patterns. The lists are
    /// checked for that by a test, `care_and_medicine_lists_do_not_repeat_a_stem_plainly`.)
    pub fn from_iter<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Self {
        Self::build(phrases.into_iter().map(|p| match p.strip_suffix('*') {
            Some(stem) => (crate::fold::fold(stem), true),
            None => (crate::fold::fold(p), false),
        }).unzip())
    }

    fn build((folded, prefix): (Vec<String>, Vec<bool>)) -> Self {
        debug_assert!(folded.iter().all(|p| !p.is_empty()), "a phrase list holds an empty phrase");
        PhraseSet { id: crate::phrase_index::register(&folded), sorted: OnceLock::new(), prefix, phrases: folded }
    }

    fn sorted(&self) -> &Sorted {
        self.sorted.get_or_init(|| Sorted::new(&self.phrases))
    }

    /// The leftmost-longest phrase in `s[from..]`, as (start, end, phrase index): what an
    /// Aho-Corasick automaton with leftmost-longest semantics finds, and what the shared search
    /// answers inside a scanned text. With `word_starts`, only where a word may start (not
    /// between two letters or digits): [`PhraseSet::find_iter`] rejects any other candidate and
    /// looks again one byte later, so it finds the same matches, and long haystacks are walked
    /// at a fifth of their places.
    fn leftmost_longest_from(&self, s: &str, from: usize, word_starts: bool) -> Option<(usize, usize, usize)> {
        let sorted = self.sorted();
        let mut word_char = word_starts && word_char_before(s, from);
        s[from..].char_indices().find_map(|(i, c)| {
            let after_word_char = std::mem::replace(&mut word_char, word_starts && c.is_alphanumeric());
            if after_word_char && word_char {
                return None;
            }
            let at = from + i;
            sorted.longest_at(&self.phrases, s.as_bytes(), at).map(|(end, i)| (at, end, i))
        })
    }

    pub fn from_data(data: &str) -> Self {
        Self::from_iter(entries(data))
    }

    /// The longest phrase starting at byte `at` of `s` that ends before `end` on the end of a
    /// word (a prefix phrase extended to its word's end), as (end, phrase index).
    fn shorter_at(&self, s: &str, at: usize, mut end: usize) -> Option<(usize, usize)> {
        while end > at + 1 {
            let (mut e, i) = self.sorted().longest_at(&self.phrases, &s.as_bytes()[..end - 1], at)?;
            let shorter = e;
            if self.prefix[i] {
                e += s[e..].find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len() - e);
            }
            if !(word_char_after(s, e) && word_char_before(s, e)) {
                return Some((e, i));
            }
            end = shorter;
        }
        None
    }

    /// The set of `strings` exactly as written (no folding, no stems), for [`PhraseSet::inside`]:
    /// `SET.inside(s)` is `strings.iter().any(|w| s.contains(w))` with one search of the
    /// scanned text for every such list instead of one search of `s` per string.
    pub fn literal(strings: &[&str]) -> Self {
        Self::build((strings.iter().map(|w| w.to_string()).collect(), vec![false; strings.len()]))
    }

    /// All matches in the folded text `s`, as (folded byte range, phrase index), left to
    /// right. A prefix phrase's range is extended to the end of the word it starts. When the
    /// leftmost-longest candidate is not a whole word, the search resumes one byte later, so a
    /// rejected candidate does not hide a later match. Inside a scanned text the candidates
    /// come from the scan's one search for every set ([`crate::phrase_index`]).
    pub fn find_iter<'s>(&'s self, s: &'s str) -> impl Iterator<Item = (Range<usize>, usize)> + 's {
        let mut search = Search { set: self, s, at: 0, indexed: crate::phrase_index::occurrences(self.id, s) };
        std::iter::from_fn(move || search.next_match())
    }

    /// Whether any phrase occurs in `s` (folded).
    pub fn any_in(&self, s: &str) -> bool {
        self.find_iter(s).next().is_some()
    }

    /// Whether any phrase occurs in `s` (folded) as it is written, whole words or not ("ass" in
    /// "class"): [`PhraseSet::any_in`] without the word boundaries, and stems as plain strings.
    pub fn inside(&self, s: &str) -> bool {
        match crate::phrase_index::occurrences(self.id, s) {
            Some(mut o) => o.leftmost_longest_from(0).is_some(),
            None => self.leftmost_longest_from(s, 0, false).is_some(),
        }
    }
}

/// A set's phrases in byte order, for finding the longest one at a place in a haystack: a walk
/// down the sorted list that narrows, byte by byte, the run of phrases that start with what the
/// haystack holds there. It serves the first scan of a process, before the shared search exists
/// ([`crate::phrase_index`]), and haystacks outside a scanned text afterwards. Until session 18
/// each set built its own Aho-Corasick automaton for that: 21 M instructions for the 31 sets the
/// first scan of a post asks for, where sorting them costs under 1 M (docs/PERFORMANCE.md).
struct Sorted {
    /// Phrase indices by phrase, bytewise; equal phrases by index (the first listed wins).
    order: Box<[u32]>,
    /// The phrases starting with byte `b` are `order[first[b]..first[b + 1]]`.
    first: Box<[u32; 257]>,
}

impl Sorted {
    fn new(phrases: &[String]) -> Sorted {
        let mut order: Vec<u32> = (0..phrases.len() as u32).collect();
        // A Shell sort by (phrase, index): a few hundred phrases at most, and a library sort
        // added 6 KB to the wasm (docs/PERFORMANCE.md, session 18).
        // (Each phrase's first eight bytes, big-endian, decide most comparisons without
        // touching the strings: phrases hold no NUL byte, so the zero padding of a short one
        // sorts it before its continuations, as the strings do.)
        let head: Vec<u64> = phrases.iter().map(|p| p.bytes().chain(std::iter::repeat(0)).take(8).fold(0, |k, b| k << 8 | u64::from(b))).collect();
        let before = |a: u32, b: u32| {
            let (ha, hb) = (head[a as usize], head[b as usize]);
            ha < hb || ha == hb && (phrases[a as usize].as_str(), a) < (phrases[b as usize].as_str(), b)
        };
        for gap in [701, 301, 132, 57, 23, 10, 4, 1] {
            for i in gap..order.len() {
                let x = order[i];
                let mut j = i;
                while j >= gap && before(x, order[j - gap]) {
                    order[j] = order[j - gap];
                    j -= gap;
                }
                order[j] = x;
            }
        }
        let mut first = Box::new([0u32; 257]);
        let mut i = 0;
        for (b, slot) in first.iter_mut().enumerate().skip(1) {
            while i < order.len() && usize::from(phrases[order[i] as usize].as_bytes()[0]) < b {
                i += 1;
            }
            *slot = i as u32;
        }
        Sorted { order: order.into_boxed_slice(), first }
    }

    /// The longest phrase that `hay[at..]` starts with, as (end, phrase index).
    fn longest_at(&self, phrases: &[String], hay: &[u8], at: usize) -> Option<(usize, usize)> {
        let c = usize::from(*hay.get(at)?);
        let (mut lo, mut hi) = (self.first[c] as usize, self.first[c + 1] as usize);
        let mut best = None;
        // Every phrase of `order[lo..hi]` starts with `hay[at..at + k]`, and those that are
        // exactly that come first.
        let mut k = 1;
        while lo < hi {
            let i = self.order[lo] as usize;
            if phrases[i].len() == k {
                best = Some((at + k, i));
            }
            let Some(&c) = hay.get(at + k) else { break };
            let byte = |i: &u32| phrases[*i as usize].as_bytes().get(k).copied();
            let run = &self.order[lo..hi];
            let (skip, take) = (run.partition_point(|i| byte(i) < Some(c)), run.partition_point(|i| byte(i) <= Some(c)));
            (lo, hi) = (lo + skip, lo + take);
            k += 1;
        }
        best
    }
}

/// A [`PhraseSet::find_iter`] in progress.
struct Search<'s> {
    set: &'s PhraseSet,
    s: &'s str,
    /// Where the next candidate may start.
    at: usize,
    /// The candidates, when `s` lies inside a scanned text; else the set's own search finds them.
    indexed: Option<crate::phrase_index::Occurrences>,
}

impl Search<'_> {
    // (Not inlined: a copy at each of the rules' eighty-odd searches cost 5 KB of the wasm.)
    #[inline(never)]
    fn next_match(&mut self) -> Option<(Range<usize>, usize)> {
        let s = self.s;
        while self.at < s.len() {
            let (start, mut end, idx) = match &mut self.indexed {
                Some(o) => o.leftmost_longest_from(self.at)?,
                None => self.set.leftmost_longest_from(s, self.at, true)?,
            };
            let starts_word = !(word_char_before(s, start) && word_char_after(s, start));
            if self.set.prefix[idx] {
                while let Some(c) = s[end..].chars().next().filter(|c| c.is_alphanumeric()) {
                    end += c.len_utf8();
                }
            }
            let ends_word = !(word_char_after(s, end) && word_char_before(s, end));
            if starts_word && ends_word {
                self.at = end.max(start + 1);
                return Some((start..end, idx));
            }
            // "prenatal visits": the longest phrase here ("prenatal visit") ends inside a word,
            // but a shorter one ("prenatal") may end on a word's end.
            if starts_word && !self.set.prefix[idx] {
                if let Some((end, idx)) = self.set.shorter_at(s, start, end) {
                    self.at = end;
                    return Some((start..end, idx));
                }
            }
            self.at = start + 1;
        }
        None
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

macro_rules! coded {
    ($data:ident, $lens:ident) => {
        WordSet::Coded(FrontCoded::new(generated::$data, &generated::$lens))
    };
}

static LEXICONS: Lexicons = Lexicons {
    first_names: coded!(FIRST_NAMES, FIRST_NAMES_LENS),
    surnames: coded!(SURNAMES, SURNAMES_LENS),
    name_stopwords: coded!(NAME_STOPWORDS, NAME_STOPWORDS_LENS),
    places: coded!(PLACES, PLACES_LENS),
};

/// The shipped lists (static: nothing to parse at start-up).
pub fn lexicons() -> &'static Lexicons {
    &LEXICONS
}

/// Builds the shipped lists' filters now rather than after their first few thousand lookups
/// (for [`crate::Scanner::prepare`]).
pub(crate) fn build_filters() {
    let l = &LEXICONS;
    for set in [&l.first_names, &l.surnames, &l.name_stopwords, &l.places] {
        if let WordSet::Coded(list) = set {
            list.build_filter();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bucket_index_worked_out_is_the_one_build_rs_saw() {
        let l = lexicons();
        let written: [&[u32]; 4] = [&generated::FIRST_NAMES_INDEX, &generated::SURNAMES_INDEX, &generated::NAME_STOPWORDS_INDEX, &generated::PLACES_INDEX];
        for (set, written) in [&l.first_names, &l.surnames, &l.name_stopwords, &l.places].into_iter().zip(written) {
            let WordSet::Coded(list) = set else { panic!("the shipped lists are front-coded") };
            assert_eq!(&*list.layout().index, written);
            assert_eq!(*list.layout().blocks.last().unwrap() as usize, list.data.len());
        }
    }

    #[test]
    fn a_list_with_its_filter_answers_as_its_search_does() {
        let l = lexicons();
        for set in [&l.first_names, &l.surnames, &l.name_stopwords, &l.places] {
            let WordSet::Coded(list) = set else { panic!("the shipped lists are front-coded") };
            let filter = list.build_filter();
            let entries = list.entries();
            for e in &entries {
                assert!(filter.may_hold(e.as_bytes()) && list.contains(e.as_bytes()), "{e:?} is in the list");
            }
            // Near misses of every entry: a letter more, a letter less, another last letter.
            let mut refused = 0;
            for e in &entries {
                let but_last = &e[..e.char_indices().last().map_or(0, |(k, _)| k)];
                for near in [format!("{e}x"), but_last.to_string(), format!("{but_last}q")] {
                    let listed = list.search(near.as_bytes()).0;
                    assert_eq!(list.contains(near.as_bytes()), listed, "{near:?}");
                    refused += usize::from(!filter.may_hold(near.as_bytes()));
                }
            }
            // (a filter that lets everything through would pass the rest)
            assert!(refused > entries.len(), "the filter refuses most words not in the list");
        }
    }

    #[test]
    fn a_shorter_phrase_is_found_where_the_longest_ends_inside_a_word() {
        let set = PhraseSet::from_lines(crate::lines!["prenatal", "prenatal visit", "trigger", "trigger shot", "egg*", "egg retrieval"]);
        let found = |s: &str| set.find_iter(s).map(|(r, _)| s[r].to_string()).collect::<Vec<_>>();
        assert_eq!(found("her prenatal visits"), ["prenatal"]);
        assert_eq!(found("her prenatal visit"), ["prenatal visit"]);
        assert_eq!(found("two trigger shots, then eggs"), ["trigger", "eggs"]);
        assert_eq!(found("an egg retrievals list"), ["egg"], "a prefix phrase is extended to its word's end");
        assert!(found("prenatalvisits").is_empty(), "not inside a word");
    }

    #[test]
    fn a_list_written_with_lines_is_one_string_split_at_its_line_breaks() {
        const LIST: &str = crate::lines!["in vitro", "ovulos", "b"];
        assert_eq!(LIST, "in vitro\novulos\nb\n");
        assert_eq!(split_lines(LIST), ["in vitro", "ovulos", "b"]);
        assert_eq!(split_lines("a\n\nb"), ["a", "", "b"], "an empty line is kept, a last line without a break too");
        static WORDS: Words = Words::new(crate::lines!["lunes", "martes"]);
        assert!(WORDS.contains("martes") && !WORDS.contains("mart") && WORDS.len() == 2);
    }

    fn found(set: &PhraseSet, text: &str) -> Vec<String> {
        let f = crate::text::Folded::new(text);
        set.find_iter(&f.s).map(|(r, _)| f.s[r].to_string()).collect()
    }

    #[test]
    fn words_look_up_every_entry_and_nothing_else() {
        static LIST: Words = Words::new(crate::lines!["zeta", "alpha", "mu", "beta", "alpha", "é"]);
        for w in ["zeta", "alpha", "mu", "beta", "é"] {
            assert!(LIST.contains(w), "{w}");
        }
        for w in ["", "zet", "alphas", "m", "gamma", "e", "Alpha"] {
            assert!(!LIST.contains(w), "{w}");
        }
        // (it reads as the list as written)
        assert_eq!(LIST.first(), Some(&"zeta"));
    }

    #[test]
    fn phrases_match_whole_words_only() {
        let set = PhraseSet::from_lines(crate::lines!["ass", "egg retrieval", "diagnos*"]);
        assert_eq!(found(&set, "An assessment, a class, an ass."), ["ass"]);
        assert_eq!(found(&set, "Her egg retrieval; she was diagnosed."), ["egg retrieval", "diagnosed"]);
    }

    /// The care cues are one set built from two files. A phrase in both, or plain in one and a
    /// stem in the other, would be two equal patterns, and the matcher reports only the first:
    /// "letrozol" in care.txt once hid "letrozol*" in medicines.txt, so "letrozole" was no care.
    #[test]
    fn care_and_medicine_lists_do_not_repeat_a_stem_plainly() {
        let mut seen = std::collections::BTreeMap::new();
        for file in [include_str!("../data/vocab/care.txt"), include_str!("../data/vocab/medicines.txt")] {
            for p in entries(file) {
                let key = crate::fold::fold(p.trim_end_matches('*'));
                assert!(seen.insert(key, p).is_none(), "{p:?} is listed twice across care.txt and medicines.txt");
            }
        }
    }

    #[test]
    fn a_rejected_candidate_does_not_hide_a_later_match() {
        let set = PhraseSet::from_lines(crate::lines!["ass"]);
        assert_eq!(found(&set, "bass ass"), ["ass"]);
    }

    /// A set's own search (the sorted walk) against the definition of leftmost-longest: the
    /// first place where any phrase starts (where a word may start, when asked), and there the
    /// longest phrase; of two equal phrases, the first listed. Phrases from a small alphabet, so that they share starts, continue each
    /// other and repeat.
    mod own_search {
        use super::*;
        use proptest::prelude::*;

        fn definition(phrases: &[String], s: &str, from: usize, word_starts: bool) -> Option<(usize, usize, usize)> {
            let inside_word = |at: usize| word_char_before(s, at) && word_char_after(s, at);
            (from..s.len()).filter(|&at| s.is_char_boundary(at) && !(word_starts && inside_word(at))).find_map(|at| {
                let mut best: Option<(usize, usize)> = None;
                for (i, p) in phrases.iter().enumerate() {
                    if s.as_bytes()[at..].starts_with(p.as_bytes()) && best.is_none_or(|(end, _)| at + p.len() > end) {
                        best = Some((at + p.len(), i));
                    }
                }
                best.map(|(end, i)| (at, end, i))
            })
        }

        fn word() -> impl Strategy<Value = String> {
            proptest::collection::vec(prop_oneof![Just("a"), Just("b"), Just(" "), Just("é"), Just("ab"), Just("-")], 1..5).prop_map(|p| p.concat())
        }

        proptest! {
            #[test]
            fn the_sorted_walk_finds_the_leftmost_longest_phrase(
                phrases in proptest::collection::vec(word(), 1..12),
                text in proptest::collection::vec(word(), 0..10),
                from in 0usize..40,
            ) {
                let set = PhraseSet::literal(&phrases.iter().map(String::as_str).collect::<Vec<_>>());
                let s = text.concat();
                let from = (0..=from.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
                for word_starts in [false, true] {
                    let got = set.leftmost_longest_from(&s, from, word_starts);
                    prop_assert_eq!(got, definition(&set.phrases, &s, from, word_starts), "{:?} in {:?}, word starts {}", phrases, s, word_starts);
                }
            }
        }
    }

    /// Inside a scanned text, a set's matches come from the scan's one search for every set
    /// (`crate::phrase_index`); they must be exactly what the set's own search finds, in the
    /// whole text and in any slice of it (rules search sentences, windows, the words before a
    /// match). The lists overlap on purpose: phrases that start others ("ass", "ass hat"),
    /// stems, phrases that end inside a word, one phrase in two sets.
    mod shared_search {
        use super::*;
        use crate::phrase_index::{occurrences, without_index, Scope};
        use proptest::prelude::*;

        static FIRST: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| {
            PhraseSet::from_lines(crate::lines!["ass", "ass hat", "egg retrieval", "egg", "diagnos*", "no", "no-show", "dr", "dr. smi", "pt", "ñu"])
        });

        static LITERAL: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| PhraseSet::literal(&["ss h", "o-s", " a", "é", "egg"]));

        fn matches(set: &PhraseSet, hay: &str) -> Vec<(Range<usize>, usize)> {
            set.find_iter(hay).collect()
        }

        fn agree(sets: &[&PhraseSet], text: &str, cuts: &[(usize, usize)]) -> Result<(), TestCaseError> {
            let f = crate::fold::fold(text);
            let _scope = Scope::enter(&f);
            let mut hays = vec![f.as_str()];
            for &(i, j) in cuts {
                let (i, j) = (i % (f.len() + 1), j % (f.len() + 1));
                let (i, j) = (i.min(j), i.max(j));
                if f.is_char_boundary(i) && f.is_char_boundary(j) {
                    hays.push(&f[i..j]);
                }
            }
            for set in sets {
                for hay in &hays {
                    prop_assert!(occurrences(set.id, hay).is_some(), "{hay:?} is not searched from the index");
                    let own = without_index(|| matches(set, hay));
                    prop_assert_eq!(matches(set, hay), own, "in {:?}", hay);
                    prop_assert_eq!(set.inside(hay), without_index(|| set.inside(hay)), "in {:?}", hay);
                }
            }
            // A literal set asked `inside` is `str::contains` of any of its strings.
            const STRINGS: &[&str] = &["ss h", "o-s", " a", "é", "egg"];
            for hay in &hays {
                prop_assert_eq!(LITERAL.inside(hay), STRINGS.iter().any(|w| hay.contains(w)), "in {:?}", hay);
            }
            Ok(())
        }

        fn text() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                Just("ass"), Just("hat"), Just(" "), Just("  "), Just("egg"), Just("retrieval"), Just("no"), Just("-"),
                Just("show"), Just("dr"), Just("."), Just("smith"), Just("pt"), Just("a"), Just("b"), Just("É"),
                Just("diagnosed"), Just(","), Just("Ñu"), Just("\n"),
                Just(" ass hat "), Just(" egg retrieval"), Just("no-show "), Just(" dr. smith"), Just(" a b "), Just("eggs "),
            ];
            proptest::collection::vec(piece, 0..24).prop_map(|p| p.concat())
        }

        proptest! {
            #[test]
            fn matches_from_the_shared_search_are_the_sets_own(t in text(), cuts in proptest::collection::vec((0usize..200, 0usize..200), 0..8)) {
                // A set registered after the shared search was last built (each case builds
                // one): it is searched by a second automaton, or by a rebuilt one.
                let late = PhraseSet::from_lines(crate::lines!["show", "egg*", "retrieval", "a b", "ab", "ass", "b"]);
                let _ = &*LITERAL; // (registered before the scan begins)
                agree(&[&FIRST, &late], &t, &cuts)?;
            }
        }

        #[test]
        fn a_haystack_outside_the_scanned_text_is_searched_by_the_set_itself() {
            let first: &PhraseSet = &FIRST; // (registered before the scan begins)
            let f = crate::fold::fold("an egg retrieval");
            let _scope = Scope::enter(&f);
            let copy = f.clone();
            assert!(occurrences(first.id, &f[3..]).is_some());
            assert!(occurrences(first.id, &copy).is_none());
            assert_eq!(matches(first, &copy), matches(first, &f));
            assert_eq!(matches(first, &copy), [(3..16, 2)]);
            drop(_scope);
            assert!(occurrences(first.id, &f).is_none(), "the scope has ended");
        }
    }

    /// A list file as build.rs compiles it: folded, single-spaced, sorted, deduplicated.
    fn compiled(file: &str) -> Vec<String> {
        let mut words: Vec<String> =
            entries(file).map(|l| crate::fold::fold(l).split_whitespace().collect::<Vec<_>>().join(" ")).collect();
        words.sort();
        words.dedup();
        words
    }

    fn shipped() -> [(&'static WordSet, Vec<String>); 4] {
        let lex = lexicons();
        let mut places = compiled(include_str!("../data/lexicons/places_us.txt"));
        places.extend(compiled(include_str!("../data/lexicons/places_es.txt")));
        places.sort();
        places.dedup();
        [
            (&lex.first_names, compiled(include_str!("../data/lexicons/first_names.txt"))),
            (&lex.surnames, compiled(include_str!("../data/lexicons/surnames.txt"))),
            (&lex.name_stopwords, compiled(include_str!("../data/lexicons/name_stopwords.txt"))),
            (&lex.places, places),
        ]
    }

    #[test]
    fn coded_lists_decode_to_their_files() {
        for (set, words) in shipped() {
            let WordSet::Coded(list) = set else { panic!("the shipped lists are front-coded") };
            assert_eq!(list.entries(), words);
        }
        assert!(lexicons().first_names.contains("maria") && lexicons().places.contains("sioux falls"));
    }

    #[test]
    fn coded_lists_find_every_entry_and_nothing_else() {
        for (set, words) in shipped() {
            let all: HashSet<&str> = words.iter().map(String::as_str).collect();
            for w in &words {
                assert!(set.contains(w), "{w}");
                let shorter = &w[..w.char_indices().last().map_or(0, |(i, _)| i)];
                for near in [format!("{w}a"), format!("{w}{{"), format!("!{w}"), format!("{w} "), shorter.to_string()] {
                    assert_eq!(set.contains(&near), all.contains(near.as_str()), "{near}");
                }
            }
            for absent in ["", "\n", "zzzzqx", "{{", "\u{10ffff}"] {
                assert!(!set.contains(absent), "{absent:?}");
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
        let (_, words) = shipped().into_iter().nth(3).unwrap();
        for entry in &words {
            let parts: Vec<&str> = entry.split(' ').collect();
            for n in 1..=parts.len() {
                let key = parts[..n].join(" ");
                if key.len() < 2 {
                    continue;
                }
                let spaced = format!("{key} ");
                let next = words.partition_point(|w| w.as_str() < spaced.as_str());
                let expected = (words.binary_search(&key).is_ok(), words.get(next).is_some_and(|w| w.starts_with(&spaced)));
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
