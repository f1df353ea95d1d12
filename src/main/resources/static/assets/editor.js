// The article editor's improvements: Markdown toolbar, live preview, slug check and autosave.
// The form works without any of it: saving, previewing and every check happen on the server.
(function () {
  "use strict";
  var form = document.getElementById("editor");
  if (!form) {
    return;
  }
  var body = document.getElementById("body");
  var preview = document.getElementById("preview");
  var slug = document.getElementById("slug");
  var slugStatus = document.getElementById("slug-status");
  var autosaveStatus = document.getElementById("autosave-status");
  var articleId = form.getAttribute("data-article-id");

  function params(extra) {
    var data = new URLSearchParams(new FormData(form));
    data.delete("step");
    if (articleId) {
      data.set("id", articleId);
    }
    if (extra) {
      Object.keys(extra).forEach(function (key) { data.set(key, extra[key]); });
    }
    return data;
  }

  function debounce(fn, wait) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, wait);
    };
  }

  // Toolbar: wraps the selection or starts a line, as the buttons say.
  var toolbar = form.querySelector(".md-toolbar");
  document.querySelectorAll(".no-script-only").forEach(function (el) { el.hidden = true; });
  if (toolbar) {
    toolbar.hidden = false;
    toolbar.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-md]");
      if (button) {
        format(button.getAttribute("data-md"));
      }
    });
  }
  body.addEventListener("keydown", function (event) {
    if (!(event.ctrlKey || event.metaKey)) {
      return;
    }
    var keys = { b: "bold", i: "italic", k: "link" };
    var action = keys[event.key.toLowerCase()];
    if (action) {
      event.preventDefault();
      format(action);
    }
  });

  function format(action) {
    var start = body.selectionStart;
    var end = body.selectionEnd;
    var selected = body.value.slice(start, end);
    var insert;
    switch (action) {
      case "bold": insert = "**" + (selected || "bold text") + "**"; break;
      case "italic": insert = "_" + (selected || "italic text") + "_"; break;
      case "link": insert = "[" + (selected || "link text") + "](https://)"; break;
      case "heading": insert = lineStart(start) + "## " + (selected || "Subheading"); break;
      case "quote": insert = lineStart(start) + "> " + (selected || "Quoted words") + "\n>\n> — Who said it"; break;
      case "list": insert = lineStart(start) + (selected || "First point").split("\n").map(function (line) { return "- " + line; }).join("\n"); break;
      case "image": insert = lineStart(start) + "![" + (selected || "What the image shows") + "](/media/… \"Caption\")"; break;
      default: return;
    }
    body.focus();
    body.setRangeText(insert, start, end, "end");
    body.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function lineStart(position) {
    return position === 0 || body.value.charAt(position - 1) === "\n" ? "" : "\n\n";
  }

  // Live preview, rendered by the server with the public page's renderer and sanitizer.
  var refreshPreview = debounce(function () {
    fetch(form.getAttribute("data-preview"), { method: "POST", body: params(), credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) { preview.innerHTML = html; })
      .catch(function () { /* the preview is a convenience; saving still works */ });
  }, 400);
  body.addEventListener("input", refreshPreview);
  if (body.value.trim() !== "") {
    refreshPreview();
  }

  // Slug check as you type.
  var checkSlug = debounce(function () {
    var value = slug.value.trim();
    if (value === "") {
      slugStatus.textContent = "The slug will be made from the headline.";
      return;
    }
    var query = "?slug=" + encodeURIComponent(value) + (articleId ? "&id=" + articleId : "");
    fetch(form.getAttribute("data-slug-check") + query, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (problem) {
        slugStatus.textContent = problem || "This address is free.";
        slugStatus.classList.toggle("field-error", !!problem);
        slug.setAttribute("aria-invalid", problem ? "true" : "false");
      })
      .catch(function () { slugStatus.textContent = ""; });
  }, 300);
  slug.addEventListener("input", checkSlug);

  // Choosing a hero fills its words from the library, unless some were typed already.
  form.addEventListener("change", function (event) {
    var radio = event.target;
    if (radio.name !== "hero" || !radio.checked || !radio.value) {
      return;
    }
    ["alt", "caption", "credit"].forEach(function (name) {
      var field = document.getElementById("hero" + name.charAt(0).toUpperCase() + name.slice(1));
      if (field && field.value.trim() === "") {
        field.value = radio.getAttribute("data-" + name) || "";
      }
    });
  });

  // Picking an existing tag adds it to the list, once.
  var tags = document.getElementById("tags");
  form.addEventListener("click", function (event) {
    var pick = event.target.closest("button[data-tag]");
    if (!pick) {
      return;
    }
    var names = tags.value.split(",").map(function (name) { return name.trim(); }).filter(Boolean);
    var name = pick.getAttribute("data-tag");
    if (names.map(function (n) { return n.toLowerCase(); }).indexOf(name.toLowerCase()) < 0) {
      names.push(name);
      tags.value = names.join(", ");
      tags.dispatchEvent(new Event("input", { bubbles: true }));
    }
  });

  // Autosave: every few seconds while something changed, and when the tab is hidden or closed.
  var dirty = false;
  var saving = false;
  form.addEventListener("input", function () { dirty = true; });
  function autosave(leaving) {
    if (!form.getAttribute("data-autosave") || !dirty || (saving && !leaving)) {
      return;
    }
    dirty = false;
    saving = true;
    var data = params();
    var request = fetch(form.getAttribute("data-autosave"), {
      method: "POST", body: data, credentials: "same-origin", keepalive: leaving && data.toString().length < 60000
    });
    request.then(function (response) {
      saving = false;
      if (response.status === 403) {
        dirty = true;
        renewToken();
        return;
      }
      if (!response.ok) {
        dirty = true;
        autosaveStatus.textContent = "Autosave failed; your typing is still here. Save when you can.";
        return;
      }
      autosaveStatus.textContent = "Autosaved at " + new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" }) + ".";
    }).catch(function () {
      saving = false;
      dirty = true;
      autosaveStatus.textContent = "Offline: autosave will retry. Your typing is still here.";
    });
  }
  // A session that ended (a long pause, a restart) leaves this page with an old form token. If the
  // person is still signed in (remembered), take the new token from any newsroom page; if not, say
  // so, and keep the typing here until they sign in again in another tab.
  function renewToken() {
    fetch("/newsroom/help", { credentials: "same-origin", redirect: "manual" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector("input[name=_csrf]");
        if (!fresh) {
          return Promise.reject("no token");
        }
        document.querySelectorAll("input[name=_csrf]").forEach(function (field) { field.value = fresh.value; });
        autosaveStatus.textContent = "Your session was renewed; autosave continues.";
      })
      .catch(function () {
        autosaveStatus.textContent = "You are signed out. Sign in again in another tab: your typing stays here and is saved when you come back.";
      });
  }
  setInterval(function () { autosave(false); }, 5000);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      autosave(true);
    }
  });
  window.addEventListener("pagehide", function () { autosave(true); });
  form.addEventListener("submit", function () { dirty = false; });

  document.querySelectorAll("form[data-confirm]").forEach(function (confirmForm) {
    confirmForm.addEventListener("submit", function (event) {
      if (!window.confirm(confirmForm.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    });
  });
})();
