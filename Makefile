# yuno-sim — two commands do everything on a fresh machine:
#   make run    build (release) and run the shipped retry drills against the built-in merchant
#   make test   build and run the test suite
#   make bench  release build, then the throughput and scale benchmark (bench/RESULTS.md)
SWIFT   ?= swift
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/yuno-sim

.PHONY: run test bench build deps clean

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

# Timed runs live here, never in `make test`: nginx sink, wrk, curl, aiohttp, 1M-event scale.
bench: build
	bench/run.sh

clean:
	rm -rf .build
