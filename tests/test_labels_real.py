"""The shipped heads through the full pipeline (real models)."""

from __future__ import annotations

import json
from pathlib import Path

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
    return real_analyzer.analyze(
        [t for t, _ in CLEAR]
        + [
            "Ventetiden hos kundeservice var over en time. Men Mette var sød og hjalp mig.",
            "Kan I fortælle mig, hvornår min pakke bliver leveret?",
        ]
    )


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


@pytest.mark.parametrize("k", range(len(CLEAR)))
def test_labels_clear_sentiment(
    labelled: list[dict], k: int, request: pytest.FixtureRequest
) -> None:
    if CLEAR[k][0].startswith("Helt elendig"):  # strict: the day it passes, this marker goes
        request.applymarker(
            pytest.mark.xfail(
                strict=True,
                reason=(
                    "issue 11, still open: trunk v8 reads this Bokmål complaint as mixed "
                    "(0.63 / 0.37; v5: 0.57 / 0.43; v4: positive; 'elendig' is three word "
                    "pieces to this encoder, and the frozen encoder got it right)"
                ),
            )
        )
    assert labelled[k]["sentiment"]["label"] == CLEAR[k][1], labelled[k]["text"]


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
    hits = sum(
        gold in {x["id"] for x in r["touchpoints"]}
        for r, (_, gold) in zip(recs, CLEAR_TOUCHPOINTS, strict=True)
    )
    assert hits >= 5, [(r["text"], r["touchpoints"]) for r in recs]


def test_labels_question_is_a_question(labelled: list[dict]) -> None:
    assert labelled[len(CLEAR) + 1]["feedback_type"]["label"] == "question"


# The texts a new user tried in issue 11, and the plain polarity checks written for the
# project by writers who never saw the model (data/cx_hard/polarity_*.jsonl, test only: the
# training scripts never read them).
ISSUE_EXAMPLES = [
    ("Kundebehandleren var frekk og la på.", "negative"),
    ("Kundeservice lovede at ringe tilbage, men det skete aldrig.", "negative"),
    ("Teknikern dök aldrig upp, två förlorade arbetsdagar.", "negative"),
    (
        "Nem returnering – printede bare labelen og havde pengene på kontoen 3 dage senere.",
        "positive",
    ),
    ("På hytta i Valdres er dekningen elendig", "negative"),
]
STILL_WRONG = {  # issue 11 stays open on these: strict, so a fix removes the marker
    "Kundebehandleren var frekk og la på.": "read as positive (0.21 / 0.79) by trunk v8",
    "Kundeservice lovede at ringe tilbage, men det skete aldrig.": (
        "read as mixed (0.86 / 0.13: both poles above the 0.3 document threshold)"
    ),
    "Teknikern dök aldrig upp, två förlorade arbetsdagar.": (
        "read as mixed (0.44 / 0.54) by trunk v8 (v5: negative)"
    ),
    "På hytta i Valdres er dekningen elendig": "read as positive (0.20 / 0.78)",
}
ROOT = Path(__file__).resolve().parents[1]
HARD = ROOT / "data" / "cx_hard"


def _rows(pattern: str) -> list[dict]:
    return [json.loads(x) for p in sorted(HARD.glob(pattern)) for x in p.open(encoding="utf-8")]


@pytest.mark.parametrize(("text", "gold"), ISSUE_EXAMPLES)
def test_labels_issue_examples_get_their_polarity(
    real_analyzer: Analyzer, text: str, gold: str, request: pytest.FixtureRequest
) -> None:
    if text in STILL_WRONG:
        request.applymarker(pytest.mark.xfail(strict=True, reason=STILL_WRONG[text]))
    assert real_analyzer.analyze([text])[0]["sentiment"]["label"] == gold


@pytest.fixture(scope="module")
def polarity_flips(real_analyzer: Analyzer) -> tuple[list[tuple[str, str]], int, int]:
    """(the texts read as the opposite polarity, the texts read right, all texts) over the
    written polarity checks."""
    rows = _rows("polarity_*.jsonl")
    assert {r["lang"] for r in rows} == {"da", "nb", "sv", "en"} and len(rows) >= 60
    recs = real_analyzer.analyze([r["text"] for r in rows])
    flips = [
        (r["text"], x["sentiment"]["label"])
        for r, x in zip(rows, recs, strict=True)
        if {r["sentiment"], x["sentiment"]["label"]} == {"positive", "negative"}
    ]
    right = sum(r["sentiment"] == x["sentiment"]["label"] for r, x in zip(rows, recs, strict=True))
    return flips, right, len(rows)


def test_labels_plain_texts_rarely_flip_polarity(
    polarity_flips: tuple[list[tuple[str, str]], int, int],
) -> None:
    """The written polarity checks: the frozen encoder flipped 5 of these 60 (8 %), trunk v1
    1 and read 52 right, trunk v2 flipped 3 and read 48 right, trunk v4 flipped 3 and read 51
    right, trunk v5 (with ``data/cx_vocab``) flipped 1 and read 52 right, the shipped trunk v8
    (twice the public rows) flips 2 and reads 52 right (README, *Measured -> Labels*). The
    bars here are 5 % and 85 %; issue 11's 2 % is the test below."""
    flips, right, n = polarity_flips
    assert len(flips) <= 0.05 * n, flips
    assert right >= 0.85 * n  # the rest are neutral or mixed


@pytest.mark.xfail(
    strict=True, reason="issue 11, still open: trunk v8 flips 2 of 60 (target: 1; v5 flipped 1)"
)
def test_labels_plain_texts_meet_the_issue_11_flip_target(
    polarity_flips: tuple[list[tuple[str, str]], int, int],
) -> None:
    flips, _, n = polarity_flips
    assert len(flips) <= 0.02 * n, flips


def test_labels_non_answers_are_neutral_other_and_unlabelled(real_analyzer: Analyzer) -> None:
    """Non-answers of the hard-case test split: feedback type 'other' and no labels for
    (almost) all; neutral sentiment for at least 80 % (issue 11 asks for all: the misses are
    interview notes such as 'Customer had nothing further to add', read as negative)."""
    rows = [
        r for r in _rows("[a-z][a-z].jsonl") if r["case"] == "non_answer" and r["split"] == "test"
    ]
    assert len(rows) >= 20
    recs = real_analyzer.analyze([r["text"] for r in rows])
    assert all(x["feedback_type"]["label"] == "other" for x in recs)
    assert sum(not x["pillars"] and not x["touchpoints"] for x in recs) >= 0.9 * len(rows)
    assert sum(x["sentiment"]["label"] == "neutral" for x in recs) >= 0.8 * len(rows)


def test_labels_whole_transcripts_summarise_rather_than_list_everything(
    real_analyzer: Analyzer,
) -> None:
    """Issue 11: whole transcripts came out "mixed / complaint, all six pillars". On the 48
    test transcripts (written blind, labelled as a whole; the aggregators were fitted on the
    96 development ones) the shipped models reach 4-class macro-F1 0.894 and feedback type
    0.853 (README, *Documents made of many parts*); the bars here are well below that and
    well above the rules' 0.522 / 0.449. No transcript gets all six pillars, and the four
    sentiment labels are all used."""
    from sklearn.metrics import f1_score

    rows = [
        json.loads(x)
        for lang in ("da", "nb", "sv", "en")
        for x in (ROOT / "data" / "transcripts" / f"{lang}.jsonl").open()
    ]
    recs = real_analyzer.analyze([r["text"] for r in rows])
    sentiment = [x["sentiment"]["label"] for x in recs]
    gold = [r["sentiment"] for r in rows]
    assert f1_score(gold, sentiment, average="macro") >= 0.75
    assert set(sentiment) == {"positive", "neutral", "negative", "mixed"}
    feedback = [x["feedback_type"]["label"] for x in recs]
    assert f1_score([r["feedback_type"] for r in rows], feedback, average="macro") >= 0.65
    assert max(len(x["pillars"]) for x in recs) < 6
    assert sum(len(x["pillars"]) for x in recs) <= 3 * len(recs)


def test_labels_long_comments_take_the_long_comment_aggregators(
    real_analyzer: Analyzer,
) -> None:
    """Long comments (six sentences or more, no speaker turns) get their pillars and
    touchpoints from the aggregators fitted on the 96 development comments, transcripts from
    theirs. On the 48 test comments (written blind, labelled as a whole) the shipped
    touchpoints reach micro-F1 0.739 against the rules' 0.619 (README, *Documents made of
    many parts*); the bar here sits between. Sentiment and feedback type keep the rules."""
    from textinsight.aggregator import pick
    from textinsight.heads import head_dir
    from textinsight.stages.labels import HeadStage
    from textinsight.types import Segment

    for name in ("pillars", "touchpoints"):
        stage = HeadStage.load(head_dir(name), name)
        comment = [Segment(i, i + 1) for i in range(8)]
        turns = [Segment(i, i + 1, "turn", "R") for i in range(12)]
        assert pick(stage.aggregators, comment).part_kind == "sentence"  # type: ignore[union-attr]
        assert pick(stage.aggregators, turns).part_kind == "turn"  # type: ignore[union-attr]
        assert pick(stage.aggregators, comment[:3]) is None  # a short text: the rules
    for name in ("sentiment", "feedback_type"):
        rule = json.loads((head_dir(name) / "manifest.json").read_text())["long_document"]
        assert all(a["part_kind"] == "turn" for a in rule.get("aggregators", []))
    rows = [
        json.loads(x)
        for lang in ("da", "nb", "sv", "en")
        for x in (ROOT / "data" / "long_comments" / f"{lang}.jsonl").open()
    ]
    recs = real_analyzer.analyze([r["text"] for r in rows])
    gold = [set(r["touchpoints"]) for r in rows]
    found = [{x["id"] for x in rec["touchpoints"]} for rec in recs]
    tp = sum(len(g & f) for g, f in zip(gold, found, strict=True))
    assert 2 * tp / (sum(map(len, gold)) + sum(map(len, found))) >= 0.68
    assert max(len(rec["pillars"]) for rec in recs) < 6
