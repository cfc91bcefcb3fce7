package web

import (
	"io/fs"
	"path"
	"testing"
)

// `make static` and the version hash walk FS: the package's Go files
// (css_test.go among them, embedded by the * pattern) must not be there.
func TestGoSourceIsNotAnAsset(t *testing.T) {
	seen := map[string]bool{}
	err := fs.WalkDir(FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			_, err = fs.ReadFile(FS(), p)
			seen[p] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for p := range seen {
		if path.Ext(p) == ".go" {
			t.Errorf("%s is listed as an asset", p)
		}
	}
	if !seen["kindly.css"] {
		t.Error("kindly.css is missing")
	}
	if _, err := fs.ReadFile(FS(), "web.go"); err == nil {
		t.Error("web.go can be read")
	}
}
