// Kindly's warm-up worker (see app/appjs.go): it runs the Go runtime's
// start and package inits on the compiled module the page sent, so that V8
// compiles those functions here, off the page's main thread; the page
// then instantiates the same module and finds them compiled.
importScripts("/wasm_exec.js");
onmessage = async (event) => {
  try {
    const go = new Go();
    go.env = { KINDLY_WARMUP: "1" };
    go.exit = () => {};
    await go.run(await WebAssembly.instantiate(event.data, go.importObject));
  } catch (e) {
    // Warming is an optimisation: the page starts either way.
  }
  postMessage("warm");
};
