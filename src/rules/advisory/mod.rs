//! Advisories: advice that never makes a post flagged on its own.

pub mod consent;
pub mod disclaimer;
pub mod personal_account;
