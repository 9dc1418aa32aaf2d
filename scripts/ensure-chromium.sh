#!/usr/bin/env bash
# The browser tests drive Debian's Chromium with playwright-core: a test tool's own browser download
# does not work on machines without a route to it, so the browser comes from Debian's packages.
# Installs it when it is missing and this machine can (root with apt-get); otherwise says what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium package for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing at $CHROMIUM: install Debian's chromium package (sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
