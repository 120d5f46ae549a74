#!/usr/bin/env bash
# Sets up Liaison Desk in ./.venv on Debian: system libraries Qt needs, then the Python package.
#   bash scripts/setup.sh          # to run the app
#   bash scripts/setup.sh --test   # also the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[[ "${1:-}" == "--test" ]] && extras="[test]"

# Libraries the PySide6 wheels load (xcb platform plugin, EGL/GL, fonts), the fonts for Arabic and
# Chinese, and Python's venv module. Installed when we can (root or sudo), otherwise checked.
packages=(
  python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  fonts-dejavu-core
)
# The tests read printed letters back with poppler's pdftotext and pdfinfo.
if [[ -n "$extras" ]]; then packages+=(poppler-utils); fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $EUID -eq 0 ]]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "Please install these Debian packages first: ${missing[*]}" >&2
    exit 1
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python=""
for candidate in python3.11 python3.12 python3.13 python3; do
  if command -v "$candidate" >/dev/null \
    && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    python="$candidate"
    break
  fi
done
[[ -n "$python" ]] || { echo "Liaison Desk needs Python 3.11 or newer." >&2; exit 1; }

[[ -x .venv/bin/python ]] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extras}"
echo "Liaison Desk is installed in $(pwd)/.venv"
