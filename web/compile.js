// Kindly's compile worker, started by web/boot.js: it fetches app.wasm and
// compiles it off the page's main thread, then sends the compiled module
// to the page, which instantiates it (app/appjs.go). On the way it reports
// the bytes received, at most ten times a second, for the loading label.
// It sends null when it cannot, and the page compiles app.wasm itself.
onmessage = async (event) => {
  try {
    const response = await fetch(event.data);
    if (!response.ok || !response.body) {
      throw new Error("app.wasm: " + response.status);
    }
    count(response.clone().body.getReader());
    postMessage(await WebAssembly.compileStreaming(response));
  } catch (e) {
    postMessage(null);
  }
};

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
