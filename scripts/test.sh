#!/usr/bin/env bash
# Quick start 2: set up, then run the whole test suite (unit tests and end-to-end tests of the binary).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
swift test
