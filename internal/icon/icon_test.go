package icon

import (
	"bytes"
	"encoding/xml"
	"flag"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the committed icons in web/icons")

// The icons the app serves are the ones this package draws.
func TestCommittedIconsAreCurrent(t *testing.T) {
	dir := filepath.Join("..", "..", "web", "icons")
	for name, want := range Files() {
		path := filepath.Join(dir, name)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run: go test ./internal/icon -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale (run: go test ./internal/icon -update)", path)
		}
	}
}

func TestPNGSizesAndTransparency(t *testing.T) {
	for _, tc := range []struct {
		size       int
		maskable   bool
		cornerSeen bool
	}{{192, false, false}, {512, false, false}, {512, true, true}} {
		img, err := png.Decode(bytes.NewReader(PNG(tc.size, tc.maskable)))
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != tc.size || b.Dy() != tc.size {
			t.Fatalf("size %v, want %d", b, tc.size)
		}
		_, _, _, a := img.At(0, 0).RGBA()
		if (a != 0) != tc.cornerSeen {
			t.Errorf("%d maskable=%v: corner alpha %d", tc.size, tc.maskable, a)
		}
		_, _, _, a = img.At(tc.size/2, tc.size/4).RGBA()
		if a != 0xffff {
			t.Errorf("%d maskable=%v: centre is not opaque", tc.size, tc.maskable)
		}
	}
}

func TestMaskableContentInSafeZone(t *testing.T) {
	// Everything that is not tile colour must lie within 40 % of the centre.
	for y := 0.0; y < canvas; y += 2 {
		for x := 0.0; x < canvas; x += 2 {
			if c, _ := at(x, y, true); c != tile && dist(x, y, canvas/2, canvas/2) > 0.4*canvas {
				t.Fatalf("content at (%g,%g) is outside the safe zone", x, y)
			}
		}
	}
}

func TestSVGIsWellFormed(t *testing.T) {
	var v struct {
		XMLName xml.Name
		ViewBox string `xml:"viewBox,attr"`
	}
	if err := xml.Unmarshal(SVG(), &v); err != nil {
		t.Fatal(err)
	}
	if v.XMLName.Local != "svg" || v.ViewBox != "0 0 512 512" {
		t.Fatalf("root %q viewBox %q", v.XMLName.Local, v.ViewBox)
	}
}
