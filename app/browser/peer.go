package browser

import "errors"

// The errors of pairing (peer_wasm.go) and scanning (scan_wasm.go), in
// every build, so that pages compile and test everywhere.

var (
	// ErrNoWebRTC: the browser cannot make peer connections.
	ErrNoWebRTC = errors.New("this browser cannot connect to another device directly")
	// ErrNoNetwork: gathering found no local address to offer.
	ErrNoNetwork = errors.New("this device is on no local network")
	// ErrConnect: the browser refused an offer, an answer or a step between.
	ErrConnect = errors.New("the devices could not agree on a connection")
	// ErrClosed: the channel is not open (yet, or any more).
	ErrClosed = errors.New("the connection to the other device is not open")
)

var (
	// ErrCamera: there is no camera, it is busy, or the page cannot use one.
	ErrCamera = errors.New("the camera could not be opened")
	// ErrCameraDenied: the person or the browser said no to the camera.
	ErrCameraDenied = errors.New("the camera is not allowed")
	// ErrNoReader: neither BarcodeDetector nor jsQR could be used.
	ErrNoReader = errors.New("no QR code reader could be loaded")
)
