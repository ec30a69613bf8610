#!/usr/bin/env bash
# Install the programs some document formats need, where this machine allows it (Debian/Ubuntu,
# as root or with sudo): tesseract with Vietnamese data (scanned PDFs) and catdoc (.doc).
# Never fails: without a tool, that format is skipped with a message naming the package.
set -uo pipefail
missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
tesseract --list-langs 2>/dev/null | grep -qx vie || missing+=(tesseract-ocr-vie)
command -v catdoc >/dev/null 2>&1 || missing+=(catdoc)
[[ ${#missing[@]} -eq 0 ]] && exit 0
sudo=""
[[ "$(id -u)" -ne 0 ]] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
if command -v apt-get >/dev/null 2>&1 && { [[ "$(id -u)" -eq 0 ]] || [[ -n "$sudo" ]]; }; then
    echo "Installing ${missing[*]} (for scanned PDFs and .doc files)..." >&2
    if $sudo apt-get update -qq >/dev/null 2>&1 &&
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; then
        echo "Installed ${missing[*]}." >&2
        exit 0
    fi
fi
echo "Not installed: ${missing[*]}. Scanned PDFs need tesseract-ocr and tesseract-ocr-vie," \
    ".doc files need catdoc; every other format works without them." >&2
exit 0
