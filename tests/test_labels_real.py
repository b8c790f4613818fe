"""The shipped heads through the full pipeline (real models)."""

from __future__ import annotations

import pytest

from textinsight.analyzer import Analyzer
from textinsight.settings import DEFAULT_STAGES

pytestmark = pytest.mark.model

CLEAR = [
    ("Fantastisk service, tusind tak til Mette for hjælpen!", "positive"),
    ("Helt elendig kundeservice, jeg har ventet i tre uker uten svar.", "negative"),
    ("Bästa butiken i stan, alltid trevlig personal!", "positive"),
    ("Worst experience ever, the app crashed and nobody answered my emails.", "negative"),
]


@pytest.fixture(scope="module")
def labelled(real_analyzer: Analyzer) -> list[dict]:
    assert {"sentiment", "pillars", "touchpoints", "feedback_type"} <= set(DEFAULT_STAGES)
    return real_analyzer.analyze([t for t, _ in CLEAR] + [
        "Ventetiden hos kundeservice var over en time. Men Mette var sød og hjalp mig.",
        "Kan I fortælle mig, hvornår min pakke bliver leveret?",
    ])  # fmt: skip


def test_labels_every_field_filled_in_four_languages(labelled: list[dict]) -> None:
    for rec in labelled:
        assert rec["error"] is None
        assert set(rec) >= {"sentiment", "pillars", "touchpoints", "feedback_type", "sentences"}
        probs = rec["sentiment"]["probabilities"]
        assert abs(sum(probs.values()) - 1) < 1e-3 and -1 <= rec["sentiment"]["score"] <= 1
        for key in ("pillars", "touchpoints"):
            conf = [x["confidence"] for x in rec[key]]
            assert conf == sorted(conf, reverse=True)
        for s in rec["sentences"]:
            assert s["sentiment"]["label"] in {"negative", "neutral", "positive"}
    assert {r["language"]["code"] for r in labelled} == {"da", "nb", "sv", "en"}


def test_labels_clear_sentiment(labelled: list[dict]) -> None:
    for rec, (_, gold) in zip(labelled, CLEAR, strict=False):
        assert rec["sentiment"]["label"] == gold, rec["text"]


CLEAR_TOUCHPOINTS = [
    (
        "Jeg ventede 50 minutter i telefonkø hos kundeservice, før nogen tog den.",
        "customer_service",
    ),
    ("Fakturaen var 300 kr højere end aftalt, og der var et gebyr jeg ikke forstår.", "billing"),
    ("Pakken kom fem dager for sent, og sjåføren la den bare utenfor døren.", "delivery"),
    ("Appen kræsjer hver gang jeg prøver å logge inn med BankID.", "website_app"),
    (
        "Jag försökte säga upp mitt abonnemang men fick veta att bindningstiden är 24 månader.",
        "cancellation",
    ),
    ("The staff in the shop on the high street were really helpful with my new phone.", "store"),
]


def test_labels_clear_touchpoints(real_analyzer: Analyzer) -> None:
    recs = real_analyzer.analyze([t for t, _ in CLEAR_TOUCHPOINTS])
    hits = sum(gold in {x["id"] for x in r["touchpoints"]}
               for r, (_, gold) in zip(recs, CLEAR_TOUCHPOINTS, strict=True))  # fmt: skip
    assert hits >= 5, [(r["text"], r["touchpoints"]) for r in recs]


def test_labels_question_is_a_question(labelled: list[dict]) -> None:
    assert labelled[len(CLEAR) + 1]["feedback_type"]["label"] == "question"
