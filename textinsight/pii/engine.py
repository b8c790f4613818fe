"""The personal-data detector: a Presidio AnalyzerEngine that runs offline on blank spaCy
pipelines, with the recognizers of ``pii/recognizers`` (one per module, each with its
patterns, context words, validation and the checks its findings must pass afterwards)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .words import language_of, languages, phone_regions, spacy_code

KINDS = {
    "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "NATIONAL_ID": "national_id",
    "IBAN_CODE": "account", "BANK_ACCOUNT": "account", "STREET_ADDRESS": "address",
    "PERSON": "person", "CUSTOMER_REF": "customer_ref",
}  # fmt: skip


# Text redacted earlier ("[PERSON]", "[PHONE_2]"): found again as what it stands for, so that
# analysing redacted text (a job spooled under never_store_raw) keeps its personal-data spans.
REDACTED = re.compile(r"\[(PERSON|EMAIL|PHONE|NATIONAL_ID|ADDRESS|ACCOUNT|CUSTOMER_REF)(?:_\d+)?\]")


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """One piece of personal data: offsets into the text and its kind."""

    start: int
    end: int
    kind: str
    score: float = 1.0


def _blank_models(cache_dir: Path) -> list[dict[str, str]]:
    import spacy

    models = []
    for lang in languages():
        target = cache_dir / "spacy-blank" / lang
        if not (target / "config.cfg").exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            spacy.blank(spacy_code(lang)).to_disk(target)
        models.append({"lang_code": lang, "model_name": str(target)})
    return models


class PiiDetector:
    """Finds personal data in texts of the four languages (others use the English set)."""

    def __init__(self, analyzer: Any, threshold: float = 0.3) -> None:
        self.analyzer = analyzer
        self.threshold = threshold
        # each finding is finished by the recognizer that made it (see recognizers/filters.py)
        self._finish = {
            rec.id: rec.finish for rec in analyzer.registry.recognizers if hasattr(rec, "finish")
        }

    @classmethod
    def build(cls, cache_dir: Path, order_refs: bool = False) -> PiiDetector:
        """Assemble the Presidio engine (nothing is downloaded); ``order_refs`` also reports
        order and invoice numbers (as ``customer_ref``)."""
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

        from .recognizers import recognizers_for

        engine = SpacyNlpEngine(models=_blank_models(cache_dir))
        langs, regions = list(languages()), phone_regions()
        registry = RecognizerRegistry(supported_languages=langs)
        for lang in langs:
            for rec in recognizers_for(lang, regions, order_refs):
                registry.add_recognizer(rec)
        analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=langs)
        return cls(analyzer)

    def detect(self, text: str, lang: str) -> list[PiiSpan]:
        """Non-overlapping spans, in text order."""
        lang = language_of(lang)
        if lang not in self.analyzer.supported_languages:
            lang = "en"  # a pack added after the detector was built
        results = self.analyzer.analyze(
            text,
            language=lang,
            entities=_candidate_entities(text),
            nlp_artifacts=_LazyArtifacts(self.analyzer.nlp_engine, text, lang),
        )
        spans = [
            PiiSpan(m.start(), m.end(), m.group(1).lower(), 1.0) for m in REDACTED.finditer(text)
        ]
        for r in results:
            if r.score < self.threshold or r.entity_type not in KINDS:
                continue
            finish = self._finish.get((r.recognition_metadata or {}).get(_RECOGNIZER_ID))
            done = finish(text, r) if finish is not None else r
            if done is not None:
                spans.append(
                    PiiSpan(
                        done.start, done.end, KINDS[done.entity_type], round(float(done.score), 3)
                    )
                )
        return _resolve(spans, text)


_RECOGNIZER_ID = "recognizer_identifier"  # Presidio's RecognizerResult.RECOGNIZER_IDENTIFIER_KEY

# Prefilters that only skip recognizers whose every finding would be dropped anyway, so the
# spans are exactly those of running them all: every pattern of these kinds needs a digit
# (e-mail: an "@"), and the phone recognizers drop numbers with fewer than 8 digits.
_NEEDS_DIGIT = ("NATIONAL_ID", "IBAN_CODE", "BANK_ACCOUNT", "CUSTOMER_REF")


def _candidate_entities(text: str) -> list[str]:
    """The Presidio entities worth looking for in ``text`` (cheap character tests)."""
    digits = sum(map(str.isdigit, text))
    return [
        e
        for e in KINDS
        if not (e == "EMAIL_ADDRESS" and "@" not in text)
        and not (e == "PHONE_NUMBER" and digits < 8)
        and not (e in _NEEDS_DIGIT and digits == 0)
    ]


class _LazyArtifacts:
    """Presidio's NLP artifacts (spaCy tokens and lemmas), computed on first use: only the
    context enhancement of a finding reads them, so a text without candidates never pays
    for spaCy's tokenizer. Same artifacts as Presidio's own call, hence the same spans."""

    __slots__ = ("_args", "_engine", "_real")

    def __init__(self, engine: Any, text: str, lang: str) -> None:
        self._engine = engine
        self._args = (text, lang)
        self._real: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._real is None:
            self._real = self._engine.process_text(*self._args)
        return getattr(self._real, name)


_PRIORITY = {
    "email": 6,
    "national_id": 5,
    "account": 4,
    "customer_ref": 4,
    "phone": 3,
    "address": 2,
    "person": 1,
}


def _priority(s: PiiSpan, text: str) -> float:
    # a number written with a country prefix (+45 / 0045) is a phone number, not an account
    if s.kind == "phone" and text[s.start : s.start + 2] in ("+4", "00"):
        return _PRIORITY["account"] + 0.5
    return _PRIORITY[s.kind]


def _resolve(spans: list[PiiSpan], text: str = "") -> list[PiiSpan]:
    """Keep the strongest of overlapping spans: one that contains another wins, then kind
    priority, then length, then score."""
    spans = [
        s
        for s in spans
        if not any(
            o is not s
            and o.start <= s.start
            and s.end <= o.end
            and (o.end - o.start) > (s.end - s.start)
            and _priority(o, text) >= _priority(s, text) - 2
            for o in spans
        )
    ]
    ordered = sorted(spans, key=lambda s: (-_priority(s, text), -(s.end - s.start), -s.score))
    kept: list[PiiSpan] = []
    for s in ordered:
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)
