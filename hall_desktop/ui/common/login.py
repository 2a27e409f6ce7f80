"""The log-in every staff role starts with: the form (no async there) and the flow its
controller runs (:class:`LoginFlow`: find the hall, check the password and the role)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.errors import HallError
from hall_desktop.live.pause import retry_pause
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import HallInfo
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.forms import HeaderBar, centre, page_layout

RETRY_S = 3.0


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
        centre(self, box, 380)
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
        """An empty form for the next person (a shared PC must not offer the previous
        user's name); a refused attempt keeps its name through :meth:`show_error`."""
        self.login_edit.clear()
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


class LoginFlow:
    """Find the hall and log a member of staff in, the same for every staff role.

    ``roles``: who may use the role (anyone else is told ``refusal``, translated by the
    role's controller). Problems are shown on ``form``; a controller only learns the
    outcome.
    """

    def __init__(
        self,
        roles: Iterable[Role],
        *,
        refusal: str,
        services: Services,
        hall_code: str,
        form: LoginForm,
    ) -> None:
        self.roles = tuple(roles)
        self.refusal = refusal
        self.services = services
        self.hall_code = hall_code
        self.form = form

    async def load_hall(self, *, give_up_on: type[HallError] | None = None) -> HallInfo:
        """The hall, read again every few seconds while it cannot be (the reason on the
        form); ``give_up_on``: that error is raised instead of waiting."""
        while True:
            try:
                return await self.services.queue.hall(self.hall_code)
            except HallError as e:
                if give_up_on is not None and isinstance(e, give_up_on):
                    raise
                self.form.show_error(e.message)
            await retry_pause(RETRY_S)

    async def log_in(self, login: str, password: str) -> Actor | None:
        """The member of staff, or None when the form says why not."""
        try:
            actor = await self.services.auth.login(self.hall_code, login, password)
        except HallError as e:
            self.form.show_error(e.message)
            return None
        if not actor.has(*self.roles):
            self.form.show_error(self.refusal)
            return None
        return actor


class StaffWindow(QWidget):
    """The shell of a staff role's window with tabs (courier, hotline): the log-in form,
    then a header (the hall and role, who is logged in, 退出登录) over the tabs."""

    login_requested = Signal(str, str)
    logout_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        """``name``: the object and style name ("courier"); the role's window sets its
        title and the log-in form's (:meth:`set_titles`)."""
        super().__init__(parent)
        self.setObjectName(f"{name}Window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet(name))
        self.stack = QStackedWidget()
        self.login = LoginForm("")
        self.login.submitted.connect(self.login_requested)
        self.tabs = QTabWidget()
        self.user_label = QLabel()
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.clicked.connect(self.logout_requested)
        self.header = HeaderBar(self.user_label, self.logout_button)
        work = QWidget()
        page_layout(work, self.header, self.tabs)
        self.stack.addWidget(self.login)
        self.stack.addWidget(work)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_titles(self, window: str, login: str) -> None:
        self.setWindowTitle(window)
        self.login.title.setText(login)

    def show_work(self, title: str, user: str) -> None:
        """Logged in: the header's title, who is at this PC, and the tabs."""
        self.header.title.setText(title)
        self.user_label.setText(user)
        self.stack.setCurrentIndex(1)
