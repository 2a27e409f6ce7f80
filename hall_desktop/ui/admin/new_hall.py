"""The first screen on an empty database (新建大厅): the hall's name and code and its
first administrator. Passive: the admin controller creates the hall."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.ui.widgets.forms import add_field, centre, show_error_under


class NewHallForm(QWidget):
    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginForm")
        box = QFrame()
        box.setObjectName("loginBox")
        title = QLabel(self.tr("Set up a new hall"))
        title.setObjectName("loginTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._intro = self.tr(
            "This database has no hall “{code}” yet. Name the hall and its first "
            "administrator; windows, business lines, service items and the other "
            "accounts are set up after logging in."
        )
        intro = QLabel()
        intro.setWordWrap(True)
        self.intro = intro
        self.code_edit = QLineEdit()
        self.code_edit.setReadOnly(True)  # the code this PC's settings name
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. 福田区政务服务中心"))
        self.login_edit = QLineEdit("admin")
        self.admin_name_edit = QLineEdit()
        self.number_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("At least 8 characters, letters and digits"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for field, label, widget in (
            ("code", self.tr("Hall code"), self.code_edit),
            ("name", self.tr("Hall name"), self.name_edit),
            ("admin_login", self.tr("Administrator's login"), self.login_edit),
            ("admin_name", self.tr("Administrator's name"), self.admin_name_edit),
            ("admin_number", self.tr("Staff no. (工号)"), self.number_edit),
            ("password", self.tr("Password"), self.password_edit),
            ("confirm", self.tr("Password again"), self.confirm_edit),
        ):
            add_field(form, self.errors, field, label, widget)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.button = QPushButton(self.tr("Create the hall"))
        self.button.setObjectName("primaryButton")
        self.button.clicked.connect(self._on_submit)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.button)
        centre(self, box, 520)

    def set_code(self, code: str) -> None:
        self.code_edit.setText(code)
        self.intro.setText(self._intro.format(code=code))

    def _on_submit(self) -> None:
        self.clear_errors()
        if self.password_edit.text() != self.confirm_edit.text():
            self.show_field_error("confirm", self.tr("The two passwords differ."))
            return
        self.button.setEnabled(False)
        self.submitted.emit(
            {
                "code": self.code_edit.text(),
                "name": self.name_edit.text(),
                "admin_login": self.login_edit.text(),
                "admin_name": self.admin_name_edit.text(),
                "admin_number": self.number_edit.text(),
                "password": self.password_edit.text(),
            }
        )

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.hide()

    def show_field_error(self, field: str, message: str) -> bool:
        self.button.setEnabled(True)
        return show_error_under(self.errors, field, message)

    def show_error(self, message: str) -> None:
        self.button.setEnabled(True)
        self.message.setText(message)
        self.message.show()
