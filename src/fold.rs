//! Character folding: lower case, no accents, look-alike and typographic characters to ASCII.
//! Shared by the scanner (src/text.rs) and the build script, which folds the word lists once at
//! compile time so that nothing is parsed when the scanner starts. No dependencies.

/// Writes the folded form of `c` into `out`.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if let Some(f) = fold_special(c) {
        out.push_str(f);
        return;
    }
    for l in c.to_lowercase() {
        match strip_accent(l) {
            Some(b) => out.push(b),
            None => out.push(l),
        }
    }
}

/// Latin letters with diacritics to their base letter (lower case input).
fn strip_accent(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        // ordinal indicators: "n.º 2291" is "n.o 2291"
        'º' => 'o',
        'ª' => 'a',
        'ź' | 'ż' | 'ž' => 'z',
        _ => return None,
    })
}

/// Look-alike and typographic characters that are folded to ASCII.
fn fold_special(c: char) -> Option<&'static str> {
    Some(match c {
        // Cyrillic and Greek letters that look like Latin ones.
        'а' | 'А' | 'α' | 'Α' => "a",
        'в' | 'В' | 'β' | 'Β' => "b",
        'с' | 'С' | 'ϲ' => "c",
        'е' | 'Е' | 'ε' | 'Ε' => "e",
        'н' | 'Н' | 'Η' => "h",
        'і' | 'І' | 'ι' | 'Ι' => "i",
        'ј' | 'Ј' => "j",
        'к' | 'К' | 'κ' | 'Κ' => "k",
        'м' | 'М' | 'Μ' => "m",
        'о' | 'О' | 'ο' | 'Ο' => "o",
        'р' | 'Р' | 'ρ' | 'Ρ' => "p",
        'ѕ' | 'Ѕ' => "s",
        'т' | 'Т' | 'τ' | 'Τ' => "t",
        'у' | 'У' | 'υ' => "y",
        'х' | 'Х' | 'χ' | 'Χ' => "x",
        'ν' | 'Ν' => "n",
        'ß' => "ss",
        // Typographic punctuation.
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => "-",
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' => " ",
        '\u{FF0E}' => ".",
        '\u{FF20}' => "@",
        // Zero-width characters vanish, so they cannot split a word.
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => "",
        // Emoji presentation selectors and the keycap mark: "3️⃣0️⃣5️⃣" is "305".
        '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}' => "",
        // A middle dot between digit groups: "203·555·0198".
        '\u{00B7}' => ".",
        // Full-width ASCII.
        c if ('\u{FF01}'..='\u{FF5E}').contains(&c) => {
            return ascii_lower((c as u32 - 0xFF01 + 0x21) as u8);
        }
        // Mathematical alphanumerics used to dodge filters (bold, italic, script...).
        c if ('\u{1D400}'..='\u{1D6A3}').contains(&c) => {
            let i = (c as u32 - 0x1D400) % 52;
            return ascii_lower(b'a' + (i % 26) as u8);
        }
        _ => return None,
    })
}

/// Printable ASCII (0x20..=0x7E), lower-cased, for folding full-width and mathematical forms.
const PRINTABLE_LOWER: &str =
    " !\"#$%&'()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

fn ascii_lower(b: u8) -> Option<&'static str> {
    let i = b.checked_sub(0x20)? as usize;
    PRINTABLE_LOWER.get(i..i + 1)
}


/// How many buckets [`bucket`] sorts words into.
pub const BUCKETS: usize = 28 * 29;

/// The bucket of a folded word, by its first two bytes, for indexing sorted word lists (built by
/// build.rs, searched by src/lexicon.rs). Buckets follow byte order: a word that sorts before
/// another never has a higher bucket, so each bucket's words are one run of the sorted list.
pub fn bucket(word: &[u8]) -> usize {
    // 0 below `a`, 1..=26 for `a`..=`z`, 27 above `z`.
    fn class(b: u8) -> usize {
        match b {
            b'a'..=b'z' => 1 + (b - b'a') as usize,
            b'{'..=u8::MAX => 27,
            _ => 0,
        }
    }
    let Some(&first) = word.first() else { return 0 };
    let c0 = class(first);
    // The second byte only splits a letter's bucket: the classes 0 and 27 hold several first
    // bytes, and splitting them by the second would break byte order.
    let sub = match word.get(1) {
        Some(&second) if (1..=26).contains(&c0) => 1 + class(second),
        _ => 0,
    };
    c0 * 29 + sub
}

/// The folded form of a whole string.
pub fn fold(s: &str) -> String {
    // (most strings folded are the rules' own phrase lists, ASCII, at start-up)
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}
