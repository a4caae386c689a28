//! The rule catalogue, generated from the rule declarations (docs/RULES.md).

use crate::category::Category;
use crate::rules::RULES;

/// The catalogue in Markdown.
pub fn markdown() -> String {
    let mut out = String::from(
        "# SafePost rule catalogue\n\n\
         Generated from the rule declarations in `src/rules/` by `safepost rules --markdown`; a test keeps \
         this file in step with the code. Disable a rule with the policy key `disabledRules` and its id \
         (or a prefix such as `phi.name.*`).\n\n\
         Severity: `block` = the post should not go out as written, `warn` = look again, `info` = advice \
         (advisory categories never flag a post).\n\n",
    );
    out.push_str("| id | category | severity | finds |\n| --- | --- | --- | --- |\n");
    for r in RULES {
        out.push_str(&format!("| [`{}`](#{}) | {} | {} | {} |\n", r.id, anchor(r.id), r.category, r.severity, escape(r.summary)));
    }
    let families = [("phi", "PHI identifiers"), ("conduct", "Conduct"), ("language", "Language"), ("advisory", "Advisories")];
    for (prefix, title) in families {
        out.push_str(&format!("\n## {title}\n"));
        for r in RULES.iter().filter(|r| r.id.split('.').next() == Some(prefix)) {
            out.push_str(&format!("\n### {}\n\n", r.id));
            out.push_str(&format!("- **Category:** `{}`{}\n", r.category, if r.category.is_advisory() { " (advisory)" } else { "" }));
            out.push_str(&format!("- **Severity:** `{}`\n", r.severity));
            out.push_str(&format!("- **Finds:** {}\n", r.summary));
            out.push_str(&format!("- **Why:** {}\n", r.why));
            out.push_str(&format!("- **Message:** {}\n", r.message.replace("{text}", "“…”")));
            match r.suggestion {
                Some("") => out.push_str("- **Fix:** remove the flagged text\n"),
                Some(s) => out.push_str(&format!("- **Fix:** replace with “{}”\n", s.trim())),
                None => out.push_str("- **Fix:** none automatic; rewrite by hand\n"),
            }
            let with = if r.example_with.is_empty() { String::new() } else { format!(" ({})", r.example_with.replace('=', ": ")) };
            out.push_str(&format!("- **Example**{with}: {}\n", r.example));
            out.push_str(&format!("- **Not flagged:** {}\n", r.near_miss));
        }
    }
    out.push_str("\n## Categories without a rule of their own\n\n");
    let covered: Vec<Category> = RULES.iter().map(|r| r.category).collect();
    let missing: Vec<&str> = Category::ALL.iter().filter(|c| !covered.contains(c)).map(|c| c.as_str()).collect();
    if missing.is_empty() {
        out.push_str("None: every category of the contract has at least one rule. Policy `customTerms` and `customPatterns` can report any category.\n");
    } else {
        out.push_str(&format!("{}\n", missing.join(", ")));
    }
    out
}

fn anchor(id: &str) -> String {
    id.replace('.', "")
}

fn escape(s: &str) -> String {
    s.replace('|', "\\|")
}
