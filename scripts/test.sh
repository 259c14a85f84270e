#!/usr/bin/env bash
# Sets everything up and runs the whole test suite (lint, types, unit, stores, app, end to end in Chromium).
# The store, query, console, app and differential tests run on the embedded store and on a Neo4j 5.26 that the
# session builds with Maven (neo4j-server/, jars cached in ~/.m2), starts on a free loopback port and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system.sh --browser --neo4j
bash scripts/setup.sh
.venv/bin/python -m pytest -q -ra "$@"
