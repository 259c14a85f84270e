#!/usr/bin/env bash
# Sets everything up and runs the whole test suite (lint, types, unit, store, app end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q -ra "$@"
