// Small improvements on pages that work without it.
(function () {
  "use strict";
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // "To Top": scroll smoothly, then move keyboard focus to the top of the page as the link would.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.to-top");
    if (!link) {
      return;
    }
    event.preventDefault();
    window.scrollTo({ top: 0, behavior: reduceMotion ? "auto" : "smooth" });
    var top = document.getElementById("top");
    if (top) {
      top.setAttribute("tabindex", "-1");
      top.focus({ preventScroll: true });
    }
    if (history.replaceState) {
      history.replaceState(null, "", location.pathname + location.search);
    }
  });

  // Most Popular: one view per story per browser tab session in 30 minutes, sent without delaying
  // anything and without a cookie.
  var story = document.querySelector("article.story[data-article-id]");
  if (story && navigator.sendBeacon) {
    var id = story.getAttribute("data-article-id");
    var key = "bulletin-viewed-" + id;
    var last = 0;
    try {
      last = Number(sessionStorage.getItem(key)) || 0;
    } catch (e) {
      last = 0;
    }
    if (Date.now() - last > 30 * 60 * 1000) {
      try {
        sessionStorage.setItem(key, String(Date.now()));
      } catch (e) {
        // Private modes may refuse storage; the view still counts once.
      }
      navigator.sendBeacon("/popularity/view", new URLSearchParams({ a: id }));
    }
  }
})();
