//go:build !wasm

package app

import (
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/exercise"
	"github.com/kindly/kindly/internal/journal"
)

// Every step of every exercise renders its prompt, an input and the
// controls the DESIGN's test hooks name.
func TestExercisePageSteps(t *testing.T) {
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	for _, ex := range exercise.All {
		for i, st := range ex.Steps {
			s := exercise.Start(ex, now)
			s.Step = i
			html := render(t, &exercisePage{ex: ex, found: true, loaded: true, s: s})
			want := []string{testid("step-input"), testid("step-back"), testid("exercise-pause"), tr(st.Prompt)}
			if i == len(ex.Steps)-1 {
				want = append(want, testid("exercise-finish"))
			} else {
				want = append(want, testid("step-next"), testid("step-skip"))
			}
			for _, w := range want {
				if !strings.Contains(html, htmlText(w)) {
					t.Errorf("%s step %d: lacks %s", ex.ID, i+1, w)
				}
			}
			// go-app writes disabled="false" for an enabled button.
			if back := tagOf(html, "step-back"); (strings.Contains(back, "disabled") && !strings.Contains(back, `disabled="false"`)) != (i == 0) {
				t.Errorf("%s step %d: Back is %q; it is disabled on the first step only", ex.ID, i+1, back)
			}
		}
	}
}

// tagOf returns the opening tag of the element with data-testid id.
func tagOf(html, id string) string {
	i := strings.Index(html, testid(id))
	if i < 0 {
		return ""
	}
	tag := html[strings.LastIndex(html[:i], "<"):]
	return tag[:strings.Index(tag, ">")+1]
}

// htmlText is s as go-app writes it in HTML text.
func htmlText(s string) string {
	if strings.HasPrefix(s, "data-testid") {
		return s
	}
	return strings.NewReplacer("'", "&#39;", `"`, "&#34;", "&", "&amp;").Replace(s)
}

func TestExercisePageShowsEarlierAnswers(t *testing.T) {
	ex, _ := exercise.Find("look-back")
	now := time.Now()
	s := exercise.Start(ex, now)
	s, _ = s.Set(ex, "happened", exercise.Answer{Text: "The demo broke."}, now)
	s, _ = s.Do(ex, exercise.Next, now)
	html := render(t, &exercisePage{ex: ex, found: true, loaded: true, s: s})
	if !strings.Contains(html, testid("earlier")) || !strings.Contains(html, "The demo broke.") {
		t.Error("step 2 does not show what was written in step 1")
	}
	orig := journal.Entry{ID: "e1", Exercise: ex.ID, OccurredAt: now, Answers: []journal.Answer{{Prompt: "What happened?", Text: "First notes."}}}
	later := exercise.StartLater(ex, "e1", now)
	html = render(t, &exercisePage{ex: ex, found: true, loaded: true, s: later, orig: &orig})
	if !strings.Contains(html, testid("original")) || !strings.Contains(html, "First notes.") || !strings.Contains(html, htmlText(tr(ex.Later[0].Prompt))) {
		t.Error("a revisit does not show the original notes beside the new step")
	}
}

func TestExercisesListsEveryCard(t *testing.T) {
	html := render(t, &exercises{inProgress: map[string]int{"friend": 1}})
	if n := strings.Count(html, testid("exercise-card")); n != len(exercise.All) {
		t.Errorf("%d exercise cards, want %d", n, len(exercise.All))
	}
	for _, ex := range exercise.All {
		if !strings.Contains(html, `data-exercise-id="`+ex.ID+`"`) {
			t.Errorf("no card for %s", ex.ID)
		}
	}
	if !strings.Contains(html, "Paused at step 2") {
		t.Error("a paused exercise is not marked")
	}
}
