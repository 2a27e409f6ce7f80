"""台账 as an Excel file: one sheet 台账, a Chinese header row, one row per case.

Times are the hall's local times (Excel knows no time zones), dates are real dates
(Excel sorts and filters them), the phone is masked as on the ledger's screen, user text
is text (a title starting with "=" is never a formula), the header stays in view.

Plain, blocking work: call it through ``asyncio.to_thread`` from the GUI.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hall_desktop.domain.cases import CaseKind
from hall_desktop.export_files import write_whole
from hall_desktop.services.cases import CaseRow

SHEET = "台账"
#: (header, column width in characters).
COLUMNS: tuple[tuple[str, float], ...] = (
    ("编号", 11),
    ("类型", 11),
    ("状态", 16),
    ("事由", 40),
    ("类别", 10),
    ("窗口", 10),
    ("涉及人员", 10),
    ("责任/交办", 22),
    ("电话", 14),
    ("登记时间", 17),
    ("期限", 11),
    ("办结时间", 17),
    ("是否超期", 9),
    ("核实结论/办理结果", 18),
)
HEADER = tuple(name for name, _ in COLUMNS)
TIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"


def _local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    """The hall's wall-clock time, without a zone (an XLSX cell cannot hold one)."""
    if moment is None:
        return None
    return moment.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)


def _responsible(row: CaseRow) -> str:
    return "；".join(part for part in (row.owner_name, row.assigned_to) if part)


def _result(row: CaseRow) -> str:
    """核实结论 of a 差评, 办理结果 of a 办不成事; an appeal's state after it."""
    parts = [part for part in (row.verdict, row.outcome) if part]
    if row.appeal_status is not None:
        parts.append(row.appeal_status.label)
    return "；".join(parts)


def _title(row: CaseRow) -> str:
    if row.kind is CaseKind.PROBLEM and row.parent_id is not None:
        return f"{row.title}（走流程 TZ{row.parent_id:06d}）"
    return row.title


def ledger_xlsx(rows: Sequence[CaseRow], path: Path, *, zone: ZoneInfo) -> int:
    """Write ``rows`` to ``path`` as an XLSX file with one sheet 台账; the number of
    rows written. A file that cannot be saved is refused in Chinese (:class:`Refused`)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET)
    for index, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    centred = Alignment(horizontal="center", vertical="center")
    head = []
    for title in HEADER:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        cell.alignment = centred
        head.append(cell)
    sheet.append(head)

    def text(value: str | None) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value or ""))
        cell.data_type = "s"  # "=…" stays text, never a formula
        return cell

    def moment(value: Any, number_format: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        if value is not None:
            cell.number_format = number_format
        return cell

    overdue_font = Font(color="C00000", bold=True)
    for row in rows:
        overdue = text("是" if row.overdue else "否")
        if row.overdue:
            overdue.font = overdue_font
        sheet.append(
            [
                text(row.code),
                text(row.kind_label),
                text(row.status_label),
                text(_title(row)),
                text(row.category),
                text(f"{row.window_number}号窗口" if row.window_number is not None else ""),
                text(row.clerk_name),
                text(_responsible(row)),
                text(row.phone_masked),
                moment(_local(row.opened_at, zone), TIME_FORMAT),
                moment(row.due_date, DATE_FORMAT),
                moment(_local(row.closed_at, zone), TIME_FORMAT),
                overdue,
                text(_result(row)),
            ]
        )
    buffer = io.BytesIO()  # saved in memory first: a bad folder is refused before openpyxl
    book.save(buffer)
    write_whole(Path(path), buffer.getvalue())
    return len(rows)
