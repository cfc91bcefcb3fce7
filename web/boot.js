// Kindly's boot script, run in <head> before the page is first painted:
// it puts the display preferences on the root element (as the wasm's
// ApplyPreferences does) and marks a finished welcome, so that neither a
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
    if (stored.getItem("kindly.onboarded") === "1") {
      root.classList.add("welcomed");
    }
  } catch (e) {
    // Storage blocked: the defaults stand, and the wasm says why.
  }
})();
