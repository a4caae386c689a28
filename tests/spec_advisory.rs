//! Specification of the advisories: they inform but never make a post flagged on their own.

mod common;
use common::{case, case_in, check, Case};

const ADVISORIES: &[Case] = &[
    case("Welcome to the world, baby Theo! His parents did three transfers with us.", &["CONSENT"], &[]),
    case("Our consent forms are now available in Spanish.", &[], &["CONSENT", "FLAG"]),
    case("If your AMH is low, your ovaries may respond less to stimulation.", &["DISCLAIMER"], &["FLAG"]),
    case("If your AMH is low, your ovaries may respond less. General information only; ask your own doctor.", &[], &["DISCLAIMER"]),
    case_in("account=personal", "Three retrievals and a positive beta on today's shift!", &["PERSONAL_ACCOUNT"], &[]),
    case_in("account=professional", "Three retrievals and a positive beta on today's shift!", &[], &["PERSONAL_ACCOUNT"]),
    case_in("account=personal", "Great hike with the kids this weekend!", &[], &["PERSONAL_ACCOUNT", "FLAG"]),
];

#[test]
fn advisories() {
    check(ADVISORIES);
}
