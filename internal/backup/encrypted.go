package backup

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/kindly/kindly/internal/vault"
)

// EncryptedFormat names a backup whose document is sealed (DESIGN §3).
const EncryptedFormat = "kindly-backup-encrypted"

// Encrypted is an encrypted backup file: the lock's header (KDF settings
// and the wrapped data key), then the sealed backup document.
type Encrypted struct {
	Format     string       `json:"format"`
	Version    int          `json:"version"`
	KDF        vault.Header `json:"kdf"`
	Nonce      []byte       `json:"nonce"`
	Ciphertext []byte       `json:"ciphertext"`
}

// Encrypt seals a backup document with the journal's vault; the same
// passphrase that unlocks the journal opens the file.
func Encrypt(doc []byte, v *vault.Vault, h vault.Header) ([]byte, error) {
	nonce, ct, err := v.SealDocument(doc)
	if err != nil {
		return nil, err
	}
	return json.MarshalIndent(Encrypted{Format: EncryptedFormat, Version: 1, KDF: h, Nonce: nonce, Ciphertext: ct}, "", " ")
}

// IsEncrypted reports whether data claims to be an encrypted backup.
func IsEncrypted(data []byte) bool {
	var head struct {
		Format string `json:"format"`
	}
	return json.Unmarshal(data, &head) == nil && head.Format == EncryptedFormat
}

// Decrypt opens an encrypted backup with its passphrase and returns the
// backup document inside, for Parse or Import. A wrong passphrase wraps
// vault.ErrWrongPassphrase; a damaged file wraps ErrInvalid.
func Decrypt(data []byte, passphrase string) ([]byte, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: it is larger than %d MB", ErrInvalid, MaxSize>>20)
	}
	var e Encrypted
	if err := json.Unmarshal(data, &e); err != nil {
		return nil, fmt.Errorf("%w: %s", ErrInvalid, jsonProblem(data, err))
	}
	if e.Format != EncryptedFormat || e.Version != 1 {
		return nil, fmt.Errorf("%w: it is not a version 1 encrypted Kindly backup", ErrInvalid)
	}
	hdr, _ := json.Marshal(e.KDF)
	h, err := vault.ParseHeader(hdr)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	v, err := vault.Open(passphrase, h, rand.Reader)
	if err != nil {
		return nil, err
	}
	doc, err := v.OpenDocument(e.Nonce, e.Ciphertext)
	if errors.Is(err, vault.ErrTampered) {
		return nil, fmt.Errorf("%w: the encrypted part is damaged", ErrInvalid)
	}
	return doc, err
}
