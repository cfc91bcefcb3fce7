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

// Start fetching and compiling app.wasm now, in a worker (web/compile.js),
// while the page is still being parsed, instead of when go-app's deferred
// app.js runs: the bytes never cross the main thread, and app.js (see
// app/appjs.go) instantiates the module this promise gives, or compiles
// app.wasm itself when it gives null.
(function () {
  "use strict";
  var wasm = "/web/app.wasm";
  if (typeof Worker === "undefined" || typeof WebAssembly === "undefined" ||
      /[?&]wasm=false(&|$)/.test(window.location.search) ||
      /bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent)) {
    return;
  }
  window.kindlyWasm = {
    url: wasm,
    progress: null, // set by app.js: called with the bytes received so far
    module: new Promise(function (resolve) {
      var worker;
      var settle = function (module) {
        worker.terminate();
        resolve(module);
      };
      try {
        worker = new Worker("/web/compile.js");
      } catch (e) {
        resolve(null);
        return;
      }
      worker.onmessage = function (e) {
        if (typeof e.data === "number") {
          if (window.kindlyWasm.progress) {
            window.kindlyWasm.progress(e.data);
          }
          return;
        }
        settle(e.data instanceof WebAssembly.Module ? e.data : null);
      };
      worker.onerror = function () { settle(null); };
      worker.onmessageerror = function () { settle(null); };
      worker.postMessage(wasm);
    }),
  };
})();

// The wasm rebuilds the device's time-zone rules from the offsets Date
// reports (app/browser/clock_wasm.go). Asking for each instant from Go
// costs a call into JavaScript each; this answers many in one: the
// minutes west of UTC, as getTimezoneOffset gives them, at each of the
// comma-separated Unix seconds.
window.kindlyOffsets = function (instants) {
  "use strict";
  var date = new Date(0);
  return instants.split(",").map(function (s) {
    date.setTime(Number(s) * 1000);
    return date.getTimezoneOffset();
  }).join(",");
};
