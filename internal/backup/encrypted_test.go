package backup

import (
	"bytes"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/kindly/kindly/internal/vault"
)

var quick = vault.Params{KDF: "argon2id", Memory: 8 * 1024, Time: 1, Threads: 1}

func TestEncryptedBackup(t *testing.T) {
	doc := read(t, "valid.json")
	v, h, err := vault.New("a long passphrase", quick, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	file, err := Encrypt(doc, v, h)
	if err != nil {
		t.Fatal(err)
	}
	if !IsEncrypted(file) || IsEncrypted(doc) {
		t.Fatal("IsEncrypted does not tell the two apart")
	}
	if bytes.Contains(file, []byte("onerror")) || bytes.Contains(file, []byte("rest")) {
		t.Fatal("the encrypted file holds readable text")
	}
	got, err := Decrypt(file, "a long passphrase")
	if err != nil || !bytes.Equal(got, doc) {
		t.Fatalf("decrypt: %v", err)
	}
	if _, err := Decrypt(file, "another passphrase"); !errors.Is(err, vault.ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	damaged := bytes.Replace(file, []byte(`"ciphertext": "`), []byte(`"ciphertext": "AAAA`), 1)
	for name, data := range map[string][]byte{"damaged": damaged, "truncated": file[:len(file)/2], "not json": []byte("hello")} {
		if _, err := Decrypt(data, "a long passphrase"); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
	if _, err := Parse(file); !errors.Is(err, ErrInvalid) {
		t.Errorf("Parse of an encrypted file: %v", err)
	}
}

func FuzzDecrypt(f *testing.F) {
	v, h, _ := vault.New("a long passphrase", quick, rand.Reader)
	file, _ := Encrypt([]byte(`{"format":"kindly-backup","version":1}`), v, h)
	f.Add(file)
	f.Add([]byte(`{"format":"kindly-backup-encrypted","version":1,"kdf":{"version":1}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		Decrypt(data, "a long passphrase") // must not panic, whatever the file
	})
}
