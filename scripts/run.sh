#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and starts committee-desk.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"

say "编译并启动程序"
cd "$ROOT"
exec cargo run -p committee-desk
