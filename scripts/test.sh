#!/usr/bin/env bash
# Set everything up and run the test suite (offline; the real models are built from packages).
#   ./scripts/test.sh               everything, real models included (what CI runs)
#   ./scripts/test.sh fast [ARGS]   the fast suite: -m "not model and not slow" (no real model,
#                                   nothing slow), on every core (pytest-xdist; workers:
#                                   TEXTINSIGHT_TEST_WORKERS, default auto). The PostgreSQL
#                                   tests skip there: they share one database.
#   ./scripts/test.sh ARGS          pytest with ARGS, e.g. tests/topics -x or -m model
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [[ "${1:-}" == "fast" ]]; then
  shift
  exec env -u TEXTINSIGHT_TEST_POSTGRES_URL .venv/bin/python -m pytest -q \
    -m "not model and not slow" -n "${TEXTINSIGHT_TEST_WORKERS:-auto}" "$@"
fi
exec .venv/bin/python -m pytest -q "$@"
