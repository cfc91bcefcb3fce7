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
// app.wasm itself when it gives null. It runs Go once started settles:
// in Chromium the worker first runs the Go runtime's start on the same
// module, which leaves that code compiled for the page.
(function () {
  "use strict";
  var wasm = "/web/app.wasm";
  if (typeof Worker === "undefined" || typeof WebAssembly === "undefined" ||
      /[?&]wasm=false(&|$)/.test(window.location.search) ||
      /bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent)) {
    return;
  }
  var gotModule, gotStarted;
  window.kindlyWasm = {
    url: wasm,
    progress: null, // set by app.js: called with the bytes received so far
    module: new Promise(function (resolve) { gotModule = resolve; }),
    started: new Promise(function (resolve) { gotStarted = resolve; }),
  };
  var worker;
  // Each promise settles once; later calls do nothing.
  var finish = function (module) {
    if (worker) {
      worker.terminate();
    }
    gotModule(module);
    gotStarted();
  };
  try {
    worker = new Worker("/web/compile.js");
  } catch (e) {
    finish(null);
    return;
  }
  worker.onmessage = function (e) {
    if (typeof e.data === "number") {
      if (window.kindlyWasm.progress) {
        window.kindlyWasm.progress(e.data);
      }
    } else if (e.data === "started") {
      finish(null);
    } else {
      gotModule(e.data instanceof WebAssembly.Module ? e.data : null);
      // A warm start is a head start, never a wait of more than a second.
      setTimeout(gotStarted, 1000);
    }
  };
  worker.onerror = function () { finish(null); };
  worker.onmessageerror = function () { finish(null); };
  // Only V8 compiles wasm lazily, function by function, and shares that
  // code between a worker and the page (see web/compile.js);
  // userAgentData is Chromium's, whose engine V8 is. Elsewhere a warm
  // start would only make the page wait.
  worker.postMessage({url: wasm, warm: !!navigator.userAgentData});
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
