package app

import (
	"sync"

	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// updateNews carries one piece of news to the mounted shells: a new
// version of Kindly has taken over. Kindly decides this itself (see
// WatchForUpdates) because go-app's signal also fires on the very first
// install, when there is nothing to reload for.
var updateNews news

// watchForUpdates tells the shells (the update banner) once a new version
// of Kindly has taken over. The first shell starts it when its page is
// ready (watchOnce), not the wasm's start: it compares the running version
// with the service worker's cache, so it learns of an update whenever it
// starts, and its setup was a twelfth of the start's second task.
func watchForUpdates() {
	browser.WatchForUpdates(goapp.Getenv("GOAPP_VERSION"), updateNews.announce)
}

// watchOnce starts watchForUpdates once.
var watchOnce sync.Once

type news struct {
	mu    sync.Mutex
	ready bool
	next  int
	subs  map[int]func()
}

// announce delivers the news once.
func (n *news) announce() {
	n.mu.Lock()
	if n.ready {
		n.mu.Unlock()
		return
	}
	n.ready = true
	subs := make([]func(), 0, len(n.subs))
	for _, f := range n.subs {
		subs = append(subs, f)
	}
	n.mu.Unlock()
	for _, f := range subs {
		f()
	}
}

// subscribe calls f when the news arrives; ready says if it already has.
func (n *news) subscribe(f func()) (ready bool, cancel func()) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.subs == nil {
		n.subs = map[int]func(){}
	}
	id := n.next
	n.next++
	n.subs[id] = f
	return n.ready, func() {
		n.mu.Lock()
		defer n.mu.Unlock()
		delete(n.subs, id)
	}
}
