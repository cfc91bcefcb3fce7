//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/kindly/kindly/internal/journal"
)

// seedJournal is a small journal whose insights are known by heart.
func seedJournal(now time.Time) []journal.Entry {
	noon := func(daysAgo int) time.Time {
		y, m, d := now.AddDate(0, 0, -daysAgo).Date()
		return time.Date(y, m, d, 12, 0, 0, 0, time.Local)
	}
	checkin := func(daysAgo, p int, text string, emotions ...string) journal.Entry {
		e := journal.New(journal.KindCheckin, noon(daysAgo))
		e.Mood = &journal.Mood{Pleasantness: p, Energy: 0}
		e.Emotions = emotions
		e.Answers = []journal.Answer{{Prompt: "In a few words", Text: text}}
		return e
	}
	win := journal.New(journal.KindWin, noon(1))
	win.Answers = []journal.Answer{{Text: "Drank water"}}
	win2 := journal.New(journal.KindWin, noon(20))
	win2.Answers = []journal.Answer{{Text: "Called Sam"}}
	ex := journal.New(journal.KindExercise, noon(3))
	ex.Exercise = "friend"
	ex.Answers = []journal.Answer{{Prompt: "What have you been saying to yourself about this?", Text: "Kinder things"}}
	return []journal.Entry{
		checkin(0, 1, "Better today", "hopeful", "tired"),
		checkin(1, -1, "I always get this wrong", "tired"),
		checkin(10, -2, "Rough", "Tired"),
		win, win2, ex,
	}
}

func TestInsights(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	base := srv.url("")
	b := newBrowser(t, t.TempDir())
	defer b.close()

	b.open(t, base+"/insights")
	act(t, b, chromedp.WaitReady(chromedp.CSS(`[data-testid="insights"][data-ready="true"]`)))
	if txt := mainText(t, b); !strings.Contains(txt, "Whenever you come back") || !strings.Contains(txt, "No moods yet") {
		t.Errorf("an empty journal's insights: %q", txt)
	}

	importBackup(t, b, base, backupFile(t, seedJournal(time.Now())))

	tap(t, b, `[data-testid="nav-insights"]`)
	act(t, b, chromedp.WaitReady(chromedp.CSS(`[data-testid="insights"][data-ready="true"]`)))
	text := func(id string) string {
		return eval[string](t, b, `(document.querySelector('[data-testid="`+id+`"]') || {}).textContent || ""`)
	}
	for id, want := range map[string]string{
		"showed-up":        "You showed up on 3 of the last 7 days, and on 5 of the last 30.",
		"insight-totals":   "In this time you noted 2 tiny wins and finished 1 exercise.",
		"insight-words":    "1 of 3 check-ins in this time used all-or-nothing words.",
		"insight-emotions": "tired · 3 times",
	} {
		if got := text(id); !strings.Contains(got, want) {
			t.Errorf("%s = %q, want %q", id, got, want)
		}
	}
	if !eval[bool](t, b, `(() => { const s = document.querySelector('[data-testid="mood-chart"]'), l = s && s.querySelector("polyline");
		return !!s && s.namespaceURI === "http://www.w3.org/2000/svg" && l.getTotalLength() > 0; })()`) {
		t.Error("the mood chart is not drawn as SVG")
	}
	if n := eval[int](t, b, `document.querySelectorAll('[data-testid="mood-table"] tbody tr').length`); n != 3 {
		t.Errorf("the table alternative has %d rows, want the 3 days with a mood", n)
	}
	b.screenshot(t, "phone-insights")
	eval[bool](t, b, `(() => { document.querySelector('[data-testid="mood-chart"]').scrollIntoView({block: "start"}); window.scrollBy(0, -80); return true; })()`)
	b.screenshot(t, "phone-insights-chart")

	// Dark mode reaches the chart; print hides the app's chrome.
	stroke := `getComputedStyle(document.querySelector(".line-pleasant")).stroke`
	light := eval[string](t, b, stroke)
	media := func(params emulation.SetEmulatedMediaParams) {
		if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, params); err != nil {
			t.Fatal(err)
		}
	}
	media(emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
	if dark := eval[string](t, b, stroke); dark == light {
		t.Errorf("the chart keeps its light colour %s in dark mode", light)
	}
	b.screenshot(t, "phone-insights-dark")
	media(emulation.SetEmulatedMediaParams{Media: "print"})
	if eval[string](t, b, `getComputedStyle(document.querySelector(".tabbar")).display`) != "none" ||
		eval[string](t, b, `getComputedStyle(document.querySelector('[data-testid="mood-chart"]')).display`) == "none" {
		t.Error("printing shows the navigation or hides the chart")
	}
	media(emulation.SetEmulatedMediaParams{})

	// Last 7 days: the win of 20 days ago drops out.
	tap(t, b, `label[for="span-0"]`)
	waitFor(t, b, "the week's totals", func() bool {
		return strings.Contains(text("insight-totals"), "noted 1 tiny win and finished 1 exercise")
	})

	// Text at 200 %: nothing spills sideways.
	eval[bool](t, b, `(() => { document.documentElement.style.fontSize = "200%"; return true; })()`)
	time.Sleep(200 * time.Millisecond)
	if over := eval[int](t, b, `document.documentElement.scrollWidth - window.innerWidth`); over > 0 {
		t.Errorf("at 200 %% text the page is %d px wider than the screen (screenshot %s)", over, b.screenshot(t, "insights-200"))
	}
	b.screenshot(t, "phone-insights-200")
}
