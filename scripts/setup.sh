#!/usr/bin/env bash
# Create .venv and install what is missing. Idempotent: re-runs only when pyproject.toml changed.
# torch==2.13.0 (CPU build) goes in first, or pip would pull a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/system-tools.sh
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
stamp=".venv/.setup-stamp"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    exit 0
fi
echo "Setting up .venv (first run takes a few minutes)..." >&2
[[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
# pip warns about every missing local mirror folder; keep the log readable.
quiet_pip() { .venv/bin/python -m pip install --quiet "$@" 2> >(grep -v "is neither a file nor a directory" >&2); }
quiet_pip --upgrade pip
quiet_pip "torch==2.13.0"
quiet_pip -e ".[dev]"
echo "$want" > "$stamp"
echo "Setup done." >&2
