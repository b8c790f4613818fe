"""Breakdowns of topics: one counting rule for the batch, online and service fits and for
``topics show``.

Per topic: its units (``size``), its documents, its languages, every label field the records
carry (sentiment and each head's key: ``pillars``, ``touchpoints``, ``feedback_type``, ... -
read from the units, never named here), its months (``over_time``) and ISO weeks
(``over_week``), and each ``--class-column``. :class:`Breakdown` accumulates chunk by chunk
(the online fit streams), so the batch fit is one :meth:`Breakdown.add` and the online fit one
per chunk; both write the same ``topics.json`` fields. ``model.json``'s ``per_class`` is the
same counts the other way round (per value, topics).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from .units import Unit, month_of, week_of

# ``topics show --period``: the topics.json field of each period
PERIODS = {"month": "over_time", "week": "over_week"}
# topics.json fields that are not label breakdowns (everything else that is a dict of counts is)
_OTHER_FIELDS = frozenset(
    {
        "topic",
        "label",
        "size",
        "keywords",
        "representative_ids",
        "representative_texts",
        "documents",
        "languages",
        "classes",
        *PERIODS.values(),
    }
)


def group_name(key: str, multi: bool) -> str:
    """A label field's name in ``per_class`` (one value per row): a multi-label field by its
    singular (``pillars`` → ``pillar``), a single-label one by its key."""
    return key[:-1] if multi and key.endswith("s") and len(key) > 1 else key


class Breakdown:
    """Counts per topic, accumulated over chunks of units and their topics.

    ``label_keys``: the label fields to count (record keys); None: every one the units carry,
    in the order first seen. ``class_keys``: the ``--class-column`` columns. A unit whose topic
    is negative (an outlier, a set-aside text) is not counted. Documents are counted once per
    topic; the units of one document come together (as ``units_from_docs`` makes them).
    """

    def __init__(
        self, label_keys: Sequence[str] | None = None, class_keys: Sequence[str] = ()
    ) -> None:
        self.given_keys = None if label_keys is None else list(dict.fromkeys(label_keys))
        self.class_keys = tuple(dict.fromkeys(class_keys))
        self.multi: dict[str, bool] = {}  # label fields seen (in order): multi-label or not
        self.sizes: Counter[int] = Counter()
        self.documents: Counter[int] = Counter()
        self._last_doc: dict[int, str] = {}
        self.counts: dict[int, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))

    @property
    def label_keys(self) -> list[str]:
        """The label fields counted: the given ones, else every one seen."""
        return list(self.multi) if self.given_keys is None else list(self.given_keys)

    def add(self, units: Sequence[Unit], assignment: Sequence[int]) -> None:
        """Count ``units`` under their topics (``assignment``, one per unit)."""
        wanted = None if self.given_keys is None else set(self.given_keys)
        for u, t in zip(units, assignment, strict=True):
            for key, value in u.labels.items():
                if (wanted is None or key in wanted) and key not in self.multi:
                    self.multi[key] = isinstance(value, tuple)
            if t < 0:
                continue
            self.sizes[t] += 1
            if self._last_doc.get(t) != u.doc_id:
                self.documents[t] += 1
                self._last_doc[t] = u.doc_id
            c = self.counts[t]
            c["languages"][u.lang] += 1
            for key, value in u.labels.items():
                if wanted is not None and key not in wanted:
                    continue
                if isinstance(value, tuple):
                    c["label:" + key].update(value)
                elif value:
                    c["label:" + key][value] += 1
            month, week = month_of(u.date), week_of(u.date)
            if month:
                c["over_time"][month] += 1
            if week:
                c["over_week"][week] += 1
            for column, value in u.classes.items():
                if column in self.class_keys:
                    c["class:" + column][value] += 1

    def fields(self, topic: int) -> dict[str, Any]:
        """A topic's breakdowns as ``topics.json`` holds them: ``documents``, ``languages``,
        each label field, ``over_time``, ``over_week`` and (with class columns) ``classes``."""
        c = self.counts.get(topic) or defaultdict(Counter)
        out: dict[str, Any] = {
            "documents": self.documents[topic],
            "languages": dict(c["languages"].most_common()),
        }
        for key in self.label_keys:
            out[key] = dict(c["label:" + key].most_common())
        out["over_time"] = dict(sorted(c["over_time"].items()))
        out["over_week"] = dict(sorted(c["over_week"].items()))
        if self.class_keys:  # --class-column: counts per value of each column
            out["classes"] = {k: dict(c["class:" + k].most_common()) for k in self.class_keys}
        return out

    def per_class(self) -> dict[str, dict[str, dict[str, int]]]:
        """Topics per value of each label field and class column:
        ``{field: {value: {topic: count}}}`` (a multi-label field by its singular name)."""
        out: dict[str, dict[str, Counter[str]]] = {}
        sources = [(group_name(k, self.multi.get(k, True)), "label:" + k) for k in self.label_keys]
        sources += [(k, "class:" + k) for k in self.class_keys]
        for name, source in sources:
            per: dict[str, Counter[str]] = out.setdefault(name, defaultdict(Counter))
            for t in sorted(self.counts):
                for value, n in self.counts[t][source].items():
                    per[value][str(t)] += n
        return {k: {v: dict(c.most_common()) for v, c in sorted(d.items())} for k, d in out.items()}


def breakdown(
    units: Sequence[Unit],
    assignment: Sequence[int],
    label_keys: Sequence[str] | None = None,
    class_keys: Sequence[str] = (),
) -> Breakdown:
    """The breakdowns of one set of units and their topics (:class:`Breakdown`, one chunk)."""
    b = Breakdown(label_keys, class_keys)
    b.add(units, assignment)
    return b


def label_fields(topic: Mapping[str, Any]) -> list[str]:
    """The label breakdowns of a ``topics.json`` entry, in its order (any model, old or new)."""
    return [k for k, v in topic.items() if k not in _OTHER_FIELDS and isinstance(v, dict)]


def show_lines(topic: Mapping[str, Any], period: str = "month", top: int = 4) -> list[str]:
    """The breakdown lines of ``topics show`` for one topic: each label field (its ``top``
    values), each class column, and the counts per ``period`` (month or week)."""
    lines = []
    for key in label_fields(topic):
        if topic[key]:
            lines.append(
                f"    {key}: " + ", ".join(f"{k} {v}" for k, v in list(topic[key].items())[:top])
            )
    for col, counts in topic.get("classes", {}).items():
        lines.append(f"    {col}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    over = topic.get(PERIODS[period], {})
    if over:
        lines.append(f"    per {period}: " + " ".join(f"{k}:{v}" for k, v in over.items()))
    return lines
