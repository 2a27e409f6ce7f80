"""A large table of plain text cells, painted cheaply as one types into its search box.

A :class:`QTableView` paints each cell through its delegate and its style: about nine
roles asked of the model per cell (one Python call each), every text laid out and
elided again, and the style sheet's rules looked up for each cell's background. A page
of the catalogue's table (20 rows of 6 columns) cost about 6 ms a keystroke, three
times the search itself. :class:`PlainTableView` paints the page of a
:class:`PaintedCells` model in one Python pass instead: one call a cell for its text,
colour and centring, each text laid out once per column width (a :class:`QStaticText`,
elided to fit), the rows' backgrounds (alternate, selected) and the grid from the
view's palette and the style's grid colour. Everything else (the header, scrolling,
the keyboard, selection, tool tips, accessibility) is QTableView's, reading the model's
roles as usual. For any other model it paints as QTableView does.

What it does not draw: spans, hidden rows, a right-to-left layout, editors in place and
a focus frame around the current cell (its row is selected instead). Tables that need
them keep QTableView.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen, QStaticText
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView, QWidget

#: Texts kept laid out: a few pages' worth of cells at a few widths.
CACHE_LIMIT = 20_000
#: Space between a cell's edge and its text (as QStyledItemDelegate leaves).
MARGIN_PX = 4
#: What lays texts out again (their font) or colours them anew.
_RELAYOUT = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange)


@runtime_checkable
class PaintedCells(Protocol):
    def painted(self, row: int, column: int) -> tuple[str, QBrush | None, bool]:
        """A cell's text, its text colour (None: the palette's) and whether it is
        centred."""
        ...


class PlainTableView(QTableView):
    """A QTableView that paints the cells of a :class:`PaintedCells` model itself, in
    rows selected whole (the catalogue's table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._painted: Any = None  # the model's ``painted``, None: Qt paints
        self._laid_out: dict[tuple[str, int], QStaticText] = {}

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        self._painted = model.painted if isinstance(model, PaintedCells) else None
        # Every pixel is painted here: nothing beneath needs painting first.
        self.viewport().setAttribute(
            Qt.WidgetAttribute.WA_OpaquePaintEvent, self._painted is not None
        )

    @property
    def laid_out(self) -> dict[tuple[str, int], QStaticText]:
        """The texts laid out so far, by (text, width): for tests."""
        return self._laid_out

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RELAYOUT:
            self._laid_out.clear()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painted = self._painted
        model = self.model()
        if painted is None or model is None:
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, event.rect(), painted, model.rowCount(), model.columnCount())
        finally:
            painter.end()

    def _paint(self, painter: QPainter, area: Any, painted: Any, rows: int, columns: int) -> None:
        palette = self.palette()
        painter.fillRect(area, palette.base())
        if rows == 0 or columns == 0:
            return
        first = self.rowAt(area.top())
        last = self.rowAt(area.bottom())
        if first < 0:
            return  # below the last row
        if last < 0:
            last = rows - 1
        left, right = area.left(), area.right()
        spans: list[tuple[int, int, int]] = []  # (column, x, width) of the columns in the area
        for column in range(columns):
            if self.isColumnHidden(column):
                continue
            x, cell_width = self.columnViewportPosition(column), self.columnWidth(column)
            if x <= right and x + cell_width > left:
                spans.append((column, x, cell_width))
        if not spans:
            return
        width = spans[-1][1] + spans[-1][2]
        selection = self.selectionModel()
        alternate = self.alternatingRowColors()
        metrics = self.fontMetrics()
        text_height = metrics.height()
        base_pen = palette.color(QPalette.ColorRole.Text)
        selected_pen = palette.color(QPalette.ColorRole.HighlightedText)
        highlight, alternate_base = palette.highlight(), palette.alternateBase()
        laid_out = self._laid_out
        root = QModelIndex()
        bottom = 0
        for row in range(first, last + 1):
            y = self.rowViewportPosition(row)
            height = self.rowHeight(row)
            bottom = y + height
            selected = selection is not None and selection.isRowSelected(row, root)
            if selected:
                painter.fillRect(0, y, width, height, highlight)
            elif alternate and row % 2:
                painter.fillRect(0, y, width, height, alternate_base)
            for column, x, cell_width in spans:
                text, colour, centred = painted(row, column)
                if not text:
                    continue
                room = cell_width - 2 * MARGIN_PX
                static = laid_out.get((text, room))
                if static is None:
                    shown = text
                    if metrics.horizontalAdvance(text) > room:  # elide only what is long
                        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
                    static = QStaticText(shown)
                    static.setTextFormat(Qt.TextFormat.PlainText)
                    if len(laid_out) >= CACHE_LIMIT:
                        laid_out.clear()
                    laid_out[(text, room)] = static
                if selected:
                    painter.setPen(selected_pen)
                else:
                    painter.setPen(base_pen if colour is None else colour.color())
                left_x = float(x + MARGIN_PX)
                if centred:
                    left_x = x + (cell_width - static.size().width()) / 2
                painter.drawStaticText(QPointF(left_x, y + (height - text_height) / 2), static)
        if self.showGrid():
            painter.setPen(QPen(self._grid_colour(), 0))
            for _, x, cell_width in spans:
                painter.drawLine(x + cell_width - 1, area.top(), x + cell_width - 1, bottom - 1)
            for row in range(first, last + 1):
                y = self.rowViewportPosition(row) + self.rowHeight(row) - 1
                painter.drawLine(0, y, width - 1, y)

    def _grid_colour(self) -> QColor:
        """The style's grid colour (a style sheet's ``gridline-color`` included)."""
        rgb = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, None, self)
        if rgb in (-1, 0):
            return self.palette().color(QPalette.ColorRole.Mid)
        return QColor.fromRgba(rgb & 0xFFFFFFFF)
