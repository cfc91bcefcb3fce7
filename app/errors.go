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
		return "Kindly is locked. Unlock it with your passphrase to see and save your journal; nothing is lost meanwhile."
	case errors.Is(err, vault.ErrWrongPassphrase):
		return "That passphrase doesn't open this journal. Check for a typo or Caps Lock, and try again."
	case errors.Is(err, vault.ErrWeak):
		return "A passphrase needs at least 8 characters. A few unrelated words make a strong one."
	case errors.Is(err, store.ErrQuota):
		return "Your device is out of space for Kindly, so this could not be saved. Your words are still here on screen: you might copy them somewhere safe, or free some space and try again."
	case errors.Is(err, store.ErrBlocked):
		return "Kindly was just updated, and another Kindly tab or window still runs the older version. Closing the other Kindly tabs lets this one open your journal; nothing is lost."
	case errors.Is(err, store.ErrUnavailable):
		return "This browser is not letting Kindly save anything right now (private browsing or blocked storage can do this). Breathing and mantras still work, but nothing you type will be kept. A normal window, or installing Kindly, usually fixes it."
	default:
		return "Something went wrong while saving. Nothing already saved was changed. Please try again in a moment; if it keeps happening, export a backup from Settings."
	}
}
