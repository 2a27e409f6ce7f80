"""Painting a large table of plain text cells cheaply, as one types into its search box.

:class:`QStyledItemDelegate` asks the model for about nine roles per cell (one Python
call each) and lays each text out again at every paint, through the style sheet's
rules: a page of a catalogue's table (20 rows of 6 columns) cost about 6 ms a
keystroke, three times the search itself. A model that offers :meth:`PaintedCells.
painted` (text, colour, centred) answers a cell in one call here, and each text is laid
out once per width (a :class:`QStaticText`, elided to fit). The row's background
(alternate rows, selection) is still the view's and the style's; tool tips and
accessibility still read the model's roles.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: Texts kept laid out: a few pages' worth of cells at a few widths.
CACHE_LIMIT = 20_000
#: What lays texts out again (their font) or colours them anew.
_RELAYOUT = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange)
#: Space between a cell's edge and its text (QStyledItemDelegate's is about as much).
MARGIN_PX = 4


@runtime_checkable
class PaintedCells(Protocol):
    def painted(self, row: int, column: int) -> tuple[str, QBrush | None, bool]:
        """A cell's text, its text colour (None: the palette's) and whether it is
        centred."""
        ...


class PlainTextDelegate(QStyledItemDelegate):
    """Paints the cells of a :class:`PaintedCells` model as one line of elided text; any
    other model the usual way. Texts are laid out in the view's font: a change of it
    (or of the style) lays them out again."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._laid_out: dict[tuple[str, int], tuple[QStaticText, float]] = {}
        # The model last painted, and its ``painted`` (None: not a PaintedCells model).
        self._model: object = None
        self._painted: Any = None
        self._looks: dict[Any, tuple[bool, QBrush, QColor]] = {}
        if isinstance(parent, QWidget):
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RELAYOUT:
            self._laid_out.clear()
            self._looks.clear()
        return False

    @staticmethod
    def _look(option: QStyleOptionViewItem) -> tuple[bool, QBrush, QColor]:
        """(selected, the selection's brush, the text's colour) for a cell's state."""
        state = option.state
        palette = option.palette
        selected = bool(state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        text = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        return (
            selected,
            palette.brush(group, QPalette.ColorRole.Highlight),
            palette.color(group, text),
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()
        if model is not self._model:  # a protocol check is slow: once per model
            self._model = model
            self._painted = model.painted if isinstance(model, PaintedCells) else None
        if self._painted is None:
            super().paint(painter, option, index)
            return
        text, colour, centred = self._painted(index.row(), index.column())
        rect = option.rect
        state = option.state
        # Flag arithmetic on Qt's enums is slow in Python: once per state and palette.
        look = self._looks.get(state)
        if look is None:
            look = self._looks[state] = self._look(option)
        selected, highlight, pen = look
        if selected:
            painter.fillRect(rect, highlight)
        if not text:
            return
        width = rect.width() - 2 * MARGIN_PX
        key = (text, width)
        laid = self._laid_out.get(key)
        if laid is None:
            metrics = option.fontMetrics
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=option.font)
            if len(self._laid_out) >= CACHE_LIMIT:
                self._laid_out.clear()
            laid = self._laid_out[key] = (static, float(metrics.height()))
        static, height = laid
        # The painter has the view's font; the view sets its own pen for its grid.
        painter.setPen(pen if selected or colour is None else colour.color())
        x = float(rect.x() + MARGIN_PX)
        if centred:
            x = rect.x() + (rect.width() - static.size().width()) / 2
        painter.drawStaticText(QPointF(x, rect.y() + (rect.height() - height) / 2), static)
