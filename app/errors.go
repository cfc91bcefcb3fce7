package app

import (
	"errors"

	"github.com/kindly/kindly/internal/store"
	"github.com/kindly/kindly/internal/vault"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// alert is the user-facing error message of a page (data-testid "error").
func alert(message string) goapp.UI {
	return goapp.Div().Class("alert").DataSet("testid", "error").Aria("role", "alert").Body(goapp.P().Text(message))
}

// storageMessage turns a storage error into words a worried person can act
// on. It never blames the user and says what still works.
func storageMessage(err error) string {
	switch {
	case errors.Is(err, ErrLocked):
		return tr("errors.locked")
	case errors.Is(err, vault.ErrWrongPassphrase):
		return tr("errors.wrong-passphrase")
	case errors.Is(err, vault.ErrWeak):
		return tr("errors.weak-passphrase")
	case errors.Is(err, store.ErrQuota):
		return tr("errors.quota")
	case errors.Is(err, store.ErrBlocked):
		return tr("errors.blocked")
	case errors.Is(err, store.ErrUnavailable):
		return tr("errors.unavailable")
	default:
		return tr("errors.other")
	}
}
