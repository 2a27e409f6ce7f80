"""The admin window's tabs, registered in one list (as Picard's option pages are).

Each tab's widget class declares its ``TITLE`` (marked for translation in the
``AdminController`` context) and its ``ORDER``; an entry here says how the tab and its
controller are built and who sees it. The admin window shows the tabs the logged-in
actor may use, by ``ORDER``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hall_desktop.services.actor import ADMINS, DISTRICT_ADMINS, MANAGERS, Actor, Role
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import HallInfo
from hall_desktop.ui.admin.appointments import AppointmentSlots, build_appointments_tab
from hall_desktop.ui.admin.audit import AuditLog, build_audit_tab
from hall_desktop.ui.admin.bundles import BundleEditor, build_bundles_tab
from hall_desktop.ui.admin.catalogue import CatalogueAdmin, build_catalogue_tab
from hall_desktop.ui.admin.db_accounts import DbAccountsPage, build_db_accounts_tab
from hall_desktop.ui.admin.district import DistrictView
from hall_desktop.ui.admin.district_controller import build_district_tab
from hall_desktop.ui.admin.extended import ExtendedController, ExtendedList
from hall_desktop.ui.admin.hours import HoursEditor, build_hours_tab
from hall_desktop.ui.admin.ledger import LedgerView
from hall_desktop.ui.admin.ledger_controller import build_ledger_tab
from hall_desktop.ui.admin.outbox import OutboxList, build_outbox_tab
from hall_desktop.ui.admin.queue_figures import QueueFigures, build_queue_figures_tab
from hall_desktop.ui.admin.settings import SettingsEditor, build_settings_tab
from hall_desktop.ui.admin.setup import SetupEditor, build_setup_tab
from hall_desktop.ui.admin.staff import StaffEditor, build_staff_tab
from hall_desktop.ui.admin.statistics import StatisticsView
from hall_desktop.ui.admin.statistics_controller import build_statistics_tab
from hall_desktop.ui.common.applications import HallApplications, build_applications_tab
from hall_desktop.ui.common.controller import RoleController

#: The context the tabs' titles are translated in.
TITLE_CONTEXT = "AdminController"


class TabPage(Protocol):
    """What a tab's widget class declares."""

    TITLE: object  # QT_TRANSLATE_NOOP(TITLE_CONTEXT, "…"): the English source
    ORDER: int


@dataclass(frozen=True)
class TabContext:
    """What building a tab may use: the services, who is logged in, the hall."""

    services: Services
    actor: Actor
    hall: HallInfo
    export_dir: Path | None = None
    pick_file: Callable[[str], Path | None] | None = None


Built = tuple[QWidget, RoleController]


@dataclass(frozen=True)
class AdminTab:
    page: type[TabPage]
    build: Callable[[TabContext], Built]
    roles: tuple[Role, ...] = MANAGERS  # who sees the tab

    @property
    def order(self) -> int:
        return self.page.ORDER

    def title(self) -> str:
        """The tab's title in the program's language."""
        return QCoreApplication.translate(TITLE_CONTEXT, str(self.page.TITLE))


def _extended(c: TabContext) -> Built:
    view = ExtendedList()
    controller = ExtendedController(
        view,
        c.services.extended,
        c.services.queue,
        c.actor,
        hall_name=c.hall.name,
        timezone=c.hall.timezone,
        export_dir=c.export_dir,
    )
    return view, controller


ADMIN_TABS: tuple[AdminTab, ...] = (
    AdminTab(ExtendedList, _extended),
    AdminTab(
        LedgerView,
        lambda c: build_ledger_tab(c.services.db, c.actor, c.hall, export_dir=c.export_dir),
    ),
    AdminTab(HallApplications, lambda c: build_applications_tab(c.services.db, c.actor, c.hall)),
    AdminTab(HoursEditor, lambda c: build_hours_tab(c.services.db, c.actor, c.hall)),
    AdminTab(AppointmentSlots, lambda c: build_appointments_tab(c.services.db, c.actor, c.hall)),
    AdminTab(SetupEditor, lambda c: build_setup_tab(c.services.db, c.actor, c.hall)),
    AdminTab(
        CatalogueAdmin,
        lambda c: build_catalogue_tab(c.services.db, c.actor, c.hall, pick_file=c.pick_file),
    ),
    AdminTab(BundleEditor, lambda c: build_bundles_tab(c.services.db, c.actor, c.hall)),
    AdminTab(SettingsEditor, lambda c: build_settings_tab(c.services.db, c.actor, c.hall)),
    AdminTab(
        StatisticsView,
        lambda c: build_statistics_tab(c.services, c.actor, c.hall, export_dir=c.export_dir),
    ),
    AdminTab(
        DistrictView,
        lambda c: build_district_tab(c.services, c.actor, c.hall, export_dir=c.export_dir),
        DISTRICT_ADMINS,
    ),
    AdminTab(QueueFigures, lambda c: build_queue_figures_tab(c.services.db, c.actor, c.hall)),
    AdminTab(StaffEditor, lambda c: build_staff_tab(c.services.db, c.actor, c.hall), ADMINS),
    AdminTab(
        DbAccountsPage,
        lambda c: build_db_accounts_tab(c.services.db, c.actor, c.hall),
        ADMINS,
    ),
    AdminTab(OutboxList, lambda c: build_outbox_tab(c.services.db, c.actor, c.hall)),
    AdminTab(
        AuditLog,
        lambda c: build_audit_tab(c.services.db, c.actor, c.hall, export_dir=c.export_dir),
    ),
)


def tabs_for(actor: Actor) -> list[AdminTab]:
    """The registered tabs ``actor`` may use, in their order."""
    return sorted((t for t in ADMIN_TABS if actor.has(*t.roles)), key=lambda t: t.order)
