"""The Chinese UI is complete: every screen of every role, walked widget by widget with
the program's Simplified Chinese translation installed, shows no English words.

lupdate only sees strings passed literally to tr()/translate(); this test looks at what
the screens really show (labels, buttons, placeholders, tabs, combo boxes, table headers
and cells), so a string that escapes lupdate is caught too. Codes (EMS, XK-SCJG-001),
logins and the voice template's {number}/{window} are data, not text to translate."""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from hall_desktop.config import Settings
from hall_desktop.ui.admin.tabs import ADMIN_TABS
from hall_desktop.ui.demo.main import open_demo
from tests.ui.test_admin import open_admin
from tests.ui.test_courier_role import open_courier
from tests.ui.waiting import chinese_ui, wait_until

WORD = re.compile(r"[A-Za-z]{3,}")
#: Data, not words to translate: logins of the seed's staff, file formats, the
#: voice template's placeholders, time zones.
ALLOWED = {"admin", "clerk", "daoban", "zhuren", "kiosk", "number", "window", "Asia", "Shanghai"}
ALLOWED |= {"chinesecalendar"}  # the holiday data package, named where it is the source
# The placeholders of the notice templates and of the SMS platform's request.
ALLOWED |= {"name", "code", "line", "date", "time", "hall", "phone", "mobile", "text", "secret"}
ALLOWED |= {"SQLite", "PostgreSQL"}  # the databases, by their names
#: A command to run (``hall-desktop db roles --hall CODE``) is typed as it is written.
COMMAND = re.compile(r"hall-desktop(?: [-\w]+)*")


def _english(text: str) -> list[str]:
    words = WORD.findall(COMMAND.sub("", text or ""))
    return [w for w in words if not w.isupper() and w not in ALLOWED]


def shown_texts(root: QWidget) -> dict[str, str]:
    """Every text a user can see in ``root``, keyed by where it is."""
    found: dict[str, str] = {}
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        where = f"{type(w).__name__}#{w.objectName()}"
        if isinstance(w, QLabel):
            found[f"{where} label"] = w.text()
        elif isinstance(w, QAbstractButton):
            found[f"{where} button"] = w.text()
        elif isinstance(w, QLineEdit):
            found[f"{where} placeholder"] = w.placeholderText()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                found[f"{where} tab {i}"] = w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                found[f"{where} item {i}"] = w.itemText(i)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for c in range(columns):
                found[f"{where} header {c}"] = str(
                    model.headerData(c, Qt.Orientation.Horizontal) or ""
                )
            for r in range(min(model.rowCount(QModelIndex()), 30)):
                for c in range(columns):
                    found[f"{where} cell {r},{c}"] = str(model.index(r, c).data() or "")
        if w.toolTip():
            found[f"{where} tooltip"] = w.toolTip()
    return found


def english_in(root: QWidget) -> dict[str, str]:
    return {k: v for k, v in shown_texts(root).items() if _english(v)}


async def test_the_admin_screens_are_chinese(qtbot, db_url, hall, tmp_path):
    with chinese_ui():
        async with open_admin(qtbot, db_url, hall, tmp_path, "admin", "admin2026") as (w, c):
            await wait_until(lambda: w.stack.currentIndex() == 1)
            # An administrator sees every tab but the district's (a district administrator's:
            # tests/ui/test_district_tab.py looks at it in Chinese).
            assert w.tabs.count() == len(ADMIN_TABS) - 1 >= 11
            found: dict[str, str] = {}
            for i in range(w.tabs.count()):
                w.tabs.setCurrentIndex(i)
                await wait_until(lambda: not any(getattr(t, "busy", False) for t in c.tabs))
                await wait_until(lambda: all(t.settled for t in c.tabs if hasattr(t, "settled")))
                found |= {f"tab {i}: {k}": v for k, v in english_in(w).items()}
            assert not found, found


async def test_the_courier_window_is_chinese(qtbot, db_url, hall):
    with chinese_ui():
        async with open_courier(qtbot, db_url, hall, "zhuren", "zhuren2026") as (w, _c):
            await wait_until(lambda: w.stack.currentIndex() == 1, timeout=10)
            found: dict[str, str] = {}
            for i in range(w.tabs.count()):
                w.tabs.setCurrentIndex(i)
                await wait_until(lambda: w.tabs.currentWidget().isVisible())
                found |= {f"tab {i}: {k}": v for k, v in english_in(w).items()}
            assert not found, found


async def test_the_halls_screens_are_chinese(qtbot, db_url, tmp_path, backend):
    """Desk, two clerks, the terminal and the display as the demo opens them."""
    settings = Settings(
        db_url=db_url.render_as_string(hide_password=False),
        hall_code=f"zh_{uuid.uuid4().hex[:6]}",
        printer=f"pdf:{tmp_path}",
    )
    with chinese_ui():
        hall = await open_demo(settings, simulate=False)
        try:
            for window in hall.windows:
                qtbot.addWidget(window)
            await wait_until(lambda: hall.desk.stack.currentIndex() == 1, timeout=20)
            await wait_until(lambda: hall.clerks[0].stack.currentIndex() == 2, timeout=20)
            await wait_until(lambda: hall.display.window_texts(), timeout=20)
            found: dict[str, str] = {}
            for window in hall.windows:
                found |= {f"{type(window).__name__}: {k}": v for k, v in english_in(window).items()}
            assert not found, found
        finally:
            await hall.stop()
            for window in hall.windows:
                window.close()


async def test_the_kiosk_is_chinese(qtbot, db_url, hall, tmp_path):
    """Every page of the kiosk, and its exit dialog."""
    from hall_desktop.ui.kiosk.window import Entry, Page
    from tests.ui.test_kiosk import open_kiosk

    with chinese_ui():
        async with open_kiosk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (w, _c):
            w.set_check_in_available(True)
            found = {f"home: {k}": v for k, v in english_in(w).items()}
            for entry in Entry:
                w.ask(entry, next(iter(w._tiles)))
                found |= {f"{entry}: {k}": v for k, v in english_in(w).items()}
            for page in (Page.CHECK_IN, Page.ISSUED):
                w.show_page(page)
                found |= {f"{page.name}: {k}": v for k, v in english_in(w).items()}
            w.exit_requested.emit()
            await wait_until(lambda: w.exit_dialog is not None)
            assert w.exit_dialog is not None
            found |= {f"exit: {k}": v for k, v in english_in(w.exit_dialog).items()}
            w.return_home()
            w.out_of_service("……")
            found |= {f"out: {k}": v for k, v in english_in(w).items()}
            assert not found, found


def test_the_check_finds_english(qapp):
    """The walk would see an untranslated label (so the tests above can fail)."""
    root = QWidget()
    label = QLabel("Active", root)
    label.setObjectName("status")
    assert "QLabel#status label" in english_in(root)
    label.setText("启用")
    assert english_in(root) == {}


def test_the_save_dialog_is_chinese(qtbot, tmp_path, monkeypatch):
    """Qt's own file dialog: two of its labels are missing from Qt's Chinese catalogue."""
    from hall_desktop.ui.widgets.files import choose_save_path

    monkeypatch.setenv("HOME", str(tmp_path))  # the folder list shows an empty folder
    parent = QWidget()
    qtbot.addWidget(parent)
    with chinese_ui():
        dialog = choose_save_path(parent, "保存操作日志", "操作日志.csv", lambda _p: None)
        assert dialog is not None
        try:
            labels = {k: v for k, v in shown_texts(dialog).items() if k.endswith("label")}
            assert any("查找范围" in v for v in labels.values())
            assert {k: v for k, v in labels.items() if _english(v)} == {}
        finally:
            dialog.close()
