package wasmsize

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func uleb(n int) []byte {
	var b []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func vec(b []byte) []byte { return append(uleb(len(b)), b...) }

func section(id byte, body []byte) []byte { return append([]byte{id}, vec(body)...) }

// tiny builds a module with two imported functions, a memory import, three
// function bodies of 3, 5 and 130 bytes, a data section and a name section.
func tiny() []byte {
	imports := uleb(3)
	imports = append(imports, append(vec([]byte("go")), vec([]byte("debug"))...)...)
	imports = append(imports, 0, 0)
	imports = append(imports, append(vec([]byte("go")), vec([]byte("mem"))...)...)
	imports = append(imports, 2, 1, 1, 2) // memory, limits 1..2
	imports = append(imports, append(vec([]byte("go")), vec([]byte("wait"))...)...)
	imports = append(imports, 0, 0)

	code := uleb(3)
	for _, n := range []int{3, 5, 130} {
		code = append(code, vec(bytes.Repeat([]byte{0x01}, n))...)
	}
	names := uleb(3)
	for i, n := range []string{"runtime.main", "github.com/kindly/kindly/app.(*today).Render", "slices.Sort[go.shape.int]"} {
		names = append(names, uleb(2+i)...)
		names = append(names, vec([]byte(n))...)
	}
	nameSec := append(vec([]byte("name")), append([]byte{1}, vec(names)...)...)

	b := []byte("\x00asm\x01\x00\x00\x00")
	b = append(b, section(2, imports)...)
	b = append(b, section(10, code)...)
	b = append(b, section(11, bytes.Repeat([]byte{0}, 40))...)
	return append(b, section(0, nameSec)...)
}

func TestParseAttributesCodeToPackages(t *testing.T) {
	m, err := Parse(tiny())
	if err != nil {
		t.Fatal(err)
	}
	// Function 0 and 1 are imports: names 2, 3, 4 are the bodies of 3, 5
	// and 130 bytes.
	want := []Package{
		{"slices", 130, 1},
		{"github.com/kindly/kindly/app", 5, 1},
		{"runtime", 3, 1},
	}
	got := m.Packages()
	if len(got) != len(want) {
		t.Fatalf("packages %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("package %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestReportGolden(t *testing.T) {
	m, err := Parse(tiny())
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	m.Report(&out, 2)
	golden := filepath.Join("testdata", "tiny.golden")
	if *update {
		os.WriteFile(golden, out.Bytes(), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != string(want) {
		t.Errorf("report:\n%s\nwant:\n%s", out.String(), want)
	}
}

func TestReportWithoutNames(t *testing.T) {
	b := []byte("\x00asm\x01\x00\x00\x00")
	b = append(b, section(10, append(uleb(1), vec([]byte{1, 2})...))...)
	m, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	m.Report(&out, 5)
	if !bytes.Contains(out.Bytes(), []byte("link without -s")) {
		t.Errorf("report without names:\n%s", out.String())
	}
}

func TestPackageOf(t *testing.T) {
	for _, c := range []struct{ sym, want string }{
		{"runtime.main", "runtime"},
		{"github.com/kindly/kindly/app.(*today).Render", "github.com/kindly/kindly/app"},
		{"github.com/example/ui/v10/pkg/ui.(*engine).Start", "github.com/example/ui/v10/pkg/ui"},
		{"slices.Sort[go.shape.int]", "slices"},
		{"encoding/json.(*decodeState).value", "encoding/json"},
		{"gopkg.in/yaml.v3.Unmarshal", "gopkg.in/yaml"}, // a dot in the last element cannot be told apart
		{"github.com_example_ui_v10_pkg_ui.__engine_.Start", "github.com_example_ui_v10_pkg_ui"},
		{"golang.org_x_crypto_argon2.IDKey", "golang.org_x_crypto_argon2"},
		{"encoding_json.__decodeState_.value", "encoding_json"},
		{"unique.clone_go.shape.struct___net_netip.isV6_bool", "unique"},
		{"type:.eq.main.T", ""},
		{"wasm_pc_f_loop", ""},
		{"", ""},
	} {
		if got := PackageOf(c.sym); got != c.want {
			t.Errorf("PackageOf(%q) = %q, want %q", c.sym, got, c.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	whole := tiny()
	for _, c := range []struct {
		name string
		b    []byte
		want error
	}{
		{"empty", nil, ErrNotWasm},
		{"not wasm", []byte("\x7fELF\x02\x01\x01\x00"), ErrNotWasm},
		{"cut in a section", whole[:20], ErrTruncated},
		{"cut in the last byte", whole[:len(whole)-1], ErrTruncated},
		{"unknown section", append([]byte("\x00asm\x01\x00\x00\x00"), 99, 0), ErrMalformed},
		{"endless number", append([]byte("\x00asm\x01\x00\x00\x00"), 10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), ErrMalformed},
		{"more functions than bytes", append([]byte("\x00asm\x01\x00\x00\x00"), section(10, uleb(1000))...), ErrMalformed},
	} {
		if _, err := Parse(c.b); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(tiny())
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(b)
		if err != nil {
			return
		}
		total := 0
		for _, f := range m.Funcs {
			total += f.Size
		}
		if total > len(b) {
			t.Fatalf("function bodies of %d bytes in a %d-byte input", total, len(b))
		}
		m.Report(&bytes.Buffer{}, 3)
	})
}
