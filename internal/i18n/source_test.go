package i18n

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite catalogs/en from source/en")

// English is written in source/en, each message with a description for
// translators; the app embeds catalogs/en, the same messages without the
// descriptions, which would otherwise travel in app.wasm to every
// person. This test keeps the two in step; after changing
// source/en, write catalogs/en with
//
//	go test ./internal/i18n -run TestEnglishFromSource -args -update
func TestEnglishFromSource(t *testing.T) {
	files, err := filepath.Glob("source/en/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no English source files: %v", err)
	}
	want := map[string]bool{}
	for _, src := range files {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		var msgs map[string]map[string]string
		if err := json.Unmarshal(data, &msgs); err != nil {
			t.Fatalf("%s: every English message is an object with a description: %v", src, err)
		}
		out := map[string]any{}
		for key, forms := range msgs {
			if forms["description"] == "" {
				t.Errorf("%s: %s has no description for translators", src, key)
			}
			delete(forms, "description")
			if len(forms) == 1 && forms["other"] != "" {
				out[key] = forms["other"]
			} else {
				out[key] = forms
			}
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(out); err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join("catalogs", "en", filepath.Base(src))
		want[dst] = true
		if *update {
			if err := os.WriteFile(dst, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if got, err := os.ReadFile(dst); err != nil || !bytes.Equal(got, b.Bytes()) {
			t.Errorf("%s is not %s without descriptions: run go test ./internal/i18n -run TestEnglishFromSource -args -update", dst, src)
		}
	}
	have, _ := filepath.Glob("catalogs/en/*.json")
	for _, f := range have {
		if !want[f] {
			t.Errorf("%s has no source in source/en", f)
		}
	}
}
