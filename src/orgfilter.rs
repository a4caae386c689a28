//! The practice's own identifiers (policy `orgIdentifiers`) are never reported as PHI.

use crate::category::Category;
use crate::policy::{normalize_address, normalize_domain, phone_digits, OrgIdentifiers};
use crate::rules::phi::contact::deobfuscate_email;

/// Whether `text`, found as an identifier of `category`, is one of the practice's own.
pub fn is_org_identifier(org: &OrgIdentifiers, category: Category, text: &str) -> bool {
    match category {
        Category::Phone | Category::Fax => {
            let d = phone_digits(text);
            !d.is_empty() && org.phones.iter().any(|p| *p == d)
        }
        Category::Email => {
            let e = deobfuscate_email(text).to_ascii_lowercase();
            let domain = e.rsplit('@').next().unwrap_or("");
            org.emails.iter().any(|o| *o == e) || in_domains(&org.domains, domain)
        }
        Category::Url => in_domains(&org.domains, &normalize_domain(text)),
        Category::Location => {
            let a = normalize_address(text);
            !a.is_empty() && org.addresses.iter().any(|o| o.contains(&a) || a.contains(o.as_str()))
        }
        Category::Name | Category::OtherId => {
            let folded = crate::fold::fold(text.trim_start_matches(['@', '#']));
            let n = words(&folded);
            !n.is_empty()
                && org.names.iter().any(|o| {
                    let o = words(o);
                    o.windows(n.len()).any(|w| w == n.as_slice()) || o.concat() == n.concat()
                })
        }
        _ => false,
    }
}

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

fn in_domains(domains: &[String], d: &str) -> bool {
    !d.is_empty() && domains.iter().any(|o| d == o || d.ends_with(&format!(".{o}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org() -> OrgIdentifiers {
        let (p, errors) = crate::policy::Policy::parse(
            r#"{"orgIdentifiers": {"names": ["Blue Heron IVF", "Dr. Ana Ruiz"], "phones": ["+1 (207) 555-0136"],
                "emails": ["hello@blueheron.example"], "domains": ["www.blueheronivf.com"],
                "addresses": ["412 Tidewater Blvd, Suite 300"]}}"#,
        )
        .unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        p.org
    }

    #[test]
    fn the_practice_identifiers_match_in_any_spelling() {
        let o = org();
        assert!(is_org_identifier(&o, Category::Phone, "207.555.0136"));
        assert!(is_org_identifier(&o, Category::Fax, "(207) 555-0136"));
        assert!(is_org_identifier(&o, Category::Email, "HELLO@blueheron.example"));
        assert!(is_org_identifier(&o, Category::Email, "billing [at] blueheronivf [dot] com"));
        assert!(is_org_identifier(&o, Category::Url, "https://blueheronivf.com/consult"));
        assert!(is_org_identifier(&o, Category::Location, "412 Tidewater Blvd"));
        assert!(is_org_identifier(&o, Category::Name, "Ana Ruiz"));
        assert!(is_org_identifier(&o, Category::OtherId, "@BlueHeronIVF"));
    }

    #[test]
    fn other_identifiers_are_not_the_practice() {
        let o = org();
        assert!(!is_org_identifier(&o, Category::Phone, "207-555-0199"));
        assert!(!is_org_identifier(&o, Category::Email, "ana.ruiz@gmail.com"));
        assert!(!is_org_identifier(&o, Category::Url, "blueheronivf.com.evil.example"));
        assert!(!is_org_identifier(&o, Category::Name, "Ana Ortiz"));
        assert!(!is_org_identifier(&o, Category::Ssn, "207-55-0136"));
    }
}
