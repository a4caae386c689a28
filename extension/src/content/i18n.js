// UI strings through the browser's _locales (en, es), with English defaults.
(function () {
  "use strict";
  const SafePost = (globalThis.SafePost = globalThis.SafePost || {});
  const EN = {
    editPost: "Edit post",
    postAnyway: "Post anyway",
    apply: "Apply",
    dismiss: "Dismiss",
    guardTitle: "Check this post before it goes out",
    guardBlocked: "Your organization does not allow posts with these problems.",
    guardConfirm: "SafePost found problems that could breach patient privacy or professional guidance.",
    guardUnavailable: "SafePost could not check this post. Your organization asks you to confirm before posting.",
    indicatorNone: "SafePost: no problems found",
    indicatorSome: "SafePost: $1 problems ($2): $3",
    indicatorUnavailable: "SafePost is unavailable; posts are not being checked",
    indicatorOff: "SafePost is off on this site",
    removeIt: "Remove it",
    replaceWith: "Replace with “$1”",
    noFix: "Rewrite by hand",
    severity_block: "must fix",
    severity_warn: "look again",
    severity_info: "advice",
    cardKeyboardHint: "Alt+Enter opens this card from the keyboard; Esc closes it.",
  };
  SafePost.t = function (key, subs) {
    const m = SafePost.platform.message(key, subs);
    if (m) return m;
    let s = EN[key] || key;
    (subs || []).forEach((v, i) => (s = s.replace("$" + (i + 1), v)));
    return s;
  };
})();
