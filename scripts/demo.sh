#!/usr/bin/env bash
# Quick start 1: set up, build in release mode, scan the demo data in fixtures/demo and a
# roster workbook (hidden sheets, rows and columns, IDs Excel stored as numbers).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release
status=0
.build/release/leakscan scan fixtures/demo fixtures/xlsx/xlsxwriter_roster.xlsx "$@" || status=$?
echo "(exit status $status: 0 clean, 1 personal data found, 2 usage error, 3 some files could not be scanned)"
