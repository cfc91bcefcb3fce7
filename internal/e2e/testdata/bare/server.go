//go:build !wasm

package main

import (
	"context"
	"flag"
	"log"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	route()
	addr := flag.String("addr", "127.0.0.1:8001", "address to listen on")
	flag.Bool("quiet", true, "accepted for the test harness")
	flag.Parse()
	exe, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	dir := filepath.Dir(exe)
	mux := http.NewServeMux()
	mux.Handle("/web/", http.FileServer(http.Dir(dir))) // with the right MIME type for app.wasm
	// Local icons: go-app's defaults are remote, which would fail offline.
	mux.Handle("/", &app.Handler{Name: "Bare", Version: "bare", Icon: app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png"}})
	srv := &http.Server{Addr: *addr, Handler: mux}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		srv.Shutdown(context.Background())
	}()
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
