//go:build js && wasm

package browser

import (
	"fmt"
	"strings"
	"sync"
	"syscall/js"
	"time"
)

// Reading QR codes with the camera: the browser's BarcodeDetector where it
// has one (Android, macOS, ChromeOS), else jsQR, a vendored same-origin
// script loaded on first use (the CSP allows script-src 'self').

const (
	scanEvery = 150 * time.Millisecond
	scanWidth = 640 // frames are scaled down to this: enough for a QR code, quick to read
	jsQRURL   = "/web/jsqr.js"
	jsQRID    = "kindly-jsqr"
)

// Scanner reads QR codes from the camera until it finds one or is stopped.
type Scanner struct {
	mu      sync.Mutex
	stopped bool
	stream  js.Value
	video   js.Value
}

// Scan shows the back camera in the <video> element with id videoID and
// calls found with the text of the first QR code it reads, then stops;
// or failed, once, if it cannot go on. Both run on the JavaScript event
// loop; neither is called after Stop.
func Scan(videoID string, found func(text string), failed func(err error)) *Scanner {
	s := &Scanner{}
	go func() {
		text, err := s.scan(videoID)
		if s.stop() {
			return
		}
		if err != nil {
			failed(err)
		} else {
			found(text)
		}
	}()
	return s
}

// Stop turns the camera off and ends the scan.
func (s *Scanner) Stop() { s.stop() }

// stop reports whether the scanner was stopped already.
func (s *Scanner) stop() (already bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	already, s.stopped = s.stopped, true
	if s.stream.Truthy() {
		tracks := s.stream.Call("getTracks")
		for i := range tracks.Length() {
			tracks.Index(i).Call("stop")
		}
		s.video.Set("srcObject", js.Null())
		s.stream = js.Undefined()
	}
	return already
}

func (s *Scanner) isStopped() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stopped
}

// scan reads frames until one holds a QR code; it returns "" and no
// error when stopped.
func (s *Scanner) scan(videoID string) (string, error) {
	doc := js.Global().Get("document")
	video := doc.Call("getElementById", videoID)
	if !video.Truthy() {
		return "", fmt.Errorf("%w: no video element %q", ErrCamera, videoID)
	}
	if err := s.open(video); err != nil || s.isStopped() {
		return "", err
	}
	read, err := qrReader()
	if err != nil {
		return "", err
	}
	canvas := doc.Call("createElement", "canvas")
	ctx := canvas.Call("getContext", "2d", map[string]any{"willReadFrequently": true})
	for !s.isStopped() {
		time.Sleep(scanEvery)
		w, h := video.Get("videoWidth").Int(), video.Get("videoHeight").Int()
		if video.Get("readyState").Int() < 2 || w == 0 || h == 0 { // no frame yet
			continue
		}
		if w > scanWidth {
			w, h = scanWidth, h*scanWidth/w
		}
		canvas.Set("width", w)
		canvas.Set("height", h)
		if try(func() { ctx.Call("drawImage", video, 0, 0, w, h) }) != nil {
			continue
		}
		if text, ok := read(canvas, ctx, w, h); ok {
			return text, nil
		}
	}
	return "", nil
}

// open starts the back camera (or any camera) in video.
func (s *Scanner) open(video js.Value) error {
	media := js.Global().Get("navigator").Get("mediaDevices")
	if !media.Truthy() || !media.Get("getUserMedia").Truthy() {
		return fmt.Errorf("%w: this page cannot use a camera", ErrCamera) // no camera API outside a secure context
	}
	stream, err := awaitPromise(media.Call("getUserMedia", map[string]any{
		"video": map[string]any{"facingMode": "environment"},
		"audio": false,
	}))
	if err != nil {
		if strings.Contains(err.Error(), "NotAllowedError") || strings.Contains(err.Error(), "SecurityError") {
			return fmt.Errorf("%w: %v", ErrCameraDenied, err)
		}
		return fmt.Errorf("%w: %v", ErrCamera, err)
	}
	s.mu.Lock()
	s.stream, s.video = stream, video
	s.mu.Unlock()
	if s.isStopped() { // Stop came while the camera was starting
		s.stop()
		return nil
	}
	video.Set("muted", true)
	video.Call("setAttribute", "playsinline", "") // iOS would go full screen
	video.Set("srcObject", stream)
	if _, err := awaitPromise(video.Call("play")); err != nil && !s.isStopped() {
		return fmt.Errorf("%w: %v", ErrCamera, err)
	}
	return nil
}

// A reader looks for a QR code in the frame drawn on the canvas.
type reader func(canvas, ctx js.Value, w, h int) (string, bool)

// qrReader is BarcodeDetector if it reads QR codes here, else jsQR.
func qrReader() (reader, error) {
	if detector := barcodeDetector(); detector.Truthy() {
		var fallback reader
		return func(canvas, ctx js.Value, w, h int) (string, bool) {
			if fallback != nil {
				return fallback(canvas, ctx, w, h)
			}
			codes, err := awaitPromise(detector.Call("detect", canvas))
			if err != nil {
				// It claimed QR codes but cannot read them: use jsQR instead.
				if jsQR, err := loadJSQR(); err == nil {
					fallback = jsQR
				}
				return "", false
			}
			if codes.Length() == 0 {
				return "", false
			}
			return codes.Index(0).Get("rawValue").String(), true
		}, nil
	}
	return loadJSQR()
}

func barcodeDetector() js.Value {
	bd := js.Global().Get("BarcodeDetector")
	if !bd.Truthy() {
		return js.Undefined()
	}
	formats, err := awaitPromise(bd.Call("getSupportedFormats"))
	if err != nil || !formats.Call("includes", "qr_code").Bool() {
		return js.Undefined()
	}
	var d js.Value
	if try(func() { d = bd.New(map[string]any{"formats": []any{"qr_code"}}) }) != nil {
		return js.Undefined()
	}
	return d
}

// loadJSQR adds the jsQR script to the page once and waits for it.
func loadJSQR() (reader, error) {
	if !js.Global().Get("jsQR").Truthy() {
		if err := loadScript(); err != nil {
			return nil, err
		}
	}
	jsQR := js.Global().Get("jsQR")
	options := map[string]any{"inversionAttempts": "attemptBoth"} // light on dark too
	return func(_, ctx js.Value, w, h int) (string, bool) {
		var found js.Value
		err := try(func() {
			img := ctx.Call("getImageData", 0, 0, w, h)
			found = jsQR.Invoke(img.Get("data"), w, h, options)
		})
		if err != nil || !found.Truthy() {
			return "", false
		}
		return found.Get("data").String(), true
	}, nil
}

// loadScript adds <script src=jsQRURL> unless a scan before added it,
// and waits for it to load. A script that failed is removed, so the next
// scan tries again.
func loadScript() error {
	doc := js.Global().Get("document")
	script := doc.Call("getElementById", jsQRID)
	if !script.Truthy() {
		script = doc.Call("createElement", "script")
		script.Set("id", jsQRID)
		script.Set("src", jsQRURL)
		doc.Get("head").Call("appendChild", script)
	}
	loaded := make(chan bool, 1)
	onLoad := js.FuncOf(func(js.Value, []js.Value) any { loaded <- true; return nil })
	onError := js.FuncOf(func(js.Value, []js.Value) any { loaded <- false; return nil })
	defer onLoad.Release()
	defer onError.Release()
	script.Call("addEventListener", "load", onLoad, map[string]any{"once": true})
	script.Call("addEventListener", "error", onError, map[string]any{"once": true})
	var ok bool
	select {
	case ok = <-loaded:
	case <-time.After(10 * time.Second):
	}
	script.Call("removeEventListener", "load", onLoad)
	script.Call("removeEventListener", "error", onError)
	if !ok || !js.Global().Get("jsQR").Truthy() {
		script.Call("remove")
		return fmt.Errorf("%w: %s did not load", ErrNoReader, jsQRURL)
	}
	return nil
}
