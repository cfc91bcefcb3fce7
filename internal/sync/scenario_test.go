package sync

import (
	"errors"
	"testing"
	"time"
)

var day0 = time.Date(2026, 1, 10, 8, 0, 0, 0, time.UTC)

// device is one side of a two-device story.
type device struct {
	clock *Clock
	recs  map[string]Record
}

func newDevice(id string) *device {
	return &device{clock: &Clock{Device: id}, recs: map[string]Record{}}
}

func (d *device) list() []Record {
	var out []Record
	for _, k := range sortedKeys(d.recs) {
		out = append(out, d.recs[k])
	}
	return out
}

func (d *device) create(id, text string, at time.Time) {
	d.recs[Entry+"/"+id] = Record{Kind: Entry, ID: id, Stamp: d.clock.Next(at, Stamp{}), Body: body(text)}
}

func (d *device) edit(id, text string, at time.Time) {
	cur := d.recs[Entry+"/"+id]
	d.recs[cur.key()] = Record{Kind: Entry, ID: id, Stamp: d.clock.Next(at, cur.Stamp), Fence: cur.Fence, Body: body(text)}
}

func (d *device) remove(id string, at time.Time) {
	cur := d.recs[Entry+"/"+id]
	d.recs[cur.key()] = Record{Kind: Entry, ID: id, Stamp: d.clock.Next(at, cur.Stamp), Deleted: true}
}

func (d *device) restore(id string, at time.Time) {
	cur := d.recs[Entry+"/"+id]
	d.recs[cur.key()] = Record{Kind: Entry, ID: id, Stamp: d.clock.Next(at, cur.Stamp), Fence: cur.Stamp, Body: body("restored")}
}

// receive merges from's records into d, as opening a sync file does.
func (d *device) receive(t *testing.T, from *device, at time.Time) Plan {
	t.Helper()
	p, err := Merge(d.list(), from.list())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range p.Put {
		d.recs[r.key()] = r
		d.clock.Observe(r.Stamp, at)
	}
	return p
}

func TestDeleteBeatsConcurrentEdit(t *testing.T) {
	for _, order := range []string{"phone first", "laptop first"} {
		t.Run(order, func(t *testing.T) {
			phone, laptop := newDevice("0a"), newDevice("0b")
			phone.create("x", "first words", day0)
			laptop.receive(t, phone, day0.Add(time.Hour))
			// The phone deletes; later the laptop, not knowing, edits.
			phone.remove("x", day0.Add(2*time.Hour))
			laptop.edit("x", "more words", day0.Add(3*time.Hour))
			var first, second *device = phone, laptop
			if order == "laptop first" {
				first, second = laptop, phone
			}
			p1 := first.receive(t, second, day0.Add(4*time.Hour))
			p2 := second.receive(t, first, day0.Add(4*time.Hour))
			for _, d := range []*device{phone, laptop} {
				if r := d.recs[Entry+"/x"]; !r.Deleted {
					t.Fatalf("the edit made without knowing of the delete won: %+v", r)
				}
			}
			// The laptop always hears that its edit lost; the phone hears of
			// it only if it merges before the laptop has given the edit up.
			onLaptop, onPhone := p2.Conflicts, p1.Conflicts
			if first == laptop {
				onLaptop, onPhone = p1.Conflicts, p2.Conflicts
			}
			if len(onLaptop) != 1 || !onLaptop[0].Here {
				t.Fatalf("the laptop's merge reported %+v, want its own edit, once", onLaptop)
			}
			wantPhone := 0
			if first == phone {
				wantPhone = 1
			}
			if len(onPhone) != wantPhone || wantPhone == 1 && onPhone[0].Here {
				t.Fatalf("the phone's merge reported %+v, want %d from the other device", onPhone, wantPhone)
			}
			for _, c := range append(onLaptop, onPhone...) {
				if string(c.Lost.Body) != string(body("more words")) {
					t.Errorf("the conflict lost %s, want the laptop's edit", c.Lost.Body)
				}
			}
		})
	}
}

func TestEditAfterRestoreWins(t *testing.T) {
	phone, laptop := newDevice("0a"), newDevice("0b")
	phone.create("x", "words", day0)
	laptop.receive(t, phone, day0)
	laptop.remove("x", day0.Add(time.Hour))
	phone.receive(t, laptop, day0.Add(2*time.Hour))
	phone.restore("x", day0.Add(3*time.Hour)) // undo, knowing of the delete
	laptop.receive(t, phone, day0.Add(4*time.Hour))
	if r := laptop.recs[Entry+"/x"]; r.Deleted || string(r.Body) != string(body("restored")) {
		t.Fatalf("a restore made after seeing the delete lost: %+v", r)
	}
}

func TestYearOfflineResurrectsNothing(t *testing.T) {
	for _, edited := range []bool{false, true} {
		phone, laptop := newDevice("0a"), newDevice("0b")
		for _, id := range []string{"a", "b", "c"} {
			phone.create(id, "words "+id, day0)
		}
		laptop.receive(t, phone, day0)
		for _, id := range []string{"a", "b", "c"} {
			phone.remove(id, day0.Add(time.Hour))
		}
		// The laptop sleeps in a drawer for a year, maybe edited once.
		later := day0.AddDate(1, 0, 0)
		if edited {
			laptop.edit("b", "edited before the delete was known", later)
		}
		phone.receive(t, laptop, later.Add(time.Hour))
		laptop.receive(t, phone, later.Add(time.Hour))
		for _, d := range []*device{phone, laptop} {
			for _, id := range []string{"a", "b", "c"} {
				if !d.recs[Entry+"/"+id].Deleted {
					t.Errorf("edited=%v: entry %s came back", edited, id)
				}
			}
		}
	}
}

func TestClockSkew(t *testing.T) {
	// A laptop whose clock runs a year ahead edits first; the phone, with
	// the right time, edits after seeing it: the phone's edit must win on
	// both, and the phone's clock must not follow the laptop's.
	phone, laptop := newDevice("0a"), newDevice("0b")
	phone.create("x", "words", day0)
	laptop.receive(t, phone, day0)
	laptop.edit("x", "from the future", day0.AddDate(1, 0, 0))
	phone.receive(t, laptop, day0.Add(time.Hour))
	phone.edit("x", "now", day0.Add(2*time.Hour))
	laptop.receive(t, phone, day0.AddDate(1, 0, 0))
	for name, d := range map[string]*device{"phone": phone, "laptop": laptop} {
		if r := d.recs[Entry+"/x"]; string(r.Body) != string(body("now")) {
			t.Errorf("%s: the later edit lost to the clock from the future: %s", name, r.Body)
		}
	}
	phone.create("y", "another", day0.Add(3*time.Hour))
	if at := phone.recs[Entry+"/y"].Stamp.Time(); at.After(day0.Add(3*time.Hour + Skew)) {
		t.Errorf("the phone's clock was dragged to %v by a clock a year ahead", at)
	}
	if s := clamp(Stamp{Wall: day0.UnixMilli(), Count: 3, Device: "0a"}, day0); s.Count != 3 {
		t.Errorf("clamp changed a stamp within the limit: %v", s)
	}
}

func TestMergeIsIdempotentAndCounts(t *testing.T) {
	phone, laptop := newDevice("0a"), newDevice("0b")
	for _, id := range []string{"a", "b", "c", "d"} {
		phone.create(id, id, day0)
	}
	laptop.create("z", "z", day0)
	p := laptop.receive(t, phone, day0)
	if p.Added[Entry] != 4 || p.Total() != 4 {
		t.Fatalf("first merge: %+v", p)
	}
	again := laptop.receive(t, phone, day0)
	if again.Total() != 0 || len(again.Put) != 0 || again.Unchanged != 4 {
		t.Fatalf("the same records a second time changed something: %+v", again)
	}
	phone.edit("a", "a2", day0.Add(time.Minute))
	phone.remove("b", day0.Add(time.Minute))
	p = laptop.receive(t, phone, day0.Add(time.Hour))
	if p.Changed[Entry] != 1 || p.Deleted[Entry] != 1 || p.Unchanged != 2 {
		t.Fatalf("edit and delete: %+v", p)
	}
}

func TestDrastic(t *testing.T) {
	for _, tc := range []struct {
		live, deleted int
		want          bool
	}{{100, 25, false}, {100, 26, true}, {8, 4, false}, {16, 5, true}, {4, 4, false}} {
		p := Plan{Deleted: map[string]int{Entry: tc.deleted, Mantra: 50}}
		if got := p.Drastic(tc.live); got != tc.want {
			t.Errorf("%d of %d entries deleted: Drastic = %v, want %v", tc.deleted, tc.live, got, tc.want)
		}
	}
}

func TestMergeRejectsDuplicates(t *testing.T) {
	r := Record{Kind: Entry, ID: "a", Stamp: Stamp{Wall: 1}, Body: body("a")}
	if _, err := Merge(nil, []Record{r, r}); !errors.Is(err, ErrDuplicate) {
		t.Errorf("incoming duplicate: %v", err)
	}
	if _, err := Merge([]Record{r, r}, nil); !errors.Is(err, ErrDuplicate) {
		t.Errorf("local duplicate: %v", err)
	}
}

func TestRecordValidate(t *testing.T) {
	ok := Record{Kind: Entry, ID: "a", Stamp: Stamp{Wall: 5}, Body: body("a")}
	for name, tc := range map[string]struct {
		edit func(*Record)
		ok   bool
	}{
		"fine":              {func(*Record) {}, true},
		"tombstone":         {func(r *Record) { r.Deleted, r.Body = true, nil }, true},
		"unknown kind":      {func(r *Record) { r.Kind = "draft" }, false},
		"no id":             {func(r *Record) { r.ID = "" }, false},
		"no stamp":          {func(r *Record) { r.Stamp = Stamp{} }, false},
		"tombstone w/ body": {func(r *Record) { r.Deleted = true }, false},
		"live w/o body":     {func(r *Record) { r.Body = nil }, false},
		"fence from future": {func(r *Record) { r.Fence = Stamp{Wall: 9} }, false},
	} {
		r := ok
		tc.edit(&r)
		if err := r.Validate(); (err == nil) != tc.ok {
			t.Errorf("%s: Validate() = %v", name, err)
		}
	}
}

func TestStampText(t *testing.T) {
	for _, s := range []Stamp{{}, {Wall: 1767225600000, Count: 7, Device: "3fa9c2d100e4b7a8"}, {Wall: 5}} {
		got, err := ParseStamp(s.String())
		if err != nil || got != s {
			t.Errorf("%v: round trip gave %v, %v", s, got, err)
		}
	}
	for _, bad := range []string{"", "1.2", "x.1.a", "1.x.a", "-1.0.a", "1.0.ZZ", "1.99999999999.a", "1.0.<script>"} {
		if _, err := ParseStamp(bad); !errors.Is(err, ErrStamp) {
			t.Errorf("ParseStamp(%q) = %v", bad, err)
		}
	}
}

func TestClockNeverGoesBack(t *testing.T) {
	c := &Clock{Device: "0a"}
	a := c.Next(day0, Stamp{})
	b := c.Next(day0.Add(-time.Hour), Stamp{}) // the wall clock stepped back
	if b.Compare(a) <= 0 {
		t.Fatalf("%v after %v", b, a)
	}
	remote := Stamp{Wall: day0.Add(time.Minute).UnixMilli(), Count: 4, Device: "0b"}
	c.Observe(remote, day0)
	if n := c.Next(day0, Stamp{}); n.Compare(remote) <= 0 {
		t.Fatalf("an edit after observing %v got %v", remote, n)
	}
	var none *Clock
	if s := none.Next(day0, Stamp{Wall: day0.UnixMilli() + 10}); s.Device != "" || s.Wall != day0.UnixMilli()+10 || s.Count != 1 {
		t.Errorf("nil clock: %v", s)
	}
}

func FuzzParseStamp(f *testing.F) {
	f.Add("1767225600000.7.3fa9c2d100e4b7a8")
	f.Add("0.0.")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseStamp(s)
		if err != nil {
			return
		}
		again, err := ParseStamp(p.String())
		if err != nil || again != p {
			t.Fatalf("%q → %v → %v, %v", s, p, again, err)
		}
	})
}
