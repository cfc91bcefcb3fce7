// Package icon draws Kindly's app icon: a warm sun rising over a calm
// horizon on a violet tile. The same geometry gives the SVG and the PNGs
// (drawn here, so no image tool or remote file is needed).
package icon

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
)

// The design, on a 512×512 canvas.
const (
	canvas   = 512.0
	radius   = 112.0 // tile corner radius
	sunX     = 256.0
	sunY     = 292.0
	sunR     = 112.0
	horizonY = 300.0 // the sun is hidden below this line
	lineX0   = 104.0
	lineX1   = 408.0
	lineHalf = 10.0 // half the horizon line's thickness
)

var (
	tile    = color.NRGBA{0x5b, 0x4b, 0x8a, 0xff}
	sun     = color.NRGBA{0xf6, 0xc3, 0x8b, 0xff}
	horizon = color.NRGBA{0xfb, 0xf7, 0xf2, 0xff}
)

func hex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// SVG returns the scalable icon.
func SVG() []byte {
	return []byte(fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<rect width="512" height="512" rx="%g" fill="%s"/>
<path d="M%g %g A%g %g 0 0 1 %g %g Z" fill="%s"/>
<line x1="%g" y1="%g" x2="%g" y2="%g" stroke="%s" stroke-width="%g" stroke-linecap="round"/>
</svg>
`, radius, hex(tile),
		sunX-math.Sqrt(sunR*sunR-(horizonY-sunY)*(horizonY-sunY)), horizonY, sunR, sunR,
		sunX+math.Sqrt(sunR*sunR-(horizonY-sunY)*(horizonY-sunY)), horizonY, hex(sun),
		lineX0, horizonY, lineX1, horizonY, hex(horizon), 2*lineHalf))
}

// PNG draws the icon at size×size pixels. A maskable icon fills the whole
// square (the platform cuts its own shape); its content already sits inside
// the safe zone, a centred circle of 40 % radius.
func PNG(size int, maskable bool) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const ss = 4 // supersampling per axis, for smooth edges
	scale := canvas / float64(size)
	for py := range size {
		for px := range size {
			var r, g, b, a float64
			for sy := range ss {
				for sx := range ss {
					x := (float64(px) + (float64(sx)+0.5)/ss) * scale
					y := (float64(py) + (float64(sy)+0.5)/ss) * scale
					c, ok := at(x, y, maskable)
					if !ok {
						continue
					}
					r += float64(c.R)
					g += float64(c.G)
					b += float64(c.B)
					a++
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(r / a)), G: uint8(math.Round(g / a)), B: uint8(math.Round(b / a)),
				A: uint8(math.Round(a * 255 / (ss * ss))),
			})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err) // encoding an in-memory image to a buffer cannot fail
	}
	return buf.Bytes()
}

// at returns the colour at canvas point (x, y), or false outside the tile.
func at(x, y float64, maskable bool) (color.NRGBA, bool) {
	if !maskable && !inRoundedSquare(x, y) {
		return color.NRGBA{}, false
	}
	switch {
	case y >= horizonY-lineHalf && y <= horizonY+lineHalf && x >= lineX0 && x <= lineX1,
		dist(x, y, lineX0, horizonY) <= lineHalf, dist(x, y, lineX1, horizonY) <= lineHalf:
		return horizon, true
	case y < horizonY && dist(x, y, sunX, sunY) <= sunR:
		return sun, true
	}
	return tile, true
}

func inRoundedSquare(x, y float64) bool {
	cx := math.Min(math.Max(x, radius), canvas-radius)
	cy := math.Min(math.Max(y, radius), canvas-radius)
	return dist(x, y, cx, cy) <= radius
}

func dist(x0, y0, x1, y1 float64) float64 { return math.Hypot(x0-x1, y0-y1) }

// Files lists every icon file by name, as served under /web/icons/.
func Files() map[string][]byte {
	return map[string][]byte{
		"icon.svg":         SVG(),
		"icon-192.png":     PNG(192, false),
		"icon-512.png":     PNG(512, false),
		"maskable-512.png": PNG(512, true),
	}
}
