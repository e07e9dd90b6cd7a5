#!/usr/bin/env bash
# The logic of the GitHub Action (action.yml at the repository's top runs this script and
# nothing else), kept here so that `make test` runs it with the variables GitHub sets
# (Tests/yuno-simTests/ActionScriptTests.swift).
#
# Inputs: INPUT_SCENARIO (one or more scenario files, whitespace-separated; a name that is not
# a file in the workspace but is one of the shipped scenarios, e.g. endpoint-drill.yaml, runs
# the shipped one), INPUT_TARGET (--target), INPUT_ARGS (more `run` arguments, quoted as in a
# shell, never evaluated), INPUT_VERSION (a release such as 0.9.0; empty: the version of the
# action's own ref; `source`: build the action's source with `make build`).
# GitHub's: RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_PATH, GITHUB_ACTION_PATH,
# GITHUB_SERVER_URL, GITHUB_ACTION_REPOSITORY (else the owner/name in GITHUB_ACTION_PATH, else
# GITHUB_REPOSITORY): the release comes from
#   $GITHUB_SERVER_URL/OWNER/NAME/releases/download/vVERSION/yuno-sim-VERSION-linux-ARCH.tar.gz
# and its .sha256, which it must match.
#
# Outputs: junit, html, json, journal (paths under RUNNER_TEMP), exit-code. The script exits
# with yuno-sim's exit code; when it cannot get yuno-sim at all it exits 2 before sending.
set -euo pipefail

fail() {
    echo "::error title=yuno-sim action::$*"
    exit 2
}
: "${RUNNER_TEMP:?}" "${GITHUB_OUTPUT:?}" "${GITHUB_ACTION_PATH:?}"
cd "${GITHUB_WORKSPACE:-.}"
[ "${RUNNER_OS:-Linux}" = Linux ] || fail "yuno-sim runs on Linux runners only (this one is $RUNNER_OS)"
[ -n "${INPUT_SCENARIO//[[:space:]]/}" ] || fail "the scenario input is empty"
read -r -d '' -a scenarios <<<"$INPUT_SCENARIO" || true
args=()
if [ -n "${INPUT_ARGS:-}" ]; then
    # xargs splits on blanks and honours quotes without running anything the input contains.
    split=$(mktemp "$RUNNER_TEMP/yuno-sim-args.XXXXXX")
    printf '%s' "$INPUT_ARGS" | xargs -r printf '%s\0' > "$split" ||
        fail "the args input is not quoted properly: $INPUT_ARGS"
    mapfile -d '' -t args < "$split"
    rm -f "$split"
fi

version=${INPUT_VERSION:-}
if [ -z "$version" ]; then
    version=$(sed -n 's/^ *public static let current = "\(.*\)"$/\1/p' \
        "$GITHUB_ACTION_PATH/Sources/YunoSimCore/Report/YunoSimVersion.swift" 2>/dev/null) || true
    [ -n "$version" ] || fail "no version input, and the action's source does not say its version"
fi
version=${version#v}

if [ "$version" = source ]; then
    echo "::group::Building yuno-sim from source (make build)"
    make -C "$GITHUB_ACTION_PATH" build || fail "make build failed"
    echo "::endgroup::"
    bin=$GITHUB_ACTION_PATH/.build/release
    shipped=$GITHUB_ACTION_PATH/scenarios
else
    case ${RUNNER_ARCH:-X64} in
        X64) arch=x86_64 ;;
        ARM64) arch=aarch64 ;;
        *) fail "no yuno-sim release for $RUNNER_ARCH runners" ;;
    esac
    repository=${GITHUB_ACTION_REPOSITORY:-}
    if [ -z "$repository" ] && [[ $GITHUB_ACTION_PATH =~ /_actions/([^/]+/[^/]+)/[^/]+/?$ ]]; then
        repository=${BASH_REMATCH[1]}
    fi
    repository=${repository:-${GITHUB_REPOSITORY:-}}
    [ -n "$repository" ] || fail "cannot tell which repository publishes the releases"
    name=yuno-sim-$version-linux-$arch
    url=${GITHUB_SERVER_URL:-https://github.com}/$repository/releases/download/v$version/$name.tar.gz
    install=$RUNNER_TEMP/yuno-sim-$version
    download=$(mktemp -d "$RUNNER_TEMP/yuno-sim-download.XXXXXX")
    echo "Downloading $url"
    fetch() { curl --fail --silent --show-error --location --retry 3 --output "$2" "$1"; }
    fetch "$url" "$download/$name.tar.gz" || fail "could not download $url"
    fetch "$url.sha256" "$download/$name.tar.gz.sha256" || fail "could not download $url.sha256"
    expected=$(awk 'NR == 1 { print $1 }' "$download/$name.tar.gz.sha256")
    actual=$(sha256sum "$download/$name.tar.gz" | awk '{ print $1 }')
    [ "$expected" = "$actual" ] || fail "SHA-256 mismatch for $name.tar.gz: expected $expected, got $actual"
    echo "SHA-256 verified: $actual"
    rm -rf "$install" && mkdir -p "$install"
    tar -xzf "$download/$name.tar.gz" -C "$install" --strip-components=1 || fail "could not unpack $name.tar.gz"
    rm -rf "$download"
    bin=$install/bin
    shipped=$install/share/yuno-sim/scenarios
fi
[ -x "$bin/yuno-sim" ] || fail "no yuno-sim binary in $bin"
[ -n "${GITHUB_PATH:-}" ] && echo "$bin" >> "$GITHUB_PATH"
echo "$("$bin/yuno-sim" --version | sed 's/^/yuno-sim /') from $bin"

for i in "${!scenarios[@]}"; do
    if [ ! -e "${scenarios[i]}" ] && [ -f "$shipped/${scenarios[i]}" ]; then scenarios[i]=$shipped/${scenarios[i]}; fi
done
reports=$(mktemp -d "$RUNNER_TEMP/yuno-sim-reports.XXXXXX")
{
    echo "junit=$reports/report.xml"
    echo "html=$reports/report.html"
    echo "json=$reports/report.json"
    echo "journal=$reports/journal.jsonl"
} >> "$GITHUB_OUTPUT"
command=("$bin/yuno-sim" run "${scenarios[@]}")
[ -n "${INPUT_TARGET:-}" ] && command+=(--target "$INPUT_TARGET")
command+=("${args[@]}" --junit "$reports/report.xml" --html "$reports/report.html"
    --report-json "$reports/report.json" --journal "$reports/journal.jsonl")
status=0
"${command[@]}" || status=$?
echo "exit-code=$status" >> "$GITHUB_OUTPUT"
exit "$status"
