"""Language packs: SUPPORTED comes from the packs, and a new pack reaches every consumer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from textinsight import lang
from textinsight.errors import ConfigError

SHIPPED = Path(lang.__file__).parent


@pytest.fixture()
def pack_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder of extra packs made visible to the loader (and hidden again afterwards)."""
    lang.use_pack_dirs(tmp_path)
    yield tmp_path
    lang.use_pack_dirs()


def _faroese(base: Path) -> Path:
    """A Faroese pack made from a copy of the Danish one, with a few words of its own."""
    text = (SHIPPED / "da" / "pack.toml").read_text(encoding="utf-8")
    text = text.replace('code = "da"', 'code = "fo"').replace("rank = 1", "rank = 6")
    text = text.replace('lingua = "DANISH"', 'lingua = ""')
    adds = {"abbreviations": '"t.d.", ', "stop_words": '"eisini", ',
            "interviewer": '"spyrjari", ', "non_answers": '"einki at siga", ',
            "phone_words_re": "'fartelefon', ", "street_words_re": "'gøta', "}  # fmt: skip
    for key, words in adds.items():
        text = re.sub(rf"^{key} = \[", lambda m, w=words: m.group() + w, text, flags=re.M)
    (base / "fo").mkdir()
    (base / "fo" / "pack.toml").write_text(text, encoding="utf-8")
    return base / "fo"


def test_supported_and_the_nynorsk_variant() -> None:
    assert lang.SUPPORTED == ("da", "nb", "sv", "en")
    nn, nb = lang.pack("nn"), lang.pack("nb")
    assert nn is not None and nb is not None
    assert nn.base == "nb" and nn.spacy == "nb" and nb.base == "nb"
    assert lang.is_supported("nn") and "nn" not in lang.SUPPORTED and not lang.is_supported("de")
    assert nn.words("abbreviations") == nb.words("abbreviations")  # inherited
    assert "ikkje" in nn.words("markers") and not nb.words("markers")
    with pytest.raises(KeyError):
        nb.words("no_such_list")


def test_union_keeps_pack_order_and_each_word_once() -> None:
    words = lang.union("terminal")
    assert len(words) == len(set(words))
    assert words.index("mv.") < words.index("o.dyl.") < words.index("a.m.")  # da, sv, en
    with pytest.raises(KeyError):
        lang.alternation("stop_words")  # plain words, not regex parts


def test_a_new_pack_reaches_every_consumer(pack_dir: Path) -> None:
    from textinsight.nonanswer import is_non_answer
    from textinsight.pii.recognizers import AddressRecognizer, PossiblePhoneRecognizer
    from textinsight.pii.recognizers.phone_recognizer import PHONE_CONTEXT
    from textinsight.stages.segment import INTERVIEWER, SentenceSplitter
    from textinsight.topics.keywords import stop_words

    lang.use_pack_dirs()
    assert not PossiblePhoneRecognizer.CUE.search("fartelefon 20123456")
    assert "eisini" not in stop_words() and "spyrjari" not in INTERVIEWER

    _faroese(pack_dir)
    lang.use_pack_dirs(pack_dir)  # the only change: one folder
    assert lang.SUPPORTED == ("da", "nb", "sv", "en", "fo")
    # personal data: the phone words and street words of the new pack
    assert PossiblePhoneRecognizer.CUE.search("fartelefon 20123456")
    assert PHONE_CONTEXT.search("á fartelefon ")
    text = "Eg búgvi á Heimagøta 12 í Havn"
    found = AddressRecognizer("fo").analyze(text, ["STREET_ADDRESS"])
    assert [text[r.start : r.end] for r in found] == ["Heimagøta 12"]
    # topics: stop words and non-answers; segmentation: abbreviations and interviewer tags
    assert "eisini" in stop_words() and "og" in stop_words()
    assert is_non_answer("Einki at siga!")
    assert "spyrjari" in INTERVIEWER
    text = "Vit fingu t.d. einki svar. Hvat nú?"
    split = SentenceSplitter().split(text, 0, len(text), "fo")
    assert [text[s.start : s.end] for s in split] == ["Vit fingu t.d. einki svar.", "Hvat nú?"]

    lang.use_pack_dirs()
    assert "fo" not in lang.SUPPORTED and not PossiblePhoneRecognizer.CUE.search("fartelefon 1")


def test_the_detector_reads_a_new_pack(
    pack_dir: Path, detector: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from textinsight.pii.engine import PiiDetector

    text = "Mín fartelefon er 20123456, og eg búgvi á Heimagøta 12"
    assert detector.detect(text, "da") == []  # without the pack: neither is found
    _faroese(pack_dir)
    lang.use_pack_dirs(pack_dir)
    det = PiiDetector.build(tmp_path_factory.mktemp("pii-fo"))
    found = [(s.kind, text[s.start : s.end]) for s in det.detect(text, "fo")]
    assert found == [("phone", "20123456"), ("address", "Heimagøta 12")]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('code = "xx"\nname = "X"\n', "code must be"),
        ('code = "zz"\nname = "Z"\nflavour = 1\n', "unknown keys"),
        ('code = "zz"\nname = "Z"\n[lists]\nstop_word = ["a"]\n', "unknown keys"),
        ('code = "zz"\nname = "Z"\n[lists]\nstop_words = "a"\n', "list of strings"),
        ('code = "zz"\nname = "Z"\nvariant_of = "nn"\n', "no base pack"),
        ('code = "zz"\nname = "Z"\nrank = "1"\n', "rank must be"),
        ('code = "zz"\nname = \n', "zz/pack.toml"),
    ],
)
def test_a_broken_pack_is_a_config_error(pack_dir: Path, body: str, message: str) -> None:
    (pack_dir / "zz").mkdir()
    (pack_dir / "zz" / "pack.toml").write_text(body, encoding="utf-8")
    lang.use_pack_dirs(pack_dir)
    with pytest.raises(ConfigError, match=message):
        lang.packs()
