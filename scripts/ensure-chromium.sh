#!/usr/bin/env bash
# Browser tests: makes sure Debian's chromium is at /usr/bin/chromium, installing it with apt-get when missing.
set -uo pipefail
CHROMIUM=/usr/bin/chromium

[ -x "$CHROMIUM" ] && exit 0

fail() {
  echo "ensure-chromium: $CHROMIUM is missing and $1; install Debian's chromium package (apt-get install chromium)." >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "apt-get is not available"
if [ "$(id -u)" = "0" ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  fail "this user is not root and has no sudo"
fi

echo "ensure-chromium: installing Debian's chromium with apt-get (once)" >&2
log=$(mktemp)
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium; } >"$log" 2>&1; then
  fail "apt-get could not install it (output in $log)"
fi
rm -f "$log"
[ -x "$CHROMIUM" ] || fail "the chromium package did not provide it"
