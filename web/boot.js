// Kindly's boot script, run in <head> before the page is first painted:
// it puts the display preferences and the chosen language on the root
// element (as the wasm's ApplyPreferences does) and marks a finished welcome, so that neither a
// chosen theme nor the first-run screens flash while the wasm starts.
(function () {
  "use strict";
  try {
    var root = document.documentElement;
    var stored = window.localStorage;
    [["kindly.theme", "theme"], ["kindly.text", "text"], ["kindly.motion", "motion"]].forEach(function (p) {
      var v = stored.getItem(p[0]);
      if (v && v !== "system") {
        root.dataset[p[1]] = v;
      }
    });
    // The chosen language and its direction, so a right-to-left page is
    // laid out right-to-left from the first paint. The list matches
    // internal/i18n's Catalog.Dir.
    var lang = stored.getItem("kindly.language");
    if (lang) {
      root.lang = lang;
      var base = lang.toLowerCase().split(/[-_]/)[0];
      root.dir = ["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"].indexOf(base) >= 0 ? "rtl" : "ltr";
    }
    if (stored.getItem("kindly.onboarded") === "1") {
      root.classList.add("welcomed");
    }
  } catch (e) {
    // Storage blocked: the defaults stand, and the wasm says why.
  }
})();
