# yuno-sim — two commands do everything on a fresh machine:
#   make run    build (release) and run the shipped retry drills against the built-in merchant
#   make test   build and run the test suite
#   make bench  release build, then the throughput and scale benchmark (bench/RESULTS.md)
#   make dist   the release archive dist/yuno-sim-VERSION-linux-ARCH.tar.gz and its .sha256
#   make dist-check  that archive proven in a clean Debian bookworm root (root, downloads)
SWIFT   ?= swift
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/yuno-sim
# The one version number lives in YunoSimVersion.swift (the action reads it the same way).
VERSION := $(shell sed -n 's/^ *public static let current = "\(.*\)"$$/\1/p' Sources/YunoSimCore/Report/YunoSimVersion.swift)
ARCH    := $(shell uname -m)
ARCHIVE := dist/yuno-sim-$(VERSION)-linux-$(ARCH).tar.gz
# Its own scratch folder: the static link must not alternate with `make build`'s dynamic one.
DIST_BUILD := .build-dist/swift

.PHONY: run test bench build deps clean dist dist-check

## deps: libcurl's headers (Debian's libcurl4-openssl-dev), found through pkg-config.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcurl; then \
		echo "==> installing libcurl4-openssl-dev and pkg-config"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libcurl4-openssl-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c release

# Self-contained: each scenario starts the reference merchant on a free loopback port.
DRILLS := scenarios/quickstart.yaml scenarios/endpoint-drill.yaml scenarios/retry-recovers.yaml scenarios/retry-exhausted.yaml \
          scenarios/fraud-screening.yaml scenarios/oauth2.yaml

run: build
	$(RELEASE) run $(DRILLS) --journal .build/run-journal.jsonl

test: deps
	$(SWIFT) test

# The Swift runtime linked in, stripped. The man page comes from argument-parser's GenerateManual
# plugin, which builds the package and runs `yuno-sim --experimental-dump-help`: in debug, in
# .build (what `make test` builds), since `swift package` has no --static-swift-stdlib and that
# flag is in every compile command, so a release build beside the static one would compile
# everything twice; the help text is the same in either.
dist: deps
	$(SWIFT) package plugin generate-manual --configuration debug
	$(SWIFT) build -c release --static-swift-stdlib --product yuno-sim --scratch-path $(DIST_BUILD)
	packaging/pack.sh $(DIST_BUILD)/release/yuno-sim dist --strip \
		--manual .build/plugins/GenerateManual/outputs/yuno-sim/yuno-sim.1
	@echo "==> $(ARCHIVE): $$(du -h $(ARCHIVE) | cut -f1) ($$(stat -c %s $(ARCHIVE)) bytes), sha256 $$(cut -d' ' -f1 $(ARCHIVE).sha256)"
	@echo "==> ldd bin/yuno-sim:"; ldd $(DIST_BUILD)/release/yuno-sim | sed 's/^/   /'

# debootstrap's minimal bookworm plus packaging/runtime-packages.txt, cached in .build-dist/.
dist-check: dist
	@if ! command -v debootstrap >/dev/null 2>&1; then \
		echo "==> installing debootstrap"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq debootstrap >/dev/null; \
	fi
	$(SUDO) packaging/dist-check.sh $(ARCHIVE) $(notdir $(DRILLS))

# Timed runs live here, never in `make test`: nginx sink, wrk, curl, aiohttp, 1M-event scale.
bench: build
	bench/run.sh

# Keeps .build-dist/ (the cached Debian root and the dist build); remove it by hand.
clean:
	rm -rf .build dist
