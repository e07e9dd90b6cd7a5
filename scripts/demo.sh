#!/usr/bin/env bash
# The foundation demo behind `make run`: start the reference merchant on a free loopback
# port, send it a handful of signed deliveries, show what it verified, stop it.
set -euo pipefail
BIN=${1:-.build/release/yuno-sim}
export YUNO_API_KEY=${YUNO_API_KEY:-demo-api-key}
export YUNO_SECRET=${YUNO_SECRET:-demo-x-secret}
export YUNO_HMAC_SECRET=${YUNO_HMAC_SECRET:-demo-hmac-secret}

work=$(mktemp -d)
merchant_pid=""
cleanup() {
  [ -n "$merchant_pid" ] && kill "$merchant_pid" 2>/dev/null && wait "$merchant_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$BIN" merchant --port 0 --fail-below-retry 1 >"$work/merchant.log" 2>&1 &
merchant_pid=$!

# The merchant prints its URL on its first line once the socket is bound.
for _ in $(seq 1 100); do
  [ -s "$work/merchant.log" ] && break
  kill -0 "$merchant_pid" 2>/dev/null || { cat "$work/merchant.log"; exit 1; }
  sleep 0.1
done
url=$(head -n 1 "$work/merchant.log")
echo "==> reference merchant listening at $url (answers 500 while retry < 1)"
echo

send() { echo "\$ yuno-sim send $*"; "$BIN" send "$@" || true; echo; }
send payment.purchase --to "$url"
send payment.purchase --to "$url" --retry 1
send payment.fraud_screening --to "$url" --retry 1
send enrollment.enroll --to "$url" --retry 1
echo "\$ yuno-sim send payment.refund (with a wrong HMAC secret)"
"$BIN" send payment.refund --to "$url" --retry 1 --hmac-secret not-the-merchants || true
echo

echo "==> what the merchant verified"
tail -n +2 "$work/merchant.log"
echo
echo "The first try got 500 (retry 0 < --fail-below-retry 1), as a merchant outage would;"
echo "Yuno retries it. The forged signature got 401. Everything else was received (200)."
