package importer

import "encoding/json"

// JSON helpers shared by the parsers that stream JSON.

// skipValue reads the next value whole, however deep.
func skipValue(dec *json.Decoder) error {
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := t.(json.Delim); ok {
		return skipRest(dec, d)
	}
	return nil
}

// skipRest reads to the end of the array or object that d opened.
func skipRest(dec *json.Decoder, d json.Delim) error {
	if d != '[' && d != '{' {
		return nil
	}
	for depth := 1; depth > 0; {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('['), json.Delim('{'):
			depth++
		case json.Delim(']'), json.Delim('}'):
			depth--
		}
	}
	return nil
}

// present reports whether a JSON field was there and not null.
func present(raw json.RawMessage) bool {
	return len(raw) > 0 && string(raw) != "null"
}
