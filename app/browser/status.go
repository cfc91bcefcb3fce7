package browser

// StorageStatus is what the browser says about Kindly's storage.
type StorageStatus struct {
	Known     bool  // the browser answered
	Persisted bool  // navigator.storage.persisted()
	Used      int64 // bytes, from navigator.storage.estimate()
	Quota     int64
}
