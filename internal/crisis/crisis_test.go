package crisis

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// line is one sentence of a table in testdata/<lang>.txt.
type line struct {
	at   string // file:line, for messages
	text string
	hit  bool
}

// table reads testdata/<lang>.txt: one sentence a line, after "hit: " or
// "miss: "; blank lines and lines starting with "#" are notes.
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
			l.text, l.hit = text[len("hit: "):], true
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

func TestConcerning(t *testing.T) {
	for i, l := range lists {
		t.Run(l.lang, func(t *testing.T) {
			hits, misses := 0, 0
			for _, c := range table(t, l.lang) {
				if got := Concerning(c.text); got != c.hit {
					t.Errorf("%s: Concerning(%q) = %v, want %v", c.at, c.text, got, c.hit)
				}
				if c.hit {
					hits++
					// Each language's own list catches its own hits, so a
					// table cannot pass on another language's words.
					if !concerning(c.text, i) {
						t.Errorf("%s: the %s list misses %q", c.at, l.lang, c.text)
					}
				} else {
					misses++
				}
			}
			if hits < 20 || misses < 12 {
				t.Errorf("testdata/%s.txt has %d hits and %d near misses, want at least 20 and 12", l.lang, hits, misses)
			}
		})
	}
	if Concerning("") {
		t.Error("the empty text is concerning")
	}
}

// TestEveryPattern checks that every sign is caught in its language's
// table and every idiom is shown there as a near miss: a pattern nothing
// tests is one nobody has read closely.
func TestEveryPattern(t *testing.T) {
	for _, l := range lists {
		lines := table(t, l.lang)
		for _, group := range []struct {
			patterns []string
			hit      bool
		}{{l.signs, true}, {l.except, false}} {
			for _, p := range group.patterns {
				if strings.Contains(strings.TrimSuffix(p, "END"), "END") {
					t.Errorf("%s: END stands only at the end of a pattern: %q", l.lang, p)
				}
				re := regexp.MustCompile(expr(p))
				found := false
				for _, c := range lines {
					found = found || c.hit == group.hit && re.MatchString(plain(c.text))
				}
				if !found {
					t.Errorf("%s: no %s in testdata/%s.txt shows %q", l.lang, map[bool]string{true: "hit", false: "near miss"}[group.hit], l.lang, p)
				}
			}
		}
	}
}

func TestLoose(t *testing.T) {
	tests := []struct {
		pattern string
		match   []string
		not     []string
	}{
		{`mettre fin à mes jours`, []string{"mettre fin à mes jours", "Mettre  fin a mes jours", "METTRE FIN À\nMES JOURS"}, []string{"mettre fin à mes joursx"}},
		{`j'ai envie`, []string{"j'ai envie", "j’ai envie", "jai envie"}, nil},
		{`möchte nicht mehr leben`, []string{"möchte nicht mehr leben", "moechte nicht mehr leben", "mochte nicht mehr leben", "MÖCHTE NICHT MEHR LEBEN"}, nil},
		{`überdosis`, []string{"Überdosis", "Ueberdosis", "uberdosis"}, []string{"Überdosisx", "xüberdosis"}},
		{`ß`, []string{"ß", "ss", "SS", "ẞ"}, nil},
		{`quiero morirme`, []string{"quiero morirme", "¿quiero morirme?"}, []string{"quiero morirmes", "kquiero morirme"}},
		{`any ?more`, []string{"anymore", "any more"}, nil},
		{`[- ]x`, []string{"-x", " x"}, nil},
		{`nicht mehrEND`, []string{"nicht mehr", "nicht mehr.", "nicht mehr 😢", "nicht mehr\nund"}, []string{"nicht mehr arbeiten"}},
	}
	for _, tt := range tests {
		re := regexp.MustCompile(expr(tt.pattern))
		for _, s := range tt.match {
			if !re.MatchString(s) {
				t.Errorf("%q (%s) misses %q", tt.pattern, re, s)
			}
		}
		for _, s := range tt.not {
			if re.MatchString(s) {
				t.Errorf("%q (%s) matches %q", tt.pattern, re, s)
			}
		}
	}
}

// Text pasted in decomposed form (e + U+0301) meets the lists all the same.
func TestDecomposed(t *testing.T) {
	for _, s := range []string{"je veux mourir, je suis épuise\u0301e", "quiero morirme ya, esta\u0301 decidido", "Ich will nicht mehr leben, u\u0308berhaupt"} {
		if !Concerning(s) {
			t.Errorf("Concerning(%q) = false", s)
		}
	}
	if !Concerning("me suicide\u0301") || Concerning("Suicide Squad\u0301") {
		t.Error("combining accents change what is seen")
	}
}

func BenchmarkConcerning(b *testing.B) {
	text := strings.Repeat("Heute war ein langer Tag. I tried my best, pero no salió como esperaba, et je suis fatiguée. ", 20)
	Concerning(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Concerning(text)
	}
}

func FuzzConcerning(f *testing.F) {
	f.Add("I want to end it all")
	f.Add("the end it all é")
	f.Add("me muero de risa, quiero morirme")
	f.Add("Das wird mich noch umbringen. Ich will nicht mehr.")
	f.Add("ça me tue\u0301 j'en peux plus 😂")
	f.Fuzz(func(t *testing.T, text string) {
		Concerning(text)
		// The quick look for needed words never hides a match.
		plainText := plain(text)
		folded := fold(plainText)
		c := compiled()
		for _, m := range slices.Concat(append(c.signs, c.except)...) {
			if !m.may(folded) && m.re().MatchString(plainText) {
				t.Fatalf("%s matches %q but needs one of %q", m.re(), text, m.need)
			}
		}
		// A clear sign stays a sign whatever is written after it.
		if !Concerning("I want to die.\n" + text) {
			t.Errorf("a clear sign was missed before %q", text)
		}
	})
}
