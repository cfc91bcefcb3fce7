//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// focusedHeading is the text of the focused element if it is the page
// heading, else a description of what has focus.
const focusedHeading = `(() => {
	const a = document.activeElement;
	if (a && a.id === "page-heading") return "heading:" + a.textContent;
	return a ? "other:" + a.tagName.toLowerCase() + (a.id ? "#" + a.id : "") : "none";
})()`

// TestRouteChangesAreHeard checks WCAG's "page changes a screen reader
// hears": after a tab, Back, Forward or a keyboard tap on a link, focus is
// on the new page's heading (which a screen reader then reads, once); the
// page the browser loaded keeps the browser's focus; and focus inside an
// element that goes away returns to the heading, never to the page itself.
func TestRouteChangesAreHeard(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	b := newBrowser(t, t.TempDir())
	defer b.close()
	b.open(t, srv.url("/"))
	if got := eval[string](t, b, focusedHeading); strings.HasPrefix(got, "heading:") {
		t.Errorf("the first page took focus to its heading (%s): a fresh load keeps the browser's focus", got)
	}
	heading := func() string { return eval[string](t, b, `document.querySelector("h1").textContent`) }
	arrive := func(how, path string) {
		t.Helper()
		waitFor(t, b, "the page "+path, func() bool {
			return eval[string](t, b, `location.pathname`) == path && strings.HasPrefix(eval[string](t, b, focusedHeading), "heading:")
		})
		if got, want := eval[string](t, b, focusedHeading), "heading:"+heading(); got != want {
			t.Errorf("%s to %s: focus on %q, want the new heading %q", how, path, got, want)
		}
		if n := eval[int](t, b, `document.querySelectorAll("h1[tabindex='-1']").length`); n != 1 {
			t.Errorf("%s: %d headings that take focus", path, n)
		}
	}
	act(t, b, chromedp.Click(tid("nav-journal")))
	arrive("a tab", "/journal")
	act(t, b, chromedp.Click(tid("nav-exercises")))
	arrive("a tab", "/exercises")
	eval[bool](t, b, `(history.back(), true)`)
	arrive("Back", "/journal")
	eval[bool](t, b, `(history.forward(), true)`)
	arrive("Forward", "/exercises")
	// The keyboard: focus a tab and press Enter.
	eval[bool](t, b, `(document.querySelector('[data-testid="nav-mantras"]').focus(), true)`)
	press(t, b, "\r")
	arrive("Enter on a tab", "/mantras")

	// A focused element removed: focus goes to the heading, not <body>.
	eval[bool](t, b, `(() => {
		const x = document.createElement("button");
		x.textContent = "gone soon";
		document.querySelector("main").append(x);
		x.focus();
		x.remove();
		return true;
	})()`)
	time.Sleep(100 * time.Millisecond)
	if got := eval[string](t, b, focusedHeading); !strings.HasPrefix(got, "heading:") {
		t.Errorf("after the focused element went away, focus is on %s", got)
	}

	// Cards and panels that close give focus back where it came from.
	b.open(t, srv.url("/journal"))
	tap(t, b, `[data-testid="new-entry"]`)
	act(t, b, chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-save"]:not([disabled])`)))
	typeText(t, b, "entry-text", "Some nights I just want to end it all")
	act(t, b, chromedp.WaitVisible(tid("crisis-dismiss")))
	eval[bool](t, b, `(document.querySelector('[data-testid="crisis-dismiss"]').focus(), true)`)
	press(t, b, "\r")
	waitFor(t, b, "focus back in the entry", func() bool { return eval[string](t, b, `document.activeElement.id`) == "entry-text" })

	b.open(t, srv.url("/settings"))
	act(t, b, chromedp.SetUploadFiles(tid("import-file"), []string{writeFile(t, "daylio_export.csv", daylioRows(3))}), chromedp.WaitVisible(tid("import-cancel")))
	eval[bool](t, b, `(document.querySelector('[data-testid="import-cancel"]').focus(), true)`)
	press(t, b, "\r")
	waitFor(t, b, "focus back on the file control", func() bool { return eval[string](t, b, `document.activeElement.id`) == "import-file" })
}
