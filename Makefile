# Overdue: build, run and test. `make help` lists the targets.
#
# Every target that needs system packages first runs scripts/deps.sh, which installs what is missing
# (or prints the exact command when it cannot). Set NODEPS=1 to skip that check.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Go from the official tarball is often installed here without being on PATH.
export PATH := $(PATH):/usr/local/go/bin
# Fyne's desktop driver is cgo (GLFW/OpenGL); only data/, reports/ and letters/ must build without it.
export CGO_ENABLED := 1

GO ?= go
# Fyne's fyne.Do threading migration (FyneApp.toml [Migrations] fyneDo = true) is switched on by this tag.
# Every go command below uses it.
TAGS := migrated_fynedo
GOTAGS := -tags $(TAGS)

BIN := bin/overdue
PKG ?= ./...
TESTFLAGS ?=
# Dependencies used through a patched copy in third_party/ (go.mod replace); ./... does not reach them.
PATCHED := codeberg.org/go-pdf/fpdf
# Packages that must build and test with CGO_ENABLED=0 (only those that exist are tested).
NOCGO_DIRS := data reports letters

BENCH ?= .
BENCHFLAGS ?=
BENCH_OUT := bin/bench.txt
FUZZTIME ?= 10s

SCREENSHOTS_DIR ?= docs/screenshots
# smoke and screenshots run in a virtual X server (scripts/xvfb.sh), with these time limits in seconds.
SMOKE_TIMEOUT ?= 120
SCREENSHOTS_TIMEOUT ?= 300

ARGS ?=
NODEPS ?=

.PHONY: help deps deps-build run build test vet cover bench smoke screenshots fuzz fmt fmt-check icon clean

help: ## list the targets
	@echo "Overdue make targets:"
	@awk -F':.*## ' '/^[a-z-]+:.*## / { printf "  %-12s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)
	@echo "Variables: BENCH=regexp FUZZTIME=$(FUZZTIME) PKG=$(PKG) ARGS='...' (for run) NODEPS=1 (skip deps check)"

deps: ## install missing build and test prerequisites (scripts/deps.sh)
	@if [ "$(NODEPS)" != 1 ]; then bash scripts/deps.sh; fi

deps-build: ## install missing build prerequisites only
	@if [ "$(NODEPS)" != 1 ]; then bash scripts/deps.sh --build; fi

run: deps-build ## run the app (ARGS='--db FILE aging' to pass arguments)
	$(GO) run $(GOTAGS) ./cmd/overdue $(ARGS)

build: deps-build ## build the binary into bin/overdue
	@mkdir -p bin
	$(GO) build $(GOTAGS) -trimpath -o $(BIN) ./cmd/overdue
	@echo "built $(BIN)"

vet: deps-build ## go vet every package
	$(GO) vet $(GOTAGS) $(PKG)

test: deps ## go vet, all tests (with cgo), then data/reports/letters again without cgo
	$(GO) vet $(GOTAGS) $(PKG)
	$(GO) test $(GOTAGS) $(TESTFLAGS) $(PKG)
	@echo "== go test $(PATCHED) (third_party: patched copies of dependencies)"
	@$(GO) test $(TESTFLAGS) $(PATCHED)
	@nocgo=""; \
	for d in $(NOCGO_DIRS); do if [ -d "$$d" ]; then nocgo="$$nocgo ./$$d/..."; fi; done; \
	if [ -n "$$nocgo" ]; then \
		echo "== CGO_ENABLED=0 go test$$nocgo"; \
		CGO_ENABLED=0 $(GO) test $(TESTFLAGS) $$nocgo; \
	else \
		echo "== CGO_ENABLED=0 run skipped: none of $(NOCGO_DIRS) exists yet"; \
	fi

cover: deps ## tests with a coverage profile (bin/coverage.out) and a per-function summary
	@mkdir -p bin
	$(GO) test $(GOTAGS) $(TESTFLAGS) -coverprofile=bin/coverage.out $(PKG)
	$(GO) tool cover -func=bin/coverage.out | tail -n 1

bench: deps-build ## run benchmarks (BENCH=regexp to filter); results also in bin/bench.txt
	@mkdir -p bin
	$(GO) test $(GOTAGS) -run '^$$' -bench '$(BENCH)' -benchmem -timeout 60m $(BENCHFLAGS) $(PKG) | tee $(BENCH_OUT)
	@echo "benchmark results saved in $(BENCH_OUT)"

smoke: deps build ## open the real window under Xvfb: bin/overdue --smoke must exit 0 within 120 s (SMOKE_TIMEOUT)
	@echo "== smoke: $(BIN) --smoke under Xvfb (limit $(SMOKE_TIMEOUT)s)"
	@rc=0; bash scripts/xvfb.sh $(SMOKE_TIMEOUT) $(BIN) --smoke || rc=$$?; \
	if [ $$rc -ne 0 ]; then echo "smoke: FAILED (exit code $$rc)" >&2; exit 1; fi; \
	echo "smoke: ok"

screenshots: deps build ## write PNGs of the main screens into docs/screenshots (under Xvfb)
	@mkdir -p $(SCREENSHOTS_DIR)
	bash scripts/xvfb.sh $(SCREENSHOTS_TIMEOUT) $(BIN) --screenshots $(SCREENSHOTS_DIR)
	@ls -l $(SCREENSHOTS_DIR)

fuzz: deps-build ## run every Fuzz* target for FUZZTIME each (default 10s)
	GO="$(GO)" bash scripts/fuzz.sh "$(FUZZTIME)" "$(TAGS)" $(PKG)

fmt: ## gofmt -w every Go file
	@git ls-files -z --cached --others --exclude-standard '*.go' | xargs -0 -r gofmt -l -w

fmt-check: ## fail if a Go file is not gofmt-formatted
	@bad=$$(git ls-files -z --cached --others --exclude-standard '*.go' | xargs -0 -r gofmt -l); \
	if [ -n "$$bad" ]; then echo "not gofmt-formatted (run make fmt):" >&2; echo "$$bad" >&2; exit 1; fi; \
	echo "gofmt: ok"

icon: ## render assets/icon.png from assets/icon.svg (needs rsvg-convert: apt-get install librsvg2-bin)
	@command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: sudo apt-get install librsvg2-bin" >&2; exit 1; }
	rsvg-convert -w 512 -h 512 assets/icon.svg -o assets/icon.png

clean: ## remove bin/ and coverage/profile files
	rm -rf bin
	rm -f coverage.out coverage.html *.prof *.pprof
