// Package yield hands the main thread back to the browser (Turn), and its
// init does so once as soon as the Go runtime has started, before the
// other packages' inits run: the runtime's start and those inits are then
// two tasks a phone can take a tap between, not one long one.
//
// Go initialises a package once everything it imports is initialised,
// taking the lexically first such package each time. This one imports
// only syscall/js, so it runs just after the runtime and the handful of
// standard packages syscall/js needs, ahead of unicode's tables, go-app
// and Kindly's own packages (TestStartupCompiles guards the split: the
// most functions one task compiles). Outside the browser it does nothing.
//
// It is part of the browser bridge (see package browser), kept apart
// because browser itself imports too much to be initialised this early.
package yield
