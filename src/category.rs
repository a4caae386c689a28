//! The finding categories and severities of the public contract (CONTRACT.md section 1).

use std::fmt;

macro_rules! categories {
    ($($variant:ident => $name:literal, $kind:ident;)*) => {
        /// Every finding has exactly one category, spelled as in the contract.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Category { $($variant),* }

        impl Category {
            /// All categories, in contract order.
            pub const ALL: &'static [Category] = &[$(Category::$variant),*];

            /// The contract spelling, e.g. `"HEALTH_PLAN"`.
            pub fn as_str(self) -> &'static str {
                match self { $(Category::$variant => $name),* }
            }

            /// Parses the contract spelling (exact, upper case).
            pub fn parse(s: &str) -> Option<Category> {
                match s { $($name => Some(Category::$variant),)* _ => None }
            }

            /// Which of the three families of the contract the category belongs to.
            pub fn kind(self) -> CategoryKind {
                match self { $(Category::$variant => CategoryKind::$kind),* }
            }
        }
    };
}

categories! {
    Name => "NAME", Identifier;
    Date => "DATE", Identifier;
    Age => "AGE", Identifier;
    Location => "LOCATION", Identifier;
    Phone => "PHONE", Identifier;
    Fax => "FAX", Identifier;
    Email => "EMAIL", Identifier;
    Ssn => "SSN", Identifier;
    Mrn => "MRN", Identifier;
    HealthPlan => "HEALTH_PLAN", Identifier;
    Account => "ACCOUNT", Identifier;
    License => "LICENSE", Identifier;
    Vehicle => "VEHICLE", Identifier;
    DeviceId => "DEVICE_ID", Identifier;
    Url => "URL", Identifier;
    Ip => "IP", Identifier;
    OtherId => "OTHER_ID", Identifier;
    PatientDisclosure => "PATIENT_DISCLOSURE", Conduct;
    MedicalAdvice => "MEDICAL_ADVICE", Conduct;
    SuccessClaim => "SUCCESS_CLAIM", Conduct;
    ReviewConfirmation => "REVIEW_CONFIRMATION", Conduct;
    Legal => "LEGAL", Conduct;
    Profanity => "PROFANITY", Conduct;
    Harassment => "HARASSMENT", Conduct;
    PhiSolicitation => "PHI_SOLICITATION", Conduct;
    Insensitive => "INSENSITIVE", Advisory;
    Consent => "CONSENT", Advisory;
    Disclaimer => "DISCLAIMER", Advisory;
    PersonalAccount => "PERSONAL_ACCOUNT", Advisory;
}

/// The three groups of categories in the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CategoryKind {
    /// A HIPAA Safe Harbor identifier type, reported only when it belongs to a private person.
    Identifier,
    /// Conduct and context problems.
    Conduct,
    /// Advice that never makes a post flagged on its own.
    Advisory,
}

impl Category {
    /// Advisory categories never make a post flagged, whatever their severity.
    pub fn is_advisory(self) -> bool {
        self.kind() == CategoryKind::Advisory
    }

    /// HIPAA identifier categories (whose spans are scored as identifier spans).
    pub fn is_identifier(self) -> bool {
        self.kind() == CategoryKind::Identifier
    }

    /// The numbers of a person's records: social security, medical record, health plan,
    /// account and licence numbers. Rules that weigh "a number of someone's" start from these
    /// and add what their own reading needs (a device's serial, a plate, a bare ID).
    pub fn is_record_number(self) -> bool {
        matches!(self, Category::Ssn | Category::Mrn | Category::HealthPlan | Category::Account | Category::License)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a finding is. Ordered: `Info < Warn < Block`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Advice.
    Info,
    /// Look again.
    Warn,
    /// The post should not go out as written.
    Block,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warn => "warn",
            Severity::Block => "block",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warn" => Some(Severity::Warn),
            "block" => Some(Severity::Block),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_lists_29_categories_that_round_trip() {
        assert_eq!(Category::ALL.len(), 29);
        for &c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
        assert_eq!(Category::parse("name"), None);
        let identifiers = Category::ALL.iter().filter(|c| c.is_identifier()).count();
        let advisory = Category::ALL.iter().filter(|c| c.is_advisory()).count();
        assert_eq!((identifiers, advisory), (17, 4));
    }

    #[test]
    fn severities_are_ordered() {
        assert!(Severity::Info < Severity::Warn && Severity::Warn < Severity::Block);
        assert_eq!(Severity::parse("warn"), Some(Severity::Warn));
        assert_eq!(Severity::parse("fatal"), None);
    }
}
