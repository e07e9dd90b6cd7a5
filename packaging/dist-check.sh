#!/usr/bin/env bash
# make dist-check: proves a dist archive on a clean Debian bookworm root that has nothing but
# debootstrap's minimal base and the packages in packaging/runtime-packages.txt (what the
# Containerfile's runtime stage installs too). The root is cached under .build-dist/ and made
# again when the package list changes. Needs root (debootstrap, chroot, mount) and the Debian
# mirror; not part of `make test`.
#
#   packaging/dist-check.sh dist/yuno-sim-VERSION-linux-ARCH.tar.gz [SCENARIO_NAME…]
#
# SCENARIO_NAMEs (file names in the archive's scenarios folder) are run; every shipped
# scenario is validated.
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:?usage: dist-check.sh ARCHIVE [SCENARIO_NAME…]}
shift
drills=("$@")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$PWD/.build-dist/bookworm-root
mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' packaging/runtime-packages.txt | grep -v '^$')
recipe="bookworm minbase ${packages[*]}"

say() { printf '==> %s\n' "$*"; }
fail() { printf 'dist-check: FAILED: %s\n' "$*" >&2; exit 1; }

mounted=()
cleanup() {
    local status=$?
    [ -n "${merchant_pid:-}" ] && kill "$merchant_pid" 2>/dev/null && wait "$merchant_pid" 2>/dev/null
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}"; done
    exit "$status"
}
trap cleanup EXIT
mount_proc() {  # /proc inside the root: apt and the Swift runtime read it
    mountpoint -q "$1/proc" || { mount -t proc proc "$1/proc"; mounted+=("$1/proc"); }
}

# The root, made once per package list: debootstrap's minbase, then exactly the runtime packages.
if [ ! -f "$root/.yuno-sim-root" ] || [ "$(cat "$root/.yuno-sim-root")" != "$recipe" ]; then
    say "making a Debian bookworm root ($recipe) in .build-dist/ from $mirror"
    building=$root.partial
    for dir in "$root" "$building"; do
        if [ -d "$dir" ]; then
            mountpoint -q "$dir/proc" && umount "$dir/proc"
            rm -rf --one-file-system "$dir"
        fi
    done
    mkdir -p "$(dirname "$root")"
    debootstrap --variant=minbase bookworm "$building" "$mirror"
    mount_proc "$building"
    chroot "$building" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${packages[@]}"
    chroot "$building" apt-get clean
    umount "$building/proc"
    mounted=()
    echo "$recipe" > "$building/.yuno-sim-root"
    mv "$building" "$root"
else
    say "reusing the Debian bookworm root in .build-dist/ ($recipe)"
fi

# Install the archive as its README says: unpacked into /usr/local.
say "unpacking $(basename "$archive") into the root's /usr/local"
rm -rf "$root/usr/local/bin/yuno-sim" "$root/usr/local/share/yuno-sim"
tar -xzf "$archive" -C "$root/usr/local" --strip-components=1 --no-same-owner
mount_proc "$root"
mkdir -p "$root/tmp/dist-check"
clean_env=(/usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root TERM=dumb)
inside() { chroot "$root" "${clean_env[@]}" "$@"; }

say "ldd /usr/local/bin/yuno-sim"
libraries=$(inside ldd /usr/local/bin/yuno-sim) || fail "ldd failed"
printf '%s\n' "$libraries" | sed 's/^/    /'
if grep -q 'not found' <<<"$libraries"; then fail "missing libraries: $(grep 'not found' <<<"$libraries" | xargs)"; fi
if grep -qi 'swift' <<<"$libraries"; then fail "the Swift runtime is linked dynamically"; fi

say "yuno-sim --version"
version=$(inside yuno-sim --version) || fail "--version failed"
echo "    $version"
case "$(basename "$archive")" in yuno-sim-"$version"-linux-*) ;; *) fail "--version says $version, the archive is $(basename "$archive")" ;; esac

say "yuno-sim events show payment.fraud_screening"
body=$(inside yuno-sim events show payment.fraud_screening) || fail "events show failed"
grep -q '"transactions" *: *\[\]' <<<"$body" || fail "the fraud-screening body has no empty transactions array"
echo "    $(wc -c <<<"$body") bytes of JSON, \"transactions\": []"

say "yuno-sim validate (every shipped scenario)"
inside sh -c 'yuno-sim validate /usr/local/share/yuno-sim/scenarios/*.yaml' || fail "validate failed"

paths=()
for name in "${drills[@]}"; do paths+=("/usr/local/share/yuno-sim/scenarios/$name"); done
if ((${#paths[@]})); then
    say "yuno-sim run ${drills[*]}"
    reports=/tmp/dist-check
    inside yuno-sim run "${paths[@]}" --quiet --journal $reports/journal.jsonl \
        --junit $reports/report.xml --html $reports/report.html --report-json $reports/report.json ||
        fail "run failed"
    grep -q "\"yuno_sim_version\" *: *\"$version\"" "$root$reports/report.json" || fail "report JSON lacks yuno_sim_version $version"
    grep -q "name=\"yuno_sim_version\" value=\"$version\"" "$root$reports/report.xml" || fail "JUnit lacks yuno_sim_version $version"
fi

say "yuno-sim send to yuno-sim merchant --port 0, both inside the root"
fifo=$root/tmp/dist-check/merchant.out
rm -f "$fifo" && mkfifo "$fifo"
# exec, so that $! is yuno-sim itself, which `kill` must reach.
(exec chroot "$root" "${clean_env[@]}" yuno-sim merchant --port 0 --hmac-secret dist-check-hmac) >"$fifo" &
merchant_pid=$!
exec 3<"$fifo"
read -r url <&3 || fail "the merchant printed no URL"
url=$(grep -o 'http://[^ ]*' <<<"$url") || fail "the merchant's first line has no URL"
inside yuno-sim send payment.purchase --to "$url" --hmac-secret dist-check-hmac || fail "send failed"
read -r delivery <&3 || fail "the merchant logged no delivery"
echo "    merchant: $delivery"
kill "$merchant_pid" 2>/dev/null || true
wait "$merchant_pid" 2>/dev/null || true
merchant_pid=
exec 3<&-

say "dist-check passed: $(basename "$archive") runs on Debian bookworm with only ${packages[*]}"
