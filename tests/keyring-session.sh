#!/bin/sh
# Runs a command with gnome-keyring's Secret Service on the current (private) D-Bus session.
#   keyring-session.sh [--locked] -- COMMAND...
# --locked: the login keyring exists but is locked, as after a screen lock.
set -eu
locked=0
while [ $# -gt 0 ]; do
    case "$1" in
        --locked) locked=1; shift ;;
        --) shift; break ;;
        *) echo "usage: $0 [--locked] -- COMMAND..." >&2; exit 2 ;;
    esac
done
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "$0: no D-Bus session (run under dbus-run-session)" >&2; exit 2; }
# An empty password creates no keyring at all: it must not be empty.
printf %s keyrack-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
if [ "$locked" = 1 ]; then
    # Make sure the login collection exists before locking it.
    printf %s probe | secret-tool store --label=keyrack-probe keyrack-test probe
    secret-tool clear keyrack-test probe
    # (secret-tool lock crashes in Debian 12's libsecret-tools: ask the service directly.)
    dbus-send --session --dest=org.freedesktop.secrets --print-reply=literal \
        /org/freedesktop/secrets org.freedesktop.Secret.Service.Lock \
        array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
fi
exec "$@"
