"""Reading back the PDFs the program writes: the text of each page, white space gone
(where a line breaks depends on the font, so tests compare text without it)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from pypdf import PdfReader

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


def reader(pdf: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(pdf if isinstance(pdf, bytes) else pdf.read_bytes()))


def page_texts(pdf: bytes | Path) -> list[str]:
    """Each page's text without white space."""
    return ["".join(page.extract_text().split()) for page in reader(pdf).pages]


def all_text(pdf: bytes | Path) -> str:
    """The whole document's text without white space."""
    return "".join(page_texts(pdf))


def page_images(pdf: bytes, folder: Path, dpi: int) -> list[Path]:
    """The document's pages as PNG files in ``folder``, drawn by pdftoppm at ``dpi``."""
    path = folder / "document.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(path), str(folder / "page")],
        check=True,
        timeout=60,
    )
    return sorted(folder.glob("page-*.png"))


def ink_inside(image: QImage, edge_x: int, edge_y: int, name: object) -> int:
    """The dark pixels of every other column; fails on one closer than the edges allow."""
    assert not image.isNull()
    dark = 0
    for y in range(image.height()):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).lightness() < 128:
                assert edge_x <= x < image.width() - edge_x, f"ink at ({x}, {y}) of {name}"
                assert edge_y <= y < image.height() - edge_y, f"ink at ({x}, {y}) of {name}"
                dark += 1
    return dark
