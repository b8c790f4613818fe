"""Language packs: every word list of a language, as data, in ``lang/<code>/pack.toml``.

A pack holds what the pipeline needs to know about one language — its abbreviations, stop
words and survey filler, non-answers, interviewer and role words, the words that announce a
phone number, a reference or a street, names that are also words, and the locales of its
name lists. Consumers never name a language: they read one pack (``pack(code)``) or the union
of a list over all packs (``union(key)``, ``alternation(key)`` for regular-expression parts),
so a new language is one new folder.

Nothing is read at import: the packs are read on first use and cached. ``use_pack_dirs``
makes packs outside the package visible (tests, a user's own language) and clears every cache
built from the packs (consumers cache through ``cached``).

A pack may be the *variant* of another (``variant_of = "nb"`` for Nynorsk): it starts from the
other pack's lists, adds its own, counts as supported, and is not listed in ``SUPPORTED`` (the
models and the personal-data recognizers treat it as its base language).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable, Iterator, Mapping, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ConfigError

__all__ = [
    "LIST_KEYS",
    "LanguagePack",
    "WordSet",
    "alternation",
    "cached",
    "generation",
    "is_supported",
    "pack",
    "packs",
    "supported",
    "union",
    "use_pack_dirs",
]

# The word lists a pack may hold (a misspelt key in a pack is an error, not ignored). Keys
# ending in ``_re`` hold parts of regular expressions; the others are plain words.
LIST_KEYS = frozenset(
    {
        "abbreviations",  # never end a sentence ("f.eks.", "t.ex.")
        "terminal",  # abbreviations that may end one when a capital follows ("osv.", "etc.")
        "markers",  # words only this language uses (Nynorsk against Bokmål)
        "stop_words",  # survey filler that carries no topic (added to spaCy's stop words)
        "non_answers",  # stock "nothing to say" answers, normalised (lower case, no punctuation)
        "rated_answers",  # the non-answers that still rate ("ok", "fine", "good"): labelled
        "interviewer",  # speaker tags of an interviewer's turns ("I", "Interviewer", "Q")
        "header_keys",  # transcript header fields that are no speaker ("Dato:", "Participants:")
        "role_tags",  # speaker, role and form-field words that are never a person's name
        "not_a_name",  # capitalised words after "I'm" that name no person ("Danish", "Sorry")
        "ambiguous_names",  # first names that are also everyday words ("per", "hope")
        "months",  # month abbreviations ("3 Jan" is a date, not a name)
        "not_streets",  # words that end like a street word and are not one ("interview")
        "phone_words_re",  # words that announce a phone number ("ring", "tlf", "call")
        "reference_words_re",  # words before a number that is a reference, not personal data
        "street_words_re",  # street-name endings ("gade", "vägen", "road")
        "staff_words_re",  # staff before a name ("Farmasøyten Nasrin"; compounds allowed)
        "relation_words_re",  # relations before a name ("min søn mikkel", "my flatmate Zainab")
        "field_words_re",  # form fields and sign-offs before a name ("Kontaktperson:", "Regards,")
        "sender_words_re",  # "Fra:", "From:" before a name
    }
)
_SCALARS = {"code": str, "name": str, "rank": int, "spacy": str, "simplemma": str,
            "lingua": str, "variant_of": str, "name_locales": list,
            "phone_regions": list}  # fmt: skip

_HERE = Path(__file__).resolve().parent
_extra_dirs: tuple[Path, ...] = ()
_caches: list[Any] = []
_generation = 0  # counts the changes of the packs (use_pack_dirs)

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class LanguagePack:
    """One language's data: codes for the libraries that read it and its word lists."""

    code: str
    name: str
    rank: int = 100  # order among the packs (SUPPORTED, unions); then by code
    spacy: str = "xx"  # spaCy's blank pipeline (tokenizer, stop words)
    simplemma: str = ""  # simplemma's language code ("" when simplemma has none)
    lingua: str = ""  # lingua's Language name ("DANISH"); "" when lingua has none
    variant_of: str = ""  # the base pack of a variant ("nb" for "nn")
    name_locales: tuple[str, ...] = ()  # Faker locales whose name lists hold its names
    phone_regions: tuple[str, ...] = ()  # phonenumbers regions of its phone numbers
    lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def base(self) -> str:
        """The code the models and recognizers use for this language (itself, or its base)."""
        return self.variant_of or self.code

    def words(self, key: str) -> tuple[str, ...]:
        """One word list (empty when the pack has none)."""
        if key not in LIST_KEYS:
            raise KeyError(f"no word list {key!r} in language packs")
        return self.lists.get(key, ())


def cached(fn: F) -> F:
    """``functools.cache`` for a value built from the packs, cleared by ``use_pack_dirs``."""
    wrapper = functools.cache(fn)
    _caches.append(wrapper)
    return wrapper  # type: ignore[return-value]


def use_pack_dirs(*dirs: Path | str) -> None:
    """Look for packs also in ``dirs`` (each holding ``<code>/pack.toml``; a pack there
    replaces a shipped one of the same code), and forget everything built from the packs."""
    global _extra_dirs, _generation
    _extra_dirs = tuple(Path(d) for d in dirs)
    _generation += 1
    for c in _caches:
        c.cache_clear()


def generation() -> int:
    """A number that changes whenever the packs may have changed (values built from the
    packs and kept elsewhere are rebuilt when it differs)."""
    return _generation


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"language pack {path}: {e}") from e
    lists = raw.pop("lists", {})
    unknown = [k for k in raw if k not in _SCALARS] + [k for k in lists if k not in LIST_KEYS]
    if unknown:
        raise ConfigError(f"language pack {path}: unknown keys {sorted(unknown)}")
    for k, v in raw.items():
        if not isinstance(v, _SCALARS[k]):
            raise ConfigError(f"language pack {path}: {k} must be a {_SCALARS[k].__name__}")
    for k, v in lists.items():
        if not isinstance(v, list) or not all(isinstance(w, str) for w in v):
            raise ConfigError(f"language pack {path}: lists.{k} must be a list of strings")
    raw["lists"] = lists
    if raw.get("code") != path.parent.name:
        raise ConfigError(f"language pack {path}: code must be {path.parent.name!r}")
    return raw


def _pack_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for base in (_HERE, *_extra_dirs):
        for p in sorted(base.glob("*/pack.toml")):
            found[p.parent.name] = p
    return found


@cached
def packs() -> dict[str, LanguagePack]:
    """Every pack present, by code, in rank order (variants after their base's rank)."""
    raws = {code: _read(p) for code, p in _pack_files().items()}
    out: dict[str, LanguagePack] = {}
    for code, raw in raws.items():
        fields = {k: v for k, v in raw.items() if k != "lists"}
        lists: dict[str, list[str]] = raw["lists"]
        base = raw.get("variant_of")
        if base:
            if base not in raws or raws[base].get("variant_of"):
                raise ConfigError(f"language pack {code}: variant_of {base!r} is no base pack")
            parent = raws[base]["lists"]
            lists = {
                k: _dedup([*parent.get(k, ()), *lists.get(k, ())]) for k in set(parent) | set(lists)
            }
            for k in ("spacy", "simplemma", "name_locales", "phone_regions"):
                if k in raws[base]:
                    fields.setdefault(k, raws[base][k])
        for k in ("name_locales", "phone_regions"):
            fields[k] = tuple(fields.get(k) or ())
        out[code] = LanguagePack(**fields, lists={k: tuple(v) for k, v in lists.items()})
    return dict(sorted(out.items(), key=lambda kv: (kv[1].rank, kv[0])))


def _dedup(words: list[str]) -> list[str]:
    return list(dict.fromkeys(words))


def pack(code: str) -> LanguagePack | None:
    """The pack of a language code, or None."""
    return packs().get(code)


@cached
def supported() -> tuple[str, ...]:
    """The codes of the base packs (variants excluded), in rank order."""
    return tuple(code for code, p in packs().items() if not p.variant_of)


def is_supported(code: str) -> bool:
    """True when ``code`` has a pack (a base language or a variant)."""
    return code in packs()


@cached
def union(key: str) -> tuple[str, ...]:
    """A word list over every pack, in rank order, each word once."""
    return tuple(_dedup([w for p in packs().values() for w in p.words(key)]))


def alternation(key: str) -> str:
    """The regular-expression parts of a ``*_re`` list over every pack, joined by ``|``."""
    if not key.endswith("_re"):
        raise KeyError(f"{key!r} holds plain words, not regular-expression parts")
    return "|".join(union(key))


class WordSet(Set[str]):
    """A set-like view of ``union(key)``, read on first use (``speaker in INTERVIEWER``);
    its words are lower-cased when ``lower``."""

    def __init__(self, key: str, lower: bool = True) -> None:
        if key not in LIST_KEYS:
            raise KeyError(f"no word list {key!r} in language packs")
        self.key = key
        self.lower = lower
        self._seen: tuple[int, frozenset[str]] | None = None

    def _words(self) -> frozenset[str]:
        if self._seen is None or self._seen[0] != _generation:
            self._seen = (_generation, _word_set(self.key, self.lower))
        return self._seen[1]

    def __contains__(self, word: object) -> bool:
        return word in self._words()

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._words()))

    def __len__(self) -> int:
        return len(self._words())

    def __repr__(self) -> str:
        return f"WordSet({self.key!r})"


@cached
def _word_set(key: str, lower: bool) -> frozenset[str]:
    words = union(key)
    return frozenset(w.lower() for w in words) if lower else frozenset(words)


def __getattr__(name: str) -> Any:
    # ``lang.SUPPORTED``: the packs present when it is read (not when this module loads)
    if name == "SUPPORTED":
        return supported()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
