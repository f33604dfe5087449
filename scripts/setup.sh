#!/usr/bin/env bash
# One-command set-up on a fresh Debian machine: the system tools RIFT runs repositories with, then
# the npm dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v bwrap >/dev/null || need+=(bubblewrap)
# Dependency installs get the internet through slirp4netns, never the host's loopback services.
command -v slirp4netns >/dev/null || need+=(slirp4netns)
command -v flake8 >/dev/null || need+=(flake8)
command -v mypy >/dev/null || need+=(mypy)
# Python formatters a repository may configure; RIFT runs them (sandboxed) as its autofixer.
command -v black >/dev/null || need+=(black)
command -v autopep8 >/dev/null || need+=(python3-autopep8)
command -v isort >/dev/null || need+=(isort)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
python3 -c 'import pytest' 2>/dev/null || need+=(python3-pytest)
# The dashboard's browser tests (test/e2e) drive Debian's Chromium headless through playwright-core.
command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi

npm ci --no-audit --no-fund
