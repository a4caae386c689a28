const post = new ModelEditor(document.getElementById("post"), "lexical");
document.getElementById("post-send").addEventListener("click", () => sendPost(post.getText(), "post"));
document.getElementById("reply-send").addEventListener("click", () => sendPost(document.getElementById("reply").value, "reply"));
document.getElementById("comment-form").addEventListener("submit", (e) => {
  e.preventDefault();
  sendPost(document.getElementById("comment").value, "comment");
});
