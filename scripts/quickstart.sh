#!/usr/bin/env bash
# Set everything up and analyse the shipped example feedback into out/feedback.xlsx.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/textinsight analyze examples/feedback.csv -o out/feedback.xlsx
.venv/bin/textinsight analyze examples/interview_da.txt examples/interview_sv.docx -o out/interviews.jsonl
echo "wrote out/feedback.xlsx and out/interviews.jsonl"
