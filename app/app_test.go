//go:build !wasm

package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kindly/kindly/internal/store"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestIsPageAndServes(t *testing.T) {
	for _, tc := range []struct {
		path         string
		page, serves bool
	}{
		{"/", true, true},
		{"/journal", true, true},
		{"/journal/0193f1a2-7c1e-7000-8000-000000000001", true, true},
		{"/journal/", false, false},
		{"/journal/a/b", false, false},
		{"/exercises/name-the-weather", true, true},
		{"/exercises/Name", false, false},
		{"/exercises/" + strings.Repeat("a", 64), true, true},
		{"/exercises/" + strings.Repeat("a", 65), false, false},
		{"/exercises/a%20b", false, false},
		{"/exercises/é", false, false},
		{"/support", true, true},
		{"/app.js", false, true},
		{"/app-worker.js", false, true},
		{"/manifest.webmanifest", false, false}, // served by the server, not go-app
		{"/web/app.wasm", false, false},
		{"/nope", false, false},
		{"/settings/", false, false},
	} {
		if got := IsPage(tc.path); got != tc.page {
			t.Errorf("IsPage(%q) = %v, want %v", tc.path, got, tc.page)
		}
		if got := Serves(tc.path); got != tc.serves {
			t.Errorf("Serves(%q) = %v, want %v", tc.path, got, tc.serves)
		}
	}
}

// render mounts c in go-app's test engine (server mode) and returns its HTML.
func render(t *testing.T, c goapp.Composer) string {
	t.Helper()
	e := goapp.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return goapp.HTMLString(c)
}

func testid(id string) string { return fmt.Sprintf(`data-testid="%s"`, id) }

func TestEveryPageHasTheShell(t *testing.T) {
	pages := map[string]goapp.Composer{
		"today": &today{}, "exercises": &exercises{}, "exercise": &exercisePage{}, "mantras": &mantras{},
		"journal": &journalPage{}, "entry": &entry{}, "insights": &insights{}, "settings": &settings{},
		"support": &support{}, "notFound": &notFound{},
	}
	for name, p := range pages {
		html := render(t, p)
		for _, id := range []string{"app", "sos", "nav-today", "nav-exercises", "nav-mantras", "nav-journal", "nav-insights", "nav-settings", "nav-support"} {
			if n := strings.Count(html, testid(id)); n != 1 {
				t.Errorf("%s: %d × %s, want 1", name, n, id)
			}
		}
		if strings.Contains(html, `data-ready="1"`) {
			t.Errorf("%s: ready before mount and storage", name)
		}
		if strings.Contains(html, " style=") {
			t.Errorf("%s: inline style attribute (the CSP forbids it)", name)
		}
		if !strings.Contains(html, "not therapy") {
			t.Errorf("%s: the not-therapy note is missing", name)
		}
	}
}

func TestTodayCalmPath(t *testing.T) {
	for _, tc := range []struct {
		calm    string
		present []string
	}{
		{"", []string{testid("breathe"), testid("calm-mantra")}},
		{"1", []string{testid("breathe"), testid("calm-mantra")}},
		{"breathe", []string{"breathe-circle"}},
		{"mantra", []string{testid("calm-mantra-text")}},
	} {
		html := render(t, &today{calm: tc.calm})
		for _, want := range tc.present {
			if !strings.Contains(html, want) {
				t.Errorf("calm=%q: lacks %s", tc.calm, want)
			}
		}
	}
}

func TestNavMarksCurrentPage(t *testing.T) {
	html := render(t, &journalPage{})
	i := strings.Index(html, testid("nav-journal"))
	tag := html[strings.LastIndex(html[:i], "<"):]
	tag = tag[:strings.Index(tag, ">")]
	if !strings.Contains(tag, `aria-current="page"`) {
		t.Errorf("journal link %q is not marked current", tag)
	}
	if strings.Count(html, `aria-current="page"`) != 1 {
		t.Error("more than one link marked current")
	}
}

func TestManifest(t *testing.T) {
	var m struct {
		ID, Name, StartURL, Display, Scope string
		Icons                              []struct{ Src, Sizes, Purpose string }
		Shortcuts                          []struct{ URL string }
	}
	raw := Manifest()
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	json.Unmarshal(raw, &fields)
	if fields["start_url"] != "/" || m.ID != "/" || m.Display != "standalone" || m.Scope != "/" {
		t.Errorf("manifest basics: %s", raw)
	}
	sizes := map[string]bool{}
	for _, i := range m.Icons {
		if !strings.HasPrefix(i.Src, "/web/icons/") {
			t.Errorf("icon %q is not local", i.Src)
		}
		sizes[i.Sizes+i.Purpose] = true
	}
	for _, want := range []string{"192x192", "512x512", "512x512maskable", "any"} {
		if !sizes[want] {
			t.Errorf("no %s icon", want)
		}
	}
	if len(m.Shortcuts) != 2 {
		t.Errorf("shortcuts = %v", m.Shortcuts)
	}
}

func TestHandlerHasNoRemoteResources(t *testing.T) {
	h := Handler("v", 1)
	for _, u := range append(append([]string{h.Icon.Default, h.Icon.Large, h.Icon.Maskable, h.Icon.SVG}, h.Styles...), h.CacheableResources...) {
		if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
			t.Errorf("resource %q is not on this origin", u)
		}
	}
	if !strings.Contains(h.ServiceWorkerTemplate, "event.waitUntil") || !strings.Contains(h.ServiceWorkerTemplate, "{{.ResourcesToCache}}") {
		t.Error("the service worker template is not Kindly's")
	}
}

func TestStorageMessages(t *testing.T) {
	seen := map[string]bool{}
	for _, err := range []error{store.ErrQuota, store.ErrUnavailable, store.ErrBlocked, errors.New("boom")} {
		msg := storageMessage(fmt.Errorf("wrapped: %w", err))
		if msg == "" || seen[msg] {
			t.Errorf("%v: message %q is empty or not specific", err, msg)
		}
		seen[msg] = true
		if strings.Contains(strings.ToLower(msg), "error") {
			t.Errorf("%v: message %q uses jargon", err, msg)
		}
	}
}

func TestHumanBytes(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 1023: "1023 bytes", 2048: "2 KB", 5 << 20: "5.0 MB"} {
		if got := humanBytes(n); got != want {
			t.Errorf("humanBytes(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestUpdateNews(t *testing.T) {
	var n news
	got := 0
	ready, cancel := n.subscribe(func() { got++ })
	if ready {
		t.Fatal("news before any announcement")
	}
	n.announce()
	n.announce()
	if got != 1 {
		t.Fatalf("subscriber told %d times, want once", got)
	}
	cancel()
	if ready, _ := n.subscribe(func() {}); !ready {
		t.Fatal("a late subscriber is not told the news has arrived")
	}
}
