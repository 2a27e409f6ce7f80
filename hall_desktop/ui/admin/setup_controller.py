"""The windows-and-lines tab's controller: loads and saves through :class:`WindowsLinesService`.

It follows the hall's change feed too, so a change made on another PC (or a clerk
signing in) shows without a reload; what is being typed in a form is kept. The service
checks the actor's role itself: a guide or clerk who got here would see its refusal.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from hall_desktop.domain.errors import DatabaseUnavailable, HallError, ValidationError
from hall_desktop.domain.windows_lines import LineSetup, WindowSetup
from hall_desktop.live.feed import LiveFeed
from hall_desktop.services.actor import Actor
from hall_desktop.services.dto import EventRecord, FeedPosition
from hall_desktop.services.queue import QueueService
from hall_desktop.services.windows_lines import WindowsLinesService
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.setup import LineForm, SetupEditor, WindowForm
from hall_desktop.ui.common.controller import Gate, RoleController
from hall_desktop.ui.widgets.forms import MessageLevel

#: Events after which the tab re-reads the hall (setup changes, clerks coming and going).
SETUP_EVENT_PREFIXES = ("line_", "lines_", "window_")


class SetupController(RoleController):
    refreshed = Signal()  # the tables show a read taken after the last change
    saved = Signal(str)  # "line", "order", "window", "window_lines"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        editor: SetupEditor,
        *,
        follow: bool = True,
        feed_options: dict[str, float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(editor, parent)
        self.db = db
        self.actor = actor
        self.editor = editor
        self.service = WindowsLinesService(db)
        self.feed: LiveFeed | None = None
        self._follow = follow
        self._feed_options = feed_options or {}
        self._saving = Gate()
        self._loaded = False
        editor.line_save_requested.connect(self._on_save_line)
        editor.line_move_requested.connect(self._on_move_line)
        editor.window_save_requested.connect(self._on_save_window)
        editor.window_lines_save_requested.connect(self._on_save_window_lines)

    def start(self) -> None:
        self._spawn(self._start(), "setup-load")

    async def stop(self) -> None:
        if self.feed is not None:
            await self.feed.stop()
        await self._stop_tasks()

    @property
    def busy(self) -> bool:
        """A save is running: another click is ignored until it is through."""
        return self._saving.busy

    @property
    def settled(self) -> bool:
        """Loaded, nothing being saved, and no re-read running or due."""
        refreshing = self._refresh_task is not None and not self._refresh_task.done()
        return self._loaded and not self._saving.busy and not refreshing and not self._dirty

    # -- loading and following ---------------------------------------------------------

    async def _start(self) -> None:
        after: FeedPosition | None = None
        if self._follow:
            try:
                after = await QueueService(self.db).feed_position(self.actor.hall_id)
            except DatabaseUnavailable:
                after = None
        await self._guarded(self._refresh_now)
        if self._follow and self.feed is None:
            self.feed = LiveFeed(self.db, self.actor.hall_id, parent=self, **self._feed_options)
            self.feed.events.connect(self._on_events)
            self.feed.connection_changed.connect(self._on_connection_changed)
            self.feed.start(after)

    async def _refresh_now(self) -> None:
        setup = await self.service.setup(self.actor)
        self.editor.set_online(True)
        self.editor.show_setup(setup)
        self._loaded = True
        self.refreshed.emit()

    def _on_events(self, batch: list[EventRecord], _catching_up: bool) -> None:
        if any(e.kind.startswith(SETUP_EVENT_PREFIXES) for e in batch):
            self.schedule_refresh()

    async def _refresh_loop(self) -> None:
        # As the base class, but a refusal (say, a role taken away) is shown, not raised.
        try:
            await super()._refresh_loop()
        except HallError as e:
            self.editor.show_message(e.message, MessageLevel.ERROR)

    # -- saving ------------------------------------------------------------------------

    def _act(self, work: Callable[[], Awaitable[Any]], name: str) -> None:
        """One save at a time: a double click saves once."""
        self._spawn_once(self._saving, work, name)

    async def _attempt(self, form: str, work: Callable[[], Awaitable[Any]]) -> Any:
        """Run one save; a refusal goes next to its field (or under the form)."""
        self.editor.clear_errors(form)
        try:
            return await work()
        except DatabaseUnavailable as e:
            self.editor.set_online(False)
            self.editor.show_form_message(form, e.message, MessageLevel.ERROR)
        except ValidationError as e:
            if not self.editor.show_field_error(f"{form}.{e.field}", e.message):
                self.editor.show_form_message(form, e.message, MessageLevel.ERROR)
            else:
                self.editor.show_form_message(
                    form, self.tr("Nothing saved: see the marked field."), MessageLevel.ERROR
                )
        except HallError as e:
            self.editor.show_form_message(form, e.message, MessageLevel.ERROR)
        return None

    def _on_save_line(self, form: LineForm) -> None:
        self._act(lambda: self._save_line(form), "setup-line")

    async def _save_line(self, form: LineForm) -> None:
        line_id = form.line_id
        if line_id is None:
            line: LineSetup | None = await self._attempt(
                "line", lambda: self.service.create_line(self.actor, form.fields)
            )
        else:
            line = await self._attempt(
                "line", lambda: self.service.edit_line(self.actor, line_id, form.fields)
            )
        if line is None:
            return
        await self._guarded(self._refresh_now)
        self.editor.line_saved(line)
        text = self.tr("{prefix} {name} saved.").format(prefix=line.prefix, name=line.name)
        if line.active and not line.window_numbers:
            text += " " + self.tr(
                "No window serves it yet: add it to a window, or its numbers are never called."
            )
        self.editor.show_form_message(
            "line", text, MessageLevel.SUCCESS if line.window_numbers else MessageLevel.INFO
        )
        self.saved.emit("line")

    def _on_move_line(self, line_id: int, direction: str) -> None:
        self._act(lambda: self._move_line(line_id, direction), "setup-order")

    async def _move_line(self, line_id: int, direction: str) -> None:
        lines = await self._attempt(
            "line",
            lambda: self.service.move_line(self.actor, line_id, direction),  # type: ignore[arg-type]
        )
        if lines is None:
            return
        await self._guarded(self._refresh_now)
        self.saved.emit("order")

    def _on_save_window(self, form: WindowForm) -> None:
        self._act(lambda: self._save_window(form), "setup-window")

    async def _save_window(self, form: WindowForm) -> None:
        window_id = form.window_id
        if window_id is None:
            window: WindowSetup | None = await self._attempt(
                "window",
                lambda: self.service.create_window(self.actor, form.fields, form.line_ids),
            )
        else:
            window = await self._attempt(
                "window", lambda: self.service.edit_window(self.actor, window_id, form.fields)
            )
        if window is None:
            return
        await self._guarded(self._refresh_now)
        self.editor.window_saved(window)
        self.editor.show_form_message(
            "window",
            self.tr("Window {number} saved.").format(number=window.number),
            MessageLevel.SUCCESS,
        )
        self.saved.emit("window")

    def _on_save_window_lines(self, window_id: int, line_ids: list[int]) -> None:
        self._act(lambda: self._save_window_lines(window_id, line_ids), "setup-window-lines")

    async def _save_window_lines(self, window_id: int, line_ids: list[int]) -> None:
        window: WindowSetup | None = await self._attempt(
            "window", lambda: self.service.set_window_lines(self.actor, window_id, line_ids)
        )
        if window is None:
            return
        await self._guarded(self._refresh_now)
        self.editor.window_saved(window)
        order = " › ".join(line.prefix for line in window.lines) or "—"
        self.editor.show_form_message(
            "window",
            self.tr("Window {number} now serves {order}.").format(
                number=window.number, order=order
            ),
            MessageLevel.SUCCESS,
        )
        self.saved.emit("window_lines")
