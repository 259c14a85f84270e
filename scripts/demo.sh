#!/usr/bin/env bash
# Sets everything up, loads the bundled demo corpus into the embedded store and starts the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system.sh
bash scripts/setup.sh
export CKG_DATA_DIR="${CKG_DATA_DIR:-$PWD/data}"
.venv/bin/ckg load demo/corpus
exec .venv/bin/ckg app "$@"
