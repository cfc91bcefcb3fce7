//go:build e2e

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestNoPromptOnTheWayIn: a browser that never answers persist() (Firefox
// answers only when the person answers its prompt) still opens the
// journal, and Kindly did ask, in the background. Settings reads the
// storage status without waiting for the answer.
func TestNoPromptOnTheWayIn(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	b := newBrowser(t, t.TempDir())
	defer b.close()
	if _, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__persistAsked = 0;
		if (navigator.storage) navigator.storage.persist = () => { window.__persistAsked++; return new Promise(() => {}); };`,
	}); err != nil {
		t.Fatal(err)
	}
	b.open(t, srv.url("/journal"))
	listed(t, b)
	waitFor(t, b, "Kindly to ask for persistent storage", func() bool { return eval[int](t, b, `window.__persistAsked`) > 0 })

	b.open(t, srv.url("/settings"))
	waitFor(t, b, "the storage status", func() bool {
		s := eval[string](t, b, `document.querySelector('[data-testid="storage-status"]').textContent`)
		return strings.Contains(s, "Kindly uses")
	})
}
