#!/usr/bin/env bash
# Rebuild the label trunk and the four label heads from the data (CPU: about an hour on
# 2 cores; pass e.g. --device cuda to run on a GPU). Usage:
#   scripts/rebuild_label_models.sh ../shared/data [extra finetune_trunk.py options]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:?the shared data directory}"; shift || true
WORK="${TEXTINSIGHT_TRUNK_WORK:-/tmp/textinsight-trunk}"
.venv/bin/python scripts/finetune_trunk.py --data "$DATA" --out models/encoder_tuned \
    --work "$WORK" --epochs 2 "$@"
.venv/bin/python scripts/calibrate_heads.py --data "$DATA" --trunk-heads "$WORK/heads" --out models
