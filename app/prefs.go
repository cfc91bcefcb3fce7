package app

import "github.com/kindly/kindly/app/browser"

// On/off preferences are kept in localStorage as "1" or nothing.

// flagOn reads an on/off preference.
func flagOn(key string) bool { return browser.Preference(key) == "1" }

// setFlag stores an on/off preference.
func setFlag(key string, on bool) {
	v := ""
	if on {
		v = "1"
	}
	browser.SetPreference(key, v)
}
