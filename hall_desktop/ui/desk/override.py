"""主管授权 at the desk: a supervisor lets one number past the one-citizen limits
(一人一号) with their own name and password and a reason. A passive dialog: the desk's
controller checks the password and issues."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.ui.widgets.forms import error_label


class OverrideDialog(QDialog):
    """Shows why the number was refused; asks for the supervisor and the reason."""

    submitted = Signal(str, str, str)  # login, password, reason

    def __init__(self, refusal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Supervisor authorisation"))
        self.setMinimumWidth(440)
        self.why = QLabel(refusal)
        self.why.setWordWrap(True)
        hint = QLabel(
            self.tr("A supervisor may issue this number anyway: sign with your own account.")
        )
        hint.setWordWrap(True)
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("Supervisor's user name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. acting for a family member"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Reason"), self.reason_edit)
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("Authorise and issue"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.login_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        """What the service said (a wrong password, no supervisor): try again."""
        self._complain(message)
        self.set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _complain(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _on_submit(self) -> None:
        login = self.login_edit.text().strip()
        reason = self.reason_edit.text().strip()
        if not login or not self.password_edit.text():
            self._complain(self.tr("Enter the supervisor's user name and password"))
            return
        if not reason:
            self._complain(self.tr("Enter the reason for the authorisation"))
            return
        self.error.hide()
        self.set_busy(True)
        self.submitted.emit(login, self.password_edit.text(), reason)
