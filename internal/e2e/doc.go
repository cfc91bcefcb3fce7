// Package e2e is Kindly's real-browser suite: it runs the built server on a
// random loopback port and drives Debian's Chromium through chromedp, with a
// fresh profile. Its tests carry the build tag e2e; `make test` runs them.
// KINDLY_BIN names the server binary under test.
package e2e
