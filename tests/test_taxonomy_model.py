"""Custom taxonomies: fitting without retraining the encoder, and the separation check."""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
import pytest

from textinsight.taxonomy import LabelDef, Taxonomy
from textinsight.taxonomy_model import check_taxonomy, fit_taxonomy


def bag_encode(texts: list[str]) -> np.ndarray:
    """A stand-in encoder: hashed bag of words, L2-normalised."""
    out = np.zeros((len(texts), 64), dtype=np.float32)
    for i, t in enumerate(texts):
        for w in t.lower().split():
            out[i, zlib.crc32(w.encode()) % 64] += 1
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def tax(labels: dict[str, list[str]]) -> Taxonomy:
    return Taxonomy(
        name="t",
        labels=[LabelDef(id=k, description=v[0], examples=v[1:]) for k, v in labels.items()],
    )


FEES = ["fees charges price", "the fee was too high", "hidden charges on my bill", "price fee"]
APP = ["mobile app login", "the app crashed", "app login fails again", "app update broke"]
STAFF = ["staff rude unfriendly", "the staff were rude", "unfriendly staff member", "staff"]


def test_taxonomy_model_fits_and_classifies(tmp_path: Path) -> None:
    t = tax({"fees": FEES, "app": APP, "staff": STAFF})
    head = fit_taxonomy(t, bag_encode, tmp_path)
    p = head.predict_proba(bag_encode(["why is the fee so high", "app login broken"]))
    assert head.classes_ == ["fees", "app", "staff"]
    assert p[0].argmax() == 0 and p[1].argmax() == 1
    cached = list((tmp_path / "taxonomies").iterdir())
    assert len(cached) == 1  # the second fit of the same taxonomy is read from the cache
    again = fit_taxonomy(
        t, lambda _: (_ for _ in ()).throw(AssertionError("re-embedded")), tmp_path
    )
    np.testing.assert_allclose(again.coef_, head.coef_)


def test_taxonomy_check_reports_collisions() -> None:
    good = check_taxonomy(tax({"fees": FEES, "app": APP, "staff": STAFF}), bag_encode)
    assert good.collisions == []
    assert min(v["cross_validated_recall"] for v in good.labels.values()) >= 0.75
    bad = check_taxonomy(tax({"fees": FEES, "charges": FEES[::-1], "app": APP}), bag_encode)
    assert {(a, b) for a, b, _ in bad.collisions} == {("fees", "charges")}


@pytest.mark.model
def test_taxonomy_model_with_the_real_encoder(real_encoder, tmp_path: Path) -> None:
    t = tax(
        {
            "fees": [
                "Fees, charges and prices",
                "Gebyret er alt for højt",
                "Why am I charged a fee?",
                "Avgiften på fakturan är orimlig",
            ],
            "app": [
                "The mobile app and log-in",
                "Appen crasher hele tiden",
                "Kan ikke logge inn i appen",
                "The app keeps logging me out",
            ],
            "staff": [
                "Friendliness of the staff",
                "Medarbejderen var meget venlig",
                "Personalen var otrevlig",
                "The staff were so helpful",
            ],
        }
    )
    head = fit_taxonomy(t, real_encoder.encode, tmp_path)
    new = [
        "Jeg blev opkrævet et gebyr jeg ikke forstår",
        "Appen fryser når jeg logger på",
        "Hon i kassan var jättetrevlig",
    ]
    p = head.predict_proba(real_encoder.encode(new))
    assert [head.classes_[i] for i in p.argmax(1)] == ["fees", "app", "staff"]
