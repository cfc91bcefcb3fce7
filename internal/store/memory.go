package store

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Memory is a Store held in memory, for tests and as the reference
// implementation of the contract. The zero value is not usable; call NewMemory.
type Memory struct {
	mu     sync.Mutex
	closed bool
	data   map[string]map[string]Record
}

// NewMemory returns an empty in-memory store.
func NewMemory() *Memory {
	m := &Memory{data: make(map[string]map[string]Record)}
	for _, c := range Collections {
		m.data[c] = make(map[string]Record)
	}
	return m
}

func (m *Memory) check(ctx context.Context, collection string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if m.closed {
		return ErrClosed
	}
	return CheckCollection(collection)
}

// Get implements Store.
func (m *Memory) Get(ctx context.Context, collection, id string) (Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.check(ctx, collection); err != nil {
		return Record{}, err
	}
	r, ok := m.data[collection][id]
	if !ok {
		return Record{}, fmt.Errorf("%w: %s/%s", ErrNotFound, collection, id)
	}
	return clone(r), nil
}

// List implements Store.
func (m *Memory) List(ctx context.Context, collection string) ([]Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.check(ctx, collection); err != nil {
		return nil, err
	}
	ids := slices.Sorted(maps.Keys(m.data[collection]))
	out := make([]Record, len(ids))
	for i, id := range ids {
		out[i] = clone(m.data[collection][id])
	}
	return out, nil
}

// Last implements Store.
func (m *Memory) Last(ctx context.Context, collection string, n int) ([]Record, error) {
	all, err := m.List(ctx, collection)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(all, func(a, b Record) int {
		if c := strings.Compare(b.Sort, a.Sort); c != 0 {
			return c
		}
		return strings.Compare(b.ID, a.ID)
	})
	return all[:min(max(n, 0), len(all))], nil
}

// Apply implements Store.
func (m *Memory) Apply(ctx context.Context, changes ...Change) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	if m.closed {
		return ErrClosed
	}
	if err := Check(changes); err != nil {
		return err
	}
	for _, c := range changes {
		for _, r := range c.Put {
			m.data[c.Collection][r.ID] = clone(r)
		}
		for _, id := range c.Delete {
			delete(m.data[c.Collection], id)
		}
	}
	return nil
}

// Clear implements Store.
func (m *Memory) Clear(ctx context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	if m.closed {
		return ErrClosed
	}
	for _, c := range Collections {
		clear(m.data[c])
	}
	return nil
}

// Close implements Store.
func (m *Memory) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	return nil
}

// clone copies Data so callers never share a buffer with the store.
func clone(r Record) Record {
	r.Data = slices.Clone(r.Data)
	return r
}
