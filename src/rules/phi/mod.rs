//! PHI identifiers (HIPAA Safe Harbor types), reported only when they belong to a patient or
//! another private person.

pub mod age;
pub mod contact;
pub mod date;
pub mod ids;
pub mod location;
pub mod name;
pub mod online;
