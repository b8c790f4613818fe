"""Label rules (textinsight.topics.keywords): each on a small synthetic input, no model."""

from __future__ import annotations

import numpy as np
import pytest

from textinsight.topics.keywords import (
    dedupe_keywords,
    keyword_source,
    lemma_text,
    same_stem,
    split_hashtag,
    unique_labels,
    widespread_words,
)
from textinsight.topics.model import FitParams, fit

from .test_model import corpus


def test_handles_and_urls_never_reach_the_keyword_text() -> None:
    text = "@nordlink @Telia_DK trak to gange https://t.co/abc www.nordlink.dk mail@example.com"
    out = lemma_text(text, "da").split()
    assert not {"nordlink", "telia_dk", "t.co", "abc", "www"} & set(out)
    assert "nordlink" not in keyword_source(text, "da").lower().replace("example", "")


def test_hashtags_are_split_into_words() -> None:
    assert split_hashtag("#DoubleCharge") == "Double Charge"  # camelCase
    assert split_hashtag("#dobbeltbetaling", "da") == "dobbelt betaling"  # a known compound
    assert split_hashtag("#leveringstid", "da") == "leveringstid"  # itself a known word
    assert split_hashtag("#xqzvbnm") == "xqzvbnm"  # unknown parts: kept whole, '#' gone
    assert split_hashtag("#router_fejl") == "router fejl"
    words = lemma_text("Igen! #dobbeltbetaling #DoubleCharge", "da").split()
    assert {"dobbelt", "betaling", "double", "charge"} <= set(words)
    assert not any("#" in w or w == "dobbeltbetaling" for w in words)


def test_forms_of_one_word_count_once() -> None:
    assert same_stem("faktura", "fakturan") and same_stem("betaling", "betalning")
    assert same_stem("invoice", "invoices") and same_stem("ruter", "router")
    assert not same_stem("betaling", "levering") and not same_stem("app", "apple")
    assert dedupe_keywords(["faktura", "invoice", "fakturan", "gebyr", "fakturaen"]) == [
        "faktura",
        "invoice",
        "gebyr",
    ]


def test_a_word_spread_over_most_topics_is_not_distinctive() -> None:
    topics = [
        ["nordlink faktura gebyr", "nordlink faktura", "gebyr pris"],
        ["nordlink router levering", "router forsinket", "nordlink router"],
        ["nordlink app login", "app crash nordlink", "login kode"],
        ["kø telefon nordlink", "ventetid telefon", "telefon kø"],
        ["butik personale", "venlig personale", "butik åben"],
    ]
    spread = widespread_words(topics)
    assert spread == {"nordlink"}  # in 4 of 5 topics; "telefon" or "router" only in their own
    # a brand that one topic is about stays (it is that topic's word)
    assert "nordlink" not in widespread_words([topics[0], topics[4], ["x y"], ["z w"]])
    assert widespread_words(topics[:2]) == set()  # too few topics to call anything spread


def test_labels_never_repeat() -> None:
    kws = [
        ["faktura", "gebyr", "pris", "rykker"],
        ["gebyr", "faktura", "pris", "kontant"],
        ["levering", "pakke", "forsinket"],
        ["app", "login"],
        ["login", "app"],
    ]
    labels = unique_labels(kws, fallback=[f"topic {k}" for k in range(len(kws))])
    assert len(set(labels)) == len(labels)
    assert labels[2] == "levering · pakke · forsinket"  # no twin: the first three keywords
    # twins (the same words in another order) each take their next distinguishing keyword
    assert labels[0] == "faktura · gebyr · pris · rykker"
    assert labels[1] == "gebyr · faktura · pris · kontant"
    assert labels[4] == "login · app (topic 4)"  # nothing left to tell apart: the topic's name


@pytest.mark.slow  # a batch fit: UMAP compiles its numba code first (~15 s CPU)
def test_fit_labels_leave_out_the_brand_and_handles_and_are_unique() -> None:
    units, _ = corpus(n_per=30)
    for u in units:
        if u.embedding is not None and u.text not in ("Ingen kommentarer", "N/A"):
            u.text = f"@nordlink {u.text} #Nordlink nordlink #nordlinkfail https://nordlink.dk"
    model, _, _ = fit(units, FitParams(seed=1, min_topic_size=15))
    labels = [t["label"] for t in model.topics]
    assert len(labels) >= 4 and len(set(labels)) == len(labels)
    for t in model.topics:
        assert not any(
            "nordlink" in k.lower() or k.startswith(("@", "#", "http")) for k in t["keywords"]
        )
    assert np.mean([len(t["keywords"]) for t in model.topics]) >= 3
