"""A sentiment lexicon score: the AFINN word lists (Danish, English, emoticons; ODbL, shipped in
``models/lexicon/``) as two features per text, for the sentiment stage to add to its logits.

The fine-tuned encoder reads most texts well, but it learns words from the training data, and
a plain, strong word that is rare there ("Kundeservice er elendig") can be read the wrong way.
A word list knows such words regardless. Each text gets ``[log1p(positive valence),
log1p(negative valence)]``: the sums of the valences (AFINN: -5..+5) of the words and phrases
it contains, a word within three tokens after a negation counting half, with its sign turned
("ikke godt", "not bad"). The weights that turn the two features into logit shifts are fitted
on calibration data by ``scripts/calibrate_heads.py --lexicon`` and kept in the sentiment head's
manifest; without them the stage never reads the lexicon.

Which list a language reads: Danish for Danish, Bokmål and Nynorsk (most polar words are
shared: "elendig", "dårlig", "fantastisk"), English for English; Swedish has no AFINN list, so
Swedish texts get only the emoticons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import paths

LISTS = {"da": "afinn-da.txt", "en": "afinn-en.txt"}
EMOTICONS = "afinn-emoticon.txt"
READS = {"da": "da", "nb": "da", "nn": "da", "no": "da", "en": "en"}  # language -> list
NEGATIONS = frozenset(
    "ikke ikkje ej inte icke not no never aldrig aldri ingen inga inget intet uden uten utan "
    "without don't doesn't didn't isn't wasn't aren't weren't won't can't cannot couldn't".split()
)
NEGATION_WINDOW = 3
FEATURES = ("log1p_positive_valence", "log1p_negative_valence")
_WORD = r"\w+(?:['-]\w+)*|[.,!?;]"
# a clause ends, and so does a negation's reach: punctuation and "but"
_BREAKS = frozenset(".,!?;") | frozenset("but men however though".split())


def lexicon_dir() -> Path:
    """The shipped word lists."""
    return paths.models_dir() / "lexicon"


def _read(path: Path, lower: bool = True) -> dict[tuple[str, ...], float]:
    out: dict[tuple[str, ...], float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        phrase, value = line.rsplit("\t", 1)
        out[tuple((phrase.lower() if lower else phrase).split())] = float(value)
    return out


@dataclass(frozen=True)
class Lexicon:
    """Word lists by list name (``da``, ``en``) plus emoticons for every language."""

    lists: dict[str, dict[tuple[str, ...], float]]
    emoticons: dict[tuple[str, ...], float]
    tokens: re.Pattern[str]  # the emoticons (longest first), words, clause punctuation

    @classmethod
    def load(cls, directory: Path | None = None) -> Lexicon:
        """Read the lists from ``directory`` (default: ``models/lexicon``)."""
        d = directory or lexicon_dir()
        emoticons = _read(d / EMOTICONS, lower=False)
        faces = sorted((k[0] for k in emoticons), key=len, reverse=True)
        # a face may touch a word before it ("Super:)") unless it starts like one ("xD")
        pattern = "|".join(
            (rf"(?<!\w){re.escape(f)}(?!\w)" if f[0].isalnum() else rf"{re.escape(f)}(?!\w)")
            for f in faces
        )
        return cls(
            {k: _read(d / f) for k, f in LISTS.items()},
            emoticons,
            re.compile(f"{pattern}|{_WORD}", re.UNICODE),
        )

    def valences(self, text: str, language: str | None) -> list[float]:
        """The valence of every lexicon hit in ``text``, negation applied; longest phrase
        first (AFINN has a few, e.g. "ikke god", "fungerer ikke")."""
        words = self.lists.get(READS.get(language or "", ""), {})
        out: list[float] = []
        negated = 0  # tokens left in the scope of the last negation
        tokens = self.tokens.findall(text.replace("\u2019", "'"))
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.lower() in _BREAKS:  # a clause ends: so does the negation's scope
                negated, i = 0, i + 1
                continue
            if (tok,) in self.emoticons:  # an emoticon is never negated
                out.append(self.emoticons[(tok,)])
                i += 1
                continue
            hit = None
            for n in (3, 2, 1):
                key = tuple(t.lower() for t in tokens[i : i + n])
                if n == 1 and key[0] in NEGATIONS:
                    break  # a negation opens a scope; its own valence ("no": -1) is not read
                if len(key) == n and key in words:
                    hit = (n, words[key])
                    break
            if hit is None:
                negated = NEGATION_WINDOW if tok.lower() in NEGATIONS else max(negated - 1, 0)
                i += 1
                continue
            n, v = hit
            out.append(-0.5 * v if n == 1 and negated else v)
            negated = max(negated - n, 0)
            i += n
        return out

    def features(self, text: str, language: str | None) -> np.ndarray:
        """``[log1p(sum of positive valences), log1p(sum of negative valences, as a positive
        number)]`` (float32)."""
        v = self.valences(text, language)
        pos = sum(x for x in v if x > 0)
        neg = -sum(x for x in v if x < 0)
        return np.log1p(np.array([pos, neg], dtype=np.float32))

    def matrix(self, texts: list[str], languages: list[str | None]) -> np.ndarray:
        """:meth:`features` of each text, stacked (``len(texts)`` × 2)."""
        if not texts:
            return np.zeros((0, len(FEATURES)), dtype=np.float32)
        return np.stack([self.features(t, lang) for t, lang in zip(texts, languages, strict=True)])


@lru_cache(maxsize=4)
def shipped_lexicon(directory: str | None = None) -> Lexicon:
    """The lexicon, read once per process."""
    return Lexicon.load(Path(directory) if directory else None)
