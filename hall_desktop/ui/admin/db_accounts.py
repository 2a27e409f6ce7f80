"""数据库账号: the hall's PostgreSQL accounts, one per kind of PC (and one per window's
rating terminal), whether the server still has each, and a new password for one of
them, shown once. Administrators only. On SQLite the tab says why there are none; on
PostgreSQL without accounts, how the hall's IT staff make them."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.services.actor import Actor
from hall_desktop.services.db_accounts import ROLES_COMMAND, DbAccounts, DbAccountService, LoginRole
from hall_desktop.services.dto import HallInfo
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.tables import table
from hall_desktop.ui.common.controller import Gate, RoleController
from hall_desktop.ui.models.rows import RowsTableModel
from hall_desktop.ui.widgets.forms import FormFeedback, MessageLevel, Panel, ask_yes_no

# What is run on a PC to keep its database password.
PASSWORD_COMMAND = "hall-desktop db password"


class AccountColumn(IntEnum):
    ACCOUNT = 0
    USED_FOR = 1
    STATE = 2


class DbAccountsModel(RowsTableModel[LoginRole]):
    """The hall's accounts; the one this PC is connected with is marked."""

    CONTEXT = "DbAccountsModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        AccountColumn.ACCOUNT: QT_TRANSLATE_NOOP("DbAccountsModel", "Account"),
        AccountColumn.USED_FOR: QT_TRANSLATE_NOOP("DbAccountsModel", "Used for"),
        AccountColumn.STATE: QT_TRANSLATE_NOOP("DbAccountsModel", "State"),
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.this_pc: str | None = None

    def set_accounts(self, found: DbAccounts) -> None:
        self.this_pc = found.this_pc
        self.set_rows(found.roles)

    def row_named(self, name: str) -> int:
        return next((i for i in range(self.rowCount()) if self._name(i) == name), -1)

    def _name(self, row: int) -> str | None:
        role = self.row_record(row)
        return None if role is None else role.name

    @staticmethod
    def state(role: LoginRole) -> str:
        if not role.exists:
            return QCoreApplication.translate("DbAccountsModel", "Deleted on the server")
        if not role.can_login:
            return QCoreApplication.translate("DbAccountsModel", "May not log in")
        return QCoreApplication.translate("DbAccountsModel", "Can log in")

    def cell(self, record: LoginRole, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not record.exists:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.FontRole and record.name == self.this_pc:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = AccountColumn(column)
        if column == AccountColumn.ACCOUNT:
            return record.name
        if column == AccountColumn.USED_FOR:
            if record.name == self.this_pc:
                return QCoreApplication.translate("DbAccountsModel", "{used_for} (this PC)").format(
                    used_for=record.label
                )
            return record.label
        return self.state(record)


class DbAccountsPage(QWidget, FormFeedback):
    """Passive: the explanation, the accounts' table, "new password…"."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Database accounts")
    ORDER = 61

    refresh_requested = Signal()
    password_requested = Signal(object)  # the LoginRole picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = {}
        self.found: DbAccounts | None = None
        self.explanation = QLabel()
        self.explanation.setObjectName("dbAccountsExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setStyleSheet("font-size: 15px; color: #0f2d57;")
        self.note = QLabel(
            self.tr(
                "Each kind of PC connects to the database with an account of its own, which "
                "may do only what that PC does, in this hall only. When a PC's password is "
                "lost or known to too many people, make a new one here and enter it on that "
                "PC with {command}."
            ).format(command=PASSWORD_COMMAND)
        )
        self.note.setObjectName("dbAccountsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #4b5563;")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.password_button = QPushButton(self.tr("New password…"))
        self.password_button.setObjectName("primaryButton")
        self.password_button.setEnabled(False)
        self.password_button.clicked.connect(self._on_password)
        self.model = DbAccountsModel(self)
        self.table = table(self.model, fit_columns=1)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _index: self._on_password())
        self.panel = Panel(self.tr("This hall's database accounts"), self.refresh_button)
        self.panel.body.addWidget(self.note)
        self.panel.body.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.password_button)
        self.panel.body.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.explanation_panel = Panel()
        self.explanation_panel.body.addWidget(self.explanation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation_panel)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.message)
        layout.addStretch(0)  # the explanation alone stays on top
        self.explanation_panel.hide()
        self.panel.hide()

    def show_accounts(self, found: DbAccounts, hall_code: str) -> None:
        """The table, or (SQLite, no accounts yet) what to know instead."""
        self.found = found
        picked = self.selected()
        self.model.set_accounts(found)
        if not found.available:
            self.explanation.setText(
                self.tr(
                    "A single-PC SQLite database is used by this computer only and is "
                    "protected by its file permissions: it needs no database accounts."
                )
            )
        elif not found.roles:
            self.explanation.setText(
                self.tr(
                    "This hall has no database accounts yet: every PC connects with the same "
                    "account. The hall's IT staff make them once, with the database owner's "
                    "account:\n\n    {command}\n\nThen each PC's account and its password "
                    "are entered on that PC."
                ).format(command=ROLES_COMMAND.format(code=hall_code))
            )
        self.explanation_panel.setVisible(not found.roles)
        self.panel.setVisible(bool(found.roles))
        if picked is not None and (row := self.model.row_named(picked.name)) >= 0:
            self.table.selectRow(row)
        self._on_selection()

    def selected(self) -> LoginRole | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_record(rows[0].row()) if rows else None

    def _on_selection(self, *_: object) -> None:
        role = self.selected()
        self.password_button.setEnabled(role is not None and role.exists)

    def _on_password(self) -> None:
        role = self.selected()
        if role is not None and role.exists:
            self.clear_errors()
            self.password_requested.emit(role)


class NewPasswordDialog(QDialog):
    """A database account's new password, shown this once: selectable, with a copy
    button, and where it goes."""

    def __init__(self, role: LoginRole, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPasswordDialog")
        self.setWindowTitle(self.tr("New database password"))
        self.setMinimumWidth(520)
        heading = QLabel(
            self.tr("The new password of {account} ({used_for}):").format(
                account=role.name, used_for=role.label
            )
        )
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_edit = QLineEdit(password)
        self.password_edit.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        self.password_edit.setFont(font)
        self.password_edit.selectAll()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self._on_copy)
        row = QHBoxLayout()
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.copy_button)
        self.where = QLabel(
            self.tr(
                "On the PC that uses this account ({used_for}), whose db_url names the user "
                "{account}, run {command} and type this password in; that PC keeps it. Until "
                "then it cannot connect to the database. The password is shown only this "
                "once: the server keeps a check value of it, not the password."
            ).format(used_for=role.label, account=role.name, command=PASSWORD_COMMAND)
        )
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copied = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.where)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password_edit.text())
        self.copied.setText(self.tr("Copied."))

    def done(self, result: int) -> None:
        self.password_edit.clear()  # not left in a hidden widget's memory longer than needed
        super().done(result)


class DbAccountsController(RoleController):
    """Reads the accounts; asks, then makes a new password and shows it."""

    def __init__(self, db: Database, actor: Actor, hall: HallInfo, page: DbAccountsPage) -> None:
        super().__init__(page)
        self.service = DbAccountService(db)
        self.actor = actor
        self.hall = hall
        self.view = page
        self.confirm_box: QMessageBox | None = None
        self.password_dialog: NewPasswordDialog | None = None
        self._gate = Gate()
        self._read = False
        page.refresh_requested.connect(self.schedule_refresh)
        page.password_requested.connect(self._on_password_requested)

    def start(self) -> None:
        self.schedule_refresh()

    @property
    def settled(self) -> bool:
        """Read once, and nothing being read or asked now."""
        reading = self._refresh_task is not None and not self._refresh_task.done()
        return self._read and not reading and not self._dirty and not self._gate.busy

    async def _refresh_now(self) -> None:
        found = await self._guarded(lambda: self.service.accounts(self.actor))
        self._read = True
        if found is not None:
            self.view.show_accounts(found, self.hall.code)

    def _on_password_requested(self, role: LoginRole) -> None:
        question = self.tr(
            "Make a new password for {account} ({used_for})? The old one stops working at "
            "once: the PCs that use this account cannot connect until the new password is "
            "entered on them."
        ).format(account=role.name, used_for=role.label)
        found = self.view.found
        if found is not None and found.this_pc == role.name:
            question += "\n\n" + self.tr(
                "This PC is connected with this account: enter the new password here too "
                "({command}) before the program is started again."
            ).format(command=PASSWORD_COMMAND)
        self.confirm_box = ask_yes_no(  # kept for tests
            self.view,
            self.tr("New database password"),
            question,
            lambda: self._spawn_once(self._gate, lambda: self._new_password(role), "db-password"),
        )

    async def _new_password(self, role: LoginRole) -> None:
        password = await self._guarded(lambda: self.service.new_password(self.actor, role.name))
        if password is None:
            return  # refused: the message says why
        dialog = NewPasswordDialog(role, password, self.view)
        self.password_dialog = dialog  # kept: not collected while it is open
        dialog.open()  # never exec() inside the asyncio loop
        self.view.show_message(
            self.tr("{account} has a new password; enter it on its PC.").format(account=role.name),
            MessageLevel.SUCCESS,
        )
        self.schedule_refresh()


def build_db_accounts_tab(
    db: Database, actor: Actor, hall: HallInfo
) -> tuple[QWidget, RoleController]:
    page = DbAccountsPage()
    return page, DbAccountsController(db, actor, hall, page)
