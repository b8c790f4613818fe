"""Language identification: lingua for the world, a trained model for da / nb / sv / en."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from .. import lang as langpacks
from ..langid import NordicLanguageModel, voting_text
from ..types import Document, Language

# Languages lingua is asked about besides those of the language packs: their neighbours and
# the languages most often met in Nordic customer feedback. Others come back as the closest.
OTHER_LINGUA_LANGUAGES = (
    "GERMAN", "DUTCH", "FINNISH",
    "ICELANDIC", "FRENCH", "SPANISH", "ITALIAN", "PORTUGUESE", "POLISH", "ESTONIAN",
    "LATVIAN", "LITHUANIAN", "RUSSIAN", "UKRAINIAN", "TURKISH", "ARABIC", "PERSIAN",
    "SOMALI", "ROMANIAN", "CROATIAN", "BOSNIAN", "SERBIAN", "CHINESE", "VIETNAMESE",
    "THAI", "URDU", "HINDI", "TAGALOG", "ALBANIAN",
)  # fmt: skip
_NORDIC_LETTERS = frozenset("æøåäö")
_DA_NO_LETTERS = frozenset("æøå")  # not German, Dutch or English, however sure lingua is


def _lingua_code(language: Any) -> str:
    return str(language.iso_code_639_1.name).lower()


class LanguageIdentifier:
    """Stage: set ``Document.language``; a caller's hint always wins.

    lingua scores every text; when its best guess is one of da / nb / nn / sv / en, the
    Nordic model's probabilities are blended in (geometric mean, weight ``nordic_weight``),
    since lingua alone confuses Danish and Bokmål on short texts.
    """

    name = "language"
    OTHER_MIN_CONFIDENCE = 0.3  # below this a non-Nordic guess is reported as undetermined
    NORDIC_MIN_SHARE = 0.1  # lingua's da+nb+nn+sv+en share that makes our model worth asking
    OTHER_SURE = 0.7  # a Nordic candidate overrides lingua's other language below this
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("language",)

    def __init__(
        self,
        detector: Any,
        nordic: NordicLanguageModel | None,
        *,
        nordic_weight: float = 0.7,
        min_confidence: float = 0.0,
        fine_detector: Any = None,
    ) -> None:
        self.detector = detector
        self.fine_detector = fine_detector
        self.nordic = nordic
        self.nordic_weight = nordic_weight
        self.min_confidence = min_confidence

    @classmethod
    def load(cls, model_dir: Path | None, *, min_confidence: float = 0.0) -> LanguageIdentifier:
        """Build lingua (models bundled in its wheel) and load the Nordic model if present."""
        from lingua import Language as L
        from lingua import LanguageDetectorBuilder

        ours = [
            getattr(L, p.lingua)
            for p in langpacks.packs().values()
            if p.lingua and hasattr(L, p.lingua)
        ]
        langs = ours + [getattr(L, name) for name in OTHER_LINGUA_LANGUAGES if hasattr(L, name)]
        # low-accuracy (trigram) models for the world keep memory small; the languages of
        # the packs, blended with our own model, get lingua's full-accuracy models
        detector = LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()
        fine = LanguageDetectorBuilder.from_languages(*ours).build()
        nordic = None
        if model_dir is not None and (model_dir / "manifest.json").exists():
            nordic = NordicLanguageModel.load(model_dir)
        weight = 0.7
        if nordic is not None:
            import json

            weight = float(
                json.loads((model_dir / "manifest.json").read_text()).get(  # type: ignore[operator]
                    "blend_weight", weight
                )
            )
        return cls(
            detector,
            nordic,
            nordic_weight=weight,
            min_confidence=min_confidence,
            fine_detector=fine,
        )

    @staticmethod
    def _nynorsk(text: str, scores: dict[str, float]) -> bool:
        """Nynorsk when lingua prefers it over Bokmål and a Nynorsk-only word occurs.

        Our model has no Nynorsk class; lingua's trigram mode alone calls many informal
        Bokmål texts Nynorsk, so its vote needs a word that Bokmål does not use.
        """
        if scores.get("nn", 0.0) <= scores.get("nb", 0.0):
            return False
        words = {w.strip(".,!?:;()\"'").lower() for w in text.split()}
        nynorsk = langpacks.pack("nn")
        return nynorsk is not None and not words.isdisjoint(nynorsk.words("markers"))

    def predict(self, texts: list[str]) -> list[Language]:
        """The language of each text (its URLs, @handles and #hashtags do not vote)."""
        texts = [voting_text(t) for t in texts]
        results = self.detector.compute_language_confidence_values_in_parallel(texts)
        out: list[Language] = []
        nordic_idx = []
        ours = frozenset(langpacks.packs())  # the languages of the packs (nn included)
        own = self.nordic.predict_proba(texts) if self.nordic is not None and texts else None
        for i, values in enumerate(results):
            scores = {_lingua_code(v.language): float(v.value) for v in values}
            best = max(scores, key=scores.__getitem__) if scores else "und"
            conf = scores.get(best, 0.0)
            if sum(ch.isalpha() for ch in texts[i]) < 3:
                out.append(Language("und", round(conf, 4), False))  # "-", "n/a", "10/10"
                continue
            out.append(Language(best, conf, langpacks.is_supported(best)))
            if self.nordic is not None and (
                best in ours
                or sum(scores.get(c, 0.0) for c in ours) >= self.NORDIC_MIN_SHARE
                or any(ch in _NORDIC_LETTERS for ch in texts[i].lower())
            ):
                nordic_idx.append((i, scores, best in ours))
        if nordic_idx:
            probs = own[[i for i, _, _ in nordic_idx]]  # type: ignore[index]
            classes = self.nordic.classes_  # type: ignore[union-attr]
            w = self.nordic_weight
            if self.fine_detector is not None:
                fine = self.fine_detector.compute_language_confidence_values_in_parallel(
                    [texts[i] for i, _, _ in nordic_idx]
                )
                nordic_idx = [
                    (i, {_lingua_code(v.language): float(v.value) for v in vals}, flag)
                    for (i, _, flag), vals in zip(nordic_idx, fine, strict=True)
                ]
            for (i, scores, lingua_nordic), p in zip(nordic_idx, probs, strict=True):
                if (
                    not lingua_nordic
                    and out[i].confidence >= self.OTHER_SURE
                    and not _DA_NO_LETTERS.intersection(texts[i].lower())
                ):
                    continue  # lingua is sure of another language (and no æ, ø, å says no)
                lingua_p = np.array(
                    [
                        scores.get(c, 0.0) + (scores.get("nn", 0.0) if c == "nb" else 0.0)
                        for c in classes
                    ]
                )
                mix = np.exp(w * np.log(p + 1e-9) + (1 - w) * np.log(lingua_p + 1e-4))
                mix /= mix.sum()
                k = int(mix.argmax())
                code = classes[k]
                if code == "nb" and self._nynorsk(texts[i], scores):
                    code = "nn"
                out[i] = Language(code, round(float(mix[k]), 4), True)
        for lang in out:
            if lang.code not in ours and lang.confidence < self.OTHER_MIN_CONFIDENCE:
                lang.code, lang.supported = "und", False
        for lang in out:
            if lang.confidence < self.min_confidence:
                lang.code, lang.supported = "und", False
        return out

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Detect the language of each document (hint first)."""
        todo = []
        for doc in docs:
            if not doc.ok:
                continue
            if doc.language_hint:
                hint = doc.language_hint.lower()
                doc.language = Language(hint, 1.0, langpacks.is_supported(hint), "hint")
            else:
                todo.append(doc)
        if todo:
            # long documents: the first few hundred characters tell the language
            for doc, lang in zip(todo, self.predict([d.text[:600] for d in todo]), strict=True):
                doc.language = lang
        return docs
