package i18n

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// addCatalogs seeds f with every catalog file, good and bad, and the
// English source with its descriptions.
func addCatalogs(f *testing.F) {
	for _, dir := range []string{"catalogs", "source", "testdata/bad"} {
		files, _ := fs.Glob(os.DirFS(dir), "*/*.json")
		for _, name := range files {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}

// The catalog parser takes any bytes without panicking, what it accepts
// it reads back the same once written out again, and every form of what
// it reads is read the same from its packed message.
func FuzzParse(f *testing.F) {
	addCatalogs(f)
	f.Add([]byte(`{"a.b": {"one": "", "other": null}, "c.d": {}, "e.f": null, "g.h": ["x"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		msgs, bad, err := parse(data)
		if err != nil {
			return
		}
		out := make(map[string]map[string]string, len(msgs))
		for key, m := range msgs {
			if len(m) != 1 && len(m) != len(categories) {
				t.Fatalf("%q: %d forms", key, len(m))
			}
			out[key] = map[string]string{}
			for cat, s := range m {
				if s != "" || cat == other {
					out[key][categories[cat]] = s
				}
			}
		}
		for key, m := range msgs {
			p := pack(m)
			for cat := range categories {
				if p.raw(cat) != m.raw(cat) {
					t.Fatalf("%q: packed as %q, form %d reads %q, want %q", key, p, cat, p.raw(cat), m.raw(cat))
				}
			}
		}
		data2, err := json.Marshal(out)
		if err != nil {
			t.Fatal(err)
		}
		again, bad2, err := parse(data2)
		if err != nil || len(bad2) != 0 || len(again) != len(msgs) {
			t.Fatalf("written out %s, read back %v, %v, %v", data2, again, bad2, err)
		}
		for key, m := range msgs {
			if !slices.Equal(again[key], m) {
				t.Fatalf("%q: %q, read back %q", key, m, again[key])
			}
		}
		for _, p := range bad {
			if _, ok := msgs[p.key]; ok {
				t.Fatalf("%q is both read and reported: %s", p.key, p.msg)
			}
		}
	})
}

// placeholder is what fill replaces, said another way.
var placeholder = regexp.MustCompile(`\{[A-Za-z0-9_]+\}`)

// fill agrees with a regular expression, and split loses nothing.
func FuzzFill(f *testing.F) {
	f.Add("Saved {title} at {time}", "title", "Monday")
	f.Add("{{n}} {n {n}} {} {x y}", "n", "{n}")
	f.Add("Ünïcode {ñ} {_1}", "_1", "")
	f.Fuzz(func(t *testing.T, s, name, value string) {
		want := placeholder.ReplaceAllStringFunc(s, func(p string) string {
			if p[1:len(p)-1] == name {
				return value
			}
			return p
		})
		if got := fill(s, []string{name, value}); got != want {
			t.Fatalf("fill(%q, %q, %q) = %q, want %q", s, name, value, got, want)
		}
		if got := fill(s, nil); got != s {
			t.Fatalf("fill(%q) with no arguments = %q", s, got)
		}
		var b strings.Builder
		split(s, func(text string, name bool) {
			if name {
				text = "{" + text + "}"
			}
			b.WriteString(text)
		})
		if b.String() != s {
			t.Fatalf("split(%q) gives back %q", s, b.String())
		}
	})
}
