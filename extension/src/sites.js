// Site adapters: everything SafePost knows about a site, as data. Each entry says which hosts it
// covers, which boxes to watch and in which context (post, reply, comment, review_reply, bio,
// dm), which buttons and keys submit, and where the signed-in account's handle is shown.
// Hosts without an entry get the generic adapter. Classic script: defines SafePost.sites.
(function () {
  "use strict";
  const SafePost = (globalThis.SafePost = globalThis.SafePost || {});

  /**
   * Fields:
   *   hosts       host names (a host also matches its subdomains)
   *   boxes       extra selectors of compose boxes (editable elements are found anyway)
   *   ignore      selectors of editable elements that are not compose boxes (search, chat filters)
   *   contexts    [{ within: selector, context }] — first ancestor match wins; else `context`
   *   submit      selectors of buttons that send the post
   *   submitText  button labels (lower case) that send the post, for buttons without a stable selector
   *   keys        keyboard shortcuts that send: "Mod+Enter" (Ctrl or Cmd), "Enter" (single-line or chat)
   *   account     [{ selector, attr?, pattern? }] — where the signed-in handle or name is shown
   */
  const ADAPTERS = [
    {
      id: "x",
      hosts: ["x.com", "twitter.com"],
      boxes: ['[data-testid^="tweetTextarea_"][contenteditable="true"]', '[data-testid="dmComposerTextInput"]'],
      ignore: ['[data-testid="SearchBox_Search_Input"]', 'input[aria-label="Search query"]'],
      contexts: [
        { within: '[data-testid="dmComposerTextInput"], [data-testid="DmActivityContainer"]', context: "dm" },
        { within: '[data-testid="inline_reply_offscreen"], [aria-labelledby*="reply"], [data-testid="tweetTextarea_0_label"][aria-label*="eply"]', context: "reply" },
        { within: 'form[data-testid*="Profile"], [data-testid="ProfileDescription"]', context: "bio" },
      ],
      context: "post",
      submit: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]', '[data-testid="dmComposerSendButton"]'],
      submitText: ["post", "reply", "tweet", "post all", "send"],
      keys: ["Mod+Enter"],
      account: [
        { selector: '[data-testid="SideNav_AccountSwitcher_Button"]', pattern: "@[A-Za-z0-9_]{1,15}" },
        { selector: 'a[data-testid="AppTabBar_Profile_Link"]', attr: "href", pattern: "[A-Za-z0-9_]{1,15}$", prefix: "@" },
      ],
    },
    {
      id: "facebook",
      hosts: ["facebook.com"],
      ignore: ['input[type="search"]', '[aria-label="Search Facebook"]'],
      contexts: [
        { within: '[role="dialog"][aria-label*="message" i], [aria-label*="Message" i][role="textbox"]', context: "dm" },
        { within: 'form[role="presentation"] [aria-label*="reply" i], [aria-label^="Reply" i]', context: "reply" },
        { within: '[aria-label*="comment" i], [aria-label^="Write a comment" i], [aria-label^="Comment as" i]', context: "comment" },
      ],
      context: "post",
      submit: ['[aria-label="Post"][role="button"]', 'div[aria-label="Post"]', '[aria-label="Comment"][role="button"]', '[aria-label="Press Enter to send"]'],
      submitText: ["post", "comment", "reply", "share now", "publicar", "comentar"],
      keys: [{ key: "Enter", in: "comment" }, { key: "Enter", in: "reply" }, { key: "Enter", in: "dm" }],
      account: [
        { selector: '[aria-label="Your profile"]', attr: null },
        { selector: '[aria-label="Your profile"] image, [aria-label="Your profile"] img', attr: "alt" },
        { selector: 'a[aria-label^="Profile"][href*="facebook.com/"], a[href^="/me"]', attr: "aria-label" },
      ],
    },
    {
      id: "instagram",
      hosts: ["instagram.com"],
      ignore: ['input[aria-label="Search input"]', 'input[placeholder="Search"]'],
      contexts: [
        { within: 'textarea[aria-label^="Write a caption"], [aria-label^="Write a caption"]', context: "post" },
        { within: '[aria-label^="Message"], [aria-label="Message..."]', context: "dm" },
        { within: 'textarea[name="biography"], #pepBio', context: "bio" },
        { within: 'form textarea[aria-label^="Add a comment"], [aria-label^="Add a comment"]', context: "comment" },
      ],
      context: "comment",
      submit: ['form button[type="submit"]', 'div[role="button"][tabindex="0"]'],
      submitText: ["post", "share", "send", "submit", "publicar", "compartir"],
      keys: [{ key: "Enter", in: "comment" }, { key: "Enter", in: "dm" }],
      account: [
        { selector: 'a[href^="/"][role="link"] img[alt$="profile picture"]', attr: "alt", pattern: "^[A-Za-z0-9._]+", prefix: "@" },
        { selector: '[data-testid="user-avatar"]', attr: "alt", pattern: "^[A-Za-z0-9._]+", prefix: "@" },
      ],
    },
    {
      id: "linkedin",
      hosts: ["linkedin.com"],
      boxes: [".ql-editor[contenteditable='true']", ".msg-form__contenteditable"],
      ignore: ['input.search-global-typeahead__input', 'input[role="combobox"]'],
      contexts: [
        { within: ".msg-form, .msg-form__contenteditable", context: "dm" },
        { within: ".comments-comment-box, .comments-comment-texteditor, [aria-label*='comment' i]", context: "comment" },
        { within: "textarea#about, [data-test-about-section], #about-section", context: "bio" },
      ],
      context: "post",
      submit: ["button.share-actions__primary-action", "button.comments-comment-box__submit-button", "button.msg-form__send-button", "button.comments-comment-box__submit-button--cr"],
      submitText: ["post", "comment", "reply", "send", "publicar"],
      keys: ["Mod+Enter"],
      account: [
        { selector: ".global-nav__me-photo", attr: "alt" },
        { selector: "img.global-nav__me-photo", attr: "alt" },
        { selector: ".feed-identity-module__actor-meta a, .profile-card-name", attr: null },
      ],
    },
    {
      id: "reddit",
      hosts: ["reddit.com"],
      boxes: ['div[contenteditable="true"][role="textbox"]', 'textarea[name="text"]'],
      ignore: ['input[name="q"]', "faceplate-search-input input", 'input[type="search"]'],
      contexts: [
        { within: "shreddit-composer[slot='post-composer'], #post-composer, [slot='rte'][name='body'], form[action*='submit']", context: "post" },
        { within: "comment-composer-host, shreddit-composer, .commentarea, [data-testid='comment-submission-form-richtext']", context: "comment" },
      ],
      context: "comment",
      submit: ['button[slot="submit-button"]', 'button[type="submit"]', '#submit-post-button', 'button[data-testid="comment-submit-button"]'],
      submitText: ["comment", "reply", "post", "save", "submit"],
      keys: ["Mod+Enter"],
      account: [
        { selector: "#expand-user-drawer-button img, faceplate-tracker[noun='user_menu'] img", attr: "alt", pattern: "u/[A-Za-z0-9_-]+" },
        { selector: "span.user a, #USER_DROPDOWN_ID span", pattern: "[A-Za-z0-9_-]{3,20}", prefix: "u/" },
        { selector: "[data-testid='user-drawer-username'], shreddit-async-loader[bundlename='user_drawer'] span", pattern: "u/[A-Za-z0-9_-]+" },
      ],
    },
    {
      id: "youtube",
      hosts: ["youtube.com"],
      boxes: ["#contenteditable-root[contenteditable='true']", "div#textbox[contenteditable='true']"],
      ignore: ['input#search', 'input[name="search_query"]', "#chat #input"],
      contexts: [
        { within: "ytd-comment-reply-dialog-renderer, ytd-comment-dialog-renderer#reply-dialog, #reply-dialog", context: "reply" },
        { within: "ytd-commentbox, ytd-comment-simplebox-renderer, #comments", context: "comment" },
        { within: "ytcp-social-suggestions-textbox, #description-textarea, ytcp-video-description", context: "post" },
        { within: "ytd-backstage-post-dialog-renderer, #post-dialog, ytd-backstage-post-renderer", context: "post" },
      ],
      context: "comment",
      submit: ["#submit-button button", "ytd-button-renderer#submit-button", "#submit-button", "ytd-backstage-post-dialog-renderer #submit-button"],
      submitText: ["comment", "reply", "post", "save", "publish", "comentar", "responder"],
      keys: [],
      account: [
        { selector: "#avatar-btn img, button#avatar-btn img", attr: "alt" },
        { selector: "yt-formatted-string#channel-handle, #channel-handle", pattern: "@[A-Za-z0-9._-]+" },
        { selector: "ytd-active-account-header-renderer #channel-handle", pattern: "@[A-Za-z0-9._-]+" },
      ],
    },
    {
      id: "tiktok",
      hosts: ["tiktok.com"],
      boxes: [".public-DraftEditor-content[contenteditable='true']", "div[contenteditable='true'][data-e2e*='comment-input']", "[data-e2e='comment-input'] [contenteditable='true']"],
      ignore: ['input[type="search"]', 'input[data-e2e="search-user-input"]', 'input[name="q"]'],
      contexts: [
        { within: "[data-e2e*='comment'], .comment-input-container, [class*='CommentInput']", context: "comment" },
        { within: "[data-e2e='message-input'], [class*='DivMessageInput']", context: "dm" },
        { within: "[data-e2e='caption_container'], .caption-editor, [class*='caption']", context: "post" },
        { within: "textarea[data-e2e='bio-textarea'], [data-e2e='edit-profile-bio']", context: "bio" },
      ],
      context: "comment",
      submit: ["[data-e2e='comment-post']", "[data-e2e='post_video_button']", "button[data-e2e='publish-button']", "[data-e2e='message-send']"],
      submitText: ["post", "send", "publish", "comment", "publicar", "enviar"],
      keys: [{ key: "Enter", in: "comment" }, { key: "Enter", in: "dm" }],
      account: [
        { selector: "[data-e2e='profile-icon'] img, [data-e2e='nav-profile'] a", attr: "href", pattern: "@[A-Za-z0-9._]+" },
        { selector: "a[data-e2e='nav-profile']", attr: "href", pattern: "@[A-Za-z0-9._]+" },
      ],
    },
    {
      id: "yelp",
      hosts: ["yelp.com"],
      ignore: ['input#search_description', 'input[name="find_desc"]', 'input[name="find_loc"]'],
      contexts: [{ within: "body", context: "review_reply" }],
      context: "review_reply",
      submit: ['button[type="submit"]', 'button[data-testid="reply-submit"]'],
      submitText: ["post", "post reply", "reply", "submit", "send", "public comment", "publicar"],
      keys: [],
      account: [
        { selector: "[data-testid='biz-user-name'], .biz-user-name, .js-user-name", attr: null },
        { selector: "[aria-label^='Account'], [data-testid='account-menu']", attr: "aria-label" },
      ],
    },
    {
      id: "google",
      hosts: ["google.com"],
      ignore: ['textarea[name="q"]', 'input[name="q"]', '[role="combobox"]', 'input[type="search"]'],
      contexts: [{ within: "[aria-label*='eply' i], [jsname][aria-label*='respuesta' i], form, body", context: "review_reply" }],
      context: "review_reply",
      submit: ['button[type="submit"]', 'button[aria-label="Reply"]', 'button[jsname][aria-label*="eply"]'],
      submitText: ["reply", "post reply", "submit", "post", "responder", "publicar"],
      keys: [],
      account: [
        { selector: "a[aria-label^='Google Account'], [aria-label^='Google Account']", attr: "aria-label", pattern: ":\\s*([^\\n(]+?)\\s*(?:\\(|$)" },
        { selector: "a[aria-label^='Google Account']", attr: "aria-label", pattern: "\\(([^)]+)\\)" },
      ],
    },
    {
      id: "healthgrades",
      hosts: ["healthgrades.com"],
      ignore: ['input[type="search"]', 'input[name="what"]', 'input[name="where"]'],
      contexts: [{ within: "body", context: "review_reply" }],
      context: "review_reply",
      submit: ['button[type="submit"]', 'button.response-submit', 'button[data-qa-target="submit-response"]'],
      submitText: ["submit", "submit response", "post response", "reply", "post", "respond"],
      keys: [],
      account: [
        { selector: "[data-qa-target='provider-name'], .provider-account-name, .account-name", attr: null },
      ],
    },
  ];

  /** The generic adapter: any editable box, usual submit labels, forms. */
  const GENERIC = {
    id: "generic",
    hosts: [],
    ignore: ['input[type="search"]', '[role="combobox"]', '[role="searchbox"]', 'input[name="q"]'],
    contexts: [],
    context: "post",
    submit: ['button[type="submit"]', 'input[type="submit"]'],
    submitText: ["post", "reply", "comment", "send", "submit", "publish", "share", "tweet", "publicar", "responder", "enviar", "comentar"],
    keys: ["Mod+Enter"],
    account: [],
  };

  function hostMatches(host, pattern) {
    host = String(host || "").toLowerCase().replace(/^www\./, "");
    pattern = String(pattern || "").toLowerCase().replace(/^www\./, "");
    if (pattern.startsWith("*.")) return host.endsWith(pattern.slice(1));
    return host === pattern || host.endsWith("." + pattern);
  }

  SafePost.sites = {
    ADAPTERS,
    GENERIC,
    hostMatches,
    /** The adapter for a host: the first whose hosts match, else the generic one. */
    forHost(host) {
      return ADAPTERS.find((a) => a.hosts.some((h) => hostMatches(host, h))) || GENERIC;
    },
    /** The built-in list of sites watched by default. */
    defaultSites() {
      return ADAPTERS.flatMap((a) => a.hosts);
    },
  };
})();
