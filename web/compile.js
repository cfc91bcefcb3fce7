// Kindly's compile worker, started by web/boot.js: it fetches app.wasm and
// compiles it off the page's main thread, then sends the compiled module
// to the page, which instantiates it (app/appjs.go). On the way it reports
// the bytes received, at most ten times a second, for the loading label.
// It sends null when it cannot, and the page compiles app.wasm itself.
// Last it sends "started" (see start), and the page runs Go.
onmessage = async (event) => {
  let module = null;
  let go = null;
  try {
    const fetched = fetch(event.data.url);
    if (event.data.warm) {
      go = runtime(); // while app.wasm downloads
    }
    const response = await fetched;
    if (!response.ok || !response.body) {
      throw new Error("app.wasm: " + response.status);
    }
    count(response.clone().body.getReader());
    module = await WebAssembly.compileStreaming(response);
  } catch (e) {
    // module stays null: the page compiles app.wasm itself.
  }
  postMessage(module);
  if (module && go) {
    await start(module, go);
  }
  postMessage("started");
  close();
};

// runtime loads Go's wasm_exec.js, which the page loads too.
function runtime() {
  try {
    importScripts("/wasm_exec.js");
    const go = new Go();
    go.exit = () => {};
    return go;
  } catch (e) {
    return null;
  }
}

// start runs the Go runtime's start on the module here, while the page
// instantiates it. V8 compiles a wasm function when it is first called,
// on the thread that calls it, and keeps the code with the module, which
// this worker shares with the page: so the runtime's start (about 390
// functions, a task the page could not split) is compiled here and not on
// the page's main thread. Go runs until its first turn, package yield's
// init (app/browser/yield), which follows only the runtime and the
// standard packages before it, and the worker closes: no Kindly code runs
// here. A failure only loses the head start.
async function start(module, go) {
  try {
    const instance = await WebAssembly.instantiate(module, go.importObject);
    go.run(instance).catch(() => {});
  } catch (e) {
    // The page compiles what it calls, as without the worker.
  }
}

async function count(reader) {
  let loaded = 0;
  let shown = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        return;
      }
      loaded += value.byteLength;
      if (Date.now() - shown >= 100) {
        shown = Date.now();
        postMessage(loaded);
      }
    }
  } catch (e) {
    // Progress is only a label.
  }
}
