package sync

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// SummaryFormat names a Summary, as Format names a Bundle.
const SummaryFormat = "kindly-sync-summary"

// Meta is what orders one record, without its body: enough for
// another device to tell which of its records this one lacks.
type Meta struct {
	Kind    string `json:"k"`
	ID      string `json:"id"`
	Stamp   Stamp  `json:"hlc"`
	Fence   Stamp  `json:"fence,omitzero"`
	Deleted bool   `json:"del,omitempty"`
}

// Summary lists the version of every record of one device. Pairing sends
// summaries first, so that each device then sends only the records that
// change the other: a few hundred, not ten thousand.
type Summary struct {
	Format   string `json:"format"`
	Version  int    `json:"version"`
	Device   string `json:"device"`
	Versions []Meta `json:"versions"`
}

// Summarize lists the versions of records.
func Summarize(recs []Record, device string) Summary {
	s := Summary{Format: SummaryFormat, Version: Version, Device: device, Versions: make([]Meta, len(recs))}
	for i, r := range recs {
		s.Versions[i] = Meta{Kind: r.Kind, ID: r.ID, Stamp: r.Stamp, Fence: r.Fence, Deleted: r.Deleted}
	}
	return s
}

// Encode writes s as JSON.
func (s Summary) Encode() ([]byte, error) { return json.Marshal(s) }

// ParseSummary reads and checks a summary.
func ParseSummary(data []byte) (Summary, error) {
	var s Summary
	if err := json.Unmarshal(data, &s); err != nil {
		return Summary{}, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	switch {
	case s.Format != SummaryFormat:
		return Summary{}, fmt.Errorf("%w: format %q", ErrNotSync, clip(s.Format))
	case s.Version > Version:
		return Summary{}, fmt.Errorf("%w: version %d", ErrNewer, s.Version)
	}
	seen := make(map[string]bool, len(s.Versions))
	for _, v := range s.Versions {
		r := v.record()
		if !r.Deleted {
			r.Body = json.RawMessage(`{}`) // a summary carries no bodies
		}
		if err := r.Validate(); err != nil {
			return Summary{}, err
		}
		if seen[r.key()] {
			return Summary{}, fmt.Errorf("%w: %s", ErrDuplicate, r.key())
		}
		seen[r.key()] = true
	}
	return s, nil
}

func (v Meta) record() Record {
	return Record{Kind: v.Kind, ID: v.ID, Stamp: v.Stamp, Fence: v.Fence, Deleted: v.Deleted}
}

// Needed returns the records of mine that would change a device whose
// versions are theirs: those it lacks, and those that win over its own.
// Merging them there gives what merging all of mine would.
func Needed(mine []Record, theirs Summary) []Record {
	have := make(map[string]Meta, len(theirs.Versions))
	for _, v := range theirs.Versions {
		have[v.Kind+"/"+v.ID] = v
	}
	var out []Record
	for _, r := range mine {
		v, ok := have[r.key()]
		if !ok {
			out = append(out, r)
			continue
		}
		o := v.record()
		if w := winnerByVersion(r, o); same(w, r) && !same(r, o) {
			out = append(out, r)
		}
	}
	return out
}

// winnerByVersion is Winner for a record against a bodiless version: a
// tie of stamps is one version, whatever the bodies.
func winnerByVersion(r, o Record) Record {
	if same(r, o) {
		return o
	}
	return Winner(r, o)
}

// FormatOf reads the format a bundle or summary declares (its first
// field), without decoding the rest.
func FormatOf(data []byte) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return ""
	}
	if key, err := dec.Token(); err != nil || key != "format" {
		return ""
	}
	var f string
	if dec.Decode(&f) != nil {
		return ""
	}
	return f
}
