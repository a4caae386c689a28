//! SafePost: finds what a fertility or reproductive-medicine clinician should not post
//! (patient identifiers, patient disclosures, individual medical advice, overstated success,
//! review replies that confirm a patient, legal talk, profanity, harassment, requests for
//! health information) and says why, with a safe rewrite where one exists.
//!
//! The same core runs natively (the `safepost` CLI) and in the browser extension through
//! WebAssembly (`wasm` module). See CONTRACT.md for the public interfaces.
//!
//! ```
//! use safepost::{Scanner, ScanOptions};
//! let scanner = Scanner::new("").unwrap();
//! let result = scanner.scan("Mrs. Lowry had her retrieval today!", &ScanOptions::default());
//! assert!(result.flag);
//! assert_eq!(result.findings[0].category.as_str(), "NAME");
//! ```

pub mod analysis;
pub mod casefold;
pub mod catalogue;
pub mod category;
pub mod eval;
pub mod fold;
pub mod gate;
#[rustfmt::skip]
mod gate_table;
pub mod lexicon;
pub mod options;
mod orgfilter;
pub mod phrase_index;
pub mod policy;
pub mod rule;
pub mod rules;
pub mod scanner;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use category::{Category, Severity};
pub use options::{Account, ComposeContext, Lang, ScanOptions};
pub use policy::{Policy, PolicyError};
pub use scanner::{Finding, ScanResult, Scanner};
