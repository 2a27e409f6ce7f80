"""The hall settings' notices to citizens (短信通知): a template per kind, and the SMS
platform the outbox is sent through (see :mod:`hall_desktop.domain.notices`).

The platform's secret (an app key) is written here and never shown: the field stays
empty, says whether one is saved, and an empty field keeps it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from hall_desktop.domain.notices import NoticeKind
from hall_desktop.services.hall_settings import HallSettings
from hall_desktop.ui.widgets.forms import add_hint, panel


class NoticeSettingsFields(QObject):
    """Two panels (``templates_box``, ``platform_box``); ``add_row`` puts a field with
    its error line into a form (the settings editor's ``_row``)."""

    def __init__(self, parent: QWidget, add_row: Any) -> None:
        super().__init__(parent)
        self.template_edits: dict[NoticeKind, QLineEdit] = {}
        self.templates_box, templates_layout = panel(self.tr("Notices to citizens (短信通知)"))
        form = QFormLayout()
        labels = {
            NoticeKind.BOOKED: self.tr("Booked"),
            NoticeKind.CHANGED: self.tr("Booking changed"),
            NoticeKind.CANCELLED: self.tr("Booking cancelled"),
            NoticeKind.REMINDER: self.tr("Reminder the day before"),
        }
        for kind, label in labels.items():
            edit = QLineEdit(parent)
            edit.setMaxLength(200)
            edit.setObjectName(f"template_{kind.value}")
            self.template_edits[kind] = edit
            add_row(form, kind.template_field, label, edit)
        add_hint(
            form,
            self.tr(
                "{name} name, {code} booking code, {line} business line, {date} date, "
                "{time} time, {hall} the hall's name, {phone} enquiry phone."
            ),
        )
        templates_layout.addLayout(form)

        self.platform_box, platform_layout = panel(self.tr("SMS platform"))
        self.url_edit = QLineEdit(parent)
        self.url_edit.setMaxLength(300)
        self.url_edit.setPlaceholderText(self.tr("Empty: notices wait in the outbox"))
        self.method_combo = QComboBox(parent)
        self.method_combo.addItems(["POST", "GET"])
        self.headers_edit = QPlainTextEdit(parent)
        self.headers_edit.setPlaceholderText(self.tr("One “Name: value” a line"))
        self.headers_edit.setFixedHeight(56)
        self.body_edit = QPlainTextEdit(parent)
        self.body_edit.setFixedHeight(56)
        self.success_edit = QLineEdit(parent)
        self.success_edit.setMaxLength(100)
        self.success_edit.setPlaceholderText(self.tr("Empty: any HTTP 2xx answer"))
        self.secret_edit = QLineEdit(parent)
        self.secret_edit.setMaxLength(200)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.clear_secret = QCheckBox(self.tr("Remove the saved key"), parent)
        self.attempts_spin = QSpinBox(parent)
        self.attempts_spin.setRange(1, 10)
        form = QFormLayout()
        add_row(form, "sms_url", self.tr("Address"), self.url_edit)
        add_row(form, "sms_method", self.tr("Method"), self.method_combo)
        add_row(form, "sms_headers", self.tr("Headers"), self.headers_edit)
        add_row(form, "sms_body", self.tr("Request (JSON or form)"), self.body_edit)
        add_row(form, "sms_success", self.tr("Success when the answer has"), self.success_edit)
        add_row(form, "sms_secret", self.tr("Key (secret)"), self.secret_edit)
        form.addRow("", self.clear_secret)
        add_row(form, "sms_attempts", self.tr("Attempts at most"), self.attempts_spin)
        add_hint(
            form,
            self.tr(
                "The request may use {mobile}, {text} and {secret}; headers and the "
                "address {secret}. The key is never shown again once saved."
            ),
        )
        platform_layout.addLayout(form)

    def set_values(self, s: HallSettings) -> None:
        for kind, edit in self.template_edits.items():
            edit.setText(s.template(kind))
            edit.setCursorPosition(0)  # the start of a long template, not its end
        self.url_edit.setText(s.sms_url)
        self.method_combo.setCurrentText(s.sms_method)
        self.headers_edit.setPlainText(s.sms_headers)
        self.body_edit.setPlainText(s.sms_body)
        self.success_edit.setText(s.sms_success)
        self.secret_edit.clear()
        self.secret_edit.setPlaceholderText(
            self.tr("Saved (not shown); empty keeps it") if s.sms_secret_set else self.tr("None")
        )
        self.clear_secret.setChecked(False)
        self.clear_secret.setEnabled(s.sms_secret_set)
        self.attempts_spin.setValue(s.sms_attempts)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            kind.template_field: edit.text() for kind, edit in self.template_edits.items()
        }
        values |= {
            "sms_url": self.url_edit.text(),
            "sms_method": self.method_combo.currentText(),
            "sms_headers": self.headers_edit.toPlainText(),
            "sms_body": self.body_edit.toPlainText(),
            "sms_success": self.success_edit.text(),
            "sms_attempts": self.attempts_spin.value(),
        }
        if self.clear_secret.isChecked():
            values["sms_secret"] = ""
        elif self.secret_edit.text():
            values["sms_secret"] = self.secret_edit.text()
        return values
