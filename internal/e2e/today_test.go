//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp/kb"
	"github.com/kindly/kindly/internal/journal"
)

func mainText(t *testing.T, b *browser) string {
	return eval[string](t, b, `document.querySelector("main").textContent`)
}

func TestTodayAndMantras(t *testing.T) {
	base, b := installed(t)

	t.Run("CheckinAndTinyWin", func(t *testing.T) {
		b.open(t, base+"/?checkin=1")
		waitFor(t, b, "focus on the check-in", func() bool { return focused(t, b) == "checkin-heading" })
		tap(t, b, `label[for="checkin-p-3"]`)
		tap(t, b, `label[for="checkin-e-1"]`)
		typeText(t, b, "checkin-next", "Ask Sam for help")
		tap(t, b, `[data-testid="checkin-save"]`)
		waitFor(t, b, "the check-in saved", func() bool {
			return eval[bool](t, b, `!!document.querySelector('[data-testid="checkin-done"]')`)
		})
		typeText(t, b, "win-text", "Drank a glass of water")
		press(t, b, kb.Enter)
		waitFor(t, b, "the win listed", func() bool {
			return strings.Contains(eval[string](t, b, `[...document.querySelectorAll('[data-testid="win-item"]')].map((e) => e.textContent).join("|")`), "Drank a glass of water")
		})
		if !eval[bool](t, b, `!!document.querySelector('[data-testid="win-cheer"]')`) {
			t.Error("a tiny win is not celebrated")
		}
		b.screenshot(t, "phone-today")
		b.open(t, base+"/journal")
		got := strings.Join(listed(t, b), "|")
		if !strings.Contains(got, "Ask Sam for help") || !strings.Contains(got, "Drank a glass of water") {
			t.Errorf("journal lists %q", got)
		}
	})

	t.Run("CustomMantraSurvivesAReload", func(t *testing.T) {
		b.open(t, base+"/mantras")
		tap(t, b, `[data-testid="mantra-add"]`)
		typeText(t, b, "mantra-text", "Slow is still moving.")
		tap(t, b, `[data-testid="mantra-save"]`)
		waitFor(t, b, "the new mantra", func() bool { return strings.Contains(mainText(t, b), "Slow is still moving.") })
		b.open(t, base+"/mantras")
		waitFor(t, b, "the mantra after a reload", func() bool { return strings.Contains(mainText(t, b), "Slow is still moving.") })
		tap(t, b, `[data-testid="mantra-item"] [data-testid="mantra-fav"]`)
		waitFor(t, b, "the favourites", func() bool { return strings.Contains(mainText(t, b), "Your favourites") })
		tap(t, b, `[data-testid="mantra-now"]`)
		waitFor(t, b, "one mantra, large", func() bool {
			return eval[string](t, b, `(document.querySelector('[data-testid="mantra-screen-text"]') || {}).textContent || ""`) == "Slow is still moving."
		})
		b.screenshot(t, "phone-mantra-now")
	})

	// A look back asked to come back a week ago appears on Today and opens
	// beside the original notes.
	t.Run("RevisitDue", func(t *testing.T) {
		now := time.Now()
		e := journal.New(journal.KindExercise, now.AddDate(0, 0, -8))
		e.Exercise = "look-back"
		e.Answers = []journal.Answer{{Prompt: "What happened?", Text: "The launch slipped a week."}}
		due := now.Add(-time.Hour)
		e.RevisitAt = &due
		importBackup(t, b, base, backupFile(t, []journal.Entry{e}))
		b.open(t, base+"/")
		waitFor(t, b, "the notes due on Today", func() bool {
			return eval[bool](t, b, `!!document.querySelector('[data-testid="revisit-open"]')`)
		})
		tap(t, b, `[data-testid="revisit-open"]`)
		waitFor(t, b, "the original notes beside the new step", func() bool {
			return strings.Contains(eval[string](t, b, `(document.querySelector('[data-testid="original"]') || {}).textContent || ""`), "The launch slipped a week.")
		})
		typeText(t, b, "step-input", "It mattered less than it felt.")
		tap(t, b, `[data-testid="step-next"]`)
		waitFor(t, b, "the last Later step", func() bool { return stepCount(t, b) == "Step 2 of 2" })
		tap(t, b, `[data-testid="exercise-finish"]`)
		waitFor(t, b, "saved", func() bool { return eval[bool](t, b, `!!document.querySelector('[data-testid="exercise-done"]')`) })
		b.open(t, base+"/")
		time.Sleep(500 * time.Millisecond) // Today loads the journal in the background
		if eval[bool](t, b, `!!document.querySelector('[data-testid="revisit-open"]')`) {
			t.Error("the notes are still due after looking at them again")
		}
		b.open(t, base+"/journal/"+e.ID)
		waitFor(t, b, "both readings in the entry", func() bool {
			txt := mainText(t, b)
			return strings.Contains(txt, "The launch slipped a week.") && strings.Contains(txt, "It mattered less than it felt.")
		})
	})
}
