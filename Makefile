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

$(WASM): $(SOURCES)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ ./cmd/kindly

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

test-unit:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./cmd/...
	$(GO) test ./...

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
	PATH="$(CURDIR)/.ci/bin:$$PATH" GOOS=js GOARCH=wasm $(GO) test -run='^$$' -bench=. -benchtime=3x -exec="$(shell $(GO) env GOPATH)/bin/wasmbrowsertest" ./internal/vault ./internal/i18n | grep -E 'Benchmark|ok'
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
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-w' -o bin/app-names.wasm ./cmd/kindly
	$(GO) run ./cmd/kindly -size-report bin/app-names.wasm
	@ls -l $(WASM) $(WASM).gz $(WASM).br | awk '{printf "%-22s %10d bytes\n", $$9, $$5}'

clean:
	rm -rf bin dist artefacts $(WASM) $(WASM).br $(WASM).gz
