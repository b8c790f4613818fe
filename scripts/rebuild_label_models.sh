#!/usr/bin/env bash
# Rebuild the label trunk and every label head from the data (CPU: about 65 minutes on
# 2 cores; pass e.g. --device cuda to run the fine-tune on a GPU). Usage:
#   scripts/rebuild_label_models.sh ../shared/data [extra finetune_trunk.py options]
# Steps: the tuned top layers and the jointly trained heads (finetune_trunk.py), their
# thresholds and offsets (calibrate_heads.py), the churn_risk head on the new label vectors
# (train_head.py), the long-document rule of sentiment and the document aggregators of
# transcripts and long comments (tune_document_rules.py).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:?the shared data directory}"; shift || true
WORK="${TEXTINSIGHT_TRUNK_WORK:-/tmp/textinsight-trunk}"
export PYTHONPATH="scripts:.${PYTHONPATH:+:$PYTHONPATH}"
.venv/bin/python scripts/finetune_trunk.py --data "$DATA" --out models/encoder_tuned \
    --work "$WORK" --layers 4 --epochs 2 --mixed-class --public-cap 10000 "$@"
.venv/bin/python scripts/calibrate_heads.py --data "$DATA" --trunk-heads "$WORK/heads" --out models \
    --max-flips 0.0379
.venv/bin/python scripts/train_head.py --head churn_risk --data data/churn --non-answer none
# the long-document sentiment rule, chosen on the development transcripts (the pillars and
# touchpoints rules stay the defaults: see README, *Documents made of many parts*), and the
# document aggregators of transcripts and of long comments
.venv/bin/python scripts/tune_document_rules.py --dev data/transcripts/dev --write --heads sentiment \
    --aggregate --comments data/long_comments/dev --reviews "$DATA"
