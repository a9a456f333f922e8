// polkb: small keyboard helpers. The page works without this file.
// "/" moves to the search or question box (unless typing in a field); Escape leaves a field.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" ||
                            target.tagName === "SELECT" || target.isContentEditable);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var box = document.getElementById("q");
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    } else if (event.key === "Escape" && typing) {
      target.blur();
    }
  });
  // A passage reached through its anchor takes the focus, so Tab continues from there.
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.classList.contains("passage")) {
      el.focus({ preventScroll: true });
    }
  }
  window.addEventListener("hashchange", focusTarget);
  document.addEventListener("DOMContentLoaded", focusTarget);
})();

// The search page shows its hits at once; the facet counts (slower to count) come after.
(function () {
  "use strict";
  function loadFacets() {
    var box = document.querySelector("[data-facets]");
    if (!box || !window.fetch) {
      return;
    }
    box.setAttribute("aria-busy", "true");
    fetch(box.getAttribute("data-facets"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      })
      .then(function (html) {
        box.innerHTML = html;  // a fragment of this server's escaped template
        box.removeAttribute("data-facets");
      })
      .catch(function () { /* the link to the page with facets stays */ })
      .then(function () { box.removeAttribute("aria-busy"); });
  }
  document.addEventListener("DOMContentLoaded", loadFacets);
})();
