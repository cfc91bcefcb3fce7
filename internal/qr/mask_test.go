package qr

import "testing"

// TestLinePenalty checks rules 1 and 3 on single lines; modules beyond the
// ends count as light.
func TestLinePenalty(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"1010", 0},
		{"1111", 0},
		{"11111", 3},
		{"111111", 4},
		{"0000011111", 6},
		{"1111100000111", 6},
		{"00001011101", 40},
		{"10111010000", 40},
		{"1011101", 40},                // light beyond both ends: still one pattern
		{"11101110111", 0},             // dark on both sides
		{"111010111010", 40},           // light follows within four modules and beyond
		{"0000101110100001011101", 80}, // two patterns sharing the light gap
	}
	for _, tt := range tests {
		c := &Code{Size: len(tt.line), mod: make([]byte, len(tt.line))}
		for i := range tt.line {
			c.mod[i] = tt.line[i] - '0'
		}
		if got := c.line(0, 1); got != tt.want {
			t.Errorf("line(%s) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

func TestMaskChoice(t *testing.T) {
	c, err := Encode([]byte("KINDLY:MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPI"), M)
	if err != nil {
		t.Fatal(err)
	}
	_, chosen, ok := formatLevel(c)
	if !ok {
		t.Fatal("no valid format information")
	}
	scores := make([]int, 8)
	for m := range 8 {
		c, _ := encode([]byte("KINDLY:MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPI"), M, m)
		scores[m] = c.penalty()
	}
	for m, s := range scores {
		if s < scores[chosen] || s == scores[chosen] && m < chosen {
			t.Errorf("mask %d chosen with penalty %d, but mask %d scores %d", chosen, scores[chosen], m, s)
		}
	}
}
