"""Linear heads: probabilities, save and reload, checksum."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from textinsight.errors import ChecksumMismatch, ModelError
from textinsight.heads import LinearHead


def make_head(kind: str = "softmax") -> LinearHead:
    rng = np.random.default_rng(0)
    return LinearHead(
        rng.normal(size=(3, 8)),
        rng.normal(size=3),
        ["a", "b", "c"],
        kind,  # type: ignore[arg-type]
        np.array([0.3, 0.5, 0.7]),
    )


def test_heads_softmax_rows_sum_to_one() -> None:
    p = make_head().predict_proba(np.random.default_rng(1).normal(size=(5, 8)))
    assert p.shape == (5, 3)
    np.testing.assert_allclose(p.sum(1), 1.0, rtol=1e-6)


def test_heads_sigmoid_is_independent_per_label() -> None:
    head = make_head("sigmoid")
    x = np.random.default_rng(1).normal(size=(4, 8))
    p = head.predict_proba(x)
    logits = x @ head.coef_.T + head.intercept_
    np.testing.assert_allclose(p, 1 / (1 + np.exp(-logits)), rtol=1e-5)


def test_heads_save_and_reload(tmp_path: Path) -> None:
    head = make_head("sigmoid")
    head.save(tmp_path / "h", {"name": "t"})
    back = LinearHead.load(tmp_path / "h")
    x = np.random.default_rng(2).normal(size=(3, 8))
    np.testing.assert_allclose(back.predict_proba(x), head.predict_proba(x), rtol=1e-6)
    assert back.classes_ == ["a", "b", "c"] and back.kind == "sigmoid"
    np.testing.assert_allclose(back.thresholds_, [0.3, 0.5, 0.7])


def test_heads_detect_tampering_and_absence(tmp_path: Path) -> None:
    make_head().save(tmp_path / "h", {})
    with open(tmp_path / "h" / "weights.safetensors", "r+b") as f:
        f.seek(-4, 2)
        f.write(b"\x00\x01\x02\x03")
    with pytest.raises(ChecksumMismatch):
        LinearHead.load(tmp_path / "h")
    with pytest.raises(ModelError):
        LinearHead.load(tmp_path / "nothing")


# --- heads as data: the registry and each manifest's description ------------------------------


def test_heads_spec_reads_old_and_new_manifests() -> None:
    from textinsight.heads import HeadSpec

    old = HeadSpec.from_manifest(
        "pillars", {"kind": "sigmoid", "classes": ["a", "b"], "thresholds": [0.3, 0.6]}
    )
    assert (old.kind, old.level, old.key, old.group) == ("multi", "both", "pillars", "pillars")
    assert old.thresholds == (0.3, 0.6) and old.documents and old.sentences
    single = HeadSpec.from_manifest("x", {"kind": "softmax", "classes": ["a", "b"]})
    assert (single.kind, single.level, single.thresholds) == ("single", "document", (0.5, 0.5))
    assert not single.sentences
    new = HeadSpec.from_manifest(
        "x", {"kind": "single", "level": "sentence", "key": "y", "group": "g", "classes": ["a"]}
    )
    assert (new.kind, new.level, new.key, new.group) == ("single", "sentence", "y", "g")
    senti = HeadSpec.from_manifest(
        "sentiment", {"kind": "softmax", "task": "sentiment", "classes": ["negative", "positive"]}
    )
    assert senti.sentiment and senti.level == "both"


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "tanh", "classes": ["a"]},
        {"kind": "single", "level": "page", "classes": ["a"]},
        {"kind": "multi", "classes": ["a", "b"], "thresholds": [0.5]},
    ],
)
def test_heads_spec_rejects_a_bad_manifest(bad: dict) -> None:
    from textinsight.heads import HeadSpec

    with pytest.raises(ModelError, match="head 'x'"):
        HeadSpec.from_manifest("x", bad)


def test_heads_save_keeps_the_new_kind_name_and_load_reads_it(tmp_path: Path) -> None:
    import json

    make_head("softmax").save(tmp_path / "h", {"kind": "single", "level": "document"})
    assert json.loads((tmp_path / "h" / "manifest.json").read_text())["kind"] == "single"
    assert LinearHead.load(tmp_path / "h").kind == "softmax"
    make_head("sigmoid").save(tmp_path / "m", {"kind": "single"})  # disagrees: the head wins
    assert json.loads((tmp_path / "m" / "manifest.json").read_text())["kind"] == "sigmoid"


def test_heads_registry_drives_the_default_stages_and_the_shipped_specs() -> None:
    from textinsight.heads import HEADS, default_heads, head_specs, label_specs
    from textinsight.settings import DEFAULT_STAGES

    assert DEFAULT_STAGES[-len(default_heads()) :] == default_heads()
    assert [s.name for s in head_specs()] == list(HEADS)
    by = {s.key: s for s in label_specs()}
    assert "sentiment" not in by
    assert (by["pillars"].kind, by["pillars"].group) == ("multi", "pillar")
    assert (by["touchpoints"].kind, by["touchpoints"].group) == ("multi", "touchpoint")
    assert (by["feedback_type"].kind, by["feedback_type"].level) == ("single", "document")


# --- the proof: a new head is its model folder plus one registry line --------------------------


class FakeEncoder:
    """Deterministic vectors of the heads' width, one per text (no model to load)."""

    name, version = "fake", "0"

    def __init__(self, dim: int) -> None:
        self.dim = dim

    def encode_views(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        import zlib

        x = np.stack(
            [np.random.default_rng(zlib.crc32(t.encode())).normal(size=self.dim) for t in texts]
        ).astype(np.float32)
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        return x, x


def test_heads_a_copied_folder_and_a_registry_line_make_a_new_head(urgency: str) -> None:
    from fastapi.testclient import TestClient

    from api.main import create_app
    from textinsight.evaluate import evaluate_rows
    from textinsight.pipeline import Pipeline
    from textinsight.record import flat_columns, flatten, to_record
    from textinsight.settings import Settings
    from textinsight.summary import RunSummary
    from textinsight.types import Document

    from .api.conftest import fake_analyzer

    head = LinearHead.load(Path(__file__).parents[1] / "models" / "feedback_type")
    settings = Settings(progress=False, stages=["validate", "segment", "embed", urgency])
    pipe = Pipeline.from_settings(settings, encoder=FakeEncoder(head.coef_.shape[1]))
    assert pipe.names[-1] == urgency
    texts = ["The app crashed again.", "Thanks, all good!", "Can I pay by card?"]
    docs = list(pipe.pipe(Document(str(i), t) for i, t in enumerate(texts)))
    recs = [to_record(d) for d in docs]
    # the record: {"label", "confidence"} like feedback_type, a label of the copied head
    assert all(set(r[urgency]) == {"label", "confidence"} for r in recs)
    assert all(r[urgency]["label"] in head.classes_ for r in recs)
    assert "feedback_type" not in recs[0]  # only the stages that ran write
    # the flat columns and rows
    cols = flat_columns()
    assert cols.index(urgency) + 1 == cols.index(f"{urgency}_confidence")
    row = flatten(recs[0])
    assert row[urgency] == recs[0][urgency]["label"]
    assert row[f"{urgency}_confidence"] == recs[0][urgency]["confidence"]
    # the summary
    summary = RunSummary()
    for r in recs:
        summary.add(r)
    assert sum(summary.heads[urgency].values()) == 3
    assert any(line.startswith(urgency) for line in summary.render().splitlines())
    # evaluate: a head-named gold column, and the 'label' column with label_head
    gold = [
        {"id": str(i), "text": t, urgency: r[urgency]["label"]}
        for i, (t, r) in enumerate(zip(texts, recs, strict=True))
    ]
    report = evaluate_rows(gold, settings, pipeline=pipe)
    assert report["tasks"][urgency]["accuracy"] == 1.0
    wrong = [{"id": g["id"], "text": g["text"], "label": "none-such"} for g in gold]
    report = evaluate_rows(wrong, settings, pipeline=pipe, label_head=urgency)
    assert report["tasks"][urgency]["accuracy"] == 0.0
    # the API schema: the record of POST /v1/analyze describes the new field
    app = create_app(Settings(progress=False, stages=["validate"]), analyzer=fake_analyzer()[0])
    record = TestClient(app).get("/openapi.json").json()["components"]["schemas"]["Record"]
    assert set(record["properties"][urgency]["properties"]) == {"label", "confidence"}
    assert record["properties"]["pillars"]["type"] == "array"


def test_heads_without_the_registry_line_nothing_knows_the_folder(
    urgency: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textinsight import heads
    from textinsight.errors import ConfigError
    from textinsight.pipeline import Pipeline
    from textinsight.record import flat_columns
    from textinsight.schema import Record
    from textinsight.settings import Settings

    monkeypatch.delitem(heads.HEADS, urgency)
    assert urgency not in flat_columns()
    assert urgency not in Record.model_json_schema()["properties"]
    with pytest.raises(ConfigError, match="unknown stages"):
        Pipeline.from_settings(Settings(stages=["validate", urgency]))


# --- the shipped churn_risk head ---------------------------------------------------------------


def test_heads_a_head_is_on_by_default_only_with_a_decent_held_out_figure() -> None:
    import json

    from textinsight.heads import HEADS, head_dir

    manifest = json.loads((head_dir("churn_risk") / "manifest.json").read_text())
    assert HEADS["churn_risk"] == (manifest["metrics"]["test_macro_f1"] >= 0.75)
    assert manifest["training"]["split"] == "train" and manifest["metrics"]["test_n"] > 0


@pytest.fixture(scope="module")
def churn_report(default_settings, real_encoder) -> dict:  # noqa: ANN001
    from textinsight.evaluate import evaluate_file
    from textinsight.pipeline import Pipeline

    data = sorted((Path(__file__).parents[1] / "data" / "churn").glob("*.jsonl"))
    stages = ["validate", "language", "segment", "normalize", "embed", "churn_risk"]
    pipe = Pipeline.from_settings(default_settings.updated(stages=stages), encoder=real_encoder)
    report = evaluate_file(
        data, default_settings, label_head="churn_risk", split="test", pipeline=pipe
    )
    return report["tasks"]["churn_risk"]


@pytest.mark.model
@pytest.mark.slow
def test_heads_churn_risk_held_out_macro_f1_meets_the_bar(churn_report: dict) -> None:
    assert churn_report["n"] == 160
    assert churn_report["macro_f1"] >= 0.75, churn_report


@pytest.mark.model
@pytest.mark.slow
# trunk v8: Bokmål 0.702 and Swedish 0.703 on 40 test rows each (one changed answer moves it
# about 0.02), Danish 0.79, English 0.85; v5: Bokmål 0.703; on v4's vectors Bokmål was 0.69
# (a strict xfail then)
def test_heads_churn_risk_every_language_meets_the_bar(churn_report: dict) -> None:
    assert min(churn_report["macro_f1_by"]["language"].values()) >= 0.7, churn_report


# --- the int8 variant of a head -----------------------------------------------------------------
def test_heads_int8_variant_is_read_only_when_the_encoder_runs_int8(tmp_path: Path) -> None:
    from textinsight.heads import head_folder

    head = tmp_path / "h"
    make_head().save(head, {"name": "t"})
    assert head_folder(head, "onnx-int8") == head  # no variant shipped: the float head
    make_head().save(head / "int8", {"name": "t-int8"})
    assert head_folder(head, "onnx-int8") == head / "int8"
    assert head_folder(head, "onnx-fp32") == head and head_folder(head, "torch") == head


def test_heads_settings_say_when_the_encoder_runs_int8() -> None:
    from textinsight.settings import Settings

    assert Settings(encoder_backend="onnx-fp32").encoder_runtime == "onnx-fp32"
    assert Settings(encoder_backend="onnx-int8").encoder_runtime == "onnx-int8"
    assert Settings(encoder_backend="onnx-fp32", encoder_quantize=True).encoder_runtime == (
        "onnx-int8"
    )
    # torch quantises in its own way: the int8 heads were fitted to the onnx int8 graph
    assert Settings(encoder_backend="torch", encoder_quantize=True).encoder_runtime == "torch"
