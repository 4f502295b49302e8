#!/usr/bin/env bash
# Debian's chromium and chromium-driver, for the browser test of `claims report` (tests/test_workbench_report.py).
# Needs root and apt-get (CI runs it from .ci/run); elsewhere it says so and changes nothing, and the
# browser tests are skipped with the same hint. Never `playwright install`: nothing downloads at run time.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "install_chromium: chromium and chromedriver already installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_chromium: no apt-get here; install chromium and chromium-driver with your package manager" >&2
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install_chromium: not root; run: sudo apt-get install chromium chromium-driver" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium chromium-driver
echo "install_chromium: $(/usr/bin/chromium --version)"
