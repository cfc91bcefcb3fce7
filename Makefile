# Kindly. `make run` builds and serves on http://127.0.0.1:8000;
# `make test` installs what the tests need and runs every test.
GO      ?= go
ADDR    ?= 127.0.0.1:8000
WASM    := web/app.wasm
BIN     := bin/kindly
SOURCES := $(shell find app cmd internal web -name '*.go' -not -path 'internal/e2e/*') go.mod go.sum
ASSETS  := $(shell find web -type f -not -name 'app.wasm*' -not -name '*.go')
# The version is a hash of what the browser downloads, so installed apps
# update exactly when the app changes.
VERSION  = $(shell cat $(WASM) $(ASSETS) app/worker.js app/appjs.go | sha256sum | cut -c1-12)

.PHONY: build run test test-unit test-wasm test-e2e static bench size audit clean deps

build: $(BIN)

# The client is built against go-app with cmd/kindly/goapp-client.patch
# applied: two of go-app's files import net/http for the server side only,
# and the patch keeps them out of GOOS=js builds, which leaves net/http,
# TLS and x509 out of app.wasm (about 330 KB brotli, and 38 package inits
# at start-up). The patched copy and a go.mod that points at it are made
# under bin/ from the module cache; the server builds against go-app as
# published. README, "go-app patch", says why and how to drop it.
GOAPP   := github.com/maxence-charriere/go-app/v10
WASMMOD := bin/wasm.mod
WASMBUILD = GOOS=js GOARCH=wasm $(GO) build -modfile=$(WASMMOD) -trimpath

$(WASMMOD): go.mod go.sum cmd/kindly/goapp-client.patch
	$(GO) mod download $(GOAPP)
	rm -rf bin/goapp && mkdir -p bin && cp -R "$$($(GO) list -m -f '{{.Dir}}' $(GOAPP))" bin/goapp && chmod -R u+w bin/goapp
	patch --quiet --forward -p1 -d bin/goapp < cmd/kindly/goapp-client.patch
	cp go.mod $@ && cp go.sum bin/wasm.sum
	echo 'replace github.com/maxence-charriere/go-app/v10 => ./bin/goapp' >> $@

$(WASM): $(SOURCES) $(WASMMOD)
	$(WASMBUILD) -ldflags='-s -w' -o $@ ./cmd/kindly

$(WASM).br $(WASM).gz &: $(WASM)
	$(GO) run ./cmd/kindly -precompress $(WASM)

$(BIN): $(WASM) $(WASM).br $(WASM).gz $(ASSETS) $(SOURCES) app/worker.js
	$(GO) build -trimpath -ldflags='-X main.version=$(VERSION)' -o $@ ./cmd/kindly

run: build
	$(BIN) -addr $(ADDR)

static: build
	rm -rf dist && $(BIN) -static dist

deps:
	./.ci/deps

test: deps build test-unit test-wasm test-e2e

test-unit: $(WASMMOD)
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./cmd/...
	GOOS=js GOARCH=wasm $(GO) vet -modfile=$(WASMMOD) ./cmd/...
	$(GO) test ./...
	@# The patch must keep doing its job: no net/http, TLS or x509 in the client.
	@if GOOS=js GOARCH=wasm $(GO) list -modfile=$(WASMMOD) -deps ./cmd/kindly | grep -qxE 'net/http|crypto/tls|crypto/x509'; then \
		echo "net/http is back in the client build (see goapp-client.patch)"; exit 1; fi

# wasmbrowsertest finds "chromium" in PATH; .ci/bin/chromium adds the flags.
test-wasm:
	PATH="$(CURDIR)/.ci/bin:$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 -timeout 5m -exec="$(shell $(GO) env GOPATH)/bin/wasmbrowsertest" ./app/browser ./internal/vault
	for tz in America/New_York Australia/Lord_Howe Asia/Kolkata; do \
		TZ=$$tz PATH="$(CURDIR)/.ci/bin:$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 -run '^TestDeviceZone$$' -exec="$(shell $(GO) env GOPATH)/bin/wasmbrowsertest" ./app/browser || exit 1; \
	done

test-e2e: build
	KINDLY_BIN=$(CURDIR)/$(BIN) $(GO) test -tags e2e -count=1 -timeout 12m ./internal/e2e/...

bench: build
	$(GO) test -run='^$$' -bench=. -benchmem ./internal/...
	PATH="$(CURDIR)/.ci/bin:$$PATH" GOOS=js GOARCH=wasm $(GO) test -run='^$$' -bench=. -benchtime=3x -exec="$(shell $(GO) env GOPATH)/bin/wasmbrowsertest" ./internal/vault ./internal/i18n ./internal/importer | grep -E 'Benchmark|ok'
	KINDLY_MEASURE=1 KINDLY_BIN=$(CURDIR)/$(BIN) $(GO) test -tags e2e -count=1 -timeout 15m -v -run '^TestBench$$' ./internal/e2e | grep -vE '^(=== RUN|=== PAUSE|=== CONT|Kindly )'
	@ls -l $(WASM) $(WASM).gz $(WASM).br | awk '{print $$5, $$9}'

# Lighthouse (mobile preset, median of 3) on /, /journal, /exercises and a
# bare go-app page: a table and artefacts/audit.json, targets marked.
audit: build
	./.ci/deps audit
	KINDLY_AUDIT=1 KINDLY_LIGHTHOUSE=$(CURDIR)/.ci/node/node_modules/.bin/lighthouse KINDLY_BIN=$(CURDIR)/$(BIN) $(GO) test -tags e2e -count=1 -timeout 20m -v -run '^TestAudit$$' ./internal/e2e | grep -vE '^(=== RUN|Kindly )'

# The same build as app.wasm, linked with its function names (without -s),
# so the code can be attributed to packages.
size: $(WASM).br
	$(WASMBUILD) -ldflags='-w' -o bin/app-names.wasm ./cmd/kindly
	$(GO) run ./cmd/kindly -size-report bin/app-names.wasm
	@ls -l $(WASM) $(WASM).gz $(WASM).br | awk '{printf "%-22s %10d bytes\n", $$9, $$5}'

clean:
	rm -rf bin dist artefacts $(WASM) $(WASM).br $(WASM).gz
