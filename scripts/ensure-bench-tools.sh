#!/usr/bin/env bash
# The responsiveness benchmark loads the bot's webhook with ApacheBench (`ab`, Debian's apache2-utils):
# a C load generator, so the figures are the bot's and not those of a load generator written in Node.
set -euo pipefail
if command -v ab >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's apache2-utils (ab) for the responsiveness benchmark..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq apache2-utils >/dev/null
  exit 0
fi
echo "ab (ApacheBench) is missing: install Debian's apache2-utils package (sudo apt-get install apache2-utils)." >&2
exit 1
