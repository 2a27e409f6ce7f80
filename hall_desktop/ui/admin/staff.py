"""Staff accounts (人员管理): create, edit, deactivate (never delete), reset a password,
lift a lock. Administrators only; the service refuses everyone else and logs each change."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.admin import AdminService, StaffInfo
from hall_desktop.services.dto import HallInfo
from hall_desktop.store.database import Database
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.models.rows import Index, RowsTableModel
from hall_desktop.ui.widgets.forms import (
    FormFeedback,
    MessageLevel,
    add_field,
    panel,
)


class StaffColumn(IntEnum):
    LOGIN = 0
    NAME = 1
    NUMBER = 2
    ROLES = 3
    STATE = 4


_HEADERS = {
    StaffColumn.LOGIN: QT_TRANSLATE_NOOP("StaffModel", "Login"),
    StaffColumn.NAME: QT_TRANSLATE_NOOP("StaffModel", "Name"),
    StaffColumn.NUMBER: QT_TRANSLATE_NOOP("StaffModel", "Staff no."),
    StaffColumn.ROLES: QT_TRANSLATE_NOOP("StaffModel", "Roles"),
    StaffColumn.STATE: QT_TRANSLATE_NOOP("StaffModel", "State"),
}

ROLE_NAMES = {
    Role.GUIDE: QT_TRANSLATE_NOOP("StaffModel", "Guide"),
    Role.CLERK: QT_TRANSLATE_NOOP("StaffModel", "Clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("StaffModel", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("StaffModel", "Administrator"),
    Role.KIOSK: QT_TRANSLATE_NOOP("StaffModel", "Kiosk (device)"),
    Role.DISTRICT_ADMIN: QT_TRANSLATE_NOOP("StaffModel", "District administrator"),
}
ROLE_ORDER = (
    Role.GUIDE,
    Role.CLERK,
    Role.SUPERVISOR,
    Role.ADMIN,
    Role.DISTRICT_ADMIN,
    Role.KIOSK,
)


def role_name(role: Role) -> str:
    return QCoreApplication.translate("StaffModel", str(ROLE_NAMES[role]))


class StaffModel(RowsTableModel[StaffInfo]):
    CONTEXT = "StaffModel"
    HEADERS = _HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None

    def set_staff(self, rows: list[StaffInfo], now: datetime) -> None:
        self.now = now
        self.set_rows(rows)

    def state(self, s: StaffInfo) -> str:
        if not s.active:
            return QCoreApplication.translate("StaffModel", "Deactivated")
        if self.now is not None and s.locked(self.now):
            assert s.locked_until is not None
            return QCoreApplication.translate("StaffModel", "Locked until {time}").format(
                time=f"{s.locked_until.astimezone(self.zone):%H:%M}"
            )
        return QCoreApplication.translate("StaffModel", "Active")

    def cell(self, s: StaffInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not s.active:
            return QColor("#8a8f98")
        if role == Qt.ItemDataRole.BackgroundRole and self.now and s.locked(self.now):
            return QColor("#fde68a")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            StaffColumn.LOGIN: s.login,
            StaffColumn.NAME: s.name,
            StaffColumn.NUMBER: s.staff_number,
            StaffColumn.ROLES: "、".join(role_name(r) for r in ROLE_ORDER if r in s.roles),
            StaffColumn.STATE: self.state(s),
        }[StaffColumn(column)]


class StaffFilter(QSortFilterProxyModel):
    """Text in login, name or staff number; deactivated accounts only when asked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.show_inactive = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()  # Qt >= 6.9 (the project requires PySide6 >= 6.9)
        self.text = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, StaffModel)
        s = model.row_record(source_row)
        if s is None or (not s.active and not self.show_inactive):
            return False
        return not self.text or any(self.text in v for v in (s.login, s.name, s.staff_number))


class StaffEditor(QWidget, FormFeedback):
    """Passive: the list and the form; emits what the administrator asked for."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Staff")
    ORDER = 60

    create_requested = Signal(dict)
    update_requested = Signal(int, dict)
    active_requested = Signal(int, bool)
    password_requested = Signal(int, str)
    unlock_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: StaffInfo | None = None
        self.model = StaffModel(self)
        self.proxy = StaffFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search login, name or staff no."))
        self.search_edit.textChanged.connect(self.proxy.set_text)
        self.inactive_check = QCheckBox(self.tr("Show deactivated"))
        self.inactive_check.toggled.connect(self.proxy.set_show_inactive)
        self.new_button = QPushButton(self.tr("New account"))
        self.new_button.clicked.connect(self.start_new)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._on_selected)

        self.errors: dict[str, QLabel] = {}
        self.form_title = QLabel()
        self.form_title.setObjectName("panelTitle")
        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(40)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(20)
        self.role_checks = {role: QCheckBox(role_name(role)) for role in ROLE_ORDER}
        roles = QHBoxLayout()
        for check in self.role_checks.values():
            roles.addWidget(check)
        roles.addStretch(1)
        roles_box = QWidget()
        roles_box.setLayout(roles)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("At least 8 characters, letters and digits"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for field, label, widget in (
            ("login", self.tr("Login"), self.login_edit),
            ("name", self.tr("Name"), self.name_edit),
            ("staff_number", self.tr("Staff no. (工号)"), self.number_edit),
            ("roles", self.tr("Roles"), roles_box),
            ("password", self.tr("Password"), self.password_edit),
            ("confirm", self.tr("Password again"), self.confirm_edit),
        ):
            add_field(form, self.errors, field, label, widget)
        self.password_hint = QLabel()
        self.password_hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self._on_save)
        self.password_button = QPushButton(self.tr("Reset password"))
        self.password_button.clicked.connect(self._on_password)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self._on_active)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(
            lambda: self.current and self.unlock_requested.emit(self.current.id)
        )
        buttons = QHBoxLayout()
        for button in (
            self.save_button,
            self.password_button,
            self.active_button,
            self.unlock_button,
        ):
            buttons.addWidget(button)
        self.message = QLabel()
        self.message.setWordWrap(True)

        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.inactive_check)
        top.addWidget(self.new_button)
        left.addLayout(top)
        left.addWidget(self.view, 1)
        box, right = panel(self.tr("Account"))
        right.addWidget(self.form_title)
        right.addLayout(form)
        right.addWidget(self.password_hint)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addStretch(1)
        root = QHBoxLayout(self)
        root.addLayout(left, 3)
        root.addWidget(box, 2)
        self.start_new()

    # -- showing ---------------------------------------------------------------------------

    def show_staff(self, rows: list[StaffInfo], now: datetime) -> None:
        keep = self.current.id if self.current else None
        self.model.set_staff(rows, now)
        if keep is not None:
            self.select(keep)

    def select(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row < 0:
            self.start_new()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.selectRow(index.row())
        self._show(self.model.row_record(row))

    def start_new(self) -> None:
        self.view.clearSelection()
        self._show(None)
        self.login_edit.setFocus()

    def _on_selected(self, *_: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self._show(self.model.row_record(self.proxy.mapToSource(rows[0]).row()))

    def _show(self, s: StaffInfo | None) -> None:
        self.current = s
        self.clear_errors()
        self.login_edit.setText(s.login if s else "")
        self.login_edit.setReadOnly(s is not None)  # the log refers to it: never renamed
        self.name_edit.setText(s.name if s else "")
        self.number_edit.setText(s.staff_number if s else "")
        for role, check in self.role_checks.items():
            check.setChecked(s is not None and role in s.roles)
        self.password_edit.clear()
        self.confirm_edit.clear()
        if s is None:
            self.form_title.setText(self.tr("New account"))
            self.password_hint.setText(self.tr("The new colleague logs in with this password."))
        else:
            self.form_title.setText(self.tr("{name} ({login})").format(name=s.name, login=s.login))
            self.password_hint.setText(
                self.tr("Leave the password empty to keep it; type a new one to reset it.")
            )
            self.active_button.setText(self.tr("Deactivate") if s.active else self.tr("Reactivate"))
        locked = s is not None and self.model.now is not None and s.locked(self.model.now)
        self.password_button.setVisible(s is not None)
        self.active_button.setVisible(s is not None)
        self.unlock_button.setVisible(locked)

    # -- asking ----------------------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "staff_number": self.number_edit.text(),
            "roles": {role for role, check in self.role_checks.items() if check.isChecked()},
        }

    def _password(self) -> str | None:
        """The typed password when both fields agree; None (and a message) otherwise."""
        password = self.password_edit.text()
        if password != self.confirm_edit.text():
            self.show_field_error("confirm", self.tr("The two passwords differ."))
            return None
        return password

    def _on_save(self) -> None:
        self.clear_errors()
        if self.current is None:
            password = self._password()
            if password is None:
                return
            self.create_requested.emit(
                {**self._values(), "login": self.login_edit.text(), "password": password}
            )
        else:
            self.update_requested.emit(self.current.id, self._values())

    def _on_password(self) -> None:
        self.clear_errors()
        if self.current is None:
            return
        password = self._password()
        if password is None:
            return
        if not password:
            self.show_field_error("password", self.tr("Type the new password twice."))
            return
        self.password_requested.emit(self.current.id, password)

    def _on_active(self) -> None:
        if self.current is not None:
            self.active_requested.emit(self.current.id, not self.current.active)

    # -- feedback --------------------------------------------------------------------------


class StaffController(RoleController):
    def __init__(self, db: Database, actor: Actor, timezone: str, editor: StaffEditor) -> None:
        super().__init__(editor)
        self.service = AdminService(db)
        self.actor = actor
        self.editor = editor
        editor.model.set_timezone(timezone)
        editor.create_requested.connect(lambda v: self._act(self._create(v)))
        editor.update_requested.connect(
            lambda i, v: self._act(self.service.update_staff(self.actor, i, **v))
        )
        editor.active_requested.connect(
            lambda i, a: self._act(self.service.set_staff_active(self.actor, i, a))
        )
        editor.password_requested.connect(lambda i, p: self._act(self._reset(i, p)))
        editor.unlock_requested.connect(lambda i: self._act(self.service.unlock(self.actor, i)))

    def start(self) -> None:
        self.schedule_refresh()

    async def _refresh_now(self) -> None:
        rows = await self._guarded(lambda: self.service.list_staff(self.actor))
        if rows is not None:
            self.editor.show_staff(rows, await self.service.now())

    async def _create(self, values: dict[str, Any]) -> StaffInfo:
        return await self.service.create_staff(self.actor, **values)

    async def _reset(self, staff_id: int, password: str) -> str:
        await self.service.reset_password(self.actor, staff_id, password)
        return "password_reset"

    def _act(self, work: Any) -> None:
        async def run() -> None:
            done = await self._guarded(lambda: work)
            if done is None:
                return  # refused: the message or the field says why
            await self._refresh_now()
            if isinstance(done, StaffInfo):
                self.editor.select(done.id)
                self.editor.show_message(
                    self.tr("Saved: {name} ({login}).").format(name=done.name, login=done.login),
                    MessageLevel.SUCCESS,
                )
            elif self.editor.current is not None:
                self.editor.select(self.editor.current.id)
                self.editor.show_message(self.tr("The password is reset."), MessageLevel.SUCCESS)

        self._spawn(run(), "staff-action")


def build_staff_tab(db: Database, actor: Actor, hall: HallInfo) -> tuple[QWidget, RoleController]:
    editor = StaffEditor()
    return editor, StaffController(db, actor, hall.timezone, editor)
