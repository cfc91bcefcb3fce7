package exercise

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/i18n"
	"github.com/kindly/kindly/internal/journal"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// run answers the steps of ex in order (skipping those in skip) and
// finishes.
func run(t *testing.T, ex Exercise, s Session, answers map[string]Answer, skip ...string) Session {
	t.Helper()
	var err error
	for {
		id := s.Current(ex).ID
		if a, ok := answers[id]; ok {
			if s, err = s.Set(ex, id, a, t0); err != nil {
				t.Fatal(err)
			}
		}
		ev := Next
		if slices.Contains(skip, id) {
			ev = Skip
		}
		if s.Last(ex) {
			ev = Finish
		}
		if s, err = s.Do(ex, ev, t0); err != nil {
			t.Fatal(err)
		}
		if s.Status == Finished {
			return s
		}
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update to accept):\n%s", name, got)
	}
}

func TestEntryGolden(t *testing.T) {
	weather, _ := Find("name-the-weather")
	look, _ := Find("look-back")
	curious, _ := Find("curious-questions")
	cases := []struct {
		ex      Exercise
		answers map[string]Answer
		skip    []string
	}{
		{weather, map[string]Answer{
			"feeling": {Mood: &Mood{Pleasantness: -1, Energy: -2}, Words: []string{"tired", "disappointed"}, Text: "let down, a bit foggy", Intensity: 4},
			"body":    {Text: "Heavy shoulders."},
		}, nil},
		{look, map[string]Answer{
			"happened":  {Text: "The demo crashed in front of the team."},
			"outside":   {Text: "The venue's network."},
			"mine":      {Text: "I skipped the dry run."},
			"surprised": {Text: "People were kind about it."},
			"revisit":   {Text: "7"},
		}, []string{"surprised"}},
		{curious, map[string]Answer{
			"small-steps": {Items: []string{" Ask Sam ", "", "Draft one page"}},
		}, nil},
	}
	var all []journal.Entry
	for _, c := range cases {
		s := run(t, c.ex, Start(c.ex, t0), c.answers, c.skip...)
		e := s.Entry(en, c.ex, t0)
		if err := e.Validate(); err != nil {
			t.Errorf("%s: %v", c.ex.ID, err)
		}
		e.ID = "00000000-0000-7000-8000-00000000000" + string(rune('1'+len(all)))
		all = append(all, e)
	}
	got, _ := json.MarshalIndent(all, "", "  ")
	golden(t, "entries.json", append(got, '\n'))
}

func TestRevisited(t *testing.T) {
	look, _ := Find("look-back")
	first := run(t, look, Start(look, t0), map[string]Answer{"happened": {Text: "It went badly."}, "revisit": {Text: "3"}})
	orig := first.Entry(en, look, t0)
	if orig.RevisitAt == nil || !orig.RevisitAt.Equal(t0.AddDate(0, 0, 3)) {
		t.Fatalf("revisitAt = %v, want three days on", orig.RevisitAt)
	}
	later := run(t, look, StartLater(look, orig.ID, t0), map[string]Answer{"now": {Text: "Less badly than I thought."}})
	if got := StartLater(look, orig.ID, t0).Earlier(en, look); len(got) != 0 {
		t.Errorf("a Later session starts with nothing earlier of its own, got %v", got)
	}
	e := later.Revisited(en, orig, look)
	if e.RevisitAt != nil || e.ID != orig.ID {
		t.Errorf("revisited entry keeps its id and has nothing more to come back to: %+v", e)
	}
	want := []journal.Answer{{Prompt: "What happened?", Text: "It went badly."},
		{Prompt: "Later: Reading your notes again, what do you notice now?", Text: "Less badly than I thought."}}
	if !slices.Equal(e.Answers, want) {
		t.Errorf("answers = %+v, want %+v", e.Answers, want)
	}
	if len(orig.Answers) != 1 {
		t.Error("Revisited changed the original entry's answers")
	}
}

// An entry is written in the language of the moment: prompts, choices and
// feeling words as the user saw them. A word an older draft kept as text
// stays as it was.
func TestEntryLanguage(t *testing.T) {
	xa := i18n.Load("en-XA")
	weather, _ := Find("name-the-weather")
	s := run(t, weather, Start(weather, t0), map[string]Answer{"feeling": {Mood: &Mood{Pleasantness: 1, Energy: -1}, Words: []string{"calm", "at ease"}}})
	e := s.Entry(xa, weather, t0)
	if p := e.Answers[0].Prompt; p != xa.T(weather.Steps[0].Prompt) || p == en.T(weather.Steps[0].Prompt) {
		t.Errorf("prompt %q is not the en-XA one", p)
	}
	if want := []string{xa.T(WordKey("calm")), "at ease"}; !slices.Equal(e.Emotions, want) {
		t.Errorf("emotions %q, want %q", e.Emotions, want)
	}
	if !strings.Contains(e.Answers[0].Text, xa.T(PleasantnessLabels[3])) {
		t.Errorf("the mood is not described in en-XA: %q", e.Answers[0].Text)
	}
}

// A lesson written on coming back to an experiment is found under its
// "Later:" prompt.
func TestRoleAnswerLater(t *testing.T) {
	exp, _ := Find("small-experiment")
	first := run(t, exp, Start(exp, t0), map[string]Answer{"try": {Text: "Ask once."}, "revisit": {Text: "3"}}).Entry(en, exp, t0)
	e := run(t, exp, StartLater(exp, first.ID, t0), map[string]Answer{"learned": {Text: "Start smaller."}}).Revisited(en, first, exp)
	if got := RoleAnswer(e, Lesson); got != "Start smaller." {
		t.Errorf("lesson = %q, want the Later answer", got)
	}
}

func TestCompose(t *testing.T) {
	growth, _ := Find("growth-story")
	data, _ := Find("failure-as-data")
	exp, _ := Find("small-experiment")
	old := run(t, data, Start(data, t0), map[string]Answer{"lesson": {Text: "Rehearse with the real equipment."}}).Entry(en, data, t0)
	newer := run(t, data, Start(data, t0), map[string]Answer{"lesson": {Text: "Ask for help early!"}}).Entry(en, data, t0.Add(time.Hour))
	plan := run(t, exp, Start(exp, t0), map[string]Answer{"if": {Text: "If it's Monday morning"}, "then": {Text: "Then I'll call Sam."}}).Entry(en, exp, t0)
	deleted := newer
	deleted.DeletedAt = &t0
	deleted.Answers = []journal.Answer{{Prompt: "The lesson, in one line.", Text: "Deleted lesson"}}
	deleted.OccurredAt = t0.Add(2 * time.Hour)

	s := Start(growth, t0)
	for id, text := range map[string]string{"where": "Giving talks without dread.", "strength": "My sister", "differently": ""} {
		s, _ = s.Set(growth, id, Answer{Text: text}, t0)
	}
	tests := []struct {
		name    string
		history []journal.Entry
		want    string
	}{
		{"own words only", nil, "A few months from now, I'd like to be here: Giving talks without dread. When it gets hard, I can lean on my sister. I'm still learning, and that's allowed."},
		{"with the newest lesson and a plan", []journal.Entry{old, newer, plan, deleted},
			"A few months from now, I'd like to be here: Giving talks without dread. Something I learned the hard way: Ask for help early. My next small experiment: if it's Monday morning, then I'll call Sam. When it gets hard, I can lean on my sister. I'm still learning, and that's allowed."},
	}
	for _, tt := range tests {
		if got := s.Compose(en, tt.history); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
	empty := Start(growth, t0).Compose(en, nil)
	if empty != "I'm still learning, and that's allowed." {
		t.Errorf("with nothing written, the draft invents nothing: %q", empty)
	}
}

func TestParse(t *testing.T) {
	look, _ := Find("look-back")
	s := Start(look, t0)
	s, _ = s.Set(look, "happened", Answer{Text: "x"}, t0)
	s, _ = s.Do(look, Next, t0)
	s, _ = s.Do(look, Pause, t0)
	data, err := s.JSON()
	if err != nil {
		t.Fatal(err)
	}
	back, ex, err := Parse(data)
	if err != nil || ex.ID != look.ID || back.Step != 1 || back.Status != Paused || back.Answers["happened"].Text != "x" {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	for name, in := range map[string]string{
		"not json":          `{`,
		"unknown exercise":  `{"exercise":"nope","status":"running"}`,
		"step past the end": `{"exercise":"look-back","step":7,"status":"running"}`,
		"negative step":     `{"exercise":"look-back","step":-1,"status":"running"}`,
		"bad status":        `{"exercise":"look-back","status":"dancing"}`,
		"unknown step":      `{"exercise":"look-back","status":"running","answers":{"zzz":{"text":"a"}}}`,
		"bad choice":        `{"exercise":"look-back","status":"running","answers":{"revisit":{"text":"99"}}}`,
		"later has no such": `{"exercise":"friend","revisit":"x","status":"running"}`,
	} {
		if _, _, err := Parse([]byte(in)); !errors.Is(err, ErrSaved) {
			t.Errorf("%s: err = %v, want ErrSaved", name, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"exercise":"look-back","step":1,"status":"paused","answers":{"happened":{"text":"x"}}}`))
	f.Add([]byte(`{"exercise":"name-the-weather","status":"running","answers":{"feeling":{"mood":{"pleasantness":-2,"energy":2},"intensity":5}}}`))
	f.Add([]byte(`{"exercise":"kind-letter","revisit":"e","status":"running"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, ex, err := Parse(data)
		if err != nil {
			return
		}
		// Whatever parses can be shown and turned into a valid entry.
		s.Current(ex)
		s.Earlier(en, ex)
		if e := s.Entry(en, ex, t0); e.Validate() != nil {
			t.Errorf("a parsed session made an invalid entry: %v", e.Validate())
		}
	})
}

func TestChecklist(t *testing.T) {
	tests := []struct {
		in   string
		want []Item
		ok   bool
	}{
		{"[ ] Ask Sam\n[x] Draft one page", []Item{{"Ask Sam", false}, {"Draft one page", true}}, true},
		{"[ ] ", []Item{{"", false}}, true},
		{"Just writing [ ] here", nil, false},
		{"[ ] one\nsomething else", nil, false},
		{"", nil, false},
		{"[X] capital", nil, false},
	}
	for _, tt := range tests {
		got, ok := Checklist(tt.in)
		if ok != tt.ok || !slices.Equal(got, tt.want) {
			t.Errorf("Checklist(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok && FormatChecklist(got) != tt.in {
			t.Errorf("FormatChecklist does not give back %q", tt.in)
		}
	}
}

func FuzzChecklist(f *testing.F) {
	f.Add("[ ] a\n[x] b")
	f.Add("plain text")
	f.Fuzz(func(t *testing.T, text string) {
		items, ok := Checklist(text)
		if ok && FormatChecklist(items) != text {
			t.Errorf("round trip of %q gives %q", text, FormatChecklist(items))
		}
	})
}
