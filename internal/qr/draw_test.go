package qr

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func art(c *Code) []byte {
	var b bytes.Buffer
	for y := range c.Size {
		for x := range c.Size {
			b.WriteByte(".#"[btoi(c.Dark(x, y))])
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestGolden pins the exact symbols, drawn as text art, for fixed payloads.
func TestGolden(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		level   Level
		version int
	}{
		{"pairing-m", "KINDLY:MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPI", M, 3},
		{"bytes-l", "https://kindly.example/pair#hello, world", L, 3},
		{"version7-h", "VERSION INFORMATION BLOCKS APPEAR FROM VERSION 7 ON: 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ", H, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Encode([]byte(tt.data), tt.level)
			if err != nil {
				t.Fatal(err)
			}
			if c.Version() != tt.version {
				t.Errorf("version %d, want %d", c.Version(), tt.version)
			}
			checkDecode(t, c, []byte(tt.data), tt.level)
			got := art(c)
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("symbol differs from %s:\n%s", path, got)
			}
		})
	}
}

// parsePath reads back the rectangles that Path draws, one "h n v1 h-n z"
// subpath per run, and returns the dark modules as a set and the number of
// runs.
func parsePath(t *testing.T, p string) (map[[2]int]bool, int) {
	t.Helper()
	i := 0
	num := func() int {
		j := i
		if j < len(p) && p[j] == '-' {
			j++
		}
		for j < len(p) && '0' <= p[j] && p[j] <= '9' {
			j++
		}
		n, err := strconv.Atoi(p[i:j])
		if err != nil {
			t.Fatalf("bad number at %d in %q", i, p)
		}
		i = j
		return n
	}
	expect := func(s string) {
		if !bytes.HasPrefix([]byte(p[i:]), []byte(s)) {
			t.Fatalf("want %q at %d in %q", s, i, p)
		}
		i += len(s)
	}
	dark := map[[2]int]bool{}
	runs, x, y := 0, 0, 0
	for i < len(p) {
		cmd := p[i]
		i++
		dx := num()
		expect(" ")
		dy := num()
		switch {
		case cmd == 'M' && runs == 0:
			x, y = dx, dy
		case cmd == 'm' && runs > 0:
			x, y = x+dx, y+dy
		default:
			t.Fatalf("unexpected %q at %d", cmd, i-1)
		}
		expect("h")
		n := num()
		expect("v1h-")
		if num() != n || n < 1 {
			t.Fatalf("subpath %d is not a run rectangle", runs)
		}
		expect("z")
		for k := range n {
			dark[[2]int{x + k, y}] = true
		}
		runs++
	}
	return dark, runs
}

func TestPath(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, tt := range []struct{ n, quiet int }{{0, 0}, {10, 4}, {100, 2}, {1000, 0}} {
		data := randomPayload(r, tt.n, true)
		c, err := Encode(data, M)
		if err != nil {
			t.Fatal(err)
		}
		got, runs := parsePath(t, c.Path(tt.quiet))
		wantRuns := 0
		for y := -tt.quiet; y < c.Size+tt.quiet; y++ {
			for x := -tt.quiet; x < c.Size+tt.quiet; x++ {
				if got[[2]int{x + tt.quiet, y + tt.quiet}] != c.Dark(x, y) {
					t.Fatalf("%d bytes, quiet %d: module (%d, %d) dark %v in path", tt.n, tt.quiet, x, y, !c.Dark(x, y))
				}
				if c.Dark(x, y) && !c.Dark(x-1, y) {
					wantRuns++
				}
			}
		}
		if runs != wantRuns {
			t.Errorf("%d bytes: %d subpaths, want one per run: %d", tt.n, runs, wantRuns)
		}
	}
}
