package sync

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Bundle is what a sync file (or a pairing) carries: every record of one
// device, tombstones included.
type Bundle struct {
	Format  string    `json:"format"`
	Version int       `json:"version"`
	Device  string    `json:"device"`
	SentAt  time.Time `json:"sentAt"`
	Records []Record  `json:"records"`
}

// The bundle's identity.
const (
	Format  = "kindly-sync"
	Version = 1
)

// Encode writes b as JSON, format and version set, a record at a time.
func (b Bundle) Encode(pause Pause) ([]byte, error) {
	b.Format, b.Version = Format, Version
	records := b.Records
	b.Records = []Record{}
	head, err := json.Marshal(b)
	if err != nil {
		return nil, err
	}
	out := append(head[:len(head)-len("]}")], '\n')
	for i, r := range records {
		if i > 0 {
			out = append(out, ",\n"...)
		}
		out, err = appendRecord(out, r)
		if err != nil {
			return nil, err
		}
		pause.every(i, 50)
	}
	return append(out, "]}"...), nil
}

// appendRecord writes r's envelope with json and splices in its body as it
// is: bodies come from the store, already valid JSON, and re-checking
// megabytes of them would only cost the sender time.
func appendRecord(out []byte, r Record) ([]byte, error) {
	body := r.Body
	r.Body = nil
	env, err := json.Marshal(r)
	if err != nil || len(body) == 0 {
		return append(out, env...), err
	}
	out = append(out, env[:len(env)-1]...)
	out = append(out, `,"body":`...)
	out = append(out, body...)
	return append(out, '}'), nil
}

// ParseBundle reads an opened bundle and checks every record; one bad
// record rejects the whole bundle.
func ParseBundle(data []byte, pause Pause) (Bundle, error) {
	damaged := func(err error) (Bundle, error) { return Bundle{}, fmt.Errorf("%w: %v", ErrDamaged, err) }
	dec := json.NewDecoder(bytes.NewReader(data))
	var b Bundle
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return damaged(fmt.Errorf("not a JSON object"))
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return damaged(err)
		}
		switch tok {
		case "format":
			err = dec.Decode(&b.Format)
		case "version":
			if err = dec.Decode(&b.Version); err == nil && b.Version > Version {
				return Bundle{}, fmt.Errorf("%w: version %d", ErrNewer, b.Version)
			}
		case "device":
			err = dec.Decode(&b.Device)
		case "sentAt":
			err = dec.Decode(&b.SentAt)
		case "records":
			err = parseRecords(dec, &b, seen, pause)
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			if errors.Is(err, ErrRecord) || errors.Is(err, ErrDuplicate) {
				return Bundle{}, err
			}
			return damaged(err)
		}
	}
	if _, err := dec.Token(); err != nil {
		return damaged(err)
	}
	if dec.More() {
		return damaged(fmt.Errorf("more after the bundle"))
	}
	switch {
	case b.Format != Format:
		return Bundle{}, fmt.Errorf("%w: format %q", ErrNotSync, clip(b.Format))
	case b.Version > Version:
		return Bundle{}, fmt.Errorf("%w: version %d", ErrNewer, b.Version)
	case b.Version < 1:
		return Bundle{}, fmt.Errorf("%w: version %d", ErrDamaged, b.Version)
	}
	return b, nil
}

// parseRecords reads the records array one record at a time, checking
// each as it comes.
func parseRecords(dec *json.Decoder, b *Bundle, seen map[string]bool, pause Pause) error {
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return fmt.Errorf("records is not a list")
	}
	for i := 0; dec.More(); i++ {
		var r Record
		if err := dec.Decode(&r); err != nil {
			return err
		}
		if err := r.Validate(); err != nil {
			return err
		}
		if seen[r.key()] {
			return fmt.Errorf("%w: %s", ErrDuplicate, r.key())
		}
		seen[r.key()] = true
		b.Records = append(b.Records, r)
		pause.every(i, 50)
	}
	_, err := dec.Token()
	return err
}
