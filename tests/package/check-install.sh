#!/usr/bin/env bash
# Installs Keyrack from the build directory into a throwaway prefix and builds its .deb, then
# checks what a distribution would: the files land where desktops look for them, the desktop
# file and AppStream metadata validate, the man page renders, the bash completion loads, the
# .deb's contents and dependencies are right, and the binaries it carries start.
#   check-install.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/keyrack-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

echo "== cmake --install into a throwaway prefix"
DESTDIR=$work/root cmake --install "$build" --prefix /usr >/dev/null
root=$work/root/usr
for f in bin/keyrack bin/keyrack-cli \
    share/applications/io.github.keyrack.Keyrack.desktop \
    share/icons/hicolor/scalable/apps/io.github.keyrack.Keyrack.svg \
    share/metainfo/io.github.keyrack.Keyrack.metainfo.xml \
    share/man/man1/keyrack-cli.1 \
    share/bash-completion/completions/keyrack-cli; do
    [ -f "$root/$f" ] || fail "not installed: /usr/$f"
done
desktop-file-validate "$root/share/applications/io.github.keyrack.Keyrack.desktop"
appstreamcli validate --no-net --pedantic "$root/share/metainfo/io.github.keyrack.Keyrack.metainfo.xml" >/dev/null ||
    appstreamcli validate --no-net "$root/share/metainfo/io.github.keyrack.Keyrack.metainfo.xml"
man -l "$root/share/man/man1/keyrack-cli.1" 2>&1 >/dev/null | grep . && fail "the man page has errors"
man -l "$root/share/man/man1/keyrack-cli.1" | grep -q "EXIT STATUS" || fail "the man page does not render"
grep -q "<svg" "$root/share/icons/hicolor/scalable/apps/io.github.keyrack.Keyrack.svg" || fail "icon is not SVG"
bash -c "_init_completion() { :; }; source '$root/share/bash-completion/completions/keyrack-cli'; complete -p keyrack-cli" |
    grep -q _keyrack_cli || fail "the bash completion does not register"
"$root/bin/keyrack-cli" --version | grep -q "^keyrack-cli " || fail "installed keyrack-cli does not start"
"$root/bin/keyrack" -platform offscreen --help | grep -q -- "--data-dir" || fail "installed keyrack does not start"

echo "== cpack -G DEB"
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >/dev/null)
deb=$(ls "$work"/deb/keyrack_*.deb)
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/keyrack ./usr/bin/keyrack-cli ./usr/share/applications/io.github.keyrack.Keyrack.desktop \
    ./usr/share/metainfo/io.github.keyrack.Keyrack.metainfo.xml ./usr/share/man/man1/keyrack-cli.1; do
    grep -q " $f\$" <<<"$contents" || fail "not in the .deb: $f"
done
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6keychain1 libssl3 libqt6widgets6 libqt6network6 libqt6httpserver6 libqrencode4 libqt6svg6; do
    grep -q "$needed" <<<"$depends" || fail "the .deb does not depend on $needed: $depends"
done
# Every dependency must be a package Debian 12 has.
for package in $(sed 's/([^)]*)//g; s/|/,/g; s/,/ /g' <<<"$depends"); do
    apt-cache show "$package" >/dev/null 2>&1 || fail "the .deb depends on $package, which apt does not know"
done
dpkg-deb -x "$deb" "$work/extracted"
"$work/extracted/usr/bin/keyrack-cli" --version | grep -q "^keyrack-cli " || fail "keyrack-cli from the .deb does not start"
echo "== $(basename "$deb"): $(wc -l <<<"$contents") entries; Depends: $depends"
