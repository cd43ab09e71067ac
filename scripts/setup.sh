#!/usr/bin/env bash
# Installs the system libraries leakscan builds against (Debian 12), or says how to.
set -euo pipefail
# poppler-data: the CMaps of Chinese fonts that PDFs name without embedding them;
# libpoppler-glib-dev: a PDF page's annotations and form fields, which poppler-cpp does not give.
packages=(libxml2-dev zlib1g-dev pkg-config libpoppler-cpp-dev libpoppler-glib-dev poppler-data libarchive-dev libsqlite3-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The tests run scripts/evaluate_detection.py (precision and recall of names and addresses).
command -v python3 >/dev/null || missing+=(python3)
# shellcheck source=scripts/install_packages.sh
. "$(dirname "$0")/install_packages.sh"
install_packages leakscan "${missing[@]}" || exit 1
command -v swift >/dev/null || { echo "swift not found: install the Swift toolchain (swift.org) first" >&2; exit 1; }
