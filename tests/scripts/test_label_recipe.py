"""The label-trunk recipe's targets and the calibration's class handling (scripts/)."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from textinsight.heads import LinearHead

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def scripts():  # -> the two script modules
    sys.path.insert(0, str(SCRIPTS))
    try:
        import calibrate_heads
        import finetune_trunk
    finally:
        sys.path.remove(str(SCRIPTS))
    return finetune_trunk, calibrate_heads


def test_recipe_mixed_is_a_soft_target_or_a_class_of_its_own(scripts) -> None:  # noqa: ANN001
    target = scripts[0].sentiment_target
    assert target("mixed") == [0.5, 0.0, 0.5]
    assert target("positive") == [0.0, 0.0, 1.0]
    assert target("mixed", mixed_class=True) == [0.0, 0.0, 0.0, 1.0]
    assert target("negative", mixed_class=True) == [1.0, 0.0, 0.0, 0.0]
    assert target("angry") is None and target("angry", mixed_class=True) is None


def test_calibration_reads_sentences_three_way_and_shifts_by_name(scripts) -> None:  # noqa: ANN001
    cal = scripts[1]
    head = LinearHead(
        np.array([[8.0, 0, 0], [0, 0, 0], [0, 0, 8.0], [0, 8.0, 0]]),
        np.array([0.0, 1.0, 0.0, 0.0]),
        ["negative", "neutral", "positive", "mixed"],
        "softmax",
    )
    x = np.array([[0.0, 1.0, 0.0], [0.3, 1.0, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)
    assert cal.three_way(head, x) == ["neutral", "negative", "positive"]  # never 'mixed'
    shift = cal.offsets(head, -1.0, 2.0)
    assert shift.tolist() == [-1.0, 2.0, 0.0, 0.0]
    assert cal.three_way(head, x[:2], shift) == ["neutral", "neutral"]


def _doc(vector: list[float]):  # -> a one-part Document with its label vector
    from textinsight.types import Document, Segment

    v = np.array([vector], dtype=np.float32)
    v /= np.linalg.norm(v)
    doc = Document("1", "x" * 10, segments=[Segment(0, 9)])
    doc.segment_embeddings = doc.segment_label_embeddings = v
    doc.embedding = doc.label_embedding = v[0]
    return doc


def test_calibration_flip_guard_keeps_only_thresholds_under_it(scripts) -> None:  # noqa: ANN001
    """Unguarded, the best macro-F1 reads the one negative text among positive look-alikes
    as positive; ``--max-flips 0`` chooses thresholds that read none backwards (a lower
    P(mixed) threshold makes them mixed); an impossible guard stops the script instead of
    saving made-up thresholds."""
    cal = scripts[1]
    classes = ["negative", "neutral", "positive", "mixed"]
    head = LinearHead(np.eye(4) * 8.0, np.zeros(4), classes, "softmax")
    rows = [("negative", [1, 0, 0, 0])] * 3 + [("positive", [0, 0, 1, 0])] * 3
    rows += [("neutral", [0, 1, 0, 0])] * 2 + [("mixed", [0, 0, 0, 1])]
    lean = [0.5, 0, 0.6, 0.45]  # both poles strong, positive ahead, some P(mixed)
    rows += [("positive", lean)] * 3 + [("negative", lean)]  # the last: a flip unless mixed
    rows += [("negative", [0.6, 0, 0.5, 0.45])] * 3  # its mirror: keeps the offsets near 0
    data = [{"sentiment": g, "lang": "da", "text": "x"} for g, _ in rows]
    docs = [_doc(v) for _, v in rows]
    free = cal.calibrate_sentiment(copy.deepcopy(head), data, docs, data, docs)
    assert free["metrics"]["development_flips"] == f"2 of {2 * len(rows)}"  # best F1 flips
    chosen = cal.calibrate_sentiment(copy.deepcopy(head), data, docs, data, docs, max_flips=0.0)
    assert chosen["metrics"]["development_flips"] == f"0 of {2 * len(rows)}"
    assert chosen["mixed_class_threshold"] < free["mixed_class_threshold"]  # reads them mixed
    with pytest.raises(SystemExit):
        cal.calibrate_sentiment(copy.deepcopy(head), data, docs, data, docs, max_flips=-1.0)


def test_calibration_feedback_offsets_lift_a_biased_head_and_leave_a_right_one(scripts) -> None:  # noqa: ANN001
    cal = scripts[1]
    classes = ["complaint", "other", "praise"]
    # complaint wins by 0.6 wherever complaint and praise are equally near: a biased intercept
    head = LinearHead(np.eye(3) * 4.0, np.array([0.6, 0.0, 0.0]), classes, "softmax")
    x = np.array([[1, 0, 0], [0, 1, 0], [0.5, 0, 0.5], [0.5, 0, 0.5], [0, 0, 1]], np.float32)
    gold = ["complaint", "other", "praise", "praise", "praise"]
    o, before, after, _ = cal.feedback_offsets(copy.deepcopy(head), x, gold)
    assert o[0] == 0.0 and o[2] > o[0] + 0.6 - 1e-6  # praise lifted past complaint's lead
    assert after == 1.0 > before
    right = LinearHead(np.eye(3) * 4.0, np.zeros(3), classes, "softmax")
    o, before, after, gain = cal.feedback_offsets(right, x[[0, 1, 4]], classes)
    assert not o.any() and before == after == 1.0 and gain == 0.0  # among equals: no shift
    assert not right.intercept_.any()  # the head itself is left as it was


def test_recipe_development_tally_leaves_mixed_out_of_three_classes(scripts) -> None:  # noqa: ANN001
    import torch

    ft = scripts[0]
    heads = SimpleNamespace(mod={"sentiment": lambda x: x}, scale=1.0)  # logits = the vector
    rows = [
        ft.Row("a", {"sentiment": [1.0, 0.0, 0.0, 0.0]}),  # negative, read negative
        ft.Row("b", {"sentiment": [0.0, 0.0, 1.0, 0.0]}),  # positive, read negative
        ft.Row("c", {"sentiment": [0.0, 0.0, 0.0, 1.0]}),  # mixed, read mixed
        ft.Row("d", {"feedback_type": 1}),  # no sentiment: not scored for it
    ]
    logits = torch.tensor([[3.0, 0, 0, 0], [2.0, 0, 1, 0], [0.0, 0, 1, 3], [9.0, 9, 9, 9]])
    three, four = ft.Tally(), ft.Tally(four=True)
    for tally in (three, four):
        tally.add(heads, logits[:2], rows[:2])
        tally.add(heads, logits[2:], rows[2:])
    assert three.gold["sentiment"] == [0, 2] and three.preds["sentiment"] == [0, 0]
    assert three.scores() == {"sentiment_macro_f1": round(2 / 3 / 2, 4)}
    assert four.preds["sentiment4"] == [0, 0, 3]
    assert four.scores()["sentiment4_macro_f1"] == round((2 / 3 + 0 + 1) / 3, 4)


def test_recipe_soup_is_the_mean_of_the_runs_and_refuses_unlike_runs(scripts) -> None:  # noqa: ANN001
    import torch

    ft = scripts[0]
    a = {"w": torch.tensor([[1.0, 2.0]]), "b": torch.tensor([0.0], dtype=torch.float16)}
    b = {"w": torch.tensor([[3.0, -2.0]]), "b": torch.tensor([1.0], dtype=torch.float16)}
    c = {"w": torch.tensor([[2.0, 3.0]]), "b": torch.tensor([2.0])}
    soup = ft.average_states([a, b, c])
    assert soup["w"].tolist() == [[2.0, 1.0]] and soup["b"].tolist() == [1.0]
    assert soup["b"].dtype == torch.float32  # averaged in float32, whatever the runs were saved as
    assert ft.average_states([a])["w"].tolist() == [[1.0, 2.0]]
    with pytest.raises(ValueError, match="different parameters"):
        ft.average_states([a, {"w": a["w"]}])


def test_recipe_soup_needs_two_different_seeds(scripts) -> None:  # noqa: ANN001
    import argparse

    ft = scripts[0]
    assert ft.seed_list("0,1") == [0, 1] and ft.seed_list("2, 0,1") == [2, 0, 1]
    for bad in ("3", "1,1", "0,1,1", "a,b", ""):
        with pytest.raises(argparse.ArgumentTypeError):
            ft.seed_list(bad)


def test_recipe_manifest_names_a_soup_and_leaves_a_single_run_as_it_was(scripts) -> None:  # noqa: ANN001
    ft = scripts[0]

    def manifest(**kw: object) -> dict:
        args = SimpleNamespace(
            data=Path("d"), out=Path("o"), work=Path("w"), sweep="", cx=Path("c"), extra=[],
            layers=4, mixed_class=True, lr=1e-4, **{"seed": 0, "soup": [], **kw},
        )  # fmt: skip
        result = {"dev": {"sentiment_macro_f1": 0.5}, "history": [], "seconds": 1}
        base = {"source_version": "0.3.0", "sha256": {}}
        desc = {"files": {"a.jsonl": "ff"}}
        return ft.trunk_manifest(args, 8, 384, desc, result, base, "7913274f" + "0" * 56)

    one = manifest(seed=3)
    assert one["seed"] == 3 and one["hyper_parameters"]["seed"] == 3 and "soup" not in one
    assert "soup" not in one["hyper_parameters"] and one["version"].startswith("tuned3-")
    assert one["version"].endswith("-mixed-7913274f") and one["first_layer"] == 8
    soup = manifest(soup=[0, 2])
    assert soup["seed"] is None and "seed" not in soup["hyper_parameters"]
    assert soup["soup"]["seeds"] == [0, 2] and soup["version"].startswith("soup0+2-")
