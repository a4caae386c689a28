//! The rule catalogue. Rules are grouped by family in folders that mirror their ids
//! (`phi.*`, `conduct.*`, `language.*`, `advisory.*`); [`RULES`] lists them in the order they
//! run: identifiers first, then the conduct rules that build on them, then advisories.

pub mod advisory;
pub mod conduct;
pub mod language;
pub mod phi;

use crate::rule::Rule;

/// Every rule, in run order. A rule sees the findings of the rules before it.
pub static RULES: &[&Rule] = &[
    &phi::name::TITLED,
    &phi::name::ADDRESSED,
    &phi::name::IN_CARE_CONTEXT,
    &phi::contact::PHONE,
    &phi::contact::FAX,
    &phi::contact::EMAIL,
    &phi::contact::SSN,
    &phi::ids::MRN,
    &phi::ids::HEALTH_PLAN,
    &phi::ids::ACCOUNT,
    &phi::ids::LICENSE,
    &phi::ids::VEHICLE,
    &phi::ids::DEVICE,
    &phi::ids::DONOR_ID,
    &phi::online::URL,
    &phi::online::IP,
    &phi::online::HANDLE,
    // (after the online identifiers: "Mr. Tovar, if that was you" next to the IP that tried his account)
    &phi::name::WITH_IDENTIFIER,
    &phi::age::STATED,
    &phi::age::IN_STORY,
    &phi::date::BIRTH,
    &phi::date::PERSONAL,
    &phi::location::ADDRESS,
    &phi::location::TOWN,
    &phi::location::HOMETOWN,
    &language::profanity::WORD,
    &language::profanity::SPACED,
    &conduct::review::CONFIRMATION,
    &conduct::legal::CASE,
    &conduct::solicitation::REQUEST,
    &conduct::success::CLAIM,
    &conduct::disclosure::IDENTIFIED,
    &conduct::disclosure::REVIEW_CARE,
    &conduct::disclosure::DESCRIBED,
    &conduct::advice::DIRECTIVE,
    &language::harassment::INSULT,
    &language::harassment::MOCKERY,
    &language::insensitive::PHRASE,
    &advisory::consent::STORY,
    &advisory::disclaimer::MISSING,
    &advisory::personal_account::CLINICAL,
];

/// The ids a `disabledRules` entry names: an exact id, or every id under a prefix written
/// `family.*` or `family.topic.*`.
pub fn matching_ids(pattern: &str) -> Vec<&'static str> {
    let pattern = pattern.trim();
    match pattern.strip_suffix(".*") {
        Some(prefix) => RULES
            .iter()
            .map(|r| r.id)
            .filter(|id| id.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('.')))
            .collect(),
        None => RULES.iter().map(|r| r.id).filter(|id| *id == pattern).collect(),
    }
}

/// The rule with this id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}
