"""Small building blocks of the staff screens' forms (styled through object names)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from enum import StrEnum

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)


class Panel(QFrame):
    """A white panel (``#panel``): a title row (``#panelTitle``, then any buttons) and a
    body under it. ``compact`` panels (the administrator's editors) sit closer together."""

    def __init__(
        self,
        title: str = "",
        *buttons: QWidget,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.body = QVBoxLayout(self)
        if compact:
            self.body.setContentsMargins(10, 8, 10, 8)
            self.body.setSpacing(5)
        self.title = QLabel(title)
        self.title.setObjectName("panelTitle")
        self.title.setMinimumWidth(1)  # a long title is cut; the panel never widens
        self.title.setVisible(bool(title))
        self.title_row = QHBoxLayout()
        self.title_row.addWidget(self.title, 1)
        for button in buttons:
            self.title_row.addWidget(button)
        self.body.addLayout(self.title_row)


class HeaderBar(QFrame):
    """The bar on top of a staff screen (``#header``): the hall's name (``#hallName``,
    cut when long, never widening the window), then ``right`` (widgets, or a number
    for a gap in pixels)."""

    def __init__(self, *right: QWidget | int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.row = QHBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("hallName")
        self.title.setMinimumWidth(1)
        self.row.addWidget(self.title, 1)
        for item in right:
            if isinstance(item, int):
                self.row.addSpacing(item)
            else:
                self.row.addWidget(item)


def centre(page: QWidget, box: QWidget, width: int) -> None:
    """``box`` (a log-in or a choice), at least ``width`` wide, centred on ``page`` a
    little above the middle, as a dialog would sit."""
    box.setMinimumWidth(width)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
    outer.addStretch(2)


def page_layout(page: QWidget, *rows: QWidget | QLayout) -> QVBoxLayout:
    """Stack a staff screen's ``rows`` edge to edge on ``page`` (header, banners, body);
    the last row takes the height that is left."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for i, row in enumerate(rows):
        stretch = 1 if i == len(rows) - 1 else 0
        if isinstance(row, QLayout):
            layout.addLayout(row, stretch)
        else:
            layout.addWidget(row, stretch)
    return layout


def panel(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A :class:`Panel` and the layout to add its content to."""
    frame = Panel(title)
    return frame, frame.body


def fit_to_current(stack: QStackedWidget) -> None:
    """Size ``stack`` by the page it shows, not by its tallest page (a stack counts
    every page's minimum height otherwise): call once its pages are added."""

    def fit() -> None:
        shown = stack.currentIndex()
        for i in range(stack.count()):
            vertical = QSizePolicy.Policy.Preferred if i == shown else QSizePolicy.Policy.Ignored
            page = stack.widget(i)
            if page is not None:
                page.setSizePolicy(page.sizePolicy().horizontalPolicy(), vertical)
        stack.updateGeometry()

    stack.currentChanged.connect(fit)
    fit()


def pick_table(model: QAbstractItemModel, *, stretch: int | None = None) -> QTableView:
    """A read-only list to pick one row of: whole rows, one at a time, a line each, no
    row numbers; with ``stretch``, columns as wide as their contents and that one
    taking the rest."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    if stretch is not None:
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def error_label() -> QLabel:
    """The hidden red line under a field (``#fieldError``) that says what is wrong."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


# Python dates and times to and from Qt's date fields. ``toPython()`` is typed
# ``object`` and ``QDate(date)`` has no typed overload: these keep the forms typed.


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def qdatetime(moment: datetime) -> QDateTime:
    """A naive local ``moment`` (minutes) as Qt shows it in a date-time field."""
    return QDateTime(qdate(moment.date()), qtime(moment.time()))


def picked_date(edit: QDateEdit) -> date:
    """The day a date field shows."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def picked_time(edit: QTimeEdit) -> time:
    """The time (hours and minutes) a time field shows."""
    t = edit.time()
    return time(t.hour(), t.minute())


def picked_datetime(edit: QDateTimeEdit) -> datetime:
    """The naive local date and time (minutes) a date-time field shows."""
    moment = edit.dateTime()
    day, t = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), t.hour(), t.minute())


def repolish(widget: QWidget) -> None:
    """Re-evaluate the style sheet after a dynamic property (``[level="error"]`` …)
    changed: Qt does not do it by itself."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a property the style sheet selects on, restyling only when it changed."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        repolish(widget)


class MessageLevel(StrEnum):
    """What a status or form message line says: the stylesheet colours it by this
    (``[level="error"]`` …), so the values are the QSS property values."""

    INFO = "info"
    SUCCESS = "success"
    ERROR = "error"


LEVEL_COLOURS = {MessageLevel.ERROR: "color: #b3261e;", MessageLevel.SUCCESS: "color: #166534;"}


def show_level(label: QLabel, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
    """A message line under a form: red for errors, green for success, plain otherwise."""
    label.setText(text)
    label.setStyleSheet(LEVEL_COLOURS.get(level, ""))


def add_field(
    form: QFormLayout, errors: dict[str, QLabel], field: str, label: str, widget: QWidget
) -> None:
    """A form row: ``widget`` with its hidden error line under it, kept in ``errors``."""
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    errors[field] = error_label()
    box.addWidget(errors[field])
    form.addRow(label, box)


def add_hint(form: QFormLayout, text: str) -> QLabel:
    """A wrapped line of explanation under a form's fields, in the fields' column."""
    hint = QLabel(text)
    hint.setWordWrap(True)
    form.addRow("", hint)
    return hint


def show_error_under(errors: dict[str, QLabel], field: str, message: str) -> bool:
    """Show ``message`` under ``field``; False when the form has no such field."""
    label = errors.get(field)
    if label is None:
        return False
    label.setText(message)
    label.show()
    return True


class FormFeedback:
    """What a staff form shows its controller's outcome with (the controller's
    ``MessageSurface``): a message line under the form, ``message``, and the error lines
    under its fields, ``errors`` (field name → label; empty for a form without fields).

    A mixin for a ``QWidget`` subclass that sets both attributes while building.
    """

    message: QLabel
    errors: dict[str, QLabel]

    def clear_errors(self) -> None:
        """Hide every field's error and the message: the form is being submitted again."""
        for label in self.errors.values():
            label.hide()
        self.message.clear()

    def show_field_error(self, field: str, message: str) -> bool:
        return show_error_under(self.errors, field, message)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        show_level(self.message, text, level)

    def set_online(self, online: bool) -> None:
        if not online:
            self.show_message(
                QCoreApplication.translate("FormFeedback", "Connection lost, reconnecting…"),
                MessageLevel.ERROR,
            )


def ask_yes_no(
    parent: QWidget, title: str, question: str, then: Callable[[], object]
) -> QMessageBox:
    """A yes/no question (No by default), opened without blocking the asyncio loop
    (never ``exec()``); ``then`` runs on Yes. The caller keeps the box: so it is not
    collected while open, and tests press its buttons."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.finished.connect(
        lambda result: then() if result == QMessageBox.StandardButton.Yes.value else None
    )
    box.open()
    return box
