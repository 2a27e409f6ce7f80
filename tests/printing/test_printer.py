"""Printing a slip through Qt: the PDF-file printer, printer errors, the preview."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hall_desktop.printing import printer as printing
from hall_desktop.printing.printer import (
    PrintError,
    SlipPreviewDialog,
    paint_pdf,
    preview_pdf,
    print_pdf,
    printer_names,
)
from hall_desktop.printing.slip import render_slip
from tests.printing.test_slip import sample_slip

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def slip_pdf() -> bytes:
    return render_slip(sample_slip())


def _pages(path: Path) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(203)
    return printer


def test_print_to_a_pdf_file(slip_pdf: bytes, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    print_pdf(slip_pdf, None, output_file=str(out))
    pages = _pages(out)
    assert len(pages) == 1
    width, height = pages[0]
    assert abs(width - 80 * mm) < 1 * mm
    source = PdfReader(io.BytesIO(slip_pdf)).pages[0].mediabox
    assert abs(height - float(source.height)) < 1 * mm


def test_every_page_is_printed_at_its_own_size(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(80 * mm, 100 * mm), invariant=1)
    canvas.drawString(10, 10, "one")
    canvas.showPage()
    canvas.setPageSize((58 * mm, 70 * mm))
    canvas.drawString(10, 10, "two")
    canvas.showPage()
    canvas.save()
    out = tmp_path / "two.pdf"
    print_pdf(buffer.getvalue(), None, output_file=str(out))
    (w1, h1), (w2, h2) = _pages(out)
    assert abs(w1 - 80 * mm) < 1 * mm and abs(h1 - 100 * mm) < 1 * mm
    assert abs(w2 - 58 * mm) < 1 * mm and abs(h2 - 70 * mm) < 1 * mm


@pytest.mark.parametrize("name", [None, ""])
def test_no_printer_configured(slip_pdf: bytes, name: str | None) -> None:
    with pytest.raises(PrintError) as caught:
        print_pdf(slip_pdf, name)
    assert caught.value.code == "no_printer"
    assert "未设置小票打印机" in caught.value.message


def test_unknown_printer(slip_pdf: bytes) -> None:
    with pytest.raises(PrintError) as caught:
        print_pdf(slip_pdf, "不存在的打印机")
    assert caught.value.code == "printer_missing"
    assert "不存在的打印机" in caught.value.message


def test_unknown_printer_lists_the_printers_there_are(
    slip_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "printer_names", lambda: ["热敏打印机", "办公室激光"])
    with pytest.raises(PrintError) as caught:
        print_pdf(slip_pdf, "不存在的打印机")
    assert caught.value.code == "printer_missing"
    assert "热敏打印机" in caught.value.message and "办公室激光" in caught.value.message


def test_printer_names_is_a_list_of_strings() -> None:
    names = printer_names()
    assert isinstance(names, list)
    assert all(isinstance(n, str) for n in names)


@pytest.mark.parametrize("junk", [b"", b"not a pdf", b"%PDF-1.4\n%broken"])
def test_corrupt_pdf(junk: bytes, tmp_path: Path) -> None:
    with pytest.raises(PrintError) as caught:
        print_pdf(junk, None, output_file=str(tmp_path / "out.pdf"))
    assert caught.value.code == "print_failed"
    assert caught.value.message


def test_copies_must_be_positive(slip_pdf: bytes, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        print_pdf(slip_pdf, None, copies=0, output_file=str(tmp_path / "out.pdf"))


def test_paint_pdf_sets_the_page_to_the_slip(slip_pdf: bytes, tmp_path: Path) -> None:
    printer = _pdf_printer(tmp_path / "painted.pdf")
    paint_pdf(slip_pdf, printer)
    assert printer.fullPage()
    size = printer.pageLayout().fullRect().size()  # in the layout's unit (points)
    assert abs(size.width() - 80 * mm) < 1 * mm


def test_preview_paints_into_a_printer(qtbot, slip_pdf: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SlipPreviewDialog(slip_pdf)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle()
    out = tmp_path / "preview.pdf"
    dialog.paint_pages(_pdf_printer(out))
    assert dialog.error is None
    assert len(_pages(out)) == 1


def test_preview_reports_a_corrupt_pdf(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SlipPreviewDialog(b"not a pdf")
    qtbot.addWidget(dialog)
    dialog.paint_pages(_pdf_printer(tmp_path / "preview.pdf"))
    assert dialog.error is not None and dialog.error.code == "print_failed"


def test_preview_opens_without_blocking(qtbot, slip_pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    dialog = preview_pdf(slip_pdf)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    assert dialog.error is None
    dialog.close()
