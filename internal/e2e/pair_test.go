//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/kindly/kindly/internal/qr"
)

// pair runs pairing from first to second and returns the time from the
// last pair-connect to pair-done on both. With camera set, second is made
// by it from the offer and reads the offer through its camera.
func pair(t *testing.T, first, second *device, base string, camera func(offer string) *device) time.Duration {
	t.Helper()
	first.open(t, base+"/settings")
	act(t, first.browser, chromedp.Click(tid("pair-start")), chromedp.WaitVisible(tid("pair-qr")))
	offer := eval[string](t, first.browser, `document.querySelector('[data-testid="pair-code"]').value`)
	eval[bool](t, first.browser, `(document.querySelector('[data-testid="pair-qr"]').scrollIntoView({block: "center"}), true)`)
	first.screenshot(t, "pairing-offer")
	if camera != nil {
		second = camera(offer)
	}
	second.open(t, base+"/settings")
	act(t, second.browser, chromedp.Click(tid("pair-join")))
	if camera != nil {
		act(t, second.browser, chromedp.Click(tid("pair-scan")))
	} else {
		typeText(t, second.browser, "pair-input", offer)
		act(t, second.browser, chromedp.Click(tid("pair-connect")))
	}
	act(t, second.browser, chromedp.WaitVisible(tid("pair-code")))
	answer := eval[string](t, second.browser, `document.querySelector('[data-testid="pair-code"]').value`)
	typeText(t, first.browser, "pair-input", answer)
	start := time.Now()
	act(t, first.browser, chromedp.Click(tid("pair-connect")))
	waitPaired(t, first, second)
	took := time.Since(start)
	second.screenshot(t, "pairing-done")
	t.Logf("pairing: connect to done on both in %v (offer %d characters, answer %d)", took.Round(time.Millisecond), len(offer), len(answer))
	return took
}

// waitPaired waits for pair-done on both devices, failing on an error.
func waitPaired(t *testing.T, first, second *device) {
	t.Helper()
	for _, d := range []*device{first, second} {
		waitFor(t, d.browser, "pair-done on the "+d.name, func() bool {
			return eval[bool](t, d.browser, `!!document.querySelector('[data-testid="pair-done"], [data-testid="pairing"] [data-testid="error"]')`)
		})
		if !eval[bool](t, d.browser, `!!document.querySelector('[data-testid="pair-done"]')`) {
			t.Fatalf("%s: pairing failed: %s", d.name, text(t, d.browser, "error"))
		}
	}
	for _, d := range []*device{first, second} {
		checkPeers(t, d)
	}
}

// checkPeers fails on any RTCPeerConnection made outside the pairing panel
// or with an ICE server.
func checkPeers(t *testing.T, d *device) {
	t.Helper()
	type made struct {
		Ice     int  `json:"ice"`
		Pairing bool `json:"pairing"`
	}
	for _, m := range eval[[]made](t, d.browser, `window.__rtc`) {
		if m.Ice != 0 || !m.Pairing {
			t.Errorf("%s: an RTCPeerConnection with %d ICE servers, in the pairing panel: %v", d.name, m.Ice, m.Pairing)
		}
	}
}

// qrVideo writes the code as a Y4M video that Chromium's fake camera
// plays in a loop: the QR code centred in a white 640×480 frame.
func qrVideo(t *testing.T, code string) string {
	c, err := qr.Encode([]byte(code), qr.M)
	if err != nil {
		t.Fatal(err)
	}
	const w, h = 640, 480
	scale := min(w, h) * 9 / 10 / (c.Size + 8)
	side, pix := c.Luma(scale, 4)
	frame := bytes.Repeat([]byte{255}, w*h)
	x0, y0 := (w-side)/2, (h-side)/2
	for y := range side {
		copy(frame[(y0+y)*w+x0:], pix[y*side:(y+1)*side])
	}
	chroma := bytes.Repeat([]byte{128}, w*h/2)
	var out bytes.Buffer
	fmt.Fprintf(&out, "YUV4MPEG2 W%d H%d F10:1 Ip A1:1 C420jpeg\n", w, h)
	for range 10 {
		out.WriteString("FRAME\n")
		out.Write(frame)
		out.Write(chroma)
	}
	return writeFile(t, "qr.y4m", out.Bytes())
}
