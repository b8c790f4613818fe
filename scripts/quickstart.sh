#!/usr/bin/env bash
# Set everything up, analyse the shipped example feedback into out/feedback.xlsx (and the
# transcripts, redacted, into out/interviews.jsonl), fit topics over all of it (out/topics) and
# write the report page (out/report.html).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/textinsight analyze examples/feedback.csv -o out/feedback.xlsx
.venv/bin/textinsight analyze examples/interview_da.txt examples/interview_sv.docx \
  -o out/interviews.jsonl --redact --redact-policy pseudonym
.venv/bin/textinsight topics fit examples/feedback.csv examples/interview_da.txt \
  examples/interview_sv.docx -o out/topics --no-progress
# trends, spikes, NPS drivers and topics in one self-contained page (open it in a browser)
.venv/bin/textinsight report out/feedback.xlsx -o out/report.html --topics out/topics \
  --score-column nps
echo "wrote out/feedback.xlsx, out/interviews.jsonl (personal data redacted), out/topics/" \
  "and out/report.html"
