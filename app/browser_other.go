//go:build !(js && wasm)

package app

import "errors"

// Outside the browser these helpers have nothing to act on; the handlers
// that call them never run during server-side rendering.

var errNoBrowser = errors.New("not in a browser")

func announceChange()                                  {}
func onChange(func()) (stop func())                    { return func() {} }
func canShareFiles() bool                              { return false }
func shareFile(name, mime string, data []byte) error   { return errNoBrowser }
func saveFile(name, mime string, data []byte) error    { return errNoBrowser }
func readChosenFile(id string) ([]byte, string, error) { return nil, "", errNoBrowser }
func setValue(id, value string)                        {}
func clearPreferences()                                {}

func shareText(title, text string) (bool, error) { return false, errNoBrowser }
