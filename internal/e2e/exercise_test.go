//go:build e2e

package e2e

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/kindly/kindly/internal/exercise"
)

// focused is the data-testid (or id) of the element with keyboard focus.
func focused(t *testing.T, b *browser) string {
	t.Helper()
	return eval[string](t, b, `(() => { const a = document.activeElement; return a ? (a.dataset.testid || a.id || a.tagName) : ""; })()`)
}

// press sends keys as a keyboard would, one key event at a time.
func press(t *testing.T, b *browser, keys string) {
	t.Helper()
	act(t, b, chromedp.KeyEvent(keys))
}

// tabTo presses Tab until the element matching want has focus.
func tabTo(t *testing.T, b *browser, want string) {
	t.Helper()
	for range 40 {
		if eval[bool](t, b, `document.activeElement && document.activeElement.matches(`+quote(want)+`)`) {
			return
		}
		press(t, b, kb.Tab)
	}
	t.Fatalf("Tab never reached %s (focus is on %q; screenshot %s)", want, focused(t, b), b.screenshot(t, "tab-lost"))
}

// tap scrolls the element to the middle of the screen, clear of the fixed
// bars, waits until it stops moving (content loading above it can push it
// down) and clicks it there, as a finger would.
func tap(t *testing.T, b *browser, selector string) {
	t.Helper()
	act(t, b, chromedp.WaitReady(chromedp.CSS(selector)))
	where := `(() => { const el = document.querySelector(` + quote(selector) + `); el.scrollIntoView({block: "center"}); const r = el.getBoundingClientRect(); return r.top + "," + r.left; })()`
	last := eval[string](t, b, where)
	for range 40 {
		time.Sleep(50 * time.Millisecond)
		now := eval[string](t, b, where)
		if now == last {
			break
		}
		last = now
	}
	act(t, b, chromedp.Click(chromedp.CSS(selector)))
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

func stepCount(t *testing.T, b *browser) string {
	return eval[string](t, b, `(document.querySelector('[data-testid="step-count"]') || {}).textContent || ""`)
}

func TestExercises(t *testing.T) {
	base, b := installed(t)

	t.Run("ListsEveryExercise", func(t *testing.T) {
		b.open(t, base+"/exercises")
		got := eval[[]string](t, b, `[...document.querySelectorAll('[data-testid="exercise-card"]')].map((e) => e.dataset.exerciseId)`)
		var want []string
		for _, ex := range exercise.All {
			want = append(want, ex.ID)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("cards %q, want %q", got, want)
		}
	})

	// Look back gently, from the list to the journal, with the keyboard only.
	t.Run("LookBackWithTheKeyboard", func(t *testing.T) {
		b.open(t, base+"/exercises")
		tabTo(t, b, `[data-exercise-id="look-back"]`)
		press(t, b, kb.Enter)
		look, _ := exercise.Find("look-back")
		for i, st := range look.Steps {
			waitFor(t, b, "step "+st.ID, func() bool {
				return strings.HasPrefix(stepCount(t, b), "Step "+string(rune('1'+i))+" ")
			})
			if st.Input == exercise.Text {
				waitFor(t, b, "focus in the "+st.ID+" field", func() bool { return focused(t, b) == "step-input" })
				press(t, b, "Answer to "+st.ID+".")
				if i == 2 {
					earlier := eval[string](t, b, `document.querySelector('[data-testid="earlier"]').textContent`)
					if !strings.Contains(earlier, "Answer to happened.") || !strings.Contains(earlier, "Answer to outside.") {
						t.Errorf("earlier answers not shown beside step 3: %q", earlier)
					}
				}
				tabTo(t, b, `[data-testid="step-next"]`)
				press(t, b, kb.Enter)
				continue
			}
			// The last step: come back in three days (the first choice).
			tabTo(t, b, `input[type="radio"]`)
			press(t, b, " ")
			tabTo(t, b, `[data-testid="exercise-finish"]`)
			press(t, b, kb.Enter)
		}
		waitFor(t, b, "the exercise saved", func() bool {
			return eval[bool](t, b, `!!document.querySelector('[data-testid="exercise-done"]')`)
		})
		if !strings.Contains(eval[string](t, b, `document.querySelector("main").textContent`), "bring these notes back") {
			t.Error("the done screen does not say when the notes come back")
		}
		b.screenshot(t, "phone-exercise-done")
		b.open(t, base+"/journal")
		got := listed(t, b)
		if len(got) != 1 || !strings.Contains(got[0], "Answer to happened.") || !strings.Contains(got[0], "Answer to refine.") {
			t.Fatalf("journal lists %q", got)
		}
	})

	t.Run("PauseAndResume", func(t *testing.T) {
		b.open(t, base+"/exercises/name-the-weather")
		tap(t, b, `label[for="step-feeling-p-1"]`)
		tap(t, b, `label[for="step-feeling-e-0"]`)
		tap(t, b, `label[for="word-0"]`)
		b.screenshot(t, "phone-exercise-weather")
		tap(t, b, `[data-testid="step-next"]`)
		waitFor(t, b, "step 2", func() bool { return stepCount(t, b) == "Step 2 of 3" })
		typeText(t, b, "step-input", "tight shoulders")
		tap(t, b, `[data-testid="exercise-pause"]`)
		waitFor(t, b, "the list", func() bool { return eval[string](t, b, `location.pathname`) == "/exercises" })
		waitFor(t, b, "the paused mark", func() bool {
			return eval[bool](t, b, `!!document.querySelector('[data-exercise-id="name-the-weather"] [data-testid="exercise-paused"]')`)
		})
		b.open(t, base+"/exercises/name-the-weather")
		waitFor(t, b, "the session resumed at step 2", func() bool {
			return stepCount(t, b) == "Step 2 of 3" && eval[string](t, b, `document.querySelector('[data-testid="step-input"]').value`) == "tight shoulders"
		})
		tap(t, b, `[data-testid="step-back"]`)
		waitFor(t, b, "step 1 with its answers", func() bool {
			return eval[bool](t, b, `(() => { const p = document.getElementById("step-feeling-p-1"), w = document.getElementById("word-0"); return !!p && !!w && p.checked && w.checked; })()`)
		})
	})

	t.Run("KeepAPhraseAsAMantra", func(t *testing.T) {
		b.open(t, base+"/exercises/self-compassion-break")
		for i := range 3 {
			tap(t, b, `[data-testid="step-skip"]`)
			waitFor(t, b, "the next step", func() bool { return strings.HasPrefix(stepCount(t, b), "Step "+string(rune('2'+i))) })
		}
		typeText(t, b, "step-input", "You are doing your best, and that is plenty.")
		time.Sleep(100 * time.Millisecond)
		tap(t, b, `[data-testid="exercise-finish"]`)
		tap(t, b, `[data-testid="mantra-keep"]`)
		act(t, b, chromedp.WaitVisible(tid("mantra-kept")))
		b.open(t, base+"/mantras")
		waitFor(t, b, "the kept mantra", func() bool {
			return strings.Contains(eval[string](t, b, `document.querySelector("main").textContent`), "You are doing your best, and that is plenty.")
		})
	})

	t.Run("KinderWordsNudge", func(t *testing.T) {
		b.open(t, base+"/exercises/friend")
		typeText(t, b, "step-input", "I always mess up everything")
		waitFor(t, b, "a gentle suggestion", func() bool {
			return strings.Contains(eval[string](t, b, `(document.querySelector('[data-testid="nudge"]') || {}).textContent || ""`), "always")
		})
		b.screenshot(t, "phone-nudge")
		tap(t, b, `[data-testid="nudge-use"]`)
		waitFor(t, b, "the kinder word in the text", func() bool {
			return eval[string](t, b, `document.querySelector('[data-testid="step-input"]').value`) == "I often mess up everything"
		})
		waitFor(t, b, "the next suggestion", func() bool {
			return strings.Contains(eval[string](t, b, `(document.querySelector('[data-testid="nudge"]') || {}).textContent || ""`), "everything")
		})
		tap(t, b, `[data-testid="nudge-dismiss"]`)
		waitFor(t, b, "no suggestion left", func() bool {
			return !eval[bool](t, b, `!!document.querySelector('[data-testid="nudge"]')`)
		})

		// Turned off in Settings, it stays quiet.
		b.open(t, base+"/settings")
		tap(t, b, `[data-testid="nudge-toggle"]`)
		b.open(t, base+"/exercises/friend")
		typeText(t, b, "step-input", "I never get it right")
		time.Sleep(500 * time.Millisecond)
		if eval[bool](t, b, `!!document.querySelector('[data-testid="nudge"]')`) {
			t.Error("the nudge shows although it was turned off")
		}
		b.open(t, base+"/settings")
		tap(t, b, `[data-testid="nudge-toggle"]`)
	})

	t.Run("BreathingMinute", func(t *testing.T) {
		b.open(t, base+"/exercises/breathing")
		tap(t, b, `[data-testid="breathe-start"]`)
		act(t, b, chromedp.WaitVisible(chromedp.CSS(`.breathe-circle`)))
		b.screenshot(t, "phone-exercise-breathing")
		tap(t, b, `[data-testid="breathe-stop"]`)
		act(t, b, chromedp.WaitNotPresent(chromedp.CSS(`.breathe-circle`)))
	})

	// The growth story starts as a draft made of the user's own words,
	// including the lesson from an earlier exercise.
	t.Run("GrowthStoryFromOwnWords", func(t *testing.T) {
		b.open(t, base+"/exercises/failure-as-data")
		for i := range 5 {
			tap(t, b, `[data-testid="step-skip"]`)
			waitFor(t, b, "the next step", func() bool { return strings.HasPrefix(stepCount(t, b), "Step "+string(rune('2'+i))) })
		}
		typeText(t, b, "step-input", "Rehearse with the real projector.")
		tap(t, b, `[data-testid="exercise-finish"]`)
		waitFor(t, b, "saved", func() bool { return eval[bool](t, b, `!!document.querySelector('[data-testid="exercise-done"]')`) })

		b.open(t, base+"/exercises/growth-story")
		typeText(t, b, "step-input", "Giving talks calmly.")
		for i := range 3 {
			tap(t, b, `[data-testid="step-next"]`)
			waitFor(t, b, "the next step", func() bool { return strings.HasPrefix(stepCount(t, b), "Step "+string(rune('2'+i))) })
		}
		waitFor(t, b, "the drafted story", func() bool {
			v := eval[string](t, b, `document.querySelector('[data-testid="step-input"]').value`)
			return strings.Contains(v, "Giving talks calmly") && strings.Contains(v, "Rehearse with the real projector")
		})
	})

	// Small steps from Curious questions can be ticked off in the journal.
	t.Run("SmallStepsTickedLater", func(t *testing.T) {
		b.open(t, base+"/exercises/curious-questions")
		for i := range 2 {
			tap(t, b, `[data-testid="step-skip"]`)
			waitFor(t, b, "the next step", func() bool { return strings.HasPrefix(stepCount(t, b), "Step "+string(rune('2'+i))) })
		}
		eval[bool](t, b, `(() => { for (const [i, v] of ["Email Sam", "Book a room"].entries()) {
			const el = document.getElementById("step-small-steps-item-" + i);
			el.value = v; el.dispatchEvent(new Event("input", {bubbles: true}));
		} return true; })()`)
		time.Sleep(100 * time.Millisecond)
		tap(t, b, `[data-testid="exercise-finish"]`)
		tap(t, b, `[data-testid="exercise-entry"]`)
		waitFor(t, b, "two small steps", func() bool {
			return eval[int](t, b, `document.querySelectorAll('[data-testid="small-step"]').length`) == 2
		})
		tap(t, b, `label[for="tick-0-1"]`)
		time.Sleep(300 * time.Millisecond)
		b.open(t, eval[string](t, b, `location.href`))
		waitFor(t, b, "the tick kept after a reload", func() bool {
			return eval[bool](t, b, `(() => { const a = document.getElementById("tick-0-0"), c = document.getElementById("tick-0-1"); return !!a && !!c && !a.checked && c.checked; })()`)
		})
	})
}
