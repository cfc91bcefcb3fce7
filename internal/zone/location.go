package zone

import (
	"encoding/binary"
	"errors"
	"math"
	"time"
)

// ErrRules is returned when the offsets do not make a valid set of rules.
var ErrRules = errors.New("zone: bad time-zone rules")

// Location is a time.Location called name that has offset initial before
// the first transition, follows ts (in order) and, after the last, the
// rule that the last years followed, if any. to is where the scan that
// found ts ended.
func Location(name string, initial int, ts []Transition, to int64) (*time.Location, error) {
	for i := 1; i < len(ts); i++ {
		if ts[i].At <= ts[i-1].At {
			return nil, ErrRules
		}
	}
	data, err := tzif(initial, ts, footer(initial, ts, to))
	if err != nil {
		return nil, err
	}
	loc, err := time.LoadLocationFromTZData(name, data)
	if err != nil {
		return nil, errors.Join(ErrRules, err)
	}
	return loc, nil
}

// ltype is a TZif local time type.
type ltype struct {
	offset int
	dst    bool
}

// tzif encodes the rules in the tz database's binary format (RFC 8536,
// version 2), which time.LoadLocationFromTZData reads. A change is marked
// daylight saving when it moves the clock forward from the offsets on
// both sides of it, as summer time does.
func tzif(initial int, ts []Transition, footer string) ([]byte, error) {
	types := []ltype{{offset: initial}}
	idx := make([]byte, len(ts))
	for i, t := range ts {
		prev := initial
		if i > 0 {
			prev = ts[i-1].Offset
		}
		dst := t.Offset > prev && (i == len(ts)-1 || t.Offset > ts[i+1].Offset)
		idx[i] = byte(typeIndex(&types, ltype{t.Offset, dst}))
	}
	var chars []byte
	names := make([]int, len(types))
	for i, lt := range types {
		if len(chars) > math.MaxUint8 {
			return nil, ErrRules
		}
		names[i] = len(chars)
		chars = append(append(chars, abbrev(lt.offset)...), 0)
	}

	var b []byte
	// The version 1 block, with the changes a 32-bit time can hold.
	lo, hi := 0, len(ts)
	for lo < hi && ts[lo].At < math.MinInt32 {
		lo++
	}
	for hi > lo && ts[hi-1].At > math.MaxInt32 {
		hi--
	}
	b = block(b, ts[lo:hi], idx[lo:hi], types, names, chars, 4)
	b = block(b, ts, idx, types, names, chars, 8)
	return append(b, "\n"+footer+"\n"...), nil
}

func typeIndex(types *[]ltype, lt ltype) int {
	for i, t := range *types {
		if t == lt {
			return i
		}
	}
	*types = append(*types, lt)
	return len(*types) - 1
}

// block appends a header and data block with times of size bytes.
func block(b []byte, ts []Transition, idx []byte, types []ltype, names []int, chars []byte, size int) []byte {
	b = append(b, "TZif2"...)
	b = append(b, make([]byte, 15)...)
	for _, n := range []int{0, 0, 0, len(ts), len(types), len(chars)} { // isut, isstd, leap, time, type, char
		b = binary.BigEndian.AppendUint32(b, uint32(n))
	}
	for _, t := range ts {
		if size == 4 {
			b = binary.BigEndian.AppendUint32(b, uint32(int32(t.At)))
		} else {
			b = binary.BigEndian.AppendUint64(b, uint64(t.At))
		}
	}
	b = append(b, idx...)
	for i, lt := range types {
		b = binary.BigEndian.AppendUint32(b, uint32(int32(lt.offset)))
		dst := byte(0)
		if lt.dst {
			dst = 1
		}
		b = append(b, dst, byte(names[i]))
	}
	return append(b, chars...)
}
