//go:build !(js && wasm)

package app

import (
	"context"
	"fmt"

	"github.com/kindly/kindly/internal/store"
)

// Outside the browser (server-side rendering) there is no user storage:
// lifecycle methods that would call these never run there.

func openBrowserStore(context.Context) (store.Store, error) {
	return nil, fmt.Errorf("%w: not in a browser", store.ErrUnavailable)
}

func readStorageStatus() (storageStatus, error) {
	return storageStatus{}, fmt.Errorf("%w: not in a browser", store.ErrUnavailable)
}
