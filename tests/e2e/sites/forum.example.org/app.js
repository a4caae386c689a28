document.getElementById("post").addEventListener("click", () => sendPost(document.getElementById("box").value, "button"));
