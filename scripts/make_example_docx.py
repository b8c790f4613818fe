"""Build the example Swedish interview transcript (``examples/interview_sv.docx``).

The source is a UTF-8 text file with one paragraph (speaker turn) per line,
e.g. ``Intervjuare: ...`` or ``Karin: ...``. Blank lines are skipped. A title
heading is added at the top of the document.

Usage::

    python scripts/make_example_docx.py \
        --input examples/interview_sv.source.txt \
        --output examples/interview_sv.docx
"""

from __future__ import annotations

import argparse
from pathlib import Path

from docx import Document

DEFAULT_TITLE = "Intervju 7 – Nordlink, maj 2026"


def build_docx(source: Path, output: Path, title: str = DEFAULT_TITLE) -> int:
    """Write ``output`` from the paragraphs in ``source``; return the paragraph count."""
    lines = [line.strip() for line in source.read_text(encoding="utf-8").splitlines()]
    paragraphs = [line for line in lines if line]

    document = Document()
    document.core_properties.title = title
    document.core_properties.language = "sv-SE"
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)

    output.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(output))
    return len(paragraphs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--input",
        type=Path,
        default=Path("examples/interview_sv.source.txt"),
        help="plain-text source, one paragraph per line",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=Path("examples/interview_sv.docx"),
        help="path of the .docx to write",
    )
    parser.add_argument("--title", default=DEFAULT_TITLE, help="heading at the top of the document")
    args = parser.parse_args(argv)

    count = build_docx(args.input, args.output, args.title)
    print(f"wrote {args.output} ({count} paragraphs + title)")


if __name__ == "__main__":
    main()
