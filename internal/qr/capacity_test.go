package qr

import (
	"bytes"
	"errors"
	"slices"
	"strconv"
	"testing"

	"github.com/makiuchi-d/gozxing/qrcode/decoder"
)

// Character capacities of versions 1 to 40 from ISO/IEC 18004 table 7.
var capacities = []struct {
	level Level
	alnum bool
	max   [40]int
}{
	{L, false, [40]int{17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858, 929, 1003, 1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699, 2809, 2953}},
	{M, false, [40]int{14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331}},
	{L, true, [40]int{25, 47, 77, 114, 154, 195, 224, 279, 335, 395, 468, 535, 619, 667, 758, 854, 938, 1046, 1153, 1249, 1352, 1460, 1588, 1704, 1853, 1990, 2132, 2223, 2369, 2520, 2677, 2840, 3009, 3183, 3351, 3537, 3729, 3927, 4087, 4296}},
	{M, true, [40]int{20, 38, 61, 90, 122, 154, 178, 221, 262, 311, 366, 419, 483, 528, 600, 656, 734, 816, 909, 970, 1035, 1134, 1248, 1326, 1451, 1542, 1637, 1732, 1839, 1994, 2113, 2238, 2369, 2506, 2632, 2780, 2894, 3054, 3220, 3391}},
}

// TestVersionChoice checks the capacity edges: the longest payload that fits
// version v gets version v, one byte more gets v+1 (or ErrTooLong after 40).
func TestVersionChoice(t *testing.T) {
	for _, tc := range capacities {
		mode := map[bool]string{false: "bytes", true: "base32"}[tc.alnum]
		t.Run("LMQH"[tc.level:tc.level+1]+"/"+mode, func(t *testing.T) {
			fill := byte('a')
			if tc.alnum {
				fill = 'Z'
			}
			for i, n := range tc.max {
				v := i + 1
				for _, edge := range []struct{ n, want int }{{n, v}, {n + 1, v + 1}} {
					c, err := Encode(bytes.Repeat([]byte{fill}, edge.n), tc.level)
					switch {
					case edge.want > 40:
						if !errors.Is(err, ErrTooLong) {
							t.Errorf("%d bytes: err = %v, want ErrTooLong", edge.n, err)
						}
					case err != nil:
						t.Errorf("%d bytes: %v", edge.n, err)
					case c.Version() != edge.want:
						t.Errorf("%d bytes: version %d, want %d", edge.n, c.Version(), edge.want)
					}
				}
			}
		})
	}
}

// TestTablesMatchDecoder compares the block structure and alignment pattern
// positions of every version and level with gozxing's own tables.
func TestTablesMatchDecoder(t *testing.T) {
	zx := []decoder.ErrorCorrectionLevel{decoder.ErrorCorrectionLevel_L, decoder.ErrorCorrectionLevel_M, decoder.ErrorCorrectionLevel_Q, decoder.ErrorCorrectionLevel_H}
	for v := 1; v <= 40; v++ {
		t.Run(strconv.Itoa(v), func(t *testing.T) {
			ver, err := decoder.Version_GetVersionForNumber(v)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := rawModules(v)/8, ver.GetTotalCodewords(); got != want {
				t.Errorf("%d codewords, want %d", got, want)
			}
			if got, want := alignPositions(v), ver.GetAlignmentPatternCenters(); !slices.Equal(got, want) && len(want) > 0 {
				t.Errorf("alignment patterns at %v, want %v", got, want)
			}
			for _, l := range levels {
				ec := ver.GetECBlocksForLevel(zx[l])
				if got, want := int(eccPerBlock[l][v-1]), ec.GetECCodewordsPerBlock(); got != want {
					t.Errorf("level %d: %d ECC codewords per block, want %d", l, got, want)
				}
				if got, want := int(numBlocks[l][v-1]), ec.GetNumBlocks(); got != want {
					t.Errorf("level %d: %d blocks, want %d", l, got, want)
				}
			}
		})
	}
}
