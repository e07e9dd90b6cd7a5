#!/usr/bin/env bash
# Packs a built yuno-sim into OUTDIR/yuno-sim-VERSION-linux-ARCH.tar.gz and its .sha256
# (`sha256sum` format). VERSION is what the binary's --version prints; ARCH is `uname -m`
# unless ARCH is set. `make dist` calls it with the static release build, the action's tests
# with a stand-in for the debug build, so both get the same layout:
#
#   yuno-sim-VERSION-linux-ARCH/bin/yuno-sim
#                              share/yuno-sim/scenarios/*.yaml
#                              share/doc/yuno-sim/README.md, docs/*.md
#                              share/man/man1/yuno-sim.1                      (with --manual)
#                              share/bash-completion/completions/yuno-sim
#                              share/zsh/site-functions/_yuno-sim
#                              share/fish/vendor_completions.d/yuno-sim.fish
#
# so `tar -xzf ARCHIVE -C /usr/local --strip-components=1` installs it where shells and man look.
#
#   packaging/pack.sh BINARY OUTDIR [--strip] [--manual FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:?usage: pack.sh BINARY OUTDIR [--strip] [--manual FILE]}
outdir=${2:?usage: pack.sh BINARY OUTDIR [--strip] [--manual FILE]}
shift 2
strip=false manual=
while (($#)); do
    case $1 in
        --strip) strip=true ;;
        --manual) manual=${2:?--manual needs a file}; shift ;;
        *) echo "pack.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

version=$("$binary" --version)
[[ $version =~ ^[0-9A-Za-z.+-]+$ ]] || { echo "pack.sh: '$binary --version' printed '$version'" >&2; exit 1; }
name=yuno-sim-$version-linux-${ARCH:-$(uname -m)}
mkdir -p "$outdir"
stage=$(mktemp -d "$outdir/.stage.XXXXXX")
trap 'rm -rf "$stage"' EXIT
top=$stage/$name

install -D -m 755 "$binary" "$top/bin/yuno-sim"
if $strip; then strip "$top/bin/yuno-sim"; fi
install -D -m 644 -t "$top/share/yuno-sim/scenarios" scenarios/*.yaml
install -D -m 644 -t "$top/share/doc/yuno-sim" README.md
install -D -m 644 -t "$top/share/doc/yuno-sim/docs" docs/*.md
if [ -n "$manual" ]; then install -D -m 644 "$manual" "$top/share/man/man1/yuno-sim.1"; fi
completion() {  # SHELL FILE: argument-parser writes the script for any of its commands
    mkdir -p "$(dirname "$top/$2")"
    "$binary" --generate-completion-script "$1" > "$top/$2"
    [ -s "$top/$2" ] || { echo "pack.sh: no $1 completion script" >&2; exit 1; }
}
completion bash share/bash-completion/completions/yuno-sim
completion zsh share/zsh/site-functions/_yuno-sim
completion fish share/fish/vendor_completions.d/yuno-sim.fish

# The same bytes for the same inputs: sorted names, no owners, the last commit's time.
mtime=$(git log -1 --format=%ct 2>/dev/null || date +%s)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$mtime" -C "$stage" -cf - "$name" |
    gzip -9 -n > "$stage/$name.tar.gz"
(cd "$stage" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
mv -f "$stage/$name.tar.gz" "$stage/$name.tar.gz.sha256" "$outdir/"
echo "$outdir/$name.tar.gz"
