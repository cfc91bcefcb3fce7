package store_test

import (
	"testing"

	"github.com/kindly/kindly/internal/store"
	"github.com/kindly/kindly/internal/store/storetest"
)

func TestMemory(t *testing.T) {
	storetest.Run(t, func(*testing.T) store.Store { return store.NewMemory() })
}

func TestCheckCollection(t *testing.T) {
	for _, c := range store.Collections {
		if err := store.CheckCollection(c); err != nil {
			t.Errorf("CheckCollection(%q) = %v", c, err)
		}
	}
	for _, c := range []string{"", "Entries", "entries ", "../entries"} {
		if err := store.CheckCollection(c); err == nil {
			t.Errorf("CheckCollection(%q) = nil, want an error", c)
		}
	}
}
