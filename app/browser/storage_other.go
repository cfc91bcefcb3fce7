//go:build !(js && wasm)

package browser

import (
	"context"
	"fmt"

	"github.com/kindly/kindly/internal/store"
)

// Outside the browser (server-side rendering) there is no user storage:
// lifecycle methods that would call these never run there.

// OpenStore fails outside the browser, with store.ErrUnavailable.
func OpenStore(context.Context) (store.Store, error) {
	return nil, fmt.Errorf("%w: not in a browser", store.ErrUnavailable)
}

// ReadStorageStatus fails outside the browser, with store.ErrUnavailable.
func ReadStorageStatus() (StorageStatus, error) {
	return StorageStatus{}, fmt.Errorf("%w: not in a browser", store.ErrUnavailable)
}

// RequestPersistence has no browser to ask outside one.
func RequestPersistence(answered func()) {}
