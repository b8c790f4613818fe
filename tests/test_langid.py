"""The text language ID reads: handles, hashtags and URLs are no votes."""

from __future__ import annotations

import pytest

from textinsight.langid import voting_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@DSB toget er forsinket igen 🙄 #dsb", "toget er forsinket igen 🙄"),
        ("se https://vy.no/a?b=1 og www.vy.no @VYtog:s svar", "se og :s svar"),
        ("mail@firma.dk er min adresse", "mail@firma.dk er min adresse"),  # not a handle
        ("#kbh #nørrebro 😍", "kbh nørrebro 😍"),  # only tags: their words are all there is
    ],
)
def test_langid_voting_text_drops_handles_hashtags_and_urls(text: str, expected: str) -> None:
    assert voting_text(text) == expected
