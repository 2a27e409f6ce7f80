"""The log-in form every staff role starts with (no async here: the role's controller
checks the password and calls :meth:`LoginForm.show_error` or moves on)."""

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


class LoginForm(QWidget):
    submitted = Signal(str, str)  # login, password

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginForm")
        box = QFrame()
        box.setObjectName("loginBox")
        self.title = QLabel(title)
        self.title.setObjectName("loginTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hall_label = QLabel()
        self.hall_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.button = QPushButton(self.tr("Log in"))
        self.button.setObjectName("primaryButton")
        self.button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.hall_label)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        box.setMinimumWidth(380)
        self.button.clicked.connect(self._on_submit)
        self.password_edit.returnPressed.connect(self._on_submit)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)

    def set_hall_name(self, name: str) -> None:
        self.hall_label.setText(name)

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.set_busy(False)
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def reset(self) -> None:
        self.password_edit.clear()
        self.error_label.hide()
        self.set_busy(False)
        self.login_edit.setFocus()

    def _on_submit(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            self.show_error(self.tr("Enter your user name"))
            self.login_edit.setFocus()
            return
        self.error_label.hide()
        self.set_busy(True)
        self.submitted.emit(login, self.password_edit.text())
