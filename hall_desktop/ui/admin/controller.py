"""The admin window's controller: the hall (or a new one), log-in (supervisors and
administrators), then one controller per registered tab (``tabs.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from hall_desktop.domain.errors import NotFound
from hall_desktop.services.actor import ADMIN_PROGRAM, Actor
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import HallInfo
from hall_desktop.ui.admin.settings import SettingsController
from hall_desktop.ui.admin.tabs import TabContext, tabs_for
from hall_desktop.ui.admin.window import AdminWindow
from hall_desktop.ui.common.controller import HallController, RoleController


class AdminController(HallController):
    """Log-in (supervisors and administrators), then one controller per tab."""

    def __init__(
        self,
        services: Services,
        hall_code: str,
        window: AdminWindow,
        *,
        export_dir: Path | None = None,
        pick_file: Callable[[str], Path | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, hall_code, window, parent=parent)
        self.pick_file = pick_file  # tests and kiosks: no file dialogs
        self.window = window
        self.export_dir = export_dir
        self.login_flow = self._login_flow(
            ADMIN_PROGRAM,
            self.tr("Administration is for supervisors and administrators."),
            window.login,
        )
        self.actor: Actor | None = None
        self.tabs: list[RoleController] = []
        window.login_requested.connect(lambda a, b: self._spawn(self._login(a, b), "admin-login"))
        window.logout_requested.connect(lambda: self._spawn(self._logout(), "admin-logout"))
        window.new_hall_requested.connect(lambda v: self._spawn(self._new_hall(v), "new-hall"))

    def start(self) -> None:
        self._spawn(self._load_hall(), "admin-hall")

    async def stop(self) -> None:
        await super().stop()  # first: a log-in still running builds the tabs
        for tab in self.tabs:
            await tab.stop()

    async def _load_hall(self) -> None:
        try:
            self.hall = await self.login_flow.load_hall(give_up_on=NotFound)
        except NotFound:
            # An empty database (or a new hall code): the administrator creates it.
            self.window.show_new_hall(self.hall_code)
            return
        self.window.show_login(self.hall.name)

    async def _new_hall(self, answers: dict[str, Any]) -> None:
        made = await self._guarded(lambda: self.services.bootstrap.create_hall(**answers))
        if made is None:
            return
        self.hall = await self.queue.hall(self.hall_code)
        self.window.show_login(self.hall.name)
        self.window.login.login_edit.setText(made.admin.login)
        self.window.login.password_edit.setFocus()

    async def _login(self, login: str, password: str) -> None:
        actor = await self.login_flow.log_in(login, password)
        if actor is None:
            return
        assert self.hall is not None
        self.actor = actor
        self.window.show_workspace(self.hall.name, f"{actor.name}（{actor.staff_number}）")
        # Asked first: its one read goes before the tabs' own.
        self._spawn(self._warn_about_backups(actor), "admin-backups", replace=True)
        self._build_tabs(actor, self.hall)

    async def _warn_about_backups(self, actor: Actor) -> None:
        """数据备份: a banner while the last backup is older than the hall allows."""
        status = await self._guarded(lambda: self.services.daily.backup_status(actor))
        text = None
        if status is not None and status.overdue:
            if status.made_at is None:
                text = self.tr(
                    "The database has never been backed up: set a daily backup folder or "
                    "back up now in “Hall settings”."
                )
            else:
                text = self.tr(
                    "No backup for more than {days} days: back up now in “Hall settings”."
                ).format(days=status.warn_days)
        self.window.banner.set_condition("backup", text)

    def _build_tabs(self, actor: Actor, hall: HallInfo) -> None:
        """The registered tabs (``tabs.py``) this actor may use, each with its controller."""
        self.window.tabs.clear()
        self.tabs = []
        context = TabContext(
            self.services, actor, hall, export_dir=self.export_dir, pick_file=self.pick_file
        )
        for tab in tabs_for(actor):
            widget, controller = tab.build(context)
            self.window.tabs.addTab(widget, tab.title())
            self.tabs.append(controller)
        for controller in self.tabs:
            if isinstance(controller, SettingsController):
                controller.backed_up.connect(
                    lambda: self._spawn(
                        self._warn_about_backups(actor), "admin-backups", replace=True
                    )
                )
            controller.start()

    async def _logout(self) -> None:
        for tab in self.tabs:
            await tab.stop()
        self.tabs = []
        self.window.tabs.clear()
        self.actor = None
        self.window.show_login()
