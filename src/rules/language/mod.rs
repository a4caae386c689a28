//! Language: profanity, harassment and insensitive wording.

pub mod harassment;
pub mod insensitive;
pub mod profanity;
