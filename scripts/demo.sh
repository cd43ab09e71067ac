#!/usr/bin/env bash
# Quick start 1: set up, build in release mode, scan the demo data in fixtures/demo, a
# roster workbook (hidden sheets, rows and columns, IDs Excel stored as numbers) and a
# scholarship notice published as PDF (公示: running text and a table over two pages).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release
status=0
.build/release/leakscan scan fixtures/demo fixtures/xlsx/xlsxwriter_roster.xlsx fixtures/pdf/奖学金公示.pdf "$@" || status=$?
echo "(exit status $status: 0 clean, 1 personal data found, 2 usage error, 3 some files could not be scanned)"
