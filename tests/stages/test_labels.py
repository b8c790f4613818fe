"""Sentiment, multi-label and feedback-type stages on hand-made heads and vectors."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from textinsight.heads import LinearHead
from textinsight.stages.labels import FeedbackTypeStage, HeadStage, MultiLabelStage
from textinsight.stages.sentiment import SentimentStage
from textinsight.types import Document, LabelScore, Segment

# 3-d vectors: axis 0 pushes "negative", axis 2 pushes "positive"
SENT_HEAD = LinearHead(
    np.diag([8.0, 0.0, 8.0]), np.zeros(3), ["negative", "neutral", "positive"], "softmax"
)


def doc_with(vectors: list[list[float]]) -> Document:
    segs = [Segment(i * 10, i * 10 + 9) for i in range(len(vectors))]
    doc = Document("1", "x" * (10 * len(vectors)), segments=segs)
    doc.segment_embeddings = np.array(vectors, dtype=np.float32)
    mean = doc.segment_embeddings.mean(0)
    doc.embedding = mean / np.linalg.norm(mean)
    doc.segment_label_embeddings, doc.label_embedding = doc.segment_embeddings, doc.embedding
    return doc


def test_sentiment_mixed_when_sentences_disagree() -> None:
    doc = doc_with([[1, 0, 0], [0, 0, 1]])
    SentimentStage(SENT_HEAD)([doc])
    assert doc.sentiment is not None and doc.sentiment.label == "mixed"
    assert [s.sentiment.label for s in doc.segments] == ["negative", "positive"]  # type: ignore[union-attr]
    assert abs(sum(doc.sentiment.probabilities.values()) - 1) < 1e-3
    assert -1 <= doc.sentiment.score <= 1


def test_sentiment_not_mixed_when_they_agree() -> None:
    doc = doc_with([[1, 0, 0], [0.9, 0.1, 0]])
    SentimentStage(SENT_HEAD)([doc])
    assert doc.sentiment is not None and doc.sentiment.label == "negative"
    assert doc.sentiment.score < -0.5


def test_sentiment_one_stray_complaint_does_not_make_a_long_document_mixed() -> None:
    stray = doc_with([[0, 0, 1]] * 9 + [[1, 0, 0]])  # one negative turn in ten
    SentimentStage(SENT_HEAD)([stray])
    assert stray.sentiment is not None and stray.sentiment.label == "positive"
    split = doc_with([[0, 0, 1]] * 6 + [[1, 0, 0]] * 4)  # the parts really disagree
    SentimentStage(SENT_HEAD)([split])
    assert split.sentiment is not None and split.sentiment.label == "mixed"


def test_sentiment_mixed_from_the_document_vector_only_when_asked() -> None:
    doc = doc_with([[0.3, 0, 0.3]])  # one part, both pulls at once: P(neg) = P(pos) ~ 0.47
    SentimentStage(SENT_HEAD)([doc])
    assert doc.sentiment is not None and doc.sentiment.label != "mixed"
    doc = doc_with([[0.3, 0, 0.3]])
    SentimentStage(SENT_HEAD, mixed_doc_threshold=0.35)([doc])
    assert doc.sentiment is not None and doc.sentiment.label == "mixed"


def test_sentiment_one_part_documents_have_their_own_document_vector_threshold() -> None:
    """A stricter ``mixed_single_threshold`` keeps a one-sentence text between the poles out
    of ``mixed``; a two-part document with the same vector still reads the longer rule."""
    stage = SentimentStage(SENT_HEAD, mixed_doc_threshold=0.35, mixed_single_threshold=1.0)
    one, two = doc_with([[0.3, 0, 0.3]]), doc_with([[0.3, 0, 0.3], [0.3, 0, 0.3]])
    stage([one, two])
    assert one.sentiment is not None and one.sentiment.label != "mixed"
    assert two.sentiment is not None and two.sentiment.label == "mixed"
    a = np.log(2) / 8  # P(negative) = P(positive) = 0.4: between 0.35 and 0.45
    lean = [[a, float(np.sqrt(1 - 2 * a * a)), a]]
    lax, shared = doc_with(lean), doc_with(lean)
    SentimentStage(SENT_HEAD, mixed_doc_threshold=0.45, mixed_single_threshold=0.35)([lax])
    SentimentStage(SENT_HEAD, mixed_doc_threshold=0.45)([shared])
    assert lax.sentiment is not None and lax.sentiment.label == "mixed"  # its own, not 0.45
    assert shared.sentiment is not None and shared.sentiment.label != "mixed"


# a head that learned 'mixed' as a fourth class: axis 1 now pushes 'mixed', not 'neutral'
MIX_HEAD = LinearHead(
    np.array([[8.0, 0, 0], [0, 0, 0], [0, 0, 8.0], [0, 8.0, 0]]),
    np.zeros(4),
    ["negative", "neutral", "positive", "mixed"],
    "softmax",
)


def test_sentiment_learned_mixed_class_makes_documents_mixed_and_sentences_three_way(
    tmp_path,  # noqa: ANN001
) -> None:
    MIX_HEAD.save(tmp_path / "m", {"mixed_class_threshold": 0.6})
    stage = SentimentStage.load(tmp_path / "m")
    both, neg = doc_with([[0.05, 1, 0.05]]), doc_with([[1, 0.05, 0]])
    stage([both, neg])
    assert both.sentiment is not None and both.sentiment.label == "mixed"
    assert neg.sentiment is not None and neg.sentiment.label == "negative"
    for d in (both, neg):  # records keep three probabilities that sum to one
        assert d.sentiment is not None and set(d.sentiment.probabilities) == {
            "negative",
            "neutral",
            "positive",
        }
        assert abs(sum(d.sentiment.probabilities.values()) - 1) < 1e-3
        for seg in d.segments:
            assert seg.sentiment is not None and seg.sentiment.label != "mixed"
    lean = [[0.5, 0.6, 0.5]]  # P(mixed) about 0.55
    strict, lax = doc_with(lean), doc_with(lean)
    SentimentStage(MIX_HEAD, mixed_class_threshold=0.6)([strict])
    SentimentStage(MIX_HEAD, mixed_class_threshold=0.5)([lax])
    assert strict.sentiment is not None and strict.sentiment.label != "mixed"
    assert lax.sentiment is not None and lax.sentiment.label == "mixed"


def test_sentiment_one_part_threshold_comes_from_the_manifest(tmp_path) -> None:  # noqa: ANN001
    SENT_HEAD.save(tmp_path / "s", {"mixed_doc_threshold": 0.35, "mixed_single_threshold": 1.0})
    loaded = SentimentStage.load(tmp_path / "s")
    one = doc_with([[0.3, 0, 0.3]])
    loaded([one])
    assert one.sentiment is not None and one.sentiment.label != "mixed"
    SENT_HEAD.save(tmp_path / "t", {"mixed_doc_threshold": 0.35})  # absent: the same as longer
    again = doc_with([[0.3, 0, 0.3]])
    SentimentStage.load(tmp_path / "t")([again])
    assert again.sentiment is not None and again.sentiment.label == "mixed"


def test_sentiment_language_offsets_apply_only_to_their_language(tmp_path) -> None:  # noqa: ANN001
    from textinsight.types import Language

    def labelled(code: str | None, stage: SentimentStage) -> tuple[str, str]:
        doc = doc_with([[-0.1, 0.99, -0.1]] * 2)  # no pull either way: neutral wins
        doc.language = Language(code, 1.0) if code else None
        stage([doc])
        assert doc.sentiment is not None
        return doc.sentiment.label, doc.segments[0].sentiment.label  # type: ignore[union-attr]

    stage = SentimentStage(SENT_HEAD, language_offsets={"da": {"negative": 1.5}})
    assert labelled("da", stage) == ("negative", "negative")  # documents and their parts
    assert labelled("sv", stage) == ("neutral", "neutral")
    assert labelled(None, stage) == ("neutral", "neutral")
    # read from the manifest, as calibrate_heads.py writes it
    SENT_HEAD.save(tmp_path / "s", {"class_offsets_by_language": {"da": {"negative": 1.5}}})
    loaded = SentimentStage.load(tmp_path / "s")
    assert labelled("da", loaded)[0] == "negative" and labelled("nb", loaded)[0] == "neutral"


def test_multilabel_long_document_needs_evidence_from_more_than_one_part() -> None:
    head = LinearHead(
        np.array([[10.0, 0, 0]]), np.array([-5.0]), ["time_effort"], "sigmoid", np.array([0.5])
    )
    one = doc_with([[1, 0, 0]] + [[0, 0, 1]] * 9)
    MultiLabelStage("pillars", head)([one])
    assert one.labels["pillars"] == []  # a stray sentence stays evidence on that sentence
    assert [x.id for x in one.segments[0].labels["pillars"]] == ["time_effort"]
    three = doc_with([[1, 0, 0]] * 3 + [[0, 0, 1]] * 7)
    MultiLabelStage("pillars", head)([three])
    assert [x.id for x in three.labels["pillars"]] == ["time_effort"]
    short = doc_with([[1, 0, 0], [0, 0, 1]])  # short texts: any sentence counts
    MultiLabelStage("pillars", head)([short])
    assert [x.id for x in short.labels["pillars"]] == ["time_effort"]


def test_multilabel_uses_thresholds_and_sentence_evidence() -> None:
    head = LinearHead(
        np.array([[10.0, 0, 0], [0, 10.0, 0]]),
        np.array([-5.0, -5.0]),
        ["time_effort", "empathy"],
        "sigmoid",
        np.array([0.5, 0.9]),
    )
    doc = doc_with([[1, 0, 0], [0, 0.55, 0]])
    MultiLabelStage("pillars", head)([doc])
    assert [x.id for x in doc.labels["pillars"]] == ["time_effort"]  # empathy 0.62 < 0.9
    assert [x.id for x in doc.segments[0].labels["pillars"]] == ["time_effort"]
    assert doc.segments[1].labels["pillars"] == []


def test_feedback_type_is_single_label() -> None:
    head = LinearHead(np.eye(3), np.zeros(3), ["complaint", "praise", "question"], "softmax")
    doc = doc_with([[0, 0, 1]])
    FeedbackTypeStage(head)([doc])
    assert doc.feedback_type is not None and doc.feedback_type.id == "question"


def test_head_stage_single_label_at_both_levels_writes_choices() -> None:
    from textinsight.heads import HeadSpec
    from textinsight.stages.labels import HeadStage

    head = LinearHead(np.eye(3), np.zeros(3), ["a", "b", "c"], "softmax")
    spec = HeadSpec("h", "h", "single", "both", ("a", "b", "c"), (0.5,) * 3, "h")
    stage = HeadStage(spec, head)
    assert stage.requires == ("segment_label_embeddings", "label_embedding")
    assert stage.assigns == ("choices.h", "segments.choices")
    doc = doc_with([[1, 0, 0], [0, 0, 1], [0, 0, 1]])
    stage([doc])
    assert doc.choices["h"].id == "c" and doc.labels == {}
    assert [s.choices["h"].id for s in doc.segments] == ["a", "c", "c"]
    p = head.predict_proba(doc.label_embedding)[0]  # type: ignore[arg-type]
    assert doc.choices["h"].confidence == round(float(p.max()), 4)


def test_head_stage_document_level_multi_label_ignores_the_sentences() -> None:
    from textinsight.heads import HeadSpec
    from textinsight.stages.labels import HeadStage

    head = LinearHead(np.array([[10.0, 0, 0]]), np.array([-5.0]), ["x"], "sigmoid", np.array([0.5]))
    spec = HeadSpec("m", "flags", "multi", "document", ("x",), (0.5,), "flag")
    stage = HeadStage(spec, head)
    assert stage.requires == ("label_embedding",)
    doc = doc_with([[1, 0, 0], [0, 0, 1], [0, 0, 1]])  # at level 'both' its first sentence
    stage([doc])  # would give it x; here the document vector alone decides: p(x) = 0.37
    assert doc.labels["flags"] == []
    assert all(s.labels == {} for s in doc.segments)
    doc = doc_with([[1, 0, 0]])
    stage([doc])
    assert [x.id for x in doc.labels["flags"]] == ["x"]


def test_feedback_type_property_is_the_choice_of_the_head() -> None:
    doc = Document("1", "x")
    assert doc.feedback_type is None
    doc.choices["feedback_type"] = LabelScore("praise", 0.9)
    assert doc.feedback_type == LabelScore("praise", 0.9)
    doc.feedback_type = None
    assert "feedback_type" not in doc.choices


def test_sentiment_long_document_rule_from_the_manifest() -> None:
    parts = [[0, 0, 1]] * 7 + [[1, 0, 0]] * 3  # 30 % of the polar text is negative
    doc = doc_with(parts)
    doc.label_embedding = np.array([0.3, 0, 0.3], dtype=np.float32)  # a two-sided mean vector
    default = SentimentStage(SENT_HEAD, mixed_doc_threshold=0.35)
    assert default([copy.deepcopy(doc)])[0].sentiment.label == "mixed"  # type: ignore[union-attr]
    rule = {"label": "parts", "vector_mixed": False, "mixed_min_share": 0.35}
    stage = SentimentStage(SENT_HEAD, mixed_doc_threshold=0.35, long_document=rule)
    out = stage([copy.deepcopy(doc)])[0].sentiment
    assert out is not None and out.label == "positive"  # from the parts, not the mean vector
    assert out.probabilities["positive"] > 0.6
    # a short document keeps the short rules (its vector may make it mixed)
    short = doc_with([[0, 0, 1], [1, 0, 0]])
    short.label_embedding = np.array([0.3, 0, 0.3], dtype=np.float32)
    assert stage([short])[0].sentiment.label == "mixed"  # type: ignore[union-attr]


def test_sentiment_long_document_vector_tests_one_at_a_time() -> None:
    """``vector_mixed``: "class" lets only a learned P(mixed) of the document vector make a
    long document mixed, "poles" only its two-pole test; a value outside the four is a
    ModelError."""
    import pytest

    from textinsight.errors import ModelError

    parts = [[0, 0, 1]] * 8 + [[1, 0, 0]] * 2  # 20 % negative: the parts alone never mix
    mixed_vector = doc_with(parts)
    mixed_vector.label_embedding = np.array([0.05, 1, 0.05], dtype=np.float32)  # P(mixed) high
    two_pole = doc_with(parts)
    two_pole.label_embedding = np.array([0.6, 0, 0.6], dtype=np.float32)  # both poles, no mixed

    def label(vector_mixed: object, doc: Document) -> str:
        rule = {"label": "vector", "vector_mixed": vector_mixed, "mixed_min_share": 0.35}
        stage = SentimentStage(
            MIX_HEAD, mixed_doc_threshold=0.4, mixed_class_threshold=0.5, long_document=rule
        )
        return stage([copy.deepcopy(doc)])[0].sentiment.label  # type: ignore[union-attr]

    assert label("class", mixed_vector) == "mixed" and label("class", two_pole) != "mixed"
    assert label("poles", mixed_vector) != "mixed" and label("poles", two_pole) == "mixed"
    assert label(True, mixed_vector) == "mixed" and label(True, two_pole) == "mixed"
    assert label(False, mixed_vector) != "mixed" and label(False, two_pole) != "mixed"
    with pytest.raises(ModelError):
        SentimentStage(MIX_HEAD, long_document={"vector_mixed": "sometimes"})


def test_multilabel_long_document_min_parts_from_the_rule() -> None:
    head = LinearHead(
        np.array([[10.0, 0, 0]]), np.array([-5.0]), ["time_effort"], "sigmoid", np.array([0.5])
    )
    two = doc_with([[1, 0, 0]] * 2 + [[0, 0, 1]] * 3)  # two parts of five: 40 % of the text
    assert [x.id for x in MultiLabelStage("pillars", head)([two])[0].labels["pillars"]] == [
        "time_effort"
    ]
    strict = HeadStage(
        MultiLabelStage("pillars", head).spec, head, {"min_parts": 3, "min_share": 0.1}
    )
    two = doc_with([[1, 0, 0]] * 2 + [[0, 0, 1]] * 3)
    assert strict([two])[0].labels["pillars"] == []


def test_sentiment_lexicon_shifts_documents_and_parts_by_their_own_words(tmp_path) -> None:  # noqa: ANN001
    from textinsight.types import Language

    text = "Det er elendig. Vi kom kl 9."  # a negative word in the first sentence only
    doc = Document("1", text, segments=[Segment(0, 15), Segment(16, len(text))])
    doc.language = Language("da", 1.0)
    vec = np.array([[-0.1, 0.99, -0.1]] * 2, dtype=np.float32)  # the vectors alone: neutral
    doc.segment_label_embeddings, doc.label_embedding = vec, vec[0]
    weights = np.array([[0.0, 4.0], [0.0, 0.0], [0.0, -4.0]])  # negative valence -> negative
    out = SentimentStage(SENT_HEAD, lexicon_weights=weights)([doc])[0]
    assert [s.sentiment.label for s in out.segments] == ["negative", "neutral"]  # type: ignore[union-attr]
    assert out.sentiment is not None and out.sentiment.label == "negative"
    plain = copy.deepcopy(doc)
    assert SentimentStage(SENT_HEAD).lexicon is None  # no weights: the lexicon is never read
    SentimentStage(SENT_HEAD)([plain])
    assert plain.sentiment is not None and plain.sentiment.label == "neutral"
    # read from the manifest, as calibrate_heads.py --lexicon writes it (class -> weights)
    SENT_HEAD.save(
        tmp_path / "s", {"lexicon": {"weights": {"negative": [0.0, 4.0], "positive": [0, -4]}}}
    )
    loaded = SentimentStage.load(tmp_path / "s")
    assert loaded.lexicon_weights is not None
    assert loaded.lexicon_weights.tolist() == [[0.0, 4.0], [0.0, 0.0], [0.0, -4.0]]
    again = copy.deepcopy(plain)
    loaded([again])
    assert again.sentiment is not None and again.sentiment.label == "negative"


def test_non_answers_are_neutral_other_and_unlabelled_by_rule() -> None:
    """Issue 11: a stock non-answer gets neutral sentiment, the single-label head's declared
    class and no multi-label label, whatever the vectors say; a rated stock answer ("Good")
    and a real comment stay the models'."""
    from textinsight.heads import HeadSpec

    neg = [[1.0, 0.0, 0.0]]  # vectors that pull every head hard
    texts = ["Ingen kommentarer.", "-", "N/A", "Inget att tillägga", "Good", "Alt var dårligt"]
    docs = []
    for t in texts:
        doc = doc_with(neg)
        doc.text, doc.segments = t, [Segment(0, len(t))]
        docs.append(doc)
    SentimentStage(SENT_HEAD)(docs)
    assert [d.sentiment.label for d in docs] == ["neutral"] * 4 + ["negative"] * 2  # type: ignore[union-attr]
    assert docs[0].sentiment.probabilities["neutral"] == 1.0 and docs[0].sentiment.score == 0  # type: ignore[union-attr]
    assert docs[0].segments[0].sentiment.label == "neutral"  # type: ignore[union-attr]

    multi = LinearHead(np.array([[10.0, 0, 0]]), np.array([0.0]), ["billing"], "sigmoid")
    MultiLabelStage("touchpoints", multi)(docs)
    assert [bool(d.labels["touchpoints"]) for d in docs] == [False] * 4 + [True] * 2
    assert docs[1].segments[0].labels["touchpoints"] == []

    classes = ["complaint", "other"]
    single = LinearHead(np.array([[10.0, 0, 0], [0, 0, 0]]), np.zeros(2), classes, "softmax")
    manifest = {"kind": "single", "classes": classes, "non_answer": "other"}
    HeadStage(HeadSpec.from_manifest("feedback_type", manifest), single)(docs)
    got = [d.choices["feedback_type"] for d in docs]
    assert [c.id for c in got] == ["other"] * 4 + ["complaint"] * 2
    assert got[0].confidence == 1.0
    # a head that names no class for them leaves them to its model
    undeclared = {"kind": "single", "classes": classes}
    HeadStage(HeadSpec.from_manifest("feedback_type", undeclared), single)(docs)
    assert docs[0].choices["feedback_type"].id == "complaint"


def test_non_answers_are_neutral_with_a_learned_mixed_class_too() -> None:
    """A head with a 'mixed' class: a non-answer is neutral with three probabilities, whatever
    its vector's P(mixed); a real comment with the same vector is mixed."""
    docs = []
    for t in ["Ingen kommentarer.", "N/A", "Både godt og skidt"]:
        doc = doc_with([[0.05, 1.0, 0.05]])  # P(mixed) close to 1
        doc.text, doc.segments = t, [Segment(0, len(t))]
        docs.append(doc)
    SentimentStage(MIX_HEAD, mixed_class_threshold=0.5)(docs)
    assert [d.sentiment.label for d in docs] == ["neutral", "neutral", "mixed"]  # type: ignore[union-attr]
    assert docs[0].sentiment.probabilities == {"negative": 0.0, "neutral": 1.0, "positive": 0.0}  # type: ignore[union-attr]


def test_non_answer_class_must_be_one_of_a_single_label_heads_classes() -> None:
    import pytest

    from textinsight.errors import ModelError
    from textinsight.heads import HeadSpec

    with pytest.raises(ModelError, match="non_answer"):
        HeadSpec.from_manifest("x", {"kind": "single", "classes": ["a"], "non_answer": "b"})
    with pytest.raises(ModelError, match="non_answer"):
        HeadSpec.from_manifest("x", {"kind": "multi", "classes": ["a"], "non_answer": "a"})


def test_sentiment_predict_takes_one_vector_or_many() -> None:
    stage = SentimentStage(SENT_HEAD)
    one = stage.predict(np.array([1.0, 0.0, 0.0], dtype=np.float32))
    assert one.shape == (1, 3) and int(one.argmax()) == 0
    assert stage.predict(np.eye(3, dtype=np.float32)).shape == (3, 3)


def test_non_answer_turns_of_a_transcript_are_no_evidence() -> None:
    """In a longer text a "Nej tak" part is neutral and carries no label; a document whose
    every answer is one is a non-answer as a whole."""
    from textinsight.types import Segment as Seg

    text = "Alt var elendig. Nej tak. Men personalet var søde."
    cuts = [(0, 16), (17, 25), (26, len(text))]
    doc = Document("1", text, segments=[Seg(a, b) for a, b in cuts])
    # the middle part's vector pulls hard negative: the rule, not the vector, decides
    vec = np.array([[1, 0, 0], [1, 0, 0], [0, 0, 1]], dtype=np.float32)
    doc.segment_label_embeddings, doc.label_embedding = vec, vec.mean(0)
    SentimentStage(SENT_HEAD)([doc])
    assert [s.sentiment.label for s in doc.segments] == ["negative", "neutral", "positive"]  # type: ignore[union-attr]
    head = LinearHead(np.array([[10.0, 0, 0]]), np.array([-5.0]), ["billing"], "sigmoid")
    MultiLabelStage("touchpoints", head)([doc])
    assert [bool(s.labels["touchpoints"]) for s in doc.segments] == [True, False, False]

    turns = "I: Har du mere at tilføje?\nR: Nej tak."
    t = Document("2", turns, segments=[Seg(0, 26, "turn", "I"), Seg(27, len(turns), "turn", "R")])
    t.segments[1].model_text = "Nej tak."
    v = np.array([[1, 0, 0], [1, 0, 0]], dtype=np.float32)
    t.segment_label_embeddings, t.label_embedding = v, v[0]
    SentimentStage(SENT_HEAD)([t])
    MultiLabelStage("touchpoints", head)([t])
    assert t.sentiment is not None and t.sentiment.label == "neutral"
    assert t.labels["touchpoints"] == []


def interview(turns: list[tuple[str, list[float]]]) -> Document:
    """A transcript of (speaker, vector) turns, each ten characters long."""
    segs = [Segment(i * 10, i * 10 + 9, "turn", who) for i, (who, _) in enumerate(turns)]
    doc = Document("t", "x" * (10 * len(turns)), segments=segs)
    vectors = np.array([v for _, v in turns], dtype=np.float32)
    mean = vectors.mean(0)
    doc.segment_embeddings = doc.segment_label_embeddings = vectors
    doc.embedding = doc.label_embedding = mean / np.linalg.norm(mean)
    return doc


def mean_reader(classes: list[str], min_parts: int, bias: list[float] | None = None) -> dict:
    """An aggregator (manifest form) whose class scores are the log mean part probabilities."""
    n = len(classes)
    coef = np.hstack([np.eye(n), np.zeros((n, n))])
    return {
        "kind": "single",
        "features": ["mean", "vector"],
        "classes": classes,
        "coef": coef.tolist(),
        "intercept": bias or [0.0] * n,
        "min_parts": min_parts,
        "part_kind": "turn",
    }


def test_sentiment_aggregator_reads_the_respondent_not_the_questions() -> None:
    """Five negative-looking questions and five answers, three positive: the mean vector of
    every turn reads negative, the aggregator over the answers positive; a document shorter
    than its ``min_parts`` keeps the rule, and it can say ``mixed``."""
    neg, pos = [1.0, 0, 0], [0, 0, 1.0]
    turns = [("I", neg), ("R", pos), ("I", neg), ("R", pos), ("I", neg), ("R", pos)]
    doc = interview(turns + [("I", neg), ("R", neg), ("I", neg), ("R", neg)])
    classes = ["negative", "neutral", "positive", "mixed"]
    rule = {"label": "vector", "vector_mixed": False, "mixed_min_share": 0.45}
    plain = SentimentStage(MIX_HEAD, long_document=rule)([copy.deepcopy(doc)])[0].sentiment
    assert plain is not None and plain.label == "negative"
    agg = SentimentStage(MIX_HEAD, long_document={**rule, "aggregator": mean_reader(classes, 10)})
    out = agg([copy.deepcopy(doc)])[0].sentiment
    assert out is not None and out.label == "positive"
    assert set(out.probabilities) == {"negative", "neutral", "positive"}
    assert abs(sum(out.probabilities.values()) - 1) < 1e-3 and out.score > 0
    comment = copy.deepcopy(doc)  # the same parts as sentences of a long comment: the rule
    comment.segments = [Segment(s.start, s.end) for s in doc.segments]
    assert agg([comment])[0].sentiment.label == "negative"  # type: ignore[union-attr]
    too_long = mean_reader(classes, 11)  # needs eleven parts: the rule decides
    late = SentimentStage(MIX_HEAD, long_document={**rule, "aggregator": too_long})
    assert late([copy.deepcopy(doc)])[0].sentiment.label == "negative"  # type: ignore[union-attr]
    mixer = mean_reader(classes, 10, [0.0, 0.0, 0.0, 10.0])  # P(mixed) lifted above the rest
    mixed = SentimentStage(MIX_HEAD, long_document={**rule, "aggregator": mixer})
    assert mixed([copy.deepcopy(doc)])[0].sentiment.label == "mixed"  # type: ignore[union-attr]


def test_document_level_head_with_an_aggregator_reads_the_parts_but_labels_none() -> None:
    import pytest

    from textinsight.errors import ModelError
    from textinsight.heads import HeadSpec

    head = LinearHead(np.eye(3) * 8, np.zeros(3), ["complaint", "other", "praise"], "softmax")
    spec = HeadSpec("fb", "fb", "single", "document", tuple(head.classes_), (0.5,) * 3, "fb")
    classes = list(head.classes_)
    rule = {"aggregator": mean_reader(classes, 4)}
    stage = HeadStage(spec, head, rule)
    assert "segment_label_embeddings" in stage.requires
    complaint, praise = [1.0, 0, 0], [0, 0, 1.0]
    doc = interview([("I", complaint), ("R", praise), ("I", complaint), ("R", praise)])
    assert HeadStage(spec, head)([copy.deepcopy(doc)])[0].choices["fb"].id == "complaint"
    out = stage([doc])[0]
    assert out.choices["fb"].id == "praise"
    assert all(s.choices == {} for s in out.segments)
    multi_rule = {"aggregator": {**mean_reader(classes, 4), "kind": "multi"}}
    with pytest.raises(ModelError):
        HeadStage(spec, head, multi_rule)


def test_multilabel_aggregator_labels_by_its_own_threshold() -> None:
    head = LinearHead(
        np.array([[10.0, 0, 0], [0, 10.0, 0]]),
        np.array([-5.0, -5.0]),
        ["time_effort", "empathy"],
        "sigmoid",
        np.array([0.5, 0.5]),
    )
    te, em, none = [1.0, 0, 0], [0, 1.0, 0], [0, 0, 1.0]
    turns = [("R", te), ("R", te), ("R", none), ("I", em), ("R", em)]  # empathy: asked once
    reader = {  # the label's probability: sigmoid(8 · share - 2)
        "kind": "multi",
        "features": ["mean", "max", "share"],
        "classes": ["time_effort", "empathy"],
        "coef": [0.0, 0.0, 8.0],
        "intercept": [-2.0],
        "min_parts": 5,
        "threshold": 0.6,
    }
    stage = HeadStage(MultiLabelStage("pillars", head).spec, head, {"aggregator": reader})
    out = stage([interview(turns)])[0]
    assert [x.id for x in out.labels["pillars"]] == ["time_effort"]  # shares 0.5 and 0.25
    assert out.labels["pillars"][0].confidence == pytest.approx(1 / (1 + np.exp(-2.0)), abs=1e-3)
    lax = HeadStage(
        MultiLabelStage("pillars", head).spec, head, {"aggregator": {**reader, "threshold": 0.4}}
    )
    assert [x.id for x in lax([interview(turns)])[0].labels["pillars"]] == [
        "time_effort",
        "empathy",
    ]
    # segments keep the head's own thresholds
    assert [x.id for x in out.segments[4].labels["pillars"]] == ["empathy"]


def test_sentiment_aggregator_reads_what_the_fitting_reads() -> None:
    """The stage's label is the aggregator's prediction on ``document_evidence`` (what the
    fitting script reads); a non-answer turn counts as neutral evidence; a title line before
    the turns is no evidence and does not stop the aggregator."""
    from textinsight.aggregator import Aggregator

    neg, pos = [1.0, 0, 0], [0, 0, 1.0]
    turns = [("I", neg), ("R", pos)] * 3 + [("I", neg), ("R", neg)] * 2
    classes = ["negative", "neutral", "positive", "mixed"]
    spec = mean_reader(classes, 10)
    stage = SentimentStage(MIX_HEAD, long_document={"aggregator": spec})
    doc = interview(turns)
    evidence = stage.document_evidence(copy.deepcopy(doc), None)
    assert evidence is not None
    expected = Aggregator.from_manifest(spec, classes).predict(evidence)
    out = stage([doc])[0].sentiment
    assert out is not None and out.label == classes[int(np.argmax(expected))] == "positive"
    # the first answer says "Ingen kommentarer": neutral evidence, whatever its vector
    quiet = interview(turns)
    quiet.text = "Ingen kommentarer" + quiet.text[17:]
    quiet.segments[0] = Segment(0, 17, "turn", "R")
    ev = stage.document_evidence(quiet, None)
    assert ev is not None and ev.part_probs[0].tolist() == [0.0, 1.0, 0.0, 0.0]
    # a title line before the turns: the aggregator still decides, the title weighs nothing
    titled = interview([("", neg)] + turns)
    titled.segments[0] = Segment(0, 9)
    ev = stage.document_evidence(titled, None)
    assert ev is not None and ev.weights[0] == 0
    assert stage([titled])[0].sentiment.label == "positive"  # type: ignore[union-attr]


def test_document_level_head_with_an_aggregator_needs_no_part_vectors() -> None:
    """A document without part vectors is labelled from its own vector, as before."""
    from textinsight.heads import HeadSpec

    head = LinearHead(np.eye(3) * 8, np.zeros(3), ["complaint", "other", "praise"], "softmax")
    spec = HeadSpec("fb", "fb", "single", "document", tuple(head.classes_), (0.5,) * 3, "fb")
    stage = HeadStage(spec, head, {"aggregator": mean_reader(list(head.classes_), 4)})
    doc = interview([("I", [1.0, 0, 0]), ("R", [0, 0, 1.0])] * 2)
    doc.segment_label_embeddings = None
    assert stage([doc])[0].choices["fb"].id == "complaint"  # the mean vector's label


def test_each_kind_of_long_document_takes_its_own_aggregator() -> None:
    """A transcript takes the turn model, a long comment of the same parts the sentence
    model (listed after it), a comment with fewer sentences than that model's ``min_parts``
    the rule; the older single ``aggregator`` key is read as the list's first."""
    neg, pos = [1.0, 0, 0], [0, 0, 1.0]
    doc = interview([("R", pos)] * 6 + [("R", neg)] * 4)
    comment = copy.deepcopy(doc)
    comment.segments = [Segment(s.start, s.end) for s in doc.segments]
    classes = ["negative", "neutral", "positive", "mixed"]
    rule = {"label": "vector", "vector_mixed": False, "mixed_min_share": 0.45}
    turn = mean_reader(classes, 10)  # the mean of the parts: positive
    sentence = {**mean_reader(classes, 8, [0.0, 0.0, 0.0, 10.0]), "part_kind": "sentence"}
    stage = SentimentStage(MIX_HEAD, long_document={**rule, "aggregators": [turn, sentence]})
    assert stage([copy.deepcopy(doc)])[0].sentiment.label == "positive"  # type: ignore[union-attr]
    assert stage([copy.deepcopy(comment)])[0].sentiment.label == "mixed"  # type: ignore[union-attr]
    short = copy.deepcopy(comment)
    short.segments = short.segments[:7]
    short.segment_label_embeddings = short.segment_label_embeddings[:7]  # type: ignore[index]
    ruled = SentimentStage(MIX_HEAD, long_document=rule)([copy.deepcopy(short)])[0].sentiment
    got = stage([short])[0].sentiment
    assert got is not None and ruled is not None and got.label == ruled.label != "mixed"
    legacy = SentimentStage(
        MIX_HEAD, long_document={**rule, "aggregator": turn, "aggregators": [sentence]}
    )
    assert [a.part_kind for a in legacy.aggregators] == ["turn", "sentence"]


def test_multilabel_head_refuses_aggregators_of_two_kinds() -> None:
    from textinsight.errors import ModelError

    head = LinearHead(np.eye(3, dtype=np.float32), np.zeros(3), ["a", "b", "c"], "sigmoid")
    spec = MultiLabelStage("pillars", head).spec
    single = mean_reader(["a", "b", "c"], 4)
    multi = {**single, "kind": "multi", "features": ["mean", "max", "share"]}
    multi.update(coef=[1.0, 0.0, 0.0], intercept=[0.0])
    with pytest.raises(ModelError, match="single- and multi-label"):
        HeadStage(spec, head, {"aggregators": [multi, {**single, "part_kind": "sentence"}]})
    stage = HeadStage(spec, head, {"aggregators": [multi, {**multi, "part_kind": "sentence"}]})
    assert len(stage.aggregators) == 2 and "segment_label_embeddings" in stage.requires


def test_multilabel_head_labels_a_long_comment_by_its_sentence_model() -> None:
    """Eight sentences, five about label a: the sentence model (the mean probability's logit)
    gives a, the transcript model (which never labels) does not read comments; the same
    parts as speaker turns take the transcript model and get nothing."""
    head = LinearHead(
        10 * np.eye(3, dtype=np.float32), np.full(3, -5.0), ["a", "b", "c"], "sigmoid"
    )
    spec = MultiLabelStage("pillars", head).spec
    multi = {
        "kind": "multi",
        "features": ["mean", "max", "share"],
        "classes": ["a", "b", "c"],
        "coef": [1.0, 0.0, 0.0],
        "min_parts": 6,
        "threshold": 0.5,
    }
    never = {**multi, "intercept": [-50.0], "part_kind": "turn"}
    reader = {**multi, "intercept": [0.0], "part_kind": "sentence"}
    stage = HeadStage(spec, head, {"aggregators": [never, reader]})
    a, b = [1.0, 0, 0], [0, 1.0, 0]
    doc = interview([("R", a)] * 5 + [("R", b)] * 3)
    comment = copy.deepcopy(doc)
    comment.segments = [Segment(s.start, s.end) for s in doc.segments]
    assert [x.id for x in stage([comment])[0].labels["pillars"]] == ["a"]
    assert stage([doc])[0].labels["pillars"] == []
