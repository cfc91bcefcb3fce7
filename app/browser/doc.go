// Package browser is the only place Kindly touches syscall/js (with its
// sub-package yield, which splits the wasm's first task): IndexedDB,
// files, sharing, preferences in localStorage, notifications, the other
// tabs, the auto-lock's activity and updates. It imports no go-app and no
// page, so pages call plain Go functions and never hold a js.Value.
//
// Outside the browser (server-side rendering, native tests) its functions
// do nothing or return an error: the pages that call them never run there.
package browser
