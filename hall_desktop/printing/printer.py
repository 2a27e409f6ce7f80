"""Printing a PDF (a ticket slip) through Qt's print system, with no dialog.

Each PDF page is rasterised with Qt PDF (pdfium) at the printer's resolution (at least
203 dpi, the usual thermal head, at most 600 dpi) and drawn full page, with the printer's
page set to the PDF page's size and zero margins. The same code paints the print preview.

Call these from the GUI thread, with a ``QGuiApplication`` running.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from hall_desktop.domain.errors import HallError
from hall_desktop.private_files import private_dir, private_opener

log = logging.getLogger("hall_desktop.printing")

MIN_DPI = 203  # 8 dots/mm: the common thermal print head
MAX_DPI = 600  # more only costs memory and time
FILE_DPI = 300  # the "PDF-file printer"


class PrintError(HallError):
    """A slip could not be printed; ``code`` is no_printer, printer_missing or print_failed."""

    code = "print_failed"


def printer_names() -> list[str]:
    """The names of the printers this machine knows."""
    return list(QPrinterInfo.availablePrinterNames())


class _LoadedPdf:
    """A QPdfDocument read from bytes; the buffer must live as long as the document."""

    def __init__(self, pdf: bytes, document: str = "小票") -> None:
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)
        status = self.document.status()
        if status != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            log.warning(
                "cannot read the slip PDF: status %s, error %s",
                status,
                self.document.error(),
            )
            self.close()
            raise PrintError(f"{document}文件已损坏，无法打印。", code="print_failed")

    def close(self) -> None:
        self.document.close()
        self.buffer.close()


def _set_page(printer: QPrinter, size_pt: QSizeF) -> None:
    """Paper of exactly ``size_pt`` (points), no margins, painting over the whole sheet."""
    page_size = QPageSize(size_pt, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    no_margins = QMarginsF(0, 0, 0, 0)
    layout = QPageLayout(
        page_size, QPageLayout.Orientation.Portrait, no_margins, QPageLayout.Unit.Point
    )
    if not printer.setPageLayout(layout):
        # The driver refused the custom size or zero margins: keep what it accepts; the
        # page image is scaled to fit whatever paper it settles on.
        printer.setPageSize(page_size)
        printer.setPageMargins(no_margins, QPageLayout.Unit.Point)
        log.info("printer %r did not accept a %s pt page exactly", printer.printerName(), size_pt)
    printer.setFullPage(True)  # after the layout: setting a layout resets it


def _render_page(document: QPdfDocument, page: int, dpi: int, what: str) -> QImage:
    size_pt = document.pagePointSize(page)
    pixels = QSize(
        max(1, round(size_pt.width() * dpi / 72)), max(1, round(size_pt.height() * dpi / 72))
    )
    options = QPdfDocumentRenderOptions()
    # Crisp edges for the QR code and rules: a thermal head has no grey anyway.
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.PathAliased)
    rendered = document.render(page, pixels, options)
    if rendered.isNull():
        raise PrintError(f"{what}内容无法生成图像，打印失败。", code="print_failed")
    # pdfium leaves the background transparent: put the page on white paper.
    image = QImage(pixels, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def paint_pdf(pdf: bytes, printer: QPrinter, what: str = "小票") -> None:
    """Paint every page of ``pdf`` on ``printer`` (a real printer, a PDF file or a
    preview). ``what`` names the document in messages (小票, 寄递单 …); they say what
    is wrong and what to check, and leave "print it again" to the screen that knows how."""
    loaded = _LoadedPdf(pdf, what)
    try:
        document = loaded.document
        dpi = min(max(printer.resolution(), MIN_DPI), MAX_DPI)
        _set_page(printer, document.pagePointSize(0))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("打印机无法开始打印，请检查打印机是否开机、有纸。")
        try:
            for page in range(document.pageCount()):
                if page > 0:
                    _set_page(printer, document.pagePointSize(page))
                    if not printer.newPage():
                        raise PrintError("打印机无法换页，打印失败，请检查打印机。")
                image = _render_page(document, page, dpi, what)
                paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                # Fit the page image to the paper, top-centred, keeping its proportions.
                scale = min(paper.width() / image.width(), paper.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                target = QRectF(
                    paper.left() + (paper.width() - width) / 2, paper.top(), width, height
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
    finally:
        loaded.close()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(f"打印机报告错误，{what}可能没有打印出来，请检查打印机。")


def _named_printer(printer_name: str | None, what: str) -> QPrinter:
    if not printer_name:
        raise PrintError(f"未设置{what}打印机，请在设置中选择打印机。", code="no_printer")
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        names = printer_names()
        if names:
            known = "、".join(f"“{n}”" for n in names)
            message = (
                f"{what}没有打印：找不到打印机“{printer_name}”。本机可用的打印机：{known}。"
                "请在设置中重新选择。"
            )
        else:
            message = (
                f"{what}没有打印：找不到打印机“{printer_name}”，本机没有可用的打印机。"
                "请检查打印机的连接。"
            )
        raise PrintError(message, code="printer_missing")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_pdf(
    pdf: bytes,
    printer_name: str | None,
    *,
    copies: int = 1,
    output_file: str | None = None,
    what: str = "小票",
) -> None:
    """Print ``pdf`` on the printer named ``printer_name`` without a dialog.

    With ``output_file`` the pages go to that PDF file instead (Qt's PDF printer: tests,
    machines without a printer) and ``printer_name`` is ignored. Raises ``PrintError``.
    """
    if copies < 1:
        raise ValueError("copies must be at least 1")
    if output_file:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(output_file)
        printer.setResolution(FILE_DPI)
    else:
        printer = _named_printer(printer_name, what)
    printer.setDocName(QCoreApplication.translate("Printing", "Ticket slip"))
    printer.setCopyCount(copies)
    paint_pdf(pdf, printer, what)
    log.info("printed a %s on %s", what, output_file or printer_name)


class SlipPreviewDialog(QPrintPreviewDialog):
    """A print preview of a PDF; open it with ``.open()`` (never ``exec()``).

    Its printer is the named slip printer when it exists, else Qt's default; printing
    from the preview paints the same pages. ``error`` keeps the last painting failure.
    """

    def __init__(
        self, pdf: bytes, parent: QWidget | None = None, *, printer_name: str | None = None
    ) -> None:
        info = QPrinterInfo.printerInfo(printer_name) if printer_name else None
        if info is not None and not info.isNull():
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        else:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(QCoreApplication.translate("Printing", "Ticket slip"))
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own its printer
        self._pdf = pdf
        self.error: PrintError | None = None
        self.setWindowTitle(QCoreApplication.translate("Printing", "Ticket slip preview"))
        self.paintRequested.connect(self.paint_pages)

    def paint_pages(self, printer: QPrinter) -> None:
        try:
            paint_pdf(self._pdf, printer)
        except PrintError as exc:
            self.error = exc
            log.warning("slip preview: %s", exc.message)
        else:
            self.error = None


def preview_pdf(
    pdf: bytes, parent: QWidget | None = None, *, printer_name: str | None = None
) -> SlipPreviewDialog:
    """Open a non-modal-to-the-loop print preview of ``pdf`` (``.open()``) and return it."""
    dialog = SlipPreviewDialog(pdf, parent, printer_name=printer_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


PDF_FOLDER_PREFIX = "pdf:"


def send_to(
    pdf: bytes,
    setting: str,
    file_name: str,
    *,
    default_printer: bool = False,
    missing: str | None = None,
    what: str = "小票",
) -> str:
    """Print ``pdf`` where a settings entry says; where it went (for the message).

    ``setting`` is a printer's name, or ``pdf:<folder>`` to write ``file_name`` there:
    the PDF itself as reportlab made it (vector, searchable, fit to archive), readable by
    this user only (it names citizens). Empty means the system's default printer when
    ``default_printer``, else no printer (``missing`` is the message). ``what`` names
    the document in messages.
    """
    setting = setting.strip()
    if setting.startswith(PDF_FOLDER_PREFIX):
        folder = Path(setting[len(PDF_FOLDER_PREFIX) :]).expanduser()
        target = folder / file_name
        try:
            private_dir(folder)
            with open(target, "wb", opener=private_opener) as file:
                file.write(pdf)
        except OSError as e:
            message = f"{what}无法保存到“{folder}”：{e.strerror or e}"
            raise PrintError(message, code="print_failed") from e
        return str(target)
    name = setting or (QPrinterInfo.defaultPrinterName() if default_printer else "")
    if not name and missing is not None:
        raise PrintError(missing, code="no_printer")
    print_pdf(pdf, name or None, what=what)
    return name
