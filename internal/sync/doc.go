// Package sync keeps one person's devices in step without an account or a
// server: every record (an entry, a mantra or favourite, a person) is a
// last-writer-wins register ordered by a hybrid logical clock; deletions
// are tombstones with no body, never pruned; and a delete beats an edit
// made without knowledge of it. Merge is commutative, associative and
// idempotent, so files and pairings can arrive in any order, any number of
// times. The package also writes and reads the sync file that carries the
// records, sealed with a key only the person's devices hold.
package sync
