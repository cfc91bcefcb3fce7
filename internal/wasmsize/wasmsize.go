// Package wasmsize reads a WebAssembly binary and says where its bytes go:
// the size of each section, and the code of each Go package, attributed
// through the function names of the "name" custom section (present when
// the binary is linked without -s). make size prints its report, so that
// what makes app.wasm large can be seen and weighed.
package wasmsize

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Sentinel errors, wrapped with where the reading stopped.
var (
	ErrNotWasm   = errors.New("not a WebAssembly binary")
	ErrTruncated = errors.New("truncated")
	ErrMalformed = errors.New("malformed")
)

// Section ids of the WebAssembly binary format that Parse reads into.
const (
	custom = 0
	imprt  = 2
	code   = 10
)

var sectionNames = map[byte]string{
	0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
	6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "data count",
}

// Section is one section of the binary.
type Section struct {
	Name string // "code", "data", or a custom section's own name
	Size int    // bytes, its header excluded
}

// Func is one function body of the code section.
type Func struct {
	Name string // "" when the binary has no name section
	Size int
}

// Module is what Parse found.
type Module struct {
	Sections []Section
	Funcs    []Func
	// Imported is how many functions the module imports; they come first
	// in the function index space, so Funcs[i] has index Imported+i.
	Imported int
}

// Package is the code of one Go package.
type Package struct {
	Path  string
	Size  int
	Funcs int
}

// Parse reads a WebAssembly binary.
func Parse(b []byte) (*Module, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, ErrNotWasm
	}
	m := &Module{}
	imported := 0
	var names map[int]string
	r := &reader{b: b, off: 8}
	for r.off < len(b) {
		id, sr, err := r.section("section")
		if err != nil {
			return nil, err
		}
		sec := Section{Name: sectionNames[id], Size: len(sr.b)}
		if sec.Name == "" {
			return nil, r.fail(ErrMalformed, fmt.Sprintf("unknown section id %d", id))
		}
		switch id {
		case custom:
			if sec.Name, err = sr.name("custom section name"); err == nil && sec.Name == "name" {
				names, err = funcNames(sr)
			}
		case imprt:
			imported, err = importedFuncs(sr)
		case code:
			m.Funcs, err = bodies(sr)
		}
		if err != nil {
			return nil, fmt.Errorf("in the %s section: %w", sec.Name, err)
		}
		m.Sections = append(m.Sections, sec)
	}
	for i := range m.Funcs {
		m.Funcs[i].Name = names[imported+i]
	}
	m.Imported = imported
	return m, nil
}

// importedFuncs counts the imported functions, which come first in the
// function index space the name section uses.
func importedFuncs(r *reader) (int, error) {
	count, err := r.uleb("import count")
	if err != nil {
		return 0, err
	}
	funcs := 0
	for range count {
		if _, err := r.name("import module"); err != nil {
			return 0, err
		}
		if _, err := r.name("import field"); err != nil {
			return 0, err
		}
		kind, err := r.byte("import kind")
		if err != nil {
			return 0, err
		}
		switch kind {
		case 0: // function: a type index
			funcs++
			_, err = r.uleb("import type")
		case 1: // table: a reference type, then limits
			if _, err = r.byte("table type"); err == nil {
				err = limits(r)
			}
		case 2: // memory
			err = limits(r)
		case 3: // global: a value type and mutability
			if _, err = r.byte("global type"); err == nil {
				_, err = r.byte("global mutability")
			}
		default:
			err = r.fail(ErrMalformed, fmt.Sprintf("import kind %d", kind))
		}
		if err != nil {
			return 0, err
		}
	}
	return funcs, nil
}

func limits(r *reader) error {
	flags, err := r.byte("limits")
	if err != nil {
		return err
	}
	if _, err := r.uleb("limits minimum"); err != nil {
		return err
	}
	if flags&1 != 0 {
		_, err = r.uleb("limits maximum")
	}
	return err
}

func bodies(r *reader) ([]Func, error) {
	count, err := r.uleb("function count")
	if err != nil {
		return nil, err
	}
	if count > len(r.b) {
		return nil, r.fail(ErrMalformed, "more functions than bytes")
	}
	funcs := make([]Func, 0, count)
	for range count {
		n, err := r.uleb("function size")
		if err != nil {
			return nil, err
		}
		if _, err := r.bytes(n, "function body"); err != nil {
			return nil, err
		}
		funcs = append(funcs, Func{Size: n})
	}
	return funcs, nil
}

// funcNames reads the function names subsection of the name section.
func funcNames(r *reader) (map[int]string, error) {
	names := map[int]string{}
	for r.off < len(r.b) {
		id, sr, err := r.section("name subsection")
		if err != nil {
			return nil, err
		}
		if id != 1 {
			continue
		}
		count, err := sr.uleb("name count")
		if err != nil {
			return nil, err
		}
		for range count {
			idx, err := sr.uleb("function index")
			if err != nil {
				return nil, err
			}
			if names[idx], err = sr.name("function name"); err != nil {
				return nil, err
			}
		}
	}
	return names, nil
}

// PackageOf returns the Go package of a function name:
// "github.com/a/b.(*T).M" is "github.com/a/b", "runtime.main" is
// "runtime". Go's wasm linker writes names with the path's slashes as
// underscores ("github.com_a_b.__T_.M", "encoding_json.Unmarshal"): those
// give the package as written there. Names that are not Go functions give
// "".
func PackageOf(sym string) string {
	if i := strings.IndexByte(sym, '['); i >= 0 { // generic instantiations
		sym = sym[:i]
	}
	start := 0
	if slash := strings.LastIndexByte(sym, '/'); slash >= 0 {
		start = slash + 1
	} else if d := domain.FindString(sym); d != "" {
		start = len(d) // the dots of a module's host are not the separator
	}
	dot := strings.IndexByte(sym[start:], '.')
	if dot < 0 || start+dot == 0 || strings.Contains(sym[:start+dot], ":") {
		return ""
	}
	return sym[:start+dot]
}

// domain matches the host of a module path in a mangled name.
var domain = regexp.MustCompile(`^([a-z0-9-]+\.)+(com|org|net|io|in|dev)_`)

// Packages sums the code of m by Go package, largest first. Functions
// without a Go name are counted under "(other)".
func (m *Module) Packages() []Package {
	by := map[string]*Package{}
	for _, f := range m.Funcs {
		p := PackageOf(f.Name)
		if p == "" {
			p = "(other)"
		}
		if by[p] == nil {
			by[p] = &Package{Path: p}
		}
		by[p].Size += f.Size
		by[p].Funcs++
	}
	out := make([]Package, 0, len(by))
	for _, p := range by {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Size != out[j].Size {
			return out[i].Size > out[j].Size
		}
		return out[i].Path < out[j].Path
	})
	return out
}
