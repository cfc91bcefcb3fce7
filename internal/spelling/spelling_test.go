package spelling

import (
	"regexp"
	"testing"
	"unicode"
)

func TestLoose(t *testing.T) {
	for _, tt := range []struct {
		pattern string
		hits    []string
		misses  []string
	}{
		{"j'ai", []string{"j'ai", "j’ai", "jai"}, []string{"j ai"}},
		{"quiero morirme", []string{"quiero  morirme", "quiero\tmorirme"}, []string{"quieromorirme"}},
		{"ya no ?puedo", []string{"ya nopuedo", "ya no puedo"}, nil},
		{"müde", []string{"müde", "muede", "mude"}, []string{"mde"}},
		{"straße", []string{"straße", "strasse"}, []string{"strae"}},
		{"déçu", []string{"déçu", "decu", "déçu", "deçu"}, []string{"dcu"}},
		{"[é]x", []string{"éx"}, []string{"ex"}},
		{`a\.b`, []string{"a.b"}, []string{"axb"}},
	} {
		re := regexp.MustCompile("^(?:" + Loose(tt.pattern) + ")$")
		for _, h := range tt.hits {
			if !re.MatchString(h) {
				t.Errorf("%q does not match %q", tt.pattern, h)
			}
		}
		for _, m := range tt.misses {
			if re.MatchString(m) {
				t.Errorf("%q matches %q", tt.pattern, m)
			}
		}
	}
}

func TestBare(t *testing.T) {
	for r, want := range map[rune]rune{'é': 'e', 'ñ': 'n', 'ç': 'c', 'ü': 'ü', 'x': 'x'} {
		if got, _ := Bare(r); got != want {
			t.Errorf("Bare(%q) = %q, want %q", r, got, want)
		}
	}
}

// FuzzLoose: a plain phrase (letters, spaces, apostrophes), loosened,
// is a valid expression that matches the phrase as written.
func FuzzLoose(f *testing.F) {
	f.Add("quiero morirme")
	f.Add("j'ai envie d’en finir")
	f.Add("ich will nicht mehr")
	f.Fuzz(func(t *testing.T, phrase string) {
		for _, r := range phrase {
			if !unicode.IsLetter(r) && r != ' ' && r != '\'' && r != '’' {
				return
			}
		}
		re, err := regexp.Compile("^(?:" + Loose(phrase) + ")$")
		if err != nil {
			t.Fatalf("Loose(%q) = %q: %v", phrase, Loose(phrase), err)
		}
		if !re.MatchString(phrase) {
			t.Fatalf("Loose(%q) = %q does not match the phrase itself", phrase, Loose(phrase))
		}
	})
}

func TestFoldCase(t *testing.T) {
	for r, want := range map[rune]rune{'a': 'A', 'A': 'A', 'k': 'K', '\u212a': 'K', 'é': 'É', 'ß': 'ß', '1': '1'} {
		if got := FoldCase(r); got != want {
			t.Errorf("FoldCase(%q) = %q, want %q", r, got, want)
		}
	}
}
