package nudge

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// line is one case of a table in testdata/<lang>.txt.
type line struct {
	at   string // file:line, for messages
	text string
	want []string // "word → first suggestion", in order; none for a near miss
}

// table reads testdata/<lang>.txt. A hit is
//
//	hit: <text> | <word> → <first suggestion> | …
//
// naming every hint in order; a near miss is "miss: <text>". Blank lines
// and lines starting with "#" are notes.
func table(t *testing.T, lang string) []line {
	t.Helper()
	name := filepath.Join("testdata", lang+".txt")
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []line
	s := bufio.NewScanner(f)
	for n := 1; s.Scan(); n++ {
		l := line{at: name + ":" + strconv.Itoa(n)}
		switch text := s.Text(); {
		case text == "" || strings.HasPrefix(text, "#"):
			continue
		case strings.HasPrefix(text, "hit: "):
			parts := strings.Split(text[len("hit: "):], " | ")
			l.text, l.want = parts[0], parts[1:]
			if len(l.want) == 0 {
				t.Fatalf("%s: a hit names its words: %q", l.at, text)
			}
		case strings.HasPrefix(text, "miss: "):
			l.text = text[len("miss: "):]
		default:
			t.Fatalf("%s: want \"hit: \" or \"miss: \", got %q", l.at, text)
		}
		out = append(out, l)
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestFind(t *testing.T) {
	for _, l := range langs {
		t.Run(l.code, func(t *testing.T) {
			hits, misses := 0, 0
			for _, c := range table(t, l.code) {
				var got []string
				for _, h := range Find(c.text) {
					got = append(got, h.Word+" → "+h.Suggestions[0])
					if c.text[h.Start:h.End] != h.Word || h.Note == "" || len(h.Suggestions) < 2 {
						t.Errorf("%s: hint %+v does not point at its word or lacks a note or suggestions", c.at, h)
					}
					if h.Lang != l.code {
						t.Errorf("%s: %q was found as %s, want %s", c.at, h.Word, h.Lang, l.code)
					}
				}
				if !reflect.DeepEqual(got, c.want) {
					t.Errorf("%s: Find(%q) = %q, want %q", c.at, c.text, got, c.want)
				}
				if c.want == nil {
					misses++
				} else {
					hits++
				}
			}
			if hits < 15 || misses < 15 {
				t.Errorf("testdata/%s.txt has %d hits and %d near misses, want at least 15 of each", l.code, hits, misses)
			}
		})
	}
	if Find("") != nil {
		t.Error("the empty text has hints")
	}
}

// TestEveryRule checks that each rule gives a hint somewhere in its
// language's table: a rule nothing tests is one nobody has read closely.
func TestEveryRule(t *testing.T) {
	for _, l := range langs {
		lines := table(t, l.code)
		for _, r := range l.rules {
			found := false
			for _, c := range lines {
				found = found || c.want != nil && r.hints(c.text, l, nil) != nil
			}
			if !found {
				t.Errorf("%s: no hit in testdata/%s.txt for %q", l.code, l.code, r.pattern)
			}
		}
	}
}

// TestStems checks that the quick test never hides a hint the tables hold.
func TestStems(t *testing.T) {
	for _, l := range langs {
		for _, c := range table(t, l.code) {
			if a, b := Find(c.text), find(c.text, false); !reflect.DeepEqual(a, b) {
				t.Errorf("%s: with the quick test %v, without %v", c.at, a, b)
			}
		}
	}
}

func TestApply(t *testing.T) {
	tests := []struct {
		text, suggestion, want string
	}{
		{"I always mess this up.", "often", "I often mess this up."},
		{"Always late.", "often", "Often late."},
		{"I'm a failure, I think", "I failed at this", "I failed at this, I think"},
		{"Everything went wrong", "this part", "This part went wrong"},
		{"Siempre llego tarde.", "a menudo", "A menudo llego tarde."},
		{"Creo que soy un fracaso.", "esto me salió mal", "Creo que esto me salió mal."},
		{"No me sale nunca bien.", "todavía", "No me sale todavía bien."},
		{"Alles ist schiefgegangen.", "vieles", "Vieles ist schiefgegangen."},
		{"Ich bin ein Versager.", "mir ist etwas misslungen", "Mir ist etwas misslungen."},
		{"Es war ein totaler Reinfall.", "Rückschlag", "Es war ein Rückschlag."},
		{"La soirée est gâchée.", "perturbée", "La soirée est perturbée."},
		{"Rien ne marche.", "pas grand-chose", "Pas grand-chose ne marche."},
		{"Je suis nulle en maths.", "j'ai du mal", "J'ai du mal en maths."},
	}
	for _, tt := range tests {
		h := Find(tt.text)[0]
		if !strings.Contains(strings.Join(h.Suggestions, "|"), tt.suggestion) {
			t.Errorf("Find(%q) offers %q, not %q", tt.text, h.Suggestions, tt.suggestion)
		}
		if got := Apply(tt.text, h, tt.suggestion); got != tt.want {
			t.Errorf("Apply(%q, %q) = %q, want %q", tt.text, tt.suggestion, got, tt.want)
		}
	}
	h := Find("I always do")[0]
	if got := Apply("I changed it", h, "often"); got != "I changed it" {
		t.Errorf("a stale hint changed the text: %q", got)
	}
}

// Agreement: the suggestion takes the ending the writer used.
func TestAgreement(t *testing.T) {
	tests := map[string][]string{
		"La soirée est gâchée":          {"compliquée", "perturbée"},
		"Les vacances sont gachees":     {"compliquées", "perturbées"},
		"Todo está arruinado":           {"complicado", "estropeado"},
		"La fiesta quedó arruinada":     {"complicada", "estropeada"},
		"Das ruiniert meinen Tag":       {"erschwert", "verkompliziert"},
		"Ich ruiniere es wieder":        {"erschwere", "verkompliziere"},
		"Tu gâches ta soirée":           {"compliques", "perturbes"},
		"J'ai complètement raté le bus": {"raté", "pas réussi"},
	}
	for text, want := range tests {
		hints := Find(text)
		if len(hints) == 0 || !reflect.DeepEqual(hints[len(hints)-1].Suggestions, want) {
			t.Errorf("Find(%q) = %+v, want the last hint to suggest %q", text, hints, want)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("Heute war ein langer Tag. I tried my best, pero no salió como esperaba, et je suis fatiguée. ", 20)
	Find(text + "always nunca immer jamais")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("I always, never, everything's ruined: a complete failure")
	f.Add("not always ’ é")
	f.Add("No me sale nunca jamás, lo arruiné todo; soy un fracaso total")
	f.Add("Ich bin eine Versagerin, immer noch, fast nie, alles Gute")
	f.Add("J'ai tout gâché, je suis nulle, toujours pas, de rien, chuis un raté")
	f.Fuzz(func(t *testing.T, text string) {
		hints := Find(text)
		last := 0
		// Text from the browser is valid UTF-8; in other text a stray byte
		// is a rune of its own, so only valid text is held to rune starts.
		valid := utf8.ValidString(text)
		for _, h := range hints {
			if h.Start < last || h.End <= h.Start || h.End > len(text) ||
				valid && (!utf8.RuneStart(text[h.Start]) || h.End < len(text) && !utf8.RuneStart(text[h.End])) ||
				text[h.Start:h.End] != h.Word || h.Lang == "" || h.Note == "" || len(h.Suggestions) == 0 {
				t.Fatalf("a hint overlaps, is out of order or points elsewhere in %q: %+v", text, h)
			}
			last = h.End
			if got := Apply(text, h, h.Suggestions[0]); !strings.Contains(got, h.Suggestions[0][1:]) {
				t.Fatalf("Apply(%q, %+v) = %q", text, h, got)
			}
		}
		if slow := find(text, false); fmt.Sprint(slow) != fmt.Sprint(hints) {
			t.Fatalf("the quick test hid a hint in %q: %v, want %v", text, hints, slow)
		}
	})
}
