"""The notebook API: lists of texts and DataFrames."""

from __future__ import annotations

import pytest

from textinsight.analyzer import Analyzer
from textinsight.settings import Settings


def test_analyzer_texts_and_mappings(tiny_settings: Settings) -> None:
    an = Analyzer.from_settings(
        tiny_settings.model_copy(update={"stages": ["validate", "segment", "normalize", "embed"]})
    )
    recs = an.analyze(["Hej. Med dig.", {"id": "x", "text": "", "meta": {"nps": 2}}])
    assert [r["id"] for r in recs] == ["0", "x"]
    assert len(recs[0]["sentences"]) == 2
    assert recs[1]["error"]["code"] == "empty_text" and recs[1]["meta"] == {"nps": 2}


@pytest.mark.model
def test_analyzer_dataframe_keeps_index_and_columns(real_analyzer: Analyzer) -> None:
    import pandas as pd

    df = pd.DataFrame(
        {"kommentar": ["Alt for lang ventetid.", "Great app!", None], "nps": [2, 10, 5]},
        index=[10, 20, 30],
    )
    out = real_analyzer.analyze_dataframe(df, text_column="kommentar")
    assert list(out.index) == [10, 20, 30]
    assert list(out["nps"]) == [2, 10, 5]
    assert out.loc[20, "language"] == "en"
    assert out.loc[30, "error_code"] == "empty_text"
    with pytest.raises(KeyError):
        real_analyzer.analyze_dataframe(df, text_column="text")
