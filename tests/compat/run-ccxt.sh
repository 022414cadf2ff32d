#!/usr/bin/env bash
# Compatibility test: drives `keyrack-cli sandbox` with ccxt's hitbtc class (npm package ccxt,
# pinned in package-lock.json here).
#   run-ccxt.sh PATH/TO/keyrack-cli
# Needs the OS keychain (scripts/test runs ctest under a private D-Bus session with gnome-keyring)
# and node_modules installed beforehand: this script downloads nothing. From the checkout's root:
#   npm ci --prefix tests/compat --ignore-scripts
# (--ignore-scripts: ccxt's postinstall only prints a banner fetched from GitHub.)
# In a fresh data directory it generates a sandbox key, grants read and trade, starts the sandbox
# and runs ccxt-hitbtc.mjs three times: with read+trade, after `rights --revoke trade`, and after
# `disable`. The key's JSON (with its secret) goes to node on standard input, never in an argument,
# and is never printed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
me=$(basename "$0")

fail() {
    echo "$me: FAIL: $*" >&2
    exit 1
}

[ $# -eq 1 ] || { echo "usage: $me PATH/TO/keyrack-cli" >&2; exit 2; }
cli=$1
[ -x "$cli" ] || fail "keyrack-cli not found or not executable: $cli"
command -v node >/dev/null || fail "node is not installed (Node.js 20.19 or later is needed)"
if [ ! -f "$here/node_modules/ccxt/package.json" ]; then
    fail "ccxt is not installed in $here/node_modules; install it (scripts/test does) from the" \
        "checkout's root with: npm ci --prefix tests/compat --ignore-scripts"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/keyrack-ccxt.XXXXXX")
data=$tmp/data
log=$tmp/sandbox.log
sandbox_pid=
key_json=

stop_sandbox() {
    if [ -n "$sandbox_pid" ]; then
        kill -TERM "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
        sandbox_pid=
    fi
}

cleanup() {
    local status=$?
    stop_sandbox
    if [ "$status" -ne 0 ] && [ -s "$log" ]; then
        echo "--- sandbox log (one line per request)" >&2
        cat "$log" >&2
        echo "---" >&2
    fi
    key_json=
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

cli() {
    "$cli" --data-dir "$data" "$@"
}

label=ccxt-compat
keychain_hint="(the key's secret lives in the OS keychain: run the test through scripts/test, which \
starts a private D-Bus session with gnome-keyring)"
key_json=$(cli generate --label "$label" --json) || fail "keyrack-cli generate failed $keychain_hint"
cli rights "$label" --grant read,trade --yes >/dev/null || fail "keyrack-cli rights --grant failed"

# Created first: the background job opens it only once it runs. A simple command (not the cli
# function, which would run in a subshell) so that $! is keyrack-cli itself, which stop_sandbox
# signals.
: >"$log"
"$cli" --data-dir "$data" sandbox >"$log" 2>&1 &
sandbox_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n '1s/^listening on \(http:\/\/[^ ]*\)$/\1/p' "$log")
    [ -n "$url" ] && break
    kill -0 "$sandbox_pid" 2>/dev/null || fail "keyrack-cli sandbox exited before listening"
    sleep 0.1
done
[ -n "$url" ] || fail "keyrack-cli sandbox printed no 'listening on' line within 10 s"
echo "# sandbox listening on $url"

run_phase() {
    local phase=$1
    # printf is a shell builtin: the secret reaches node through a pipe, in no process's argv.
    printf '%s' "$key_json" | node "$here/ccxt-hitbtc.mjs" --url "$url" --phase "$phase" ||
        fail "ccxt checks failed in phase '$phase'"
}

run_phase trade

cli rights "$label" --revoke trade >/dev/null || fail "keyrack-cli rights --revoke trade failed"
echo "# revoked the trade right with keyrack-cli while the sandbox runs"
run_phase no-trade

cli disable "$label" >/dev/null || fail "keyrack-cli disable failed"
echo "# switched the key OFF with keyrack-cli while the sandbox runs"
run_phase off

stop_sandbox
echo "# all ccxt hitbtc checks passed"
