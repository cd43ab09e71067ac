#!/usr/bin/env bash
# Quick start 2: set up, then run the whole test suite (unit tests and end-to-end tests of the binary).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
# The suite is XCTest; without this flag the last line would be Swift Testing saying "0 tests".
swift test --disable-swift-testing
