"""办件 lists (限时办结): the clerk's 我的办件 (the open 办件 accepted at their window,
a page of the workstation) and the supervisor's list of the hall's 办件 due soon or
overdue (an admin tab). Both issue a result collected at the window (出件) in one click;
a result sent by free courier is closed from the courier's side.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from functools import partial
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.applications import DUE_SOON_DAYS
from hall_desktop.domain.clock import local_today
from hall_desktop.services.actor import Actor
from hall_desktop.services.applications import (
    ApplicationList,
    ApplicationRow,
    ApplicationService,
    DispatchChoice,
    OnTimeFigures,
)
from hall_desktop.services.dto import HallInfo
from hall_desktop.store.database import Database
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.models.applications import (
    ApplicationColumn,
    ApplicationModel,
    OnTimeColumn,
    OnTimeModel,
)
from hall_desktop.ui.widgets.forms import (
    FormFeedback,
    MessageLevel,
    error_label,
    panel,
    pick_table,
    picked_date,
    qdate,
    set_style_property,
)


class ApplicationsPage(QFrame, FormFeedback):
    """The list, the 出件 button and a message line (passive)."""

    collect_requested = Signal(int)  # application id
    courier_requested = Signal(int, int)  # application id, dispatch id
    picked_changed = Signal(int)  # application id, -1: none
    refresh_requested = Signal()
    back = Signal()

    def __init__(
        self, title: str, *, with_back: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applicationsPage")
        self.errors = {}
        heading = QLabel(title)
        heading.setObjectName("panelTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.refresh_button)
        self.back_button = QPushButton(self.tr("Back to the queue") + "  [ESC]")
        self.back_button.clicked.connect(self.back)
        self.back_button.setVisible(with_back)
        top.addWidget(self.back_button)
        if with_back:
            escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
            escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            escape.activated.connect(self.back)
        self.hint = QLabel(
            self.tr(
                "Due dates count the hall's working days. Due soon: within {n} working days."
            ).format(n=DUE_SOON_DAYS)
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        self.model = ApplicationModel(self)
        self.table = pick_table(self.model, stretch=ApplicationColumn.ITEM)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _index: self._on_collect())
        self.empty_label = QLabel(self.tr("No open application here."))
        self.empty_label.setObjectName("hint")

        self.collect_button = QPushButton(self.tr("Result collected at the window (出件)"))
        self.collect_button.setObjectName("primaryButton")
        self.collect_button.setToolTip(
            self.tr("The citizen took the result here: the application is closed")
        )
        self.collect_button.clicked.connect(self._on_collect)
        # 免费邮寄: a dispatch registered for the same ticket carries the result.
        self.courier_combo = QComboBox()
        self.courier_combo.setToolTip(self.tr("The free-courier dispatch of this ticket"))
        self.courier_button = QPushButton(self.tr("Sent by free courier"))
        self.courier_button.setToolTip(
            self.tr("The result goes with the dispatch picked: the application is closed")
        )
        self.courier_button.clicked.connect(self._on_courier)
        self.picked_label = QLabel()
        self.picked_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.picked_label, 1)
        actions.addWidget(self.courier_combo)
        actions.addWidget(self.courier_button)
        actions.addWidget(self.collect_button)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self._on_selection()

    # -- what the controller calls ---------------------------------------------------

    def set_timezone(self, zone: str) -> None:
        self.model.set_timezone(zone)

    def show_list(self, found: ApplicationList) -> None:
        """The 办件; the one picked stays picked."""
        picked = self.picked()
        self.model.set_rows(found.rows)
        row = self.model.row_of(picked.id) if picked is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        overdue, soon = len(found.overdue), len(found.due_soon)
        text = self.tr("{n} open").format(n=len(found.rows))
        if soon:
            text += " · " + self.tr("{n} due soon").format(n=soon)
        if overdue:
            text += " · " + self.tr("{n} overdue").format(n=overdue)
        self.count_label.setText(text)
        set_style_property(self.count_label, "overdue", "true" if overdue else "false")
        self.empty_label.setVisible(not found.rows)
        self._on_selection()

    def set_courier_choices(self, application_id: int, choices: list[DispatchChoice]) -> None:
        """The dispatches that may carry the result of the 办件 picked (if still picked)."""
        picked = self.picked()
        if picked is None or picked.id != application_id:
            return
        self.courier_combo.clear()
        for c in choices:
            text = f"{c.code} · {c.status.label} · {c.recipient}"
            self.courier_combo.addItem(text + (f" · {c.waybill}" if c.waybill else ""), c.id)
        self.courier_combo.setVisible(bool(choices))
        self.courier_button.setVisible(bool(choices))

    def picked(self) -> ApplicationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_record(rows[0].row()) if rows else None

    # -- inside -------------------------------------------------------------------------

    def _on_selection(self, *_: object) -> None:
        r = self.picked()
        self.collect_button.setEnabled(r is not None)
        self.courier_combo.clear()
        self.courier_combo.hide()
        self.courier_button.hide()
        self.picked_changed.emit(r.id if r is not None else -1)
        if r is None:
            self.picked_label.setText(self.tr("Pick an application to issue its result."))
            return
        self.picked_label.setText(
            self.tr("{code} · ticket {number} · {item} · due {due}").format(
                code=r.code, number=r.ticket_number, item=r.item_name, due=r.due_date.isoformat()
            )
        )

    def _on_collect(self) -> None:
        r = self.picked()
        if r is not None:
            self.collect_requested.emit(r.id)

    def _on_courier(self) -> None:
        r, dispatch_id = self.picked(), self.courier_combo.currentData()
        if r is not None and isinstance(dispatch_id, int):
            self.courier_requested.emit(r.id, dispatch_id)


class HallApplications(QWidget):
    """The supervisor's tab: the hall's 办件 due soon or overdue (an
    :class:`ApplicationsPage`, whose texts keep their own context) and, beside it, the
    on-time rates (按时办结率) of the 办件 due in a period, by department and by item."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Applications due")
    ORDER = 17

    figures_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = ApplicationsPage(self.tr("Applications due soon or overdue (限时办结)"))
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.figures_requested)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Due from")))
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end_edit)
        period.addWidget(self.show_button)
        period.addStretch(1)
        figures, figures_layout = panel(self.tr("On-time rate (按时办结率)"))
        self.date_error = error_label()
        self.departments = OnTimeModel(self)
        self.items = OnTimeModel(self)
        self.departments_view = pick_table(self.departments, stretch=OnTimeColumn.NAME)
        self.items_view = pick_table(self.items, stretch=OnTimeColumn.NAME)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        figures_layout.addLayout(period)
        figures_layout.addWidget(self.date_error)
        figures_layout.addWidget(self.total_label)
        figures_layout.addWidget(QLabel(self.tr("By department")))
        figures_layout.addWidget(self.departments_view, 1)
        figures_layout.addWidget(QLabel(self.tr("By item")))
        figures_layout.addWidget(self.items_view, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page, 3)
        layout.addWidget(figures, 2)

    def show_figures(self, figures: OnTimeFigures) -> None:
        self.date_error.hide()
        self.departments.set_rows(figures.by_department)
        self.items.set_rows(figures.by_item)
        t = figures.total
        rate = "—" if t.rate is None else f"{t.rate:.1%}"
        self.total_label.setText(
            self.tr("{n} due in the period, {on_time} on time: {rate}").format(
                n=t.counted, on_time=t.on_time, rate=rate
            )
        )


class ApplicationsController(RoleController):
    """Reads the list (the window's 办件, or the hall's due soon and overdue) and issues
    results; ``counted`` says how many are due soon and overdue (the clerk's badge)."""

    counted = Signal(int, int)  # due soon, overdue

    def __init__(
        self,
        page: ApplicationsPage,
        service: ApplicationService,
        *,
        actor: Actor | None = None,
        hall_wide: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(page, parent)
        self.page = page
        self.service = service
        self.actor = actor
        self.window_id: int | None = None
        self.hall_wide = hall_wide
        self.found: ApplicationList | None = None
        page.collect_requested.connect(self._on_collect)
        page.courier_requested.connect(self._on_courier)
        page.picked_changed.connect(self._on_picked)
        page.refresh_requested.connect(self.schedule_refresh)

    def start(self) -> None:
        """The hall's list reads at once; a clerk's once they sign in (:meth:`follow`)."""
        if self.hall_wide:
            self.schedule_refresh()

    @property
    def settled(self) -> bool:
        reading = self._refresh_task is not None and not self._refresh_task.done()
        acting = {"application-collect", "application-pick"} & set(self._named)
        return not reading and not self._dirty and not acting

    def follow(self, actor: Actor | None, window_id: int | None = None) -> None:
        """The clerk signed in at ``window_id`` (or out: None)."""
        self.actor, self.window_id = actor, window_id
        self.page.show_message("")
        if actor is None:
            self.found = None
            self.page.show_list(ApplicationList(today=date.min, soon_until=date.min, rows=()))
            self.counted.emit(0, 0)
            return
        self.schedule_refresh()

    async def _refresh_now(self) -> None:
        actor, window_id = self.actor, self.window_id
        if actor is None:
            return
        if self.hall_wide:
            found = await self._guarded(lambda: self.service.hall_watch(actor))
        else:
            found = await self._guarded(lambda: self.service.at_window(actor, window_id))
        if found is None or actor is not self.actor:
            return
        self.found = found
        self.page.show_list(found)
        self.counted.emit(len(found.due_soon), len(found.overdue))

    def _on_picked(self, application_id: int) -> None:
        actor = self.actor
        if actor is not None and application_id >= 0:
            self._spawn(self._choices(actor, application_id), "application-pick", replace=True)

    async def _choices(self, actor: Actor, application_id: int) -> None:
        found = await self._guarded(lambda: self.service.courier_choices(actor, application_id))
        if found is not None:
            self.page.set_courier_choices(application_id, found)

    def _on_collect(self, application_id: int) -> None:
        actor = self.actor
        if actor is not None:
            done = self.tr("{code} ({item}): result collected, the application is closed.")
            work = partial(self.service.collect, actor, application_id)
            self._spawn(self._close(work, done), "application-collect", replace=True)

    def _on_courier(self, application_id: int, dispatch_id: int) -> None:
        actor = self.actor
        if actor is not None:
            done = self.tr(
                "{code} ({item}): result sent by free courier, the application is closed."
            )
            work = partial(self.service.close_by_courier, actor, application_id, dispatch_id)
            self._spawn(self._close(work, done), "application-collect", replace=True)

    async def _close(
        self, work: Callable[[], Awaitable[ApplicationRow]], done: str
    ) -> ApplicationRow | None:
        row: ApplicationRow | None = await self._guarded(work)
        if row is not None:
            self.page.show_message(
                done.format(code=row.code, item=row.item_name), MessageLevel.SUCCESS
            )
            self.schedule_refresh()
        return row


class HallApplicationsController(ApplicationsController):
    """The hall's list, and the on-time rates of the period picked."""

    def __init__(
        self, view: HallApplications, service: ApplicationService, actor: Actor, today: date
    ) -> None:
        super().__init__(view.page, service, actor=actor, hall_wide=True, parent=view)
        self.view = view
        view.start_edit.setDate(qdate(today.replace(day=1)))  # this month so far
        view.end_edit.setDate(qdate(today))
        view.figures_requested.connect(self.schedule_refresh)

    async def _refresh_now(self) -> None:
        await super()._refresh_now()
        actor = self.actor
        start, end = picked_date(self.view.start_edit), picked_date(self.view.end_edit)
        if actor is None:
            return
        if start > end:
            self.view.date_error.setText(self.tr("The first day is after the last."))
            self.view.date_error.show()
            return
        figures = await self._guarded(lambda: self.service.on_time(actor, start, end))
        if figures is not None:
            self.view.show_figures(figures)


def build_applications_tab(
    db: Database, actor: Actor, hall: HallInfo
) -> tuple[QWidget, RoleController]:
    """The supervisor's 限时办结 tab."""
    view = HallApplications()
    view.page.set_timezone(hall.timezone)
    today = local_today(db.clock, ZoneInfo(hall.timezone))
    return view, HallApplicationsController(view, ApplicationService(db), actor, today)
