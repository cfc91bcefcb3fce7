package people

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/store"
)

func TestBook(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	b := Book{Store: store.NewMemory(), Now: func() time.Time { now = now.Add(time.Second); return now }}
	sam, err := b.Add(ctx, " Sam ", " +44 7700 900123 ")
	if err != nil || sam.Name != "Sam" || sam.Reach != "+44 7700 900123" {
		t.Fatalf("add: %+v, %v", sam, err)
	}
	if _, err := b.Add(ctx, "  ", "123"); !errors.Is(err, ErrEmpty) {
		t.Errorf("a person without a name: %v", err)
	}
	mum, _ := b.Add(ctx, "Mum", "usually awake early; call the landline")
	if err := b.Remove(ctx, sam.ID); err != nil {
		t.Fatal(err)
	}
	list, _ := b.List(ctx)
	all, _ := b.All(ctx)
	if len(list) != 1 || list[0].ID != mum.ID || len(all) != 2 {
		t.Errorf("after removing Sam: list %+v, all %d", list, len(all))
	}
}

func TestPhone(t *testing.T) {
	tests := []struct {
		reach, want string
		ok          bool
	}{
		{"+44 7700 900123", "+447700900123", true},
		{"(555) 010-0199", "5550100199", true},
		{"988", "988", true},
		{"call the landline", "", false},
		{"12", "12", false},
		{"+1 555 0100 ext 3", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := Person{Reach: tt.reach}.Phone()
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("Phone(%q) = %q, %v; want %q, %v", tt.reach, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add("0192f0c0-0000-7000-8000-000000000001", []byte(`{"id":"0192f0c0-0000-7000-8000-000000000001","name":"Sam","createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}`))
	f.Fuzz(func(t *testing.T, id string, data []byte) {
		p, err := Decode(store.Record{ID: id, Schema: 1, Data: data})
		if err == nil {
			if _, err := Encode(p); err != nil {
				t.Errorf("a decoded person does not encode: %v", err)
			}
		}
	})
}
