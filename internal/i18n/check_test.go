package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// translating are shipped languages whose translation is still under
// way: a key they lack shows in English and is counted here rather than
// failing. Empty: every shipped language is complete, and a key added in
// English fails until each language has it.
var translating []string

// The shipped catalogs have no fault.
func TestCheck(t *testing.T) {
	missing := map[string]int{}
	for _, err := range checkShipped(os.DirFS("catalogs"), shipped) {
		if p, ok := err.(problem); ok && p.msg == "missing" && slices.Contains(translating, p.lang) {
			missing[p.lang]++
			continue
		}
		t.Error(err)
	}
	for _, lang := range translating {
		t.Logf("%s: %d of %d keys not translated yet", lang, missing[lang], len(keys))
	}
}

// Each fault in testdata/bad is reported once, naming language and key.
func TestCheckFaults(t *testing.T) {
	want := []string{
		`en: Journal heading: not a key of dotted words (journal.count)`,
		`en: journal.none: a "zero" form, which en never uses`,
		`es: journal.count: no text for the "many" form`,
		`es: journal.days: has a brace that is not part of a {placeholder} in the "other" form`,
		`es: journal.hello: has a placeholder {name} that English does not`,
		`es: journal.none: in both es/journal.json and es/more.json`,
		`es: journal.saved: lacks the placeholder {title}`,
		`es: journal.title: missing`,
		`es: journal.welcome: not a key in English`,
		`fr: fr/broken.json: not a catalog: unexpected end of JSON input`,
		`fr: journal.count: a "few" form, which fr never uses`,
		`fr: journal.days: missing`,
		`fr: journal.days: unknown field "hash" (fr/journal.json)`,
		`fr: journal.hello: missing`,
		`fr: journal.none: missing`,
		`fr: journal.none: not a text or an object of texts (fr/journal.json)`,
		`fr: journal.saved: has a brace that is not part of a {placeholder}`,
		`fr: journal.title: empty text`,
	}
	var got []string
	for _, err := range CheckFS(os.DirFS("testdata/bad")) {
		got = append(got, err.Error())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("CheckFS(testdata/bad):\n%s\n\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A shipped language without a folder, and a folder of a language not
// shipped, are faults too.
func TestCheckShipped(t *testing.T) {
	errs := checkShipped(os.DirFS("testdata/bad"), []string{"en", "es", "de"})
	var got []string
	for _, err := range errs[len(errs)-2:] {
		got = append(got, err.Error())
	}
	want := "de: shipped, but has no catalog folder\nfr: has a catalog folder but is not in Languages"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// Every key the code looks up by a literal (x.T("key"), x.N("key", n))
// is in English, so no screen ever shows a key name.
func TestKeysInCode(t *testing.T) {
	en := Load(source)
	fset := token.NewFileSet()
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		top := filepath.Dir(path) == root
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "node_modules" ||
			top && !slices.Contains([]string{"app", "cmd", "internal", "web"}, d.Name()) || // our code only: bin/ holds go-app's
			path == filepath.Join(root, "internal", "i18n")) { // whose tests ask for missing keys on purpose
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			lit, isLit := call.Args[0].(*ast.BasicLit)
			if !ok || (sel.Sel.Name != "T" && sel.Sel.Name != "N") || !isLit || lit.Kind != token.STRING {
				return true
			}
			if key, _ := strconv.Unquote(lit.Value); en.lookup(key) == "" {
				t.Errorf("%s: %q is not a key in the English catalog", fset.Position(lit.Pos()), key)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
