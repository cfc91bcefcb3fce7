package sync

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/kindly/kindly/internal/vault"
)

// The sync file: a first line that says what it is, one line of JSON
// that says how its key is made, then the sealed bundle in base64 lines.
// It is text because share sheets pass text files and refuse most others.
const (
	magic     = "KINDLY-SYNC 1"
	chunkSize = 64 << 10 // bytes of bundle per sealed chunk
	lineWidth = 76
	// MaxFile bounds what is read: far above 10,000 entries (about 8 MB).
	MaxFile = 80 << 20
	// subkeyPurpose names the key a locked journal's data key gives files.
	subkeyPurpose = "kindly sync file v1"
)

// How a file's key is made.
const (
	KeyCode = "code" // a one-time code the sending device shows
	KeyLock = "lock" // the sending journal's passphrase
)

// Errors of the sync file. Each is wrapped with detail.
var (
	ErrNotSync  = errors.New("sync: not a Kindly sync file")
	ErrNewer    = errors.New("sync: made by a newer Kindly")
	ErrWrongKey = errors.New("sync: the code or passphrase does not open this file")
	ErrDamaged  = errors.New("sync: the file is damaged or was altered")
)

type header struct {
	Key   string        `json:"key"`
	KDF   *vault.Params `json:"kdf,omitempty"`   // for a code: Argon2id settings and salt
	Vault *vault.Header `json:"vault,omitempty"` // for a lock: the sender's wrapped data key
	Salt  []byte        `json:"salt,omitempty"`  // for a lock: salt of the file's subkey
	Size  int           `json:"size"`            // bytes of bundle
	// Check is a tag over nothing under the file's key: it tells a wrong
	// code from a damaged file, which the chunks alone cannot.
	Check []byte `json:"check"`
}

// Sealed is a sync file that has been read but not yet opened.
type Sealed struct {
	Key  string // KeyCode or KeyLock: what the person must type
	line []byte // the header line, bound into every chunk
	h    header
	body []byte
}

// CodeKDF is how a one-time code or a pairing secret becomes a file's key.
// The cheapest Argon2id the vault accepts is enough: a code has 60 random
// bits and a pairing secret 128, so guessing stays out of reach at any
// cost per guess, while a phone derives the key within one frame budget.
var CodeKDF = vault.Params{KDF: "argon2id", Memory: 8 * 1024, Time: 1, Threads: 1}

// Pause, when set, is called every so often in long loops, so that a
// single-threaded caller (the browser) can paint and answer input. It is
// called often (every few milliseconds of work): a caller that yields
// should do so only when enough time has passed.
type Pause func()

func (p Pause) every(i, n int) {
	if p != nil && i%n == n-1 {
		p()
	}
}

// SealWithCode writes bundle as a sync file opened by code. p gives the
// key derivation; a fresh salt is drawn from rand.
func SealWithCode(bundle []byte, code string, p vault.Params, rand io.Reader, pause Pause) ([]byte, error) {
	p.Salt = make([]byte, 16)
	if _, err := io.ReadFull(rand, p.Salt); err != nil {
		return nil, err
	}
	key, err := vault.Key(NormalizeCode(code), p)
	if err != nil {
		return nil, err
	}
	return write(bundle, header{Key: KeyCode, KDF: &p}, key, pause)
}

// SealWithVault writes bundle as a sync file that the passphrase of the
// journal with header h (unlocked as v) opens.
func SealWithVault(bundle []byte, v *vault.Vault, h vault.Header, rand io.Reader, pause Pause) ([]byte, error) {
	salt := make([]byte, 16)
	if _, err := io.ReadFull(rand, salt); err != nil {
		return nil, err
	}
	return write(bundle, header{Key: KeyLock, Vault: &h, Salt: salt}, v.Subkey(subkeyPurpose, salt), pause)
}

func write(bundle []byte, h header, key []byte, pause Pause) ([]byte, error) {
	aead := vault.AEAD(key)
	h.Size, h.Check = len(bundle), aead.Seal(nil, checkNonce, nil, []byte(checkAD))
	line, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	n := chunks(len(bundle))
	sealed := make([]byte, 0, len(bundle)+n*aead.Overhead())
	for i := range n {
		part := bundle[i*chunkSize : min((i+1)*chunkSize, len(bundle))]
		sealed = aead.Seal(sealed, nonce(i), part, ad(line, i, i == n-1))
		pause.every(i, 1)
	}
	out := make([]byte, 0, len(magic)+len(line)+base64.StdEncoding.EncodedLen(len(sealed))*(lineWidth+1)/lineWidth+4)
	out = append(append(append(out, magic+"\n"...), line...), '\n')
	const perLine = lineWidth / 4 * 3 // bytes of sealed data per line
	for i := 0; i < len(sealed); i += perLine {
		out = base64.StdEncoding.AppendEncode(out, sealed[i:min(i+perLine, len(sealed))])
		out = append(out, '\n')
		pause.every(i/perLine, 512)
	}
	return out, nil
}

// chunks is how many chunks a bundle of n bytes is sealed in: at least
// one, so that even an empty bundle is authenticated.
func chunks(n int) int { return max(1, (n+chunkSize-1)/chunkSize) }

// nonce is the chunk's index: every file has a key of its own (a fresh
// salt), so indices never repeat under one key.
func nonce(i int) []byte {
	n := make([]byte, 12)
	binary.BigEndian.PutUint64(n[4:], uint64(i))
	return n
}

// The key check's nonce lies beyond any chunk index, so it never repeats.
var checkNonce = []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}

const checkAD = "kindly sync key check"

// ad binds a chunk to the header, its place and whether it is the last,
// so chunks cannot be swapped, dropped or cut off, nor the header edited.
func ad(line []byte, i int, last bool) []byte {
	sum := sha256.Sum256(line)
	out := binary.BigEndian.AppendUint64(sum[:], uint64(i))
	if last {
		return append(out, 1)
	}
	return append(out, 0)
}

// IsFile reports whether data looks like a sync file (its first line).
func IsFile(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimPrefix(data, []byte("\ufeff")), []byte(magic))
}

// Read reads a sync file's header and body without opening it. Lines may
// have been re-wrapped or given CRLF endings on the way.
func Read(data []byte, pause Pause) (*Sealed, error) {
	if len(data) > MaxFile {
		return nil, fmt.Errorf("%w: it is over %d MB", ErrNotSync, MaxFile>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	first, rest, _ := bytes.Cut(data, []byte("\n"))
	if string(bytes.TrimSpace(first)) != magic {
		if bytes.HasPrefix(first, []byte("KINDLY-SYNC ")) {
			return nil, fmt.Errorf("%w: %q", ErrNewer, clip(string(bytes.TrimSpace(first))))
		}
		return nil, ErrNotSync
	}
	line, rest, _ := bytes.Cut(rest, []byte("\n"))
	line = bytes.TrimSpace(line)
	s := &Sealed{line: line}
	if err := json.Unmarshal(line, &s.h); err != nil {
		return nil, fmt.Errorf("%w: its second line: %v", ErrDamaged, err)
	}
	switch h := s.h; {
	case h.Key == KeyCode && h.KDF != nil && h.Vault == nil:
	case h.Key == KeyLock && h.Vault != nil && h.KDF == nil && len(h.Salt) >= 16:
	default:
		return nil, fmt.Errorf("%w: unknown key %q", ErrDamaged, clip(h.Key))
	}
	if s.h.Size < 0 || s.h.Size > MaxFile {
		return nil, fmt.Errorf("%w: size %d", ErrDamaged, s.h.Size)
	}
	body, err := unarmour(rest, s.h.Size+chunks(s.h.Size)*16, pause)
	if err != nil {
		return nil, err
	}
	s.body, s.Key = body, s.h.Key
	return s, nil
}

// unarmour decodes base64 lines of any width into want bytes.
func unarmour(text []byte, want int, pause Pause) ([]byte, error) {
	out := make([]byte, 0, want)
	var pending []byte
	for i := 0; len(text) > 0; i++ {
		var line []byte
		line, text, _ = bytes.Cut(text, []byte("\n"))
		pending = append(pending, bytes.TrimSpace(line)...)
		k := len(pending) / 4 * 4
		var err error
		if out, err = base64.StdEncoding.AppendDecode(out, pending[:k]); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
		}
		pending = append(pending[:0], pending[k:]...)
		if len(out) > want {
			break
		}
		pause.every(i, 512)
	}
	if len(pending) > 0 || len(out) != want {
		return nil, fmt.Errorf("%w: %d bytes where %d were sealed", ErrDamaged, len(out), want)
	}
	return out, nil
}

// OpenWithCode opens a file sealed with a one-time code.
func (s *Sealed) OpenWithCode(code string, pause Pause) ([]byte, error) {
	if s.Key != KeyCode {
		return nil, fmt.Errorf("%w: it needs a passphrase", ErrWrongKey)
	}
	key, err := vault.Key(NormalizeCode(code), *s.h.KDF)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	return s.open(key, pause)
}

// OpenWithPassphrase opens a file sealed under a locked journal's key.
func (s *Sealed) OpenWithPassphrase(passphrase string, pause Pause) ([]byte, error) {
	if s.Key != KeyLock {
		return nil, fmt.Errorf("%w: it needs the code", ErrWrongKey)
	}
	h, err := vault.ParseHeader(must(json.Marshal(s.h.Vault)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	v, err := vault.Open(passphrase, h, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWrongKey, err)
	}
	return s.open(v.Subkey(subkeyPurpose, s.h.Salt), pause)
}

func must(b []byte, _ error) []byte { return b }

// open checks the key, then checks and decrypts every chunk; any failure
// is the whole file's.
func (s *Sealed) open(key []byte, pause Pause) ([]byte, error) {
	aead := vault.AEAD(key)
	if _, err := aead.Open(nil, checkNonce, s.h.Check, []byte(checkAD)); err != nil {
		return nil, ErrWrongKey
	}
	n := chunks(s.h.Size)
	out := make([]byte, 0, s.h.Size)
	rest := s.body
	for i := range n {
		size := min(chunkSize, s.h.Size-i*chunkSize) + aead.Overhead()
		var err error
		out, err = aead.Open(out, nonce(i), rest[:size], ad(s.line, i, i == n-1))
		if err != nil {
			return nil, fmt.Errorf("%w: part %d of %d", ErrDamaged, i+1, n)
		}
		rest = rest[size:]
		pause.every(i, 1)
	}
	return out, nil
}
