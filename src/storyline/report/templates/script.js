(function () {
  "use strict";

  /* Open every <details> around an element so that it can be seen. */
  function reveal(el) {
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") { p.open = true; }
    }
  }

  /* Highlight exactly the characters [start, end) of an article body. */
  function focusSpan(mark, start, end) {
    var body = mark.closest(".body");
    if (!body) { return; }
    body.querySelectorAll(".focus").forEach(function (el) { el.classList.remove("focus"); });
    body.querySelectorAll("[data-s]").forEach(function (el) {
      var s = Number(el.dataset.s), e = Number(el.dataset.e);
      var segmented = el.tagName === "MARK" && el.querySelector(".seg");
      if (!segmented && e > s && s >= start && e <= end) { el.classList.add("focus"); }
    });
  }

  function target(hash) {
    if (!hash || hash.length < 2) { return null; }
    try { return document.getElementById(decodeURIComponent(hash.slice(1))); }
    catch (err) { return null; }
  }

  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a[href^='#']") : null;
    if (!a) { return; }
    var el = target(a.getAttribute("href"));
    if (!el) { return; }
    reveal(el);
    if (a.dataset.start !== undefined) {
      focusSpan(el, Number(a.dataset.start), Number(a.dataset.end));
    }
  });

  function showHash() {
    var el = target(location.hash);
    if (el) { reveal(el); el.scrollIntoView({ block: "center" }); }
  }
  window.addEventListener("hashchange", showHash);
  if (location.hash) { showHash(); }

  document.querySelectorAll("button[data-details]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var open = btn.dataset.details === "open";
      document.querySelectorAll(open ? "details.text" : "details").forEach(function (d) { d.open = open; });
    });
  });

  /* Print everything: open all <details> while printing, then put them back. */
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
})();
