#!/usr/bin/env bash
# The test command of README: installs what is missing, builds, runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./Scripts/setup.sh
swift build --build-tests
swift test --skip-build
