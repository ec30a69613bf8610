#!/usr/bin/env bash
# Install what is missing, index the shipped documents, then start the bot:
# Telegram when TELEGRAM_BOT_TOKEN is set, otherwise the console chat.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1
# Exit code 1: some files were refused or ignored (listed above); the others are indexed.
.venv/bin/python -m ingest || [ $? -eq 1 ]
exec .venv/bin/python -m bot run
