//! Case-insensitive patterns without the regex crates' Unicode case-folding tables.
//!
//! `(?i)` in a pattern makes `regex-syntax` fold case with its Unicode tables, which are about
//! 21 KB of the gzipped wasm (docs/PERFORMANCE.md, session 27). SafePost builds `regex` without
//! them (`unicode-case` off, Cargo.toml) and rewrites every pattern that asks for case
//! insensitivity before compiling it: each cased letter under the flag becomes a class of its
//! case forms (`(?i)mrn` is compiled as `[Mm][Rr][Nn]`), each class gains the case forms of its
//! letters, and the flag itself is dropped. A letter's case forms are its lower case and every
//! character whose lower case that is (Rust's `char::to_lowercase`, read both ways), so "é"
//! matches "É", "Σ" and "σ" match each other, and the Kelvin sign matches "k". Unicode's simple
//! case folding has a few pairs this does not give, where neither letter is the other's lower
//! case ("ς" and "σ", "ſ" and "s"); those are not matched.
//!
//! Used for the built-in patterns (`text::compile_pattern`) and the policy's `customPatterns`.

use std::borrow::Cow;

use regex_syntax::ast::{self, Ast, ClassSet, ClassSetItem, Flag, FlagsItemKind, GroupKind, Span};

/// The pattern with every case-insensitive flag replaced by explicit case forms. Patterns without
/// "(?" and an "i" among flags come back unchanged and unparsed. A pattern that does not parse
/// comes back unchanged, for the compiler to report its error in the writer's own text.
///
/// Fails on a class whose meaning depends on case (`[[:upper:]]`, `\p{Lu}`) under the flag:
/// without folding tables it cannot be widened faithfully, and a silent difference would be worse
/// than a clear error.
pub fn without_case_flag(pattern: &str) -> Result<Cow<'_, str>, String> {
    if !may_set_case_flag(pattern) {
        return Ok(Cow::Borrowed(pattern));
    }
    let Ok(tree) = ast::parse::Parser::new().parse(pattern) else {
        return Ok(Cow::Borrowed(pattern));
    };
    let mut edits = Vec::new();
    walk(&tree, &mut false, &mut edits)?;
    if edits.is_empty() {
        return Ok(Cow::Borrowed(pattern));
    }
    // (the walk goes left to right, so the edits come in order of their offsets)
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut at = 0;
    for (start, end, text) in edits {
        out.push_str(&pattern[at..start]);
        out.push_str(&text);
        at = end;
    }
    out.push_str(&pattern[at..]);
    Ok(Cow::Owned(out))
}

/// Whether a group of flags ("(?" up to ")" or ":") holds an "i": the only patterns parsed.
fn may_set_case_flag(pattern: &str) -> bool {
    pattern.match_indices("(?").any(|(k, _)| {
        let flags = &pattern[k + 2..];
        let end = flags.find([')', ':']).unwrap_or(flags.len());
        flags[..end].contains('i')
    })
}

/// (start, end, replacement) byte ranges of the pattern.
type Edits = Vec<(usize, usize, String)>;

/// Records the rewrites of `tree` into `edits`; `ci` is whether case insensitivity is on, and a
/// flag set in a group's sequence stays set for the rest of that group (as `regex-syntax` reads it).
fn walk(tree: &Ast, ci: &mut bool, edits: &mut Edits) -> Result<(), String> {
    match tree {
        Ast::Flags(set) => {
            apply(&set.flags, ci);
            if let Some(kept) = without_case_items(&set.flags) {
                // "(?i)" alone would leave "(?)", which does not parse: drop it whole
                if kept.is_empty() {
                    edits.push((set.span.start.offset, set.span.end.offset, String::new()));
                } else {
                    edits.push((set.flags.span.start.offset, set.flags.span.end.offset, kept));
                }
            }
        }
        Ast::Group(group) => {
            let mut inner = *ci;
            if let GroupKind::NonCapturing(flags) = &group.kind {
                apply(flags, &mut inner);
                if let Some(kept) = without_case_items(flags) {
                    edits.push((flags.span.start.offset, flags.span.end.offset, kept));
                }
            }
            walk(&group.ast, &mut inner, edits)?;
        }
        Ast::Concat(c) => {
            for t in &c.asts {
                walk(t, ci, edits)?;
            }
        }
        Ast::Alternation(a) => {
            for t in &a.asts {
                walk(t, ci, edits)?;
            }
        }
        Ast::Repetition(r) => walk(&r.ast, ci, edits)?,
        Ast::Literal(lit) if *ci => {
            if let Some(forms) = escaped_forms(lit.c) {
                edits.push((lit.span.start.offset, lit.span.end.offset, format!("[{forms}]")));
            }
        }
        Ast::ClassBracketed(b) if *ci => widen_set(&b.kind, edits)?,
        Ast::ClassUnicode(u) if *ci => refuse_cased_unicode(u)?,
        _ => {}
    }
    Ok(())
}

/// Turns case insensitivity on or off as `flags` say ("i", "-i").
fn apply(flags: &ast::Flags, ci: &mut bool) {
    let mut on = true;
    for item in &flags.items {
        match item.kind {
            FlagsItemKind::Negation => on = false,
            FlagsItemKind::Flag(Flag::CaseInsensitive) => *ci = on,
            FlagsItemKind::Flag(_) => {}
        }
    }
}

/// The flags without "i" (and without a "-" that nothing follows), or None when they hold no "i".
fn without_case_items(flags: &ast::Flags) -> Option<String> {
    let has_case = flags.items.iter().any(|f| matches!(f.kind, FlagsItemKind::Flag(Flag::CaseInsensitive)));
    if !has_case {
        return None;
    }
    let mut kept = String::new();
    for item in &flags.items {
        match item.kind {
            FlagsItemKind::Negation => kept.push('-'),
            FlagsItemKind::Flag(Flag::CaseInsensitive) => {}
            FlagsItemKind::Flag(Flag::MultiLine) => kept.push('m'),
            FlagsItemKind::Flag(Flag::DotMatchesNewLine) => kept.push('s'),
            FlagsItemKind::Flag(Flag::SwapGreed) => kept.push('U'),
            FlagsItemKind::Flag(Flag::Unicode) => kept.push('u'),
            FlagsItemKind::Flag(Flag::CRLF) => kept.push('R'),
            FlagsItemKind::Flag(Flag::IgnoreWhitespace) => kept.push('x'),
        }
    }
    Some(kept.trim_end_matches('-').to_string())
}

/// Adds the case forms of every letter and range in a bracketed class, in place.
fn widen_set(set: &ClassSet, edits: &mut Edits) -> Result<(), String> {
    match set {
        ClassSet::Item(item) => widen_item(item, edits),
        ClassSet::BinaryOp(op) => {
            widen_set(&op.lhs, edits)?;
            widen_set(&op.rhs, edits)
        }
    }
}

fn widen_item(item: &ClassSetItem, edits: &mut Edits) -> Result<(), String> {
    match item {
        ClassSetItem::Literal(lit) => {
            if let Some(forms) = escaped_forms(lit.c) {
                edits.push((lit.span.start.offset, lit.span.end.offset, forms));
            }
        }
        ClassSetItem::Range(r) => {
            let extra = forms_outside(r.start.c, r.end.c);
            if !extra.is_empty() {
                let mut text = String::new();
                push_escaped(&mut text, r.start.c);
                text.push('-');
                push_escaped(&mut text, r.end.c);
                for (a, b) in extra {
                    push_escaped(&mut text, a);
                    if b != a {
                        text.push('-');
                        push_escaped(&mut text, b);
                    }
                }
                edits.push((r.span.start.offset, r.span.end.offset, text));
            }
        }
        ClassSetItem::Ascii(a) => {
            if matches!(a.kind, ast::ClassAsciiKind::Upper | ast::ClassAsciiKind::Lower) {
                return Err(refusal(&a.span));
            }
        }
        ClassSetItem::Unicode(u) => refuse_cased_unicode(u)?,
        ClassSetItem::Bracketed(b) => widen_set(&b.kind, edits)?,
        ClassSetItem::Union(u) => {
            for i in &u.items {
                widen_item(i, edits)?;
            }
        }
        ClassSetItem::Empty(_) | ClassSetItem::Perl(_) => {}
    }
    Ok(())
}

/// `\p{Lu}`, `\p{Lowercase}` and the like change meaning under "(?i)": refused (see
/// [`without_case_flag`]). Other Unicode classes (scripts, digits) are closed under case already:
/// names are compared whole after Unicode's loose matching (case, spaces, `_` and `-` ignored, an
/// optional "is" prefix), so `\p{Tai_Lue}` or `\p{Lycian}` is not taken for `Lu` or `Ll`.
fn refuse_cased_unicode(u: &ast::ClassUnicode) -> Result<(), String> {
    /// General categories and binary properties whose members change under case folding.
    const CASED: &[&str] = &[
        "lu", "ll", "lt", "lc", "l&", "uppercaseletter", "lowercaseletter", "titlecaseletter", "casedletter",
        "upper", "uppercase", "lower", "lowercase", "cased", "otheruppercase", "oupper", "otherlowercase", "olower",
        "changeswhenlowercased", "cwl", "changeswhenuppercased", "cwu", "changeswhentitlecased", "cwt",
        "changeswhencasefolded", "cwcf", "changeswhencasemapped", "cwcm",
    ];
    let loose = |s: &str| s.to_ascii_lowercase().replace(['_', ' ', '-'], "");
    let cased = |s: &str| {
        let n = loose(s);
        CASED.contains(&n.as_str()) || n.strip_prefix("is").is_some_and(|rest| CASED.contains(&rest))
    };
    let refused = match &u.kind {
        ast::ClassUnicodeKind::OneLetter(_) => false,
        ast::ClassUnicodeKind::Named(n) => cased(n),
        // (`\p{gc=Lu}`; a binary property written with a value, `\p{Lowercase=yes}`, is refused
        // whatever the value)
        ast::ClassUnicodeKind::NamedValue { name, value, .. } => {
            if crate::text::one_of(loose(name).as_str(), crate::lines!["gc", "generalcategory"]) { cased(value) } else { cased(name) }
        }
    };
    if refused { Err(refusal(&u.span)) } else { Ok(()) }
}

fn refusal(span: &Span) -> String {
    format!(
        "a class of upper- or lower-case letters under (?i), at characters {}-{}, is not supported: list the letters in both cases instead",
        span.start.offset + 1,
        span.end.offset
    )
}

/// `c` and its case forms, sorted, `c` included: its lower case, and every character whose
/// lower case that is. ASCII letters pair directly; other letters look up [`upper_forms`].
fn case_forms(c: char) -> Vec<char> {
    if c.is_ascii_alphabetic() {
        let mut forms = vec![c.to_ascii_uppercase(), c.to_ascii_lowercase()];
        // (the one character outside ASCII whose lower case is an ASCII letter)
        if forms[1] == 'k' {
            forms.push('\u{212A}');
        }
        sort(&mut forms);
        return forms;
    }
    let lower = single(c.to_lowercase()).unwrap_or(c);
    let mut forms = vec![c, lower];
    let pairs = upper_forms();
    let first = pairs.partition_point(|p| p.0 < lower);
    forms.extend(pairs[first..].iter().take_while(|p| p.0 == lower).map(|p| p.1));
    sort(&mut forms);
    forms.dedup();
    forms
}

/// An insertion sort: the lists here are short or built once, and the standard library's sorts
/// would bring about 17 KB of wasm for these two element types.
fn sort<T: PartialOrd + Copy>(v: &mut [T]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

/// (lower case, a character that lower-cases to it) for every non-ASCII character that changes,
/// sorted: the lower-case table read backwards. Built on first use, by one walk over the
/// characters below U+1F000 (no letter above has a case); only patterns with a non-ASCII letter
/// under "(?i)" need it. (`char::to_uppercase` would bring its own table into the wasm.)
fn upper_forms() -> &'static [(char, char)] {
    static PAIRS: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    PAIRS.get_or_init(|| {
        let mut pairs: Vec<(char, char)> = (0x80..0x1F000)
            .filter_map(char::from_u32)
            .filter_map(|u| single(u.to_lowercase()).filter(|&l| l != u).map(|l| (l, u)))
            .collect();
        sort(&mut pairs);
        pairs
    })
}

/// Case forms of the characters in `start..=end` that fall outside it, as sorted ranges. Ranges
/// over 0x30000 characters (nearly all of Unicode) are left as they are.
fn forms_outside(start: char, end: char) -> Vec<(char, char)> {
    let (lo, hi) = (start as u32, end as u32);
    if hi < lo || hi - lo > 0x30000 {
        return Vec::new();
    }
    let mut extra: Vec<char> = Vec::new();
    for c in (lo..=hi).filter_map(char::from_u32) {
        for f in case_forms(c) {
            if !(lo..=hi).contains(&(f as u32)) {
                extra.push(f);
            }
        }
    }
    sort(&mut extra);
    extra.dedup();
    let mut ranges: Vec<(char, char)> = Vec::new();
    for c in extra {
        match ranges.last_mut() {
            Some((_, b)) if *b as u32 + 1 == c as u32 => *b = c,
            _ => ranges.push((c, c)),
        }
    }
    ranges
}

/// The case forms of `c` written for the inside of a class, or None when it has no other form.
fn escaped_forms(c: char) -> Option<String> {
    let forms = case_forms(c);
    (forms.len() > 1).then(|| {
        let mut text = String::new();
        for f in forms {
            push_escaped(&mut text, f);
        }
        text
    })
}

/// Writes `c` so that it means itself anywhere in a pattern, in a class or out of one.
fn push_escaped(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(p: &str) -> String {
        without_case_flag(p).unwrap().into_owned()
    }

    /// The rewritten pattern, compiled with SafePost's own `regex` build (no folding tables).
    fn compiled(p: &str) -> regex::Regex {
        regex::Regex::new(&rewritten(p)).unwrap_or_else(|e| panic!("{p:?} -> {:?}: {e}", rewritten(p)))
    }

    #[test]
    fn patterns_without_the_flag_are_untouched() {
        for p in [r"mrn\s*\d+", r"(?m)^x", r"(?s:a.b)", r"[A-Z]{2}\d{6}", r"(?-u:\b)foo", "(?P<id>\\d+)"] {
            assert!(matches!(without_case_flag(p), Ok(Cow::Borrowed(_))), "{p}");
        }
    }

    #[test]
    fn letters_under_the_flag_match_either_case() {
        let re = compiled(r"(?i)mrn[-#]?\d{4}");
        for t in ["MRN-1234", "mrn#1234", "Mrn1234", "mRn-0000"] {
            assert!(re.is_match(t), "{t}");
        }
        assert!(!re.is_match("MRX-1234"));
        let re = compiled(r"chart (?i:no)\.? \d+");
        assert!(re.is_match("chart No. 12") && re.is_match("chart NO 12"));
        assert!(!re.is_match("Chart No. 12"), "outside the group the case still counts");
    }

    #[test]
    fn accented_and_greek_letters_fold_both_ways() {
        let re = compiled(r"(?i)josé peña");
        assert!(re.is_match("JOSÉ PEÑA") && re.is_match("José Peña"));
        let re = compiled(r"(?i)σ");
        assert!(re.is_match("σ") && re.is_match("Σ"));
        let re = compiled(r"(?i)ǆ");
        for t in ["ǆ", "ǅ", "Ǆ"] {
            assert!(re.is_match(t), "{t}");
        }
        assert!(compiled(r"(?i)k").is_match("\u{212A}"), "the Kelvin sign lower-cases to k");
    }

    #[test]
    fn classes_and_ranges_gain_their_case_forms() {
        let re = compiled(r"(?i)^[a-c]+[xé]$");
        assert!(re.is_match("AbCX") && re.is_match("cbaÉ"));
        assert!(!re.is_match("abd"));
        let re = compiled(r"(?i)^[^a-z]+$");
        assert!(!re.is_match("ABC"), "a negated class excludes both cases");
        assert!(re.is_match("123"));
    }

    #[test]
    fn flags_are_scoped_as_the_regex_crate_scopes_them() {
        // set in a group: to the end of the group, over later alternatives too
        let re = compiled(r"^(?:a(?i)b|c)$");
        assert!(re.is_match("aB") && re.is_match("C"));
        assert!(!re.is_match("Ab"));
        // turned off again
        let re = compiled(r"^(?i)a(?-i)b$");
        assert!(re.is_match("Ab") && !re.is_match("AB"));
        // with other flags kept
        let re = compiled(r"(?is)a.b");
        assert!(re.is_match("A\nB"));
        let re = compiled(r"(?xi) m r n ");
        assert!(re.is_match("MRN"));
    }

    #[test]
    fn no_case_flag_is_left_for_the_compiler() {
        for p in [r"(?i)abc", r"(?i:x)y", r"(?im)^q", r"(?-i)a", r"(?s-i:a.)", r"a(?i)b(?-i)c"] {
            let out = rewritten(p);
            let tree = ast::parse::Parser::new().parse(&out).unwrap();
            assert!(!format!("{tree:?}").contains("CaseInsensitive"), "{p} -> {out}");
        }
    }

    #[test]
    fn case_dependent_classes_under_the_flag_are_refused() {
        for p in [
            r"(?i)\p{Lu}+", r"(?i)[[:upper:]]", r"(?i)[\p{Ll}0-9]", r"(?i)\p{Uppercase_Letter}", r"(?i)\p{gc=Lt}",
            r"(?i)\P{is lower}", r"(?i)\p{Changes_When_Casefolded}", r"(?i)\p{Lowercase=yes}",
        ] {
            let e = without_case_flag(p).unwrap_err();
            assert!(e.contains("(?i)"), "{p}: {e}");
        }
        // digits and scripts do not depend on case, whatever letters their names hold
        assert!(compiled(r"(?i)\p{Greek}+\d").is_match("ΣΑ1"));
        for p in [r"(?i)\p{Tai_Lue}", r"(?i)\p{Lycian}", r"(?i)\p{sc=Lycian}", r"(?i)\p{Nd}", r"(?i)\p{Lo}"] {
            assert!(without_case_flag(p).is_ok(), "{p}");
        }
    }

    #[test]
    fn a_pattern_that_does_not_parse_is_left_to_the_compiler() {
        assert_eq!(rewritten(r"(?i)[a-"), r"(?i)[a-");
    }

    /// The built-in patterns that ask for the flag all compile and find what they should.
    #[test]
    fn the_built_in_case_insensitive_patterns_compile() {
        let re = compiled(r"(?i)\s*[\[\(\{<]\s*(?:at|arroba)\s*[\]\)\}>]\s*| (?:at|arroba) ");
        assert!(re.is_match("ana [AT] mail") && re.is_match("ana (Arroba) mail"));
        let re = compiled(r"\b(?i:colonia|col\.|urbanizaci[oó]n)\s([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)");
        assert!(re.is_match("Colonia Roma") && re.is_match("URBANIZACIÓN Caribe"));
        assert!(!re.is_match("colonia roma"), "the name after the label keeps its capital");
    }
}
