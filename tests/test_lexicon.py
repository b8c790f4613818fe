"""The sentiment lexicon: word lists read per language, negation, emoticons, features."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from textinsight.lexicon import FEATURES, LISTS, Lexicon, shipped_lexicon


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return shipped_lexicon()


def test_lexicon_reads_the_danish_list_for_danish_and_bokmal(lex: Lexicon) -> None:
    assert lex.valences("Kundeservice er elendig", "da") == [-3.0]
    assert lex.valences("Kundeservice er elendig", "nb") == [-3.0]  # the shared polar words
    assert lex.valences("Kundeservice er elendig", "sv") == []  # no Swedish list
    assert lex.valences("Customer service is terrible", "en") == [-3.0]
    assert lex.valences("Customer service is terrible", "da") == []  # each language its list


def test_lexicon_negation_turns_and_halves_the_next_words_until_the_clause_ends(
    lex: Lexicon,
) -> None:
    assert lex.valences("det var godt", "da") == [3.0]
    assert lex.valences("det var ikke særlig godt", "da") == [-1.5]
    assert lex.valences("not great", "en") == [-1.5]
    assert lex.valences("not good", "en") == [-2.0]  # a listed phrase: its own valence
    # a comma ends the negation's reach; four words later it has ended too
    assert lex.valences("ikke i dag, men godt", "da") == [3.0]
    assert lex.valences("not one single bit of it great", "en") == [3.0]


def test_lexicon_phrases_win_over_their_words(lex: Lexicon) -> None:
    # AFINN-da lists "fungerer ikke" (-3); its "ikke" must not then turn the next word
    assert lex.valences("appen fungerer ikke", "da") == [-3.0]
    assert lex.valences("fungerer ikke, elendig", "da") == [-3.0, -3.0]


def test_lexicon_emoticons_count_in_every_language_and_are_never_negated(lex: Lexicon) -> None:
    assert lex.valences("Bästa butiken :D", "sv") == [3.0]
    assert lex.valences("ikke :(", "da") == [-2.0]
    assert lex.valences("xDD export", "en") == []  # no face inside words or runs


def test_lexicon_features_are_log_sums_of_each_side(lex: Lexicon) -> None:
    f = lex.features("Super god service, men appen er elendig", "da")
    assert f.dtype == np.float32 and f.shape == (len(FEATURES),)
    assert np.allclose(f, np.log1p([3.0 + 3.0, 3.0]))
    assert np.allclose(lex.features("", "da"), 0.0)
    m = lex.matrix(["godt", "elendig", "godt"], ["da", "da", "sv"])
    assert m.shape == (3, 2) and m[0, 0] > 0 and m[1, 1] > 0 and not m[2].any()
    assert lex.matrix([], []).shape == (0, 2)


def test_lexicon_reads_any_folder_of_lists(tmp_path: Path) -> None:
    for name in [*LISTS.values(), "afinn-emoticon.txt"]:
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "afinn-da.txt").write_text("hyggelig\t2\nikke hyggelig\t-2\n", encoding="utf-8")
    (tmp_path / "afinn-emoticon.txt").write_text(":D\t3\n", encoding="utf-8")
    lex = Lexicon.load(tmp_path)
    assert lex.valences("Meget hyggelig :D", "da") == [2.0, 3.0]
    assert lex.valences("ikke hyggelig", "nb") == [-2.0]
    assert lex.valences("Meget hyggelig :d", "da") == [2.0]  # faces keep their case


def test_lexicon_negation_words_open_a_scope_and_carry_no_valence(lex: Lexicon) -> None:
    # AFINN-en scores "no" -1 and "problem" -2: "no problem" is mildly positive, not -3
    assert lex.valences("no problem", "en") == [1.0]
    assert lex.valences("no good", "en") == [-1.5]
    assert lex.valences("I don\u2019t like it", "en") == [-1.0]  # a typographic apostrophe
    # "but" / "men" end the negation's reach like a comma
    assert lex.valences("not cheap but great", "en") == [3.0]
    assert lex.valences("ikke billig men god", "da") == [3.0]


def test_lexicon_faces_touching_a_word_and_hyphenated_entries_count(lex: Lexicon) -> None:
    assert lex.valences("Super:)", "en") == [3.0, 2.0]
    assert lex.valences("Tak:-)", "da") == [2.0, 2.0]
    assert lex.valences("well-being", "en") == [2.0]
