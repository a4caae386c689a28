//! Where a text is going: the site, the kind of box, the account, the language.

/// The kind of compose box (contract section 2's `--context`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ComposeContext {
    #[default]
    Post,
    Comment,
    Reply,
    ReviewReply,
    Bio,
    Dm,
}

impl ComposeContext {
    pub const NAMES: &'static [&'static str] = &["post", "comment", "reply", "review_reply", "bio", "dm"];

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "post" => Self::Post,
            "comment" => Self::Comment,
            "reply" => Self::Reply,
            "review_reply" => Self::ReviewReply,
            "bio" => Self::Bio,
            "dm" => Self::Dm,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    /// Replies and comments are addressed to somebody; posts and bios are broadcast.
    pub fn is_conversational(self) -> bool {
        matches!(self, Self::Comment | Self::Reply | Self::ReviewReply | Self::Dm)
    }
}

/// What is known of the signed-in account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Account {
    Personal,
    Professional,
    #[default]
    Unknown,
}

impl Account {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "personal" => Self::Personal,
            "professional" => Self::Professional,
            "unknown" => Self::Unknown,
            _ => return None,
        })
    }
}

/// The language of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "en" => Some(Self::En),
            "es" => Some(Self::Es),
            _ => None,
        }
    }
}

/// Hosts whose compose boxes reply to reviews of the practice.
pub const REVIEW_SITES: &[&str] = &["yelp.com", "biz.yelp.com", "healthgrades.com", "google.com", "business.google.com"];

/// Everything the scanner is told about a text besides the text itself.
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// Host name of the site, e.g. `"x.com"`.
    pub site: Option<String>,
    pub context: ComposeContext,
    pub account: Account,
    /// Language, when the caller knows it; otherwise it is guessed from the text.
    pub lang: Option<Lang>,
}

impl ScanOptions {
    /// Whether the text answers a public review of the practice.
    pub fn is_review_reply(&self) -> bool {
        self.context == ComposeContext::ReviewReply
    }

    /// The site without a leading `www.`, lower case.
    pub fn site_host(&self) -> Option<String> {
        self.site.as_ref().map(|s| s.trim().trim_start_matches("www.").to_ascii_lowercase())
    }
}
