#!/usr/bin/env bash
# Sets everything up and runs the whole test suite (lint, types, unit, stores, app, end to end in Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system.sh --browser
bash scripts/setup.sh
.venv/bin/python -m pytest -q -ra "$@"
