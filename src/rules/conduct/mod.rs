//! Conduct: what a post says about patients, advice, claims, legal matters and requests.

pub mod advice;
pub mod disclosure;
pub mod legal;
pub mod review;
pub mod solicitation;
pub mod success;

use crate::analysis::Analysis;
use crate::options::Lang;

/// Picks the English or Spanish form of a suggestion.
pub(crate) fn by_lang(a: &Analysis, en: &str, es: &str) -> String {
    match a.lang {
        Lang::En => en.to_string(),
        Lang::Es => es.to_string(),
    }
}
