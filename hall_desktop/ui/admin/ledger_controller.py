"""The 台账 tab's controller: reads the ledger through :class:`CaseService`, follows the
hall's feed (a 差评 at a terminal, a step on another PC) and runs each step a dialog
asks for; a refusal is shown in the dialog, in the service's words."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFileDialog, QWidget

from hall_desktop.domain.cases import CaseAction, CaseKind
from hall_desktop.domain.clock import local_today
from hall_desktop.domain.errors import DatabaseUnavailable, HallError
from hall_desktop.domain.events import Topic, touches
from hall_desktop.printing.ledger import bulletin_pdf, case_pdf
from hall_desktop.services.actor import ADMINS, Actor, Role
from hall_desktop.services.audit import AuditService
from hall_desktop.services.cases import CaseDetail, CaseService
from hall_desktop.services.catalogue import CatalogueService
from hall_desktop.services.dto import EventRecord, FeedPosition, HallInfo
from hall_desktop.services.ledger_export import ledger_xlsx
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.ledger import LedgerView, this_month
from hall_desktop.ui.admin.ledger_dialogs import (
    CaseDaysDialog,
    CaseDialog,
    FindingDialog,
    LedgerChoices,
    StepDialog,
    WalkthroughDialog,
)
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.widgets.files import choose_save_path
from hall_desktop.ui.widgets.forms import MessageLevel

Step = Callable[[CaseService, Actor, int, dict[str, Any]], Awaitable[CaseDetail]]

#: Each step's service call, with the dialog's keyword arguments.
STEPS: Mapping[CaseAction, Step] = {
    CaseAction.VERIFY: lambda s, a, i, v: s.verify(a, i, **v),
    CaseAction.RECTIFY: lambda s, a, i, v: s.rectify(a, i, **v),
    CaseAction.ANSWER: lambda s, a, i, v: s.answer(a, i, **v),
    CaseAction.ASSIGN: lambda s, a, i, v: s.assign(a, i, **v),
    CaseAction.RESOLVE: lambda s, a, i, v: s.resolve(a, i, **v),
    CaseAction.APPROVE: lambda s, a, i, v: s.approve(a, i, **v),
    CaseAction.RETURN: lambda s, a, i, v: s.send_back(a, i, **v),
    CaseAction.DECIDE_APPEAL: lambda s, a, i, v: s.decide_appeal(a, i, **v),
    CaseAction.ADD_PROBLEM: lambda s, a, i, v: s.add_problem(a, i, v["form"]),
}


class LedgerController(RoleController):
    """Owns the tab's reads and steps; ``dialog`` is the one open (tests fill it in)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        hall: HallInfo,
        view: LedgerView,
        *,
        follow: bool = True,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__(view)
        self.db = db
        self.actor = actor
        self.view = view
        self.zone = ZoneInfo(hall.timezone)
        self.hall_name = hall.name
        self.export_dir = export_dir
        self._file_dialog: QFileDialog | None = None
        self.service = CaseService(db)
        self.choices = LedgerChoices()
        self.dialog: CaseDialog | None = None
        self._follow = follow
        self._loaded = False
        self._case_id: int | None = None
        # Counts the steps recorded here: a read begun before one must not be shown after
        # it (the case's 待整改 over the 待反馈 the step itself just showed).
        self._steps = 0
        self._step_label = ""
        view.set_timezone(hall.timezone)
        view.set_period(*this_month(self._today()))
        view.set_may_record(actor.has(Role.SUPERVISOR))
        view.refresh_requested.connect(self.schedule_refresh)
        view.case_selected.connect(self._on_case_selected)
        view.action_requested.connect(self._on_action)
        view.walkthrough_requested.connect(self._on_walkthrough)
        view.finding_requested.connect(self._on_finding)
        view.case_days_requested.connect(lambda: self._spawn(self._case_days(), "ledger-days"))
        view.export_requested.connect(self._on_export)

    def start(self) -> None:
        self._spawn(self._start(), "ledger-start")

    @property
    def settled(self) -> bool:
        """Read once, and nothing being read now."""
        reading = self._refresh_task is not None and not self._refresh_task.done()
        return self._loaded and not reading and not self._dirty and "ledger-case" not in self._named

    def _today(self) -> date:
        return local_today(self.db.clock, self.zone)

    # -- reading and following -------------------------------------------------------------

    async def _start(self) -> None:
        after: FeedPosition | None = None
        if self._follow:
            try:
                after = await QueueService(self.db).feed_position(self.actor.hall_id)
            except DatabaseUnavailable:
                after = None  # the feed starts from the newest event once it is back
        self.schedule_refresh()
        await self._load_choices()
        if self._follow:
            self._start_feed(self.db, self.actor.hall_id, after)

    async def _load_choices(self) -> None:
        audit = AuditService(self.db)
        staff = await self._guarded(lambda: audit.staff(self.actor))
        windows = await self._guarded(lambda: audit.windows(self.actor))
        items = await self._guarded(
            lambda: CatalogueService(self.db).active_items(self.actor.hall_id)
        )
        if staff is None or windows is None:
            return
        self.choices = LedgerChoices(staff, windows, items or ())
        self.view.set_choices(staff, windows)

    def _on_events(self, batch: list[EventRecord], catching_up: bool) -> None:
        if touches((e.kind for e in batch), Topic.CASES, Topic.RATINGS):
            self.schedule_refresh()

    async def _refresh_now(self) -> None:
        where = self.view.current_filter()
        start, end = self.view.period()
        if where.start is not None and where.end is not None and where.start > where.end:
            self.view.show_message(self.tr("The first day is after the last."), MessageLevel.ERROR)
            return
        steps = self._steps
        rows = await self._guarded(lambda: self.service.cases(self.actor, where))
        if rows is None:
            return
        figures = None
        if start <= end:
            figures = await self._guarded(lambda: self.service.figures(self.actor, start, end))
        case_id = self._case_id
        detail = None
        if case_id is not None:
            detail = await self._guarded(lambda: self.service.case(self.actor, case_id))
        if self._steps != steps:
            return  # a step went through meanwhile and asked for a read after it
        # The list, the figures and the open case change together, in one turn.
        self.view.set_online(True)
        self.view.show_rows(rows)
        if figures is not None:
            self.view.show_figures(figures)
        if detail is not None and self._case_id == case_id:
            self.view.show_case(detail)
        self._loaded = True

    def _on_case_selected(self, case_id: int) -> None:
        self._case_id = case_id or None
        if not case_id:
            self.view.clear_case()
            return
        self._spawn(self._show_case(case_id), "ledger-case", replace=True)

    async def _show_case(self, case_id: int) -> None:
        steps = self._steps
        detail = await self._guarded(lambda: self.service.case(self.actor, case_id))
        if detail is not None and self._case_id == case_id and self._steps == steps:
            self.view.show_case(detail)

    # -- steps and new cases -------------------------------------------------------------

    def _open(
        self,
        dialog: CaseDialog,
        work: Callable[[dict[str, Any]], Awaitable[CaseDetail]],
        done: str,
    ) -> None:
        """Show ``dialog``; its values go to ``work``; ``done`` is said on success."""
        dialog.submitted.connect(
            lambda values: self._spawn(self._submit(dialog, work, values, done), "ledger-step")
        )
        self.dialog = dialog  # kept for tests and so it is not collected
        dialog.open()  # never exec() inside the asyncio loop

    async def _submit(
        self,
        dialog: CaseDialog,
        work: Callable[[dict[str, Any]], Awaitable[CaseDetail]],
        values: dict[str, Any],
        done: str,
    ) -> None:
        try:
            detail = await work(values)
        except DatabaseUnavailable as e:
            self.view.set_online(False)
            dialog.show_error(e.message)
            return
        except HallError as e:
            dialog.show_error(e.message)
            return
        dialog.accept()
        self._steps += 1
        self._case_id = detail.row.id
        self.view.show_case(detail)
        self.view.show_message(
            done.format(code=detail.row.code, step=self._step_label), MessageLevel.SUCCESS
        )
        self.schedule_refresh()

    def _on_action(self, action: CaseAction) -> None:
        detail = self.view.detail.detail
        if detail is None or action not in STEPS:
            return
        case_id = detail.row.id
        step = STEPS[action]
        dialog = StepDialog(action, detail, self.choices, self.zone, self.db.clock.now(), self.view)
        self._step_label = action.label
        self._open(
            dialog,
            lambda values: step(self.service, self.actor, case_id, values),
            self.tr("{code}: {step} recorded."),
        )

    def _on_walkthrough(self) -> None:
        self._open(
            WalkthroughDialog(self.choices, self._today(), self.view),
            lambda v: self.service.record_walkthrough(self.actor, v["form"]),
            self.tr("Walkthrough {code} recorded."),
        )

    def _on_finding(self) -> None:
        self._open(
            FindingDialog(self.choices, self._today(), self.view),
            lambda v: self.service.record_finding(self.actor, v["form"]),
            self.tr("Inspection finding {code} recorded."),
        )

    async def _case_days(self) -> None:
        days = await self._guarded(lambda: self.service.case_days(self.actor))
        if days is None:
            return
        dialog = CaseDaysDialog(days, self.actor.has(*ADMINS), self.view)
        dialog.submitted.connect(
            lambda v: self._spawn(self._save_days(dialog, v["days"]), "ledger-days-save")
        )
        self.dialog = dialog
        dialog.open()  # never exec() inside the asyncio loop

    async def _save_days(self, dialog: CaseDaysDialog, days: dict[CaseKind, int]) -> None:
        try:
            await self.service.set_case_days(self.actor, days)
        except HallError as e:
            dialog.show_error(e.message)
            return
        dialog.accept()
        self.view.show_message(
            self.tr("Deadlines saved: cases opened from now on take them."), MessageLevel.SUCCESS
        )

    # -- exports ---------------------------------------------------------------------------

    def _on_export(self, kind: str) -> None:
        """Ask where (no dialog with ``export_dir``), then write the file in a thread."""
        today = self._today()
        if kind == "case":
            detail = self.view.detail.detail
            if detail is None:
                return
            name, title = f"台账-{detail.row.code}.pdf", self.tr("Save the case as PDF")
        elif kind == "bulletin":
            start, end = self.view.period()
            name, title = f"督查通报-{start:%Y%m%d}-{end:%Y%m%d}.pdf", self.tr("Save the bulletin")
        else:
            name, title = f"台账-{today:%Y%m%d}.xlsx", self.tr("Save the ledger")
        self._file_dialog = choose_save_path(
            self.view,
            title,
            f"{self.hall_name}-{name}",
            lambda path: self._spawn(self.export(kind, path), "ledger-export"),
            export_dir=self.export_dir,
        )

    async def export(self, kind: str, path: Path) -> Path | None:
        """Write ``kind`` ("ledger", "case", "bulletin") to ``path``; the path written."""
        work: Callable[[], Awaitable[str]]
        if kind == "case":
            detail = self.view.detail.detail
            if detail is None:
                return None
            case_id = detail.row.id

            async def work() -> str:
                fresh = await self.service.case(self.actor, case_id)
                await asyncio.to_thread(
                    partial(case_pdf, fresh, path, hall_name=self.hall_name, zone=self.zone)
                )
                return self.tr("{code} saved to {path}.").format(code=fresh.row.code, path=path)

        elif kind == "bulletin":
            start, end = self.view.period()

            async def work() -> str:
                findings = await self.service.bulletin(self.actor, start, end)
                figures = await self.service.figures(self.actor, start, end)
                await asyncio.to_thread(
                    partial(
                        bulletin_pdf,
                        findings,
                        path,
                        hall_name=self.hall_name,
                        start=start,
                        end=end,
                        zone=self.zone,
                        figures=figures,
                    )
                )
                return self.tr("Bulletin of {n} findings saved to {path}.").format(
                    n=len(findings), path=path
                )

        else:
            where = self.view.current_filter()

            async def work() -> str:
                rows = await self.service.cases(self.actor, where, limit=None)
                count = await asyncio.to_thread(partial(ledger_xlsx, rows, path, zone=self.zone))
                return self.tr("{n} cases saved to {path}.").format(n=count, path=path)

        done = await self._guarded(work)
        if done is None:
            return None
        self.view.show_message(done, MessageLevel.SUCCESS)
        return path


def build_ledger_tab(
    db: Database,
    actor: Actor,
    hall: HallInfo,
    *,
    follow: bool = True,
    export_dir: Path | None = None,
) -> tuple[QWidget, RoleController]:
    view = LedgerView()
    return view, LedgerController(db, actor, hall, view, follow=follow, export_dir=export_dir)
