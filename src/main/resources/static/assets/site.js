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
})();
