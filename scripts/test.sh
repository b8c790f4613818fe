#!/usr/bin/env bash
# Set everything up and run the test suite (offline; the real models are built from packages).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest -q "$@"
