package sync

import (
	"errors"
	"strconv"
	"strings"
	gosync "sync"
	"time"
)

// ErrStamp is wrapped when a clock stamp cannot be read.
var ErrStamp = errors.New("sync: bad clock stamp")

// Skew is how far ahead of this device's wall clock its hybrid clock may
// be pulled by another device's stamps: a device whose clock is a year
// ahead must not drag every device's later edits a year ahead with it.
// The records keep the stamps they were made with, so that every device
// orders them alike; an edit made after seeing one still orders after it.
const Skew = 24 * time.Hour

// Stamp is a hybrid logical clock reading: wall-clock milliseconds, a
// counter for events within one millisecond (or while the wall clock is
// behind a stamp already seen), and the device that made it. Stamps are
// totally ordered by (Wall, Count, Device).
type Stamp struct {
	Wall   int64  // Unix milliseconds
	Count  uint32 // events at the same Wall
	Device string // who made it; empty for records older than sync
}

// Legacy is the stamp of a record written before records carried one:
// its update time, on no device. Such records need no rewriting.
func Legacy(updated time.Time) Stamp { return Stamp{Wall: updated.UnixMilli()} }

// VersionOf is the stamp of a stored record: its own, or for one written
// before records carried stamps, Legacy of its update time.
func VersionOf(stamp Stamp, updated time.Time) Stamp {
	if stamp.IsZero() && !updated.IsZero() {
		return Legacy(updated)
	}
	return stamp
}

// IsZero reports whether s is unset.
func (s Stamp) IsZero() bool { return s == Stamp{} }

// Compare orders stamps: -1 if s is older than t, 0 if equal, +1 if newer.
func (s Stamp) Compare(t Stamp) int {
	switch {
	case s.Wall != t.Wall:
		return cmp(s.Wall < t.Wall)
	case s.Count != t.Count:
		return cmp(s.Count < t.Count)
	case s.Device != t.Device:
		return cmp(s.Device < t.Device)
	}
	return 0
}

func cmp(less bool) int {
	if less {
		return -1
	}
	return 1
}

// Time is the wall-clock part of s.
func (s Stamp) Time() time.Time { return time.UnixMilli(s.Wall).UTC() }

// String is "wall.count.device", the form stamps are stored in.
func (s Stamp) String() string {
	return strconv.FormatInt(s.Wall, 10) + "." + strconv.FormatUint(uint64(s.Count), 10) + "." + s.Device
}

// MarshalText stores s as its String.
func (s Stamp) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads what MarshalText wrote.
func (s *Stamp) UnmarshalText(b []byte) error {
	p, err := ParseStamp(string(b))
	if err != nil {
		return err
	}
	*s = p
	return nil
}

// ParseStamp reads a stamp's String.
func ParseStamp(text string) (Stamp, error) {
	wall, rest, ok1 := strings.Cut(text, ".")
	count, device, ok2 := strings.Cut(rest, ".")
	w, err1 := strconv.ParseInt(wall, 10, 64)
	c, err2 := strconv.ParseUint(count, 10, 32)
	if !ok1 || !ok2 || err1 != nil || err2 != nil || w < 0 || !ValidDevice(device) {
		return Stamp{}, errors.Join(ErrStamp, errors.New(strconv.Quote(clip(text))))
	}
	return Stamp{Wall: w, Count: uint32(c), Device: device}, nil
}

// ValidDevice accepts the ids NewDevice makes (and the empty legacy one):
// short, lower-case hex, so a stamp can never smuggle in text.
func ValidDevice(d string) bool {
	if len(d) > 32 {
		return false
	}
	for _, r := range d {
		if (r < '0' || r > '9') && (r < 'a' || r > 'f') {
			return false
		}
	}
	return true
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// clamp returns s moved back to now+Skew if it is further in the future.
func clamp(s Stamp, now time.Time) Stamp {
	if limit := now.Add(Skew).UnixMilli(); s.Wall > limit {
		s.Wall, s.Count = limit, 0
	}
	return s
}

// Clock issues stamps for one device. It remembers the newest stamp it
// issued or observed, so a wall clock that steps back cannot make a later
// edit look older. A nil Clock stamps for no device and remembers nothing,
// which is what tools and older tests want.
type Clock struct {
	Device string
	mu     gosync.Mutex
	last   Stamp
}

// Next returns a stamp for an edit made now of a record whose current
// version is prev (zero for a new record): newer than prev and than
// anything this clock has issued or observed.
func (c *Clock) Next(now time.Time, prev Stamp) Stamp {
	var last Stamp
	device := ""
	if c != nil {
		c.mu.Lock()
		defer c.mu.Unlock()
		last, device = c.last, c.Device
	}
	wall := max(now.UnixMilli(), last.Wall, prev.Wall)
	var count uint32
	switch {
	case wall == last.Wall && wall == prev.Wall:
		count = max(last.Count, prev.Count) + 1
	case wall == last.Wall:
		count = last.Count + 1
	case wall == prev.Wall:
		count = prev.Count + 1
	}
	s := Stamp{Wall: wall, Count: count, Device: device}
	if c != nil {
		c.last = clamp(s, now)
	}
	return s
}

// After returns the stamp and fence of a new version of a record whose
// version now is prev (with fence, deleted or not): a tombstone knows
// only itself; an edit keeps the delete it knew of; and bringing back a
// deleted record knows of that delete, so it wins over it everywhere.
func (c *Clock) After(now time.Time, prev, fence Stamp, wasDeleted, deleted bool) (stamp, newFence Stamp) {
	stamp = c.Next(now, prev)
	switch {
	case deleted:
		return stamp, Stamp{}
	case wasDeleted:
		return stamp, prev
	}
	return stamp, fence
}

// Observe moves the clock past a stamp from another device, so that an
// edit made here after a merge orders after what was merged; a stamp more
// than Skew ahead of now moves it only that far.
func (c *Clock) Observe(s Stamp, now time.Time) {
	if c == nil {
		return
	}
	s = clamp(s, now)
	c.mu.Lock()
	defer c.mu.Unlock()
	if s.Wall > c.last.Wall || s.Wall == c.last.Wall && s.Count > c.last.Count {
		c.last = Stamp{Wall: s.Wall, Count: s.Count, Device: c.Device}
	}
}
