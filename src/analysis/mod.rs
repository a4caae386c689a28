//! The analysis of one text that every rule reads: folded text, tokens, sentences, and the
//! facts that several rules share (who is mentioned, which sentences talk about care, who is
//! being addressed). Computed once per scan.

mod cues;
mod digits;
mod people;

use std::ops::Range;

use crate::text::Regex;

pub use cues::{appointment_word, calls_itself_general, has_handle, patient_ref_beyond_own_family, provider_whoever, sourced_rate, speaks_to_any_reader, specific_patient_ref, writer_was_patient, writers_own_story, Cues, MEDICINES};
pub use people::{in_place_range, town_after_person, FUNCTION_WORDS, US_STATES, followed_by_institution, gap_is_space, is_institution_word, locative_before, after_worker_from, home_before, travel_before, pronouns_are_staffs, names_our_staff, Person, PersonKind, CALENDAR, DEMONYMS, LANGUAGES, SPANISH_STREET_TYPES, WEEKDAYS};

use crate::lexicon::{lexicons, Lexicons, PhraseSet};
use crate::options::{Lang, ScanOptions};
use crate::text::{self, Folded, Token};

/// One analysed text.
pub struct Analysis<'a> {
    pub text: &'a str,
    pub folded: Folded,
    pub tokens: Vec<Token>,
    /// Sentence byte ranges of the original text, in order.
    pub sentences: Vec<Range<usize>>,
    pub opts: &'a ScanOptions,
    pub lang: Lang,
    pub lex: &'static Lexicons,
    pub cues: &'static Cues,
    /// People named in the text, with what the context says about them.
    pub people: Vec<Person>,
    /// Per sentence: it mentions a care event, procedure, result, diagnosis or medication.
    pub care: Vec<bool>,
    /// Per sentence: it refers to one specific private person (a patient named or described,
    /// "she" in a case story, a handle, an addressed reader in a reply).
    pub private_subject: Vec<bool>,
    /// The text says its case is invented ("hypothetical", "fictional composite").
    pub hypothetical: bool,
    /// What the whole text is about, read once (rules ask per name or per number).
    pub topics: Topics,
    /// Runs of spelled-out digits, read when a rule first asks.
    digit_runs: std::cell::OnceCell<Vec<(Range<usize>, String)>>,
    staff_profile: std::cell::OnceCell<bool>,
    /// Gates the built-in patterns' searches of this text while the analysis lives.
    _gates: crate::gate::Scope,
    /// Answers the phrase sets' searches of this text from one search while the analysis lives.
    _phrases: crate::phrase_index::Scope,
}

/// Whole-text topics that change whose a name or a number is.
#[derive(Debug, Default, Clone, Copy)]
pub struct Topics {
    /// A baby or a birth: a welcome is to a newborn.
    pub baby: bool,
    /// Joining the team: a welcome is to a colleague.
    pub team: bool,
    /// A staff event (potluck, holiday party): names are colleagues.
    pub staff_event: bool,
    /// A job post: its contact is staff.
    pub hiring: bool,
    /// Hurricanes: a name after "through" or "after" may be a storm's.
    pub storms: bool,
}

impl Topics {
    fn of(a: &Analysis) -> Topics {
        let mut t = Topics::default();
        for k in 0..a.tokens.len() {
            t.storms |= a.word(k).starts_with("hurrican") || a.word(k).starts_with("huracan");
            match a.word(k) {
                "baby" | "babies" | "born" | "newborn" | "mom" | "mama" | "parents" | "miracle" | "milagro" | "world" | "mundo"
                | "bebe" | "nacio" | "papas" | "padres" | "lbs" | "oz" | "weighing" => t.baby = true,
                "team" | "staff" | "joins" | "joined" | "joining" | "hire" | "hired" | "colleague" | "equipo" | "integrante"
                | "incorpora" | "nurse" | "embryologist" | "coordinator" | "physician" | "enfermera" | "matrona" | "doctora" | "coordinadora"
                | "coordinador" | "embriologa" | "embriologo" | "recepcionista" | "sonographer" | "newest" | "conozcan"
                | "welcoming" | "welcome" | "fellow" | "resident" | "residents" | "fellows" => t.team = true,
                _ => {}
            }
        }
        let s = &a.folded.s;
        static STAFF_EVENTS: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| PhraseSet::literal(people::STAFF_EVENTS));
        static HIRING: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| {
            PhraseSet::literal(&["hiring", "resume", "careers", "apply now", "job opening", "vacante", "curriculum"])
        });
        t.staff_event = STAFF_EVENTS.inside(s);
        t.hiring = HIRING.inside(s);
        t
    }
}

impl<'a> Analysis<'a> {
    pub fn new(text: &'a str, opts: &'a ScanOptions) -> Analysis<'a> {
        let folded = Folded::new(text);
        // (the text as typed too: case-sensitive patterns, such as street addresses, search it)
        let gates = crate::gate::Scope::enter(&[&folded.s, text]);
        let phrases = crate::phrase_index::Scope::enter(&folded.s);
        let tokens = text::tokenize(text, &folded);
        let sentences = text::sentences(text);
        let lex = lexicons();
        let cues = cues::cues();
        let lang = opts.lang.unwrap_or_else(|| guess_lang(&folded.s, cues));
        let mut a = Analysis {
            text,
            folded,
            tokens,
            sentences,
            opts,
            lang,
            lex,
            cues,
            people: Vec::new(),
            care: Vec::new(),
            private_subject: Vec::new(),
            hypothetical: false,
            topics: Topics::default(),
            digit_runs: std::cell::OnceCell::new(),
            staff_profile: std::cell::OnceCell::new(),
            _gates: gates,
            _phrases: phrases,
        };
        a.topics = Topics::of(&a);
        // ("totally hypothetical 😉": a wink takes the marker back)
        a.hypothetical = a.cues.hypothetical.find_iter(&a.folded.s).any(|(r, _)| {
            let after = a.folded.s[r.end..].trim_start_matches([' ', ')', '!', '.', ',']);
            !crate::text::starts_with_line(after, crate::lines!["😉", "😜", "😏", "🤫", "😬", "wink"])
        });
        a.care = (0..a.sentences.len()).map(|i| a.cues.care_in(a.sentence_folded(i))).collect();
        a.people = people::find(&a);
        a.private_subject = (0..a.sentences.len()).map(|i| cues::private_subject(&a, i)).collect();
        a
    }

    /// Runs of at least seven spelled-out digits, as (original byte range, digits).
    pub fn spelled_digit_runs(&self) -> &[(Range<usize>, String)] {
        self.digit_runs.get_or_init(|| digits::spelled_digit_runs(self))
    }

    /// The folded text of the original byte range `r`.
    pub fn folded_of(&self, r: Range<usize>) -> &str {
        let fs = self.folded.from_original(r.start);
        let fe = self.folded.from_original(r.end);
        &self.folded.s[fs..fe]
    }

    /// The folded text of sentence `i`.
    pub fn sentence_folded(&self, i: usize) -> &str {
        self.folded_of(self.sentences[i].clone())
    }

    /// The index of the sentence holding byte `b` (the nearest one before it when `b` falls
    /// between sentences).
    pub fn sentence_at(&self, b: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= b).min(self.sentences.len().saturating_sub(1))
    }

    /// Matches of `re` in the folded text, as original byte ranges, with the folded captures.
    pub fn find_iter<'r>(&'r self, re: &'r Regex) -> impl Iterator<Item = (Range<usize>, crate::text::Captures<'r>)> + 'r {
        re.captures_iter(&self.folded.s).map(move |c| {
            let m = c.get(0).unwrap();
            (self.folded.to_original(m.range()), c)
        })
    }

    /// Matches of `re` in the folded text, as original byte ranges, without capture groups
    /// (cheaper than [`Analysis::find_iter`]: the regex engine skips resolving groups).
    pub fn find_ranges<'r>(&'r self, re: &'r Regex) -> impl Iterator<Item = Range<usize>> + 'r {
        re.find_iter(&self.folded.s).map(move |m| self.folded.to_original(m.range()))
    }

    /// Maps a folded byte range to the original.
    pub fn orig(&self, folded: Range<usize>) -> Range<usize> {
        self.folded.to_original(folded)
    }

    /// The sentence indexes around `i` (itself and its neighbours).
    /// ("¡Feliz primer cumpleaños, Benjamín! 🎂 ⏎ Nuestro primer bebé de ovodonación…": a
    /// "sentence" of emoji alone stands between no sentences, so the range reaches past it.)
    pub fn near(&self, i: usize) -> Range<usize> {
        let wordless = |j: usize| !self.text[self.sentences[j].clone()].chars().any(char::is_alphanumeric);
        let n = self.sentences.len();
        let start = match i.checked_sub(1) {
            Some(b) if b > 0 && wordless(b) => b - 1,
            Some(b) => b,
            None => 0,
        };
        let end = if i + 2 < n && wordless(i + 1) { i + 3 } else { (i + 2).min(n) };
        start..end
    }

    /// Whether any sentence near `i` talks about care.
    pub fn care_near(&self, i: usize) -> bool {
        self.near(i).any(|j| self.care[j])
    }

    /// Whether the whole text talks about care anywhere.
    pub fn any_care(&self) -> bool {
        self.care.iter().any(|&c| c)
    }

    /// Whether a private person is named in sentence `i` or the one before it.
    pub fn private_person_at_or_before(&self, i: usize) -> bool {
        self.private_people().any(|p| p.sentence == i || p.sentence + 1 == i)
    }

    /// People the text treats as private (not staff, not public figures).
    pub fn private_people(&self) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(|p| p.kind == PersonKind::Private)
    }

    /// A post that introduces a colleague ("Meet our newest nurse! Kiana grew up in Togiak, turns
    /// 26…"): a colleague is named, no patient is, and no care is told. Ages and home towns in
    /// it are the colleague's.
    pub fn staff_profile(&self) -> bool {
        *self.staff_profile.get_or_init(|| self.is_staff_profile())
    }

    fn is_staff_profile(&self) -> bool {
        self.topics.team
            && !self.opts.context.is_conversational()
            // (or introduced by job when the name is in no list: "Meet our newest nurse, Sui Tha Par")
            && (self.people.iter().any(|p| p.kind == PersonKind::Staff) || !self.sentences.is_empty() && people::introduces_colleague(self, 0))
            && !self.people.iter().any(|p| p.kind == PersonKind::Private || p.kind == PersonKind::Unknown && self.care_near(p.sentence))
            && !(0..self.sentences.len()).any(|i| cues::patient_ref_beyond_own_family(self, self.sentence_folded(i)))
    }

    /// The index of the token that starts at or after byte `b`.
    pub fn token_at(&self, b: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= b)
    }

    /// The folded text of token `i`.
    pub fn word(&self, i: usize) -> &str {
        &self.folded.s[self.tokens[i].fspan.clone()]
    }

    /// The number of tokens from `i` that name a known place ("sioux falls" = 2), or 0. The
    /// tokens must be separated by single spaces.
    pub fn place_at(&self, i: usize) -> usize {
        if let Some(n) = self.abbreviated_place_at(i) {
            return n;
        }
        // Words separated by single spaces are, in the folded text, exactly the space-joined
        // key the place list holds: look up slices of the folded text, allocating nothing.
        let start = self.tokens[i].fspan.start;
        let mut best = 0;
        for k in i..(i + 4).min(self.tokens.len()) {
            if k > i && &self.text[self.tokens[k - 1].span.end..self.tokens[k].span.start] != " " {
                break;
            }
            let (found, continues) = self.lex.places.lookup_phrase(&self.folded.s[start..self.tokens[k].fspan.end]);
            if found {
                best = k - i + 1;
            }
            if !continues {
                break;
            }
        }
        best
    }

    /// "St. Augustine", "Mt. Pleasant", "Ft Myers": the place list spells the first word out
    /// ("saint augustine"). `None` when token `i` is no such abbreviation; otherwise the number
    /// of tokens of the place, the abbreviation included, or 0.
    fn abbreviated_place_at(&self, i: usize) -> Option<usize> {
        let full = match self.word(i) {
            "st" => "saint",
            "ste" => "sainte",
            "mt" => "mount",
            "ft" => "fort",
            _ => return None,
        };
        let next = self.tokens.get(i + 1)?;
        if !crate::text::one_of(&self.text[self.tokens[i].span.end..next.span.start], crate::lines![". ", " "]) || !next.capitalized {
            return Some(0);
        }
        let mut key = String::from(full);
        let mut best = 0;
        for k in i + 1..(i + 4).min(self.tokens.len()) {
            if k > i + 1 && &self.text[self.tokens[k - 1].span.end..self.tokens[k].span.start] != " " {
                break;
            }
            key.push(' ');
            key.push_str(self.word(k));
            let (found, continues) = self.lex.places.lookup_phrase(&key);
            if found {
                best = k - i + 1;
            }
            if !continues {
                break;
            }
        }
        Some(best)
    }
}

/// A yes/no fact about each sentence, worked out at most once per sentence and only when
/// asked: rules that look at a sentence's neighbours ask about the same sentence up to six
/// times per scan.
pub struct SentenceMemo<F> {
    memo: Vec<std::cell::OnceCell<bool>>,
    f: F,
}

impl<F: Fn(usize) -> bool> SentenceMemo<F> {
    /// `f(j)` answers for sentence `j` of a text with `n` sentences.
    pub fn new(n: usize, f: F) -> Self {
        SentenceMemo { memo: (0..n).map(|_| std::cell::OnceCell::new()).collect(), f }
    }

    pub fn get(&self, j: usize) -> bool {
        *self.memo[j].get_or_init(|| (self.f)(j))
    }
}

/// Spanish when Spanish function words clearly outnumber English ones.
fn guess_lang(folded: &str, cues: &Cues) -> Lang {
    let (mut es, mut en) = (0, 0);
    for w in folded.split(|c: char| !c.is_alphanumeric()) {
        if cues.spanish_words.contains(w) {
            es += 1;
        } else if cues.english_words.contains(w) {
            en += 1;
        }
    }
    if es > en { Lang::Es } else { Lang::En }
}

impl Analysis<'_> {
    /// Up to `n` folded words before byte `b`, in the same sentence, nearest last.
    pub fn words_before(&self, b: usize, n: usize) -> Vec<&str> {
        let s = self.sentences.get(self.sentence_at(b)).map_or(0, |r| r.start);
        let end = self.token_at(b);
        let start = end.saturating_sub(n);
        (start..end).filter(|&k| self.tokens[k].span.start >= s).map(|k| self.word(k)).collect()
    }

    /// Up to `n` folded words from byte `b` on, in the same sentence.
    pub fn words_after(&self, b: usize, n: usize) -> Vec<&str> {
        let s = self.sentences.get(self.sentence_at(b)).map_or(self.text.len(), |r| r.end);
        let start = self.token_at(b);
        (start..(start + n).min(self.tokens.len()))
            .filter(|&k| self.tokens[k].span.end <= s)
            .map(|k| self.word(k))
            .collect()
    }

    /// The folded text of the sentence holding byte `b`, before `b`.
    pub fn sentence_before(&self, b: usize) -> &str {
        let i = self.sentence_at(b);
        let start = self.sentences.get(i).map_or(0, |r| r.start.min(b));
        self.folded_of(start..b)
    }

    /// The folded text of the sentence holding byte `b`, from `b` to the sentence's end.
    pub fn sentence_after(&self, b: usize) -> &str {
        let i = self.sentence_at(b);
        let end = self.sentences.get(i).map_or(self.text.len(), |r| r.end.max(b));
        self.folded_of(b..end)
    }
}

/// A plain account of what the analysis saw, for `safepost scan --explain`: each sentence with
/// its cues, and each person with whose name the context says it is.
pub fn explain(text: &str, opts: &ScanOptions) -> String {
    let a = Analysis::new(text, opts);
    let mut out = format!("language: {:?}{}\n", a.lang, if a.hypothetical { ", marked hypothetical" } else { "" });
    for (i, r) in a.sentences.iter().enumerate() {
        let mut cues = Vec::new();
        if a.care[i] {
            cues.push("care");
        }
        if a.private_subject[i] {
            cues.push("about a specific private person");
        }
        out.push_str(&format!("sentence {}: [{}] {}\n", i + 1, cues.join(", "), text[r.clone()].replace('\n', " ")));
        for p in a.people.iter().filter(|p| p.sentence == i) {
            out.push_str(&format!("    person {:?}: {:?}{}\n", &text[p.span.clone()], p.kind, if p.vocative { ", addressed" } else { "" }));
        }
    }
    out.push('\n');
    out
}
