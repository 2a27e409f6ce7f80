"""Reading back the PDFs the program writes: the text of each page, white space gone
(where a line breaks depends on the font, so tests compare text without it)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader


def reader(pdf: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(pdf if isinstance(pdf, bytes) else pdf.read_bytes()))


def page_texts(pdf: bytes | Path) -> list[str]:
    """Each page's text without white space."""
    return ["".join(page.extract_text().split()) for page in reader(pdf).pages]


def all_text(pdf: bytes | Path) -> str:
    """The whole document's text without white space."""
    return "".join(page_texts(pdf))
