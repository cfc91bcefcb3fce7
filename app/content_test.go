//go:build !wasm

package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/mantra"
)

// Kindly's own words avoid all-or-nothing language (DESIGN §5): no string
// in the UI code says "always" or "never".
func TestNoAbsolutesInOurWords(t *testing.T) {
	absolutes := regexp.MustCompile(`(?i)\b(always|never)\b`)
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && absolutes.MatchString(s) {
					t.Errorf("%s: %q uses an all-or-nothing word", fset.Position(lit.Pos()), s)
				}
			}
			return true
		})
	}
}

func TestTodayCheckinAndWins(t *testing.T) {
	week := journal.WeekStart(time.Date(2026, 11, 22, 9, 0, 0, 0, time.Local))
	win := journal.New(journal.KindWin, week.Add(30*time.Hour))
	win.Answers = []journal.Answer{{Text: "Called my sister"}}
	old := journal.New(journal.KindWin, week.AddDate(0, 0, -6))
	old.Answers = []journal.Answer{{Text: "Went for a walk"}}
	html := render(t, &today{week: week, wins: []journal.Entry{win, old}})
	for _, id := range []string{"checkin", "checkin-save", "checkin-words", "checkin-progress", "checkin-next", "wins", "win-text", "win-save", "win-item"} {
		if !strings.Contains(html, testid(id)) {
			t.Errorf("Today lacks %s", id)
		}
	}
	if !strings.Contains(html, "Called my sister") || strings.Contains(html, "Went for a walk") {
		t.Error("this week's wins should be listed, and only them")
	}
	for _, bad := range []string{"streak", "points", "score"} {
		if strings.Contains(strings.ToLower(html), bad) {
			t.Errorf("Today mentions %q: no guilt mechanics", bad)
		}
	}
	done := journal.New(journal.KindCheckin, time.Now())
	done.Mood = &journal.Mood{Pleasantness: 1}
	html = render(t, &today{week: week, done: &done})
	if !strings.Contains(html, testid("checkin-done")) || strings.Contains(html, testid("checkin-save")) {
		t.Error("after today's check-in, Today shows it instead of the form")
	}
	rev := time.Now().Add(-time.Hour)
	due := journal.New(journal.KindExercise, time.Now().AddDate(0, 0, -7))
	due.Exercise, due.RevisitAt = "look-back", &rev
	html = render(t, &today{due: []journal.Entry{due}})
	if !strings.Contains(html, `href="/exercises/look-back?revisit=`+due.ID+`"`) {
		t.Error("a due look-back is not offered on Today")
	}
}

func TestMantrasPage(t *testing.T) {
	now := time.Now()
	own := mantra.Saved{ID: "0192f0c0-0000-7000-8000-000000000001", Text: "My own words.", CreatedAt: now, UpdatedAt: now}
	fav := mantra.Saved{ID: "m-alone-3", Favourite: true, CreatedAt: now, UpdatedAt: now}
	html := render(t, &mantras{saved: []mantra.Saved{own, fav}, showing: -1})
	if n := strings.Count(html, testid("mantra-item")); n != len(mantra.Builtin)+2 {
		t.Errorf("%d mantra items, want every built-in, the own one and the favourite: %d", n, len(mantra.Builtin)+2)
	}
	for _, id := range []string{"mantra-now", "mantra-add", "mantra-edit", "mantra-delete"} {
		if !strings.Contains(html, testid(id)) {
			t.Errorf("mantras page lacks %s", id)
		}
	}
	html = render(t, &mantras{saved: []mantra.Saved{own, fav}, showing: 0})
	if !strings.Contains(html, testid("mantra-screen")) || !strings.Contains(html, "Somewhere, someone is feeling") {
		t.Error("one at a time starts with the favourite")
	}
}
