"""Split documents into sentences or speaker turns, keeping offsets into the original text."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import numpy as np

from .. import lang as langdata
from ..nonanswer import is_unlabelled_answer
from ..types import Document, Segment

# Interviewer turns are questions, not feedback: topics cluster the other turns and the label
# stages take their document-level evidence from the other turns. (Speaker tags of every
# language pack, read on first use.)
INTERVIEWER = langdata.WordSet("interviewer")


def is_interviewer(seg: Segment) -> bool:
    """True for a transcript turn of the interviewer (by its speaker tag)."""
    speaker = (seg.speaker or "").strip().lower()
    return seg.kind == "turn" and speaker in INTERVIEWER


def respondent_weights(doc: Document, answers_only: bool = False) -> np.ndarray:
    """Each segment's weight as evidence of what the respondent said: its length in
    characters, 0 for the interviewer's turns (questions are no evidence); with
    ``answers_only``, in a document of speaker turns, 0 for a part that is not a turn too (a
    transcript's title or date line)."""
    turns = answers_only and any(s.kind == "turn" for s in doc.segments)
    return np.array(
        [
            0.0 if is_interviewer(s) or (turns and s.kind != "turn") else max(s.end - s.start, 1)
            for s in doc.segments
        ],
        dtype=np.float64,
    )


def unlabelled_parts(doc: Document) -> tuple[bool, list[bool]]:
    """(whether the document is a stock non-answer, whether each segment is one): a
    document is when its text is, or when every respondent part is (a transcript whose only
    answer is "Nej tak"); interviewer turns are never one (they are no evidence anyway)."""
    parts = [
        not is_interviewer(s) and is_unlabelled_answer(s.model_text or doc.segment_text(s))
        for s in doc.segments
    ]
    answers = [b for b, s in zip(parts, doc.segments, strict=True) if not is_interviewer(s)]
    whole = is_unlabelled_answer(doc.text) or (bool(answers) and all(answers))
    return whole, parts


# "[00:12:31] I: ...", "00:12 Interviewer: ...", "Mette Hansen: ...", "R: ..."
_TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?)"
# a name, a role, or a speaker tag the pii stage redacted ("[PERSON_1]", "[PERSON]", "****"):
# redaction runs before segmentation, and turns must come out the same with or without it
_REDACTED = r"\[[A-Z_]+(?:_\d+)?\]|\*+"
_SPEAKER = (
    rf"(?:(?:[A-ZÆØÅÄÖÜ][\w.\-]*|{_REDACTED})"
    rf"(?:[ ](?:[A-ZÆØÅÄÖÜ0-9][\w.\-]*|{_REDACTED})){{0,2}})"
)
TURN_RE = re.compile(
    rf"^[ \t]*(?:(?P<ts>{_TIMESTAMP})[ \t]*(?:[-–][ \t]*)?)?"
    rf"(?:(?P<speaker>{_SPEAKER})[ \t]*:[ \t]+|(?<=\S)[ \t]+(?=\S))",
    re.MULTILINE,
)
_SPEAKER_LINE = re.compile(rf"^[ \t]*(?:{_TIMESTAMP}[ \t]*)?{_SPEAKER}[ \t]*:[ \t]+\S", re.M)
_TS_LINE = re.compile(rf"^[ \t]*{_TIMESTAMP}[ \t]+\S", re.MULTILINE)
_ENDERS = frozenset(".!?…")
# "Dato: 2026-03-09", "Sted: Oslo", "Participants: ...": header fields, not speakers
HEADER_KEYS = langdata.WordSet("header_keys")


def looks_like_transcript(text: str) -> bool:
    """Two or more lines that start with a speaker tag or a timestamp."""
    return len(_SPEAKER_LINE.findall(text)) >= 2 or len(_TS_LINE.findall(text)) >= 2


def split_turns(text: str) -> list[Segment]:
    """Speaker turns: a tagged or time-stamped line starts a turn; other lines continue it.

    When the transcript time-stamps its turns, only time-stamped lines start one, so header
    lines such as "Dato: 2026-04-14" stay part of the preamble; without time stamps, a header
    field ("Dato:", "Sted:", "Participants:") never starts a turn, nor does a tag used once
    before the first speaker who speaks twice (a header line such as "Nordbank: ...").
    """
    timestamped = len(_TS_LINE.findall(text)) >= 2
    starts: list[tuple[int, int, str | None]] = []  # (line start, content start, speaker)
    for m in TURN_RE.finditer(text):
        speaker = m.group("speaker")
        if m.group("ts") is None and (timestamped or speaker is None):
            continue
        if m.group("ts") is None and speaker is not None and speaker.lower() in HEADER_KEYS:
            continue
        starts.append((m.start(), m.end(), speaker))
    uses = Counter(s for _, _, s in starts)
    if any(n >= 2 for n in uses.values()):
        while starts and uses[starts[0][2]] == 1:
            starts.pop(0)
    if not starts:
        return []
    segments: list[Segment] = []
    pos = 0
    for line in text[: starts[0][0]].splitlines(keepends=True):  # title, date, participants
        segments.extend(_trimmed(text, pos, pos + len(line), "sentence", None))
        pos += len(line)
    for i, (_, content, speaker) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        segments.extend(_trimmed(text, content, end, "turn", speaker))
    return segments


def _trimmed(text: str, start: int, end: int, kind: Any, speaker: str | None) -> list[Segment]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Segment(start, end, kind, speaker)] if end > start else []


# (packs' generation, language) -> (tokenizer with the abbreviations, terminal abbreviations):
# built once per process, since a blank pipeline with its special cases takes ~0.15 s a
# language and every pipeline (the CLI's, each of the service's analyzers) has a splitter
_TOKENIZERS: dict[tuple[int, str], tuple[Any, frozenset[str]]] = {}


class SentenceSplitter:
    """Rule-based sentences over spaCy's blank tokenizers, one per language.

    Abbreviations of each language ("f.eks.", "t.ex.", "bl.a.") are tokenizer special cases so
    they never end a sentence; terminal ones ("osv.", "mv.") end one when a capital follows.
    Line breaks always end a sentence (survey answers are often lists).
    """

    def __init__(self) -> None:
        self._nlps = _TOKENIZERS  # shared by every splitter of the process (read-only use)

    def _nlp(self, code: str) -> tuple[Any, frozenset[str]]:
        pack = langdata.pack(code)
        key = (langdata.generation(), code if pack is not None else "xx")
        if key not in self._nlps:
            import spacy

            nlp = spacy.blank(pack.spacy if pack is not None else key[1])
            terminal: frozenset[str] = frozenset()
            if pack is not None:
                for abbr in pack.words("abbreviations"):
                    for form in {abbr, abbr.capitalize()}:
                        nlp.tokenizer.add_special_case(form, [{"ORTH": form}])  # type: ignore[union-attr]
                terminal = frozenset(a.lower() for a in pack.words("terminal"))
            self._nlps[key] = (nlp, terminal)
        return self._nlps[key]

    def warm(self, codes: tuple[str, ...]) -> SentenceSplitter:
        """Build the tokenizers of these languages now (at load time, not in the first batch)."""
        for code in codes:
            self._nlp(code)
        return self

    def split(self, text: str, start: int, end: int, code: str) -> list[Segment]:
        """Sentences of ``text[start:end]`` as segments with offsets into ``text``."""
        nlp, terminal = self._nlp(code)
        doc = nlp.make_doc(text[start:end])
        cuts = [0]
        n = len(doc)
        for i, tok in enumerate(doc):
            if i + 1 >= n:
                break
            nxt = doc[i + 1]
            if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
                cuts.append(nxt.idx)
            elif tok.text and all(c in _ENDERS for c in tok.text):
                # end of sentence unless closing punctuation follows (it belongs to this one)
                closing = nxt.text in {"”", "’", ")", "»"} or all(c in _ENDERS for c in nxt.text)
                if not closing and (tok.whitespace_ or nxt.is_space):
                    cuts.append(nxt.idx)
            elif tok.lower_ in terminal and nxt.text[:1].isupper():
                cuts.append(nxt.idx)
        cuts.append(end - start)
        out: list[Segment] = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            out.extend(_trimmed(text, start + a, start + b, "sentence", None))
        return out


class Segmenter:
    """Stage: fill ``Document.segments`` by mode (auto, document, sentence, turn)."""

    name = "segment"
    requires: tuple[str, ...] = ("text",)  # uses "language" when an earlier stage set it
    assigns: tuple[str, ...] = ("segments",)

    def __init__(
        self,
        mode: str = "auto",
        splitter: SentenceSplitter | None = None,
        max_segments: int | None = None,
    ) -> None:
        self.mode = mode
        self.splitter = splitter or SentenceSplitter()
        self.max_segments = max_segments

    def predict(self, text: str, code: str) -> list[Segment]:
        """Segments of one text in language ``code``; one document-level segment when the
        text splits into more than ``max_segments`` (each segment costs an encoder pass)."""
        segments = self._split(text, code)
        if self.max_segments is not None and len(segments) > self.max_segments:
            return _trimmed(text, 0, len(text), "document", None)
        return segments

    def _split(self, text: str, code: str) -> list[Segment]:
        mode = self.mode
        if mode == "auto":
            mode = "turn" if looks_like_transcript(text) else "sentence"
        if mode == "document":
            return _trimmed(text, 0, len(text), "document", None)
        if mode == "turn":
            turns = split_turns(text)
            if turns:
                return turns
            return _trimmed(text, 0, len(text), "document", None)
        return self.splitter.split(text, 0, len(text), code) or _trimmed(
            text, 0, len(text), "document", None
        )

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Segment every document that has no error."""
        for doc in docs:
            if doc.ok:
                code = doc.language.code if doc.language else "xx"
                doc.segments = self.predict(doc.text, code)
        return docs
