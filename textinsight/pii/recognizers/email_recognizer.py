"""E-mail addresses: Presidio's ``EmailRecognizer``, checked offline."""

from __future__ import annotations

from typing import Any

from presidio_analyzer.predefined_recognizers import EmailRecognizer

from .filters import Finishing


class OfflineEmailRecognizer(Finishing, EmailRecognizer):
    """E-mail addresses; the domain's suffix is checked without any network access."""

    _extract: Any = None

    def validate_result(self, pattern_text: str) -> bool:
        """A known public suffix after the @."""
        import tldextract

        if OfflineEmailRecognizer._extract is None:
            OfflineEmailRecognizer._extract = tldextract.TLDExtract(
                suffix_list_urls=(), cache_dir=None
            )
        return bool(OfflineEmailRecognizer._extract(pattern_text.split("@")[-1]).suffix)
