"""Administration of the service-item catalogue (事项目录管理): import, edit, export.

A real hall lists close to two thousand items. They arrive as a spreadsheet from the
district's catalogue system (CSV or XLSX, Chinese or English headers); an import is
previewed row by row (added / changed / unchanged / refused with the reason) and applied
all or nothing: one bad row refuses the whole file, so the catalogue never holds half an
import. Items in the database that the file does not name are left alone.

Supervisors and administrators only; the service refuses guides and clerks itself. Every
change writes its event (``catalogue_imported``, ``service_item_created``,
``service_item_edited``) in the same transaction.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import exc, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.errors import NotFound, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.text import TextRule
from hall_desktop.services import rules
from hall_desktop.services.actor import MANAGERS, Actor, recheck, require
from hall_desktop.store.database import Database
from hall_desktop.store.events import record_event
from hall_desktop.store.models import ServiceItem

CATEGORIES = ("行政权力类", "公共服务类")
# Column lengths of ``service_item`` (store/models.py, read by services/rules.py).
CODE_MAX = rules.ITEM_CODE.max_length
NAME_MAX = rules.ITEM_NAME.max_length
DEPARTMENT_MAX = rules.ITEM_DEPARTMENT.max_length
PROMISED_DAYS_MAX = 365
#: More rows than any catalogue has: a file this long is the wrong file.
MAX_ROWS = 20_000
#: Far more than 20,000 rows of a catalogue take (about 6 MB as CSV).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: The longest cell a CSV file may have (the csv module's own limit).
MAX_CELL_CHARS = csv.field_size_limit()
#: Refused rows named in the message of a refused import (the preview lists them all).
REASONS_IN_MESSAGE = 5
#: How far down a title row (e.g. "××区政务服务事项目录") may push the header.
HEADER_SEARCH_ROWS = 10

FIELDS = ("code", "name", "category", "department", "promised_days", "active")
REQUIRED_FIELDS = ("code", "name", "category", "department", "promised_days")
FIELD_LABELS = {
    "code": "事项编码",
    "name": "事项名称",
    "category": "事项类别",
    "department": "实施部门",
    "promised_days": "承诺时限（工作日）",
    "active": "状态",
}
#: The headers written by :meth:`CatalogueAdminService.export_xlsx` (read back as well).
EXPORT_HEADERS = tuple(FIELD_LABELS[f] for f in FIELDS)
_HEADER_ALIASES: Mapping[str, tuple[str, ...]] = {
    "code": ("事项编码", "编码", "事项代码", "code"),
    "name": ("事项名称", "名称", "name"),
    "category": ("事项类别", "类别", "事项类型", "category"),
    "department": ("实施部门", "部门", "实施主体", "department"),
    "promised_days": (
        "承诺时限（工作日）",
        "承诺时限",
        "承诺办结时限",
        "承诺时限（天）",
        "promised_days",
        "promised days",
    ),
    "active": ("状态", "是否启用", "active"),
}
#: Columns a catalogue spreadsheet often has that the hall does not keep.
_IGNORED_HEADERS = frozenset({"序号", "备注", "说明", "no", "no.", "note", "notes", "remark"})
_ACTIVE_WORDS = {
    True: frozenset({"启用", "有效", "在用", "是", "1", "true", "yes", "y", "active"}),
    False: frozenset({"停用", "无效", "禁用", "否", "0", "false", "no", "n", "inactive"}),
}
# "5", "5天", "5个工作日", "即办" (0): the ways a catalogue writes a promised term.
_DAYS = re.compile(r"(\d{1,6})(?:\.0+)?\s*(?:个?工作日|天|日)?")
_INSTANT = frozenset({"即办", "即办件", "当场办结", "立即办结"})


def _normalize_header(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower().lstrip("\ufeff")


_HEADER_FIELDS: Mapping[str, str] = {
    _normalize_header(alias): field
    for field, aliases in _HEADER_ALIASES.items()
    for alias in aliases
}


# -- what the service hands out -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CatalogueItem:
    """An item as the administrator sees it (inactive ones too)."""

    id: int
    code: str
    name: str
    category: str  # 行政权力类 / 公共服务类
    department: str
    promised_days: int | None  # 承诺时限（工作日）; None: not set
    active: bool


@dataclass(frozen=True, slots=True)
class RawRow:
    """One data row of an import file as read: text, not yet checked.

    ``line`` is the row number in the file as a spreadsheet shows it (the header is row 1
    unless a title row comes first); ``active`` is blank when the file has no status
    column or leaves the cell empty: the item keeps its status (a new one is active).
    """

    line: int
    code: str
    name: str
    category: str
    department: str
    promised_days: str
    active: str = ""


class RowAction(StrEnum):
    ADDED = "added"  # 新增
    CHANGED = "changed"  # 修改
    UNCHANGED = "unchanged"  # 无变化
    REFUSED = "refused"  # 拒绝


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: str | int | bool | None
    new: str | int | bool | None

    @property
    def label(self) -> str:
        return FIELD_LABELS[self.field]


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """What an import would do with one row of the file."""

    line: int
    code: str
    name: str
    category: str
    department: str
    promised_days: str
    active: str
    action: RowAction
    changes: tuple[FieldChange, ...] = ()
    reasons: tuple[str, ...] = ()  # why the row is refused (all of it, in Chinese)
    item_id: int | None = None  # the existing item a changed/unchanged row names

    @property
    def reason(self) -> str:
        return "；".join(self.reasons)

    @property
    def changed_fields(self) -> tuple[str, ...]:
        return tuple(c.field for c in self.changes)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    rows: tuple[PreviewRow, ...]
    #: Items of the hall that the file does not name: the import leaves them alone.
    not_in_file: int

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def added(self) -> int:
        return self.count(RowAction.ADDED)

    @property
    def changed(self) -> int:
        return self.count(RowAction.CHANGED)

    @property
    def unchanged(self) -> int:
        return self.count(RowAction.UNCHANGED)

    @property
    def refused(self) -> int:
        return self.count(RowAction.REFUSED)

    @property
    def acceptable(self) -> bool:
        """Every row may be imported (there may still be nothing to change)."""
        return bool(self.rows) and self.refused == 0

    def refused_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.action is RowAction.REFUSED]


@dataclass(frozen=True, slots=True)
class ImportResult:
    file_name: str
    added: int
    changed: int
    unchanged: int
    event_id: int | None  # None: nothing to change, nothing logged


# -- reading files --------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


def _header_fields(cells: Sequence[str]) -> tuple[dict[str, int], list[str], list[str]]:
    """Column of each known field, the unknown headers, and the repeated ones."""
    columns: dict[str, int] = {}
    unknown: list[str] = []
    repeated: list[str] = []
    for i, cell in enumerate(cells):
        key = _normalize_header(cell)
        if not key or key in _IGNORED_HEADERS:
            continue
        field = _HEADER_FIELDS.get(key)
        if field is None:
            unknown.append(cell.strip())
        elif field in columns:
            repeated.append(cell.strip())
        else:
            columns[field] = i
    return columns, unknown, repeated


def _expected_headers() -> str:
    required = "、".join(FIELD_LABELS[f] for f in REQUIRED_FIELDS)
    return f"应包含：{required}（可选：状态），也可用英文表头 {', '.join(FIELDS)}"


def rows_from_table(table: Iterable[Sequence[Any]]) -> list[RawRow]:
    """The data rows of a table (a list of rows of cells) whose header names the fields.

    Blank rows are skipped but still counted, so row numbers match the file. A missing,
    unknown or repeated header refuses the file with one :class:`ValidationError`.
    """
    rows = iter(table)
    header: list[str] | None = None
    first_header: list[str] | None = None
    line = 0
    searched = 0
    for cells in rows:
        line += 1
        texts = [_cell_text(c) for c in cells]
        if not any(texts):
            continue
        if first_header is None:
            first_header = texts
        columns, _, _ = _header_fields(texts)
        if "code" in columns and "name" in columns:
            header = texts
            break
        searched += 1
        if searched >= HEADER_SEARCH_ROWS:
            break
    if header is None:
        if first_header is None:
            raise ValidationError("file", "文件是空的：没有表头，也没有事项")
        found = "、".join(f"“{c}”" for c in first_header if c) or "（空）"
        raise ValidationError("file", f"找不到表头：文件的第一行是 {found}。{_expected_headers()}")
    columns, unknown, repeated = _header_fields(header)
    problems = []
    missing = [FIELD_LABELS[f] for f in REQUIRED_FIELDS if f not in columns]
    if missing:
        problems.append(f"缺少必需的列：{'、'.join(missing)}")
    if unknown:
        problems.append(f"无法识别的列：{'、'.join(f'“{c}”' for c in unknown)}")
    if repeated:
        problems.append(f"重复的列：{'、'.join(f'“{c}”' for c in repeated)}")
    if problems:
        raise ValidationError(
            "file", f"表头有误（第 {line} 行）：{'；'.join(problems)}。{_expected_headers()}"
        )
    result: list[RawRow] = []
    for cells in rows:
        line += 1
        texts = [_cell_text(c) for c in cells]
        if not any(texts):
            continue
        if len(result) >= MAX_ROWS:
            raise ValidationError("file", f"文件超过 {MAX_ROWS} 行，不像是事项目录，请检查文件")

        def cell(field: str, texts: list[str] = texts) -> str:
            i = columns.get(field)
            return texts[i] if i is not None and i < len(texts) else ""

        result.append(
            RawRow(
                line=line,
                code=cell("code"),
                name=cell("name"),
                category=cell("category"),
                department=cell("department"),
                promised_days=cell("promised_days"),
                active=cell("active"),
            )
        )
    return result


def _decode(data: bytes) -> str:
    # UTF-8 (Excel's "CSV UTF-8" adds a BOM), else GBK as Excel writes it on a Chinese
    # Windows (GB18030 is its superset, so read it as that).
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as e:
        raise ValidationError(
            "file", "无法识别文件的文字编码：请在 Excel 中另存为“CSV UTF-8”或 XLSX 后再导入"
        ) from e


def _read_csv(path: Path) -> list[RawRow]:
    text = _decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return rows_from_table(reader)
    except csv.Error as e:  # a cell longer than the csv module takes, …
        line = reader.line_num or 1
        raise ValidationError(
            "file",
            f"文件第 {line} 行无法读取：有一格超过 {MAX_CELL_CHARS} 个字或格式不对，"
            "不像是事项目录。请在 Excel 中检查该行，另存为“CSV UTF-8”或 XLSX 后再导入",
        ) from e


def _read_xlsx(path: Path) -> list[RawRow]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError) as e:  # OSError: the caller's
        raise ValidationError(
            "file", f"无法打开 Excel 文件“{path.name}”：文件已损坏或不是 XLSX"
        ) from e
    try:
        sheet = book.worksheets[0]
        return rows_from_table(sheet.iter_rows(values_only=True))
    finally:
        book.close()


def read_catalogue_file(path: str | os.PathLike[str]) -> list[RawRow]:
    """The rows of a catalogue file (``.csv`` or ``.xlsx``), not yet checked.

    Plain, blocking work (a 2,000-row XLSX takes a fraction of a second): call it
    through ``asyncio.to_thread`` from the GUI, as :meth:`CatalogueAdminService.read_file`
    does.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("file", f"只能导入 CSV 或 XLSX 文件，“{path.name}”不是")
    try:
        if not path.is_file():
            raise ValidationError("file", f"找不到文件“{path}”")
        if path.stat().st_size > MAX_FILE_BYTES:
            size = f"{MAX_FILE_BYTES // 1024 // 1024} MB"
            raise ValidationError(
                "file", f"文件“{path.name}”超过 {size}，不像是事项目录，请检查文件"
            )
        return _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
    except ValueError as e:  # a path with a NUL in it
        raise ValidationError("file", "文件名中有无法使用的字符") from e
    except OSError as e:
        raise ValidationError("file", f"无法读取文件“{path.name}”：{e.strerror or e}") from e


def write_catalogue_xlsx(path: str | os.PathLike[str], items: Sequence[CatalogueItem]) -> None:
    """Write ``items`` under the Chinese headers that :func:`read_catalogue_file` reads."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    path = Path(path)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("事项目录")
    for letter, width in zip("ABCDEF", (18, 48, 12, 26, 18, 8), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for title in EXPORT_HEADERS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        head.append(cell)
    sheet.append(head)

    def text(value: str) -> WriteOnlyCell:
        # What an XLSX file cannot hold (an older version let control characters in):
        # left out, so that one such item does not stop the whole export.
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"  # a name starting with "=" is text, never a formula
        return cell

    for item in items:
        sheet.append(
            [
                text(item.code),
                text(item.name),
                text(item.category),
                text(item.department),
                item.promised_days,
                text("启用" if item.active else "停用"),
            ]
        )
    partial = path.with_name(f".{path.name}.partial")
    try:
        book.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


# -- checking values ------------------------------------------------------------------


def _clean_text(value: str) -> str:
    return " ".join(value.split())


def clean_code(value: str) -> str:
    """Codes are compared after NFKC (full-width letters and digits become ASCII); a code
    its rule refuses is still shown (and refused with the reason) as near as it was."""
    try:
        return rules.ITEM_CODE.clean(value)
    except ValidationError:
        return unicodedata.normalize("NFKC", value).strip()


def parse_promised_days(value: str | int | None) -> int | None:
    """Working days as a catalogue writes them ("5", "5个工作日", "即办"); blank: None.

    Raises :class:`ValidationError` (field ``promised_days``) for anything else.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError("promised_days", "承诺时限应为 0 到 365 之间的整数（工作日）")
    if isinstance(value, int):
        days = value
    else:
        text = unicodedata.normalize("NFKC", value).strip()
        if not text:
            return None
        if text in _INSTANT:
            return 0
        match = _DAYS.fullmatch(text)
        if match is None:
            raise ValidationError(
                "promised_days", f"承诺时限“{value.strip()}”不是 0 到 365 之间的整数（工作日）"
            )
        days = int(match.group(1))
    if not 0 <= days <= PROMISED_DAYS_MAX:
        raise ValidationError(
            "promised_days", f"承诺时限 {days} 超出范围：应为 0 到 {PROMISED_DAYS_MAX} 个工作日"
        )
    return days


def parse_active(value: str | bool | None) -> bool | None:
    """启用/停用 (and 是/否, 1/0, true/false); blank: None (keep as it is)."""
    if value is None or isinstance(value, bool):
        return value
    text = unicodedata.normalize("NFKC", value).strip().lower()
    if not text:
        return None
    for flag, words in _ACTIVE_WORDS.items():
        if text in words:
            return flag
    raise ValidationError("active", f"状态“{value.strip()}”无法识别，应为“启用”或“停用”")


@dataclass(frozen=True, slots=True)
class _Clean:
    code: str
    name: str
    category: str
    department: str
    promised_days: int | None
    active: bool | None


def _check(
    code: str,
    name: str,
    category: str,
    department: str,
    promised_days: str | int | None,
    active: str | bool | None,
) -> tuple[_Clean | None, list[ValidationError]]:
    """Every problem of one item's values (not only the first), or the cleaned values."""
    problems: list[ValidationError] = []

    def cleaned(rule: TextRule, value: str, missing: str) -> str:
        try:
            text = rule.clean(value)
        except ValidationError as e:
            problems.append(e)
            return ""
        if not text:
            problems.append(ValidationError(rule.field, missing))
        return text

    code = cleaned(rules.ITEM_CODE, code, "缺少事项编码")
    if " " in code:
        problems.append(ValidationError("code", f"事项编码“{code}”不能包含空格"))
    name = cleaned(rules.ITEM_NAME, name, "缺少事项名称")
    category = cleaned(rules.ITEM_CATEGORY, category, "缺少事项类别（行政权力类或公共服务类）")
    if category and category not in CATEGORIES:
        problems.append(
            ValidationError(
                "category", f"事项类别“{category}”无法识别，应为“行政权力类”或“公共服务类”"
            )
        )
    department = cleaned(rules.ITEM_DEPARTMENT, department, "缺少实施部门")
    days: int | None = None
    try:
        days = parse_promised_days(promised_days)
    except ValidationError as e:
        problems.append(e)
    flag: bool | None = None
    try:
        flag = parse_active(active)
    except ValidationError as e:
        problems.append(e)
    if problems:
        return None, problems
    return _Clean(code, name, category, department, days, flag), []


@dataclass(frozen=True, slots=True)
class _Existing:
    id: int
    code: str
    name: str
    category: str
    department: str
    promised_days: int | None
    active: bool


def _changes(old: _Existing, new: _Clean) -> tuple[FieldChange, ...]:
    changes = []
    for field in ("name", "category", "department", "promised_days"):
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            changes.append(FieldChange(field, before, after))
    if new.active is not None and new.active != old.active:
        changes.append(FieldChange("active", old.active, new.active))
    return tuple(changes)


def classify(rows: Sequence[RawRow], existing: Mapping[str, _Existing]) -> tuple[PreviewRow, ...]:
    """What importing ``rows`` would do, given the hall's items by code."""
    lines_of: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        code = clean_code(row.code)
        if code:
            lines_of[code].append(row.line)
    result = []
    for row in rows:
        clean, problems = _check(
            row.code, row.name, row.category, row.department, row.promised_days, row.active
        )
        reasons = [p.message for p in problems]
        code = clean_code(row.code)
        others = [n for n in lines_of.get(code, ()) if n != row.line]
        if others:
            where = "、".join(str(n) for n in others)
            reasons.insert(0, f"事项编码“{code}”在文件中重复（又见第 {where} 行）")
        base = PreviewRow(
            line=row.line,
            code=code,
            name=_clean_text(row.name),
            category=row.category.strip(),
            department=_clean_text(row.department),
            promised_days=row.promised_days.strip(),
            active=row.active.strip(),
            action=RowAction.REFUSED,
        )
        if reasons or clean is None:
            result.append(replace(base, reasons=tuple(reasons)))
            continue
        # What an import writes: the values as their rules cleaned them.
        base = replace(base, name=clean.name, category=clean.category, department=clean.department)
        old = existing.get(clean.code)
        if old is None:
            result.append(replace(base, action=RowAction.ADDED))
            continue
        changes = _changes(old, clean)
        action = RowAction.CHANGED if changes else RowAction.UNCHANGED
        result.append(replace(base, action=action, changes=changes, item_id=old.id))
    return tuple(result)


def refusal_message(preview: ImportPreview) -> str:
    """Why a file is refused: the count of bad rows and the first few with reasons."""
    bad = preview.refused_rows()
    shown = "；".join(f"第 {r.line} 行：{r.reason}" for r in bad[:REASONS_IN_MESSAGE])
    more = f"；另有 {len(bad) - REASONS_IN_MESSAGE} 行" if len(bad) > REASONS_IN_MESSAGE else ""
    return (
        f"文件中有 {len(bad)} 行不符合要求，整个文件未导入（{shown}{more}）。请修改文件后重新导入。"
    )


def _info(row: ServiceItem) -> CatalogueItem:
    return CatalogueItem(
        row.id, row.code, row.name, row.category, row.department, row.promised_days, row.active
    )


def _duplicate_code(error: exc.IntegrityError) -> bool:
    """A clash on (hall, code) — another PC saved the same code at the same moment."""
    text = str(error.orig).lower()
    return "unique" in text or "duplicate key" in text


def _payload_value(value: object) -> str | int | bool | None:
    return value if value is None or isinstance(value, str | int | bool) else str(value)


# -- the service ----------------------------------------------------------------------


class CatalogueAdminService:
    """事项目录的维护: list, edit, add, import (preview, then all or nothing), export."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------------

    async def list_items(
        self,
        actor: Actor,
        *,
        query: str = "",
        category: str | None = None,
        include_inactive: bool = True,
    ) -> list[CatalogueItem]:
        """The hall's items by code, inactive ones too unless told otherwise.

        ``query`` keeps items whose code, name or department contains every word of it
        (the admin table loads everything and filters in memory as one types).
        """
        require(actor, *MANAGERS, action="查看事项目录")
        query = rules.CATALOGUE_QUERY.clean(query)
        category = rules.ITEM_CATEGORY.optional(category)
        stmt = select(ServiceItem).where(ServiceItem.hall_id == actor.hall_id)
        if category:
            stmt = stmt.where(ServiceItem.category == category)
        if not include_inactive:
            stmt = stmt.where(ServiceItem.active.is_(True))
        for word in query.lower().split():
            stmt = stmt.where(
                or_(
                    *(
                        func.lower(column).contains(word, autoescape=True)
                        for column in (ServiceItem.code, ServiceItem.name, ServiceItem.department)
                    )
                )
            )
        async with self.db.read() as session:
            rows = await session.scalars(stmt.order_by(ServiceItem.code))
            return [_info(r) for r in rows]

    search = list_items

    async def get_item(self, actor: Actor, item_id: int) -> CatalogueItem:
        require(actor, *MANAGERS, action="查看事项目录")
        async with self.db.read() as session:
            return _info(await self._item(session, actor, item_id))

    async def _item(self, session: AsyncSession, actor: Actor, item_id: int) -> ServiceItem:
        row = await session.get(ServiceItem, item_id)
        if row is None or row.hall_id != actor.hall_id:
            raise NotFound(f"找不到事项（编号 {item_id}）")
        return row

    # -- editing one item ------------------------------------------------------------

    async def create_item(
        self,
        actor: Actor,
        *,
        code: str,
        name: str,
        category: str,
        department: str,
        promised_days: str | int | None = None,
        active: bool = True,
    ) -> CatalogueItem:
        """Add one item; its code must be new in this hall."""
        require(actor, *MANAGERS, action="新增事项")
        clean, problems = _check(code, name, category, department, promised_days, active)
        if problems or clean is None:
            raise problems[0]
        try:
            async with self.db.write() as session:
                actor = await recheck(session, actor, *MANAGERS, action="新增事项")
                await self._refuse_taken_code(session, actor, clean.code)
                row = ServiceItem(
                    hall_id=actor.hall_id,
                    code=clean.code,
                    name=clean.name,
                    category=clean.category,
                    department=clean.department,
                    promised_days=clean.promised_days,
                    active=active,
                )
                session.add(row)
                await session.flush()
                await record_event(
                    session,
                    hall_id=actor.hall_id,
                    at=await self.db.now(session),
                    kind=EventKind.SERVICE_ITEM_CREATED,
                    actor_id=actor.staff_id,
                    payload={
                        "item_id": row.id,
                        "code": row.code,
                        "name": row.name,
                        "category": row.category,
                        "department": row.department,
                        "promised_days": row.promised_days,
                        "active": row.active,
                    },
                )
                return _info(row)
        except exc.IntegrityError as e:  # the same code added elsewhere at the same moment
            if not _duplicate_code(e):
                raise
            raise Refused(f"事项编码“{clean.code}”已存在", code="code_taken") from e

    async def _refuse_taken_code(
        self, session: AsyncSession, actor: Actor, code: str, except_id: int | None = None
    ) -> None:
        taken = await session.scalar(
            select(ServiceItem.id).where(
                ServiceItem.hall_id == actor.hall_id, ServiceItem.code == code
            )
        )
        if taken is not None and taken != except_id:
            raise ValidationError("code", f"事项编码“{code}”已被其他事项使用", code="code_taken")

    async def update_item(self, actor: Actor, item_id: int, **fields: Any) -> CatalogueItem:
        """Change some of an item's fields (``code``, ``name``, ``category``,
        ``department``, ``promised_days``, ``active``), checked as an import checks them.

        Writes one ``service_item_edited`` event with the old and new value of each
        field that changed; a call that changes nothing writes nothing.
        """
        require(actor, *MANAGERS, action="修改事项")
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise TypeError(f"update_item() got unknown fields: {', '.join(sorted(unknown))}")
        try:
            async with self.db.write() as session:
                actor = await recheck(session, actor, *MANAGERS, action="修改事项")
                row = await self._item(session, actor, item_id)
                merged = {f: fields.get(f, getattr(row, f)) for f in FIELDS}
                clean, problems = _check(
                    merged["code"],
                    merged["name"],
                    merged["category"],
                    merged["department"],
                    merged["promised_days"],
                    merged["active"],
                )
                if problems or clean is None:
                    raise problems[0]
                if clean.code != row.code:
                    await self._refuse_taken_code(session, actor, clean.code, except_id=row.id)
                changes: dict[str, dict[str, str | int | bool | None]] = {}
                for field in FIELDS:
                    new = getattr(clean, field)
                    if field == "active" and new is None:
                        continue
                    old = getattr(row, field)
                    if old != new:
                        changes[field] = {"old": _payload_value(old), "new": _payload_value(new)}
                        setattr(row, field, new)
                if changes:
                    await session.flush()
                    await record_event(
                        session,
                        hall_id=actor.hall_id,
                        at=await self.db.now(session),
                        kind=EventKind.SERVICE_ITEM_EDITED,
                        actor_id=actor.staff_id,
                        payload={"item_id": row.id, "code": row.code, "changes": changes},
                    )
                return _info(row)
        except exc.IntegrityError as e:
            if not _duplicate_code(e):
                raise
            raise Refused("事项编码刚被其他人占用，请换一个编码", code="code_taken") from e

    # -- import ----------------------------------------------------------------------

    async def read_file(self, actor: Actor, path: str | os.PathLike[str]) -> list[RawRow]:
        """The rows of a CSV or XLSX file, read in a worker thread (see
        :func:`read_catalogue_file`)."""
        require(actor, *MANAGERS, action="导入事项目录")
        return await asyncio.to_thread(read_catalogue_file, path)

    async def _existing(self, session: AsyncSession, hall_id: int) -> dict[str, _Existing]:
        result = await session.execute(
            select(
                ServiceItem.id,
                ServiceItem.code,
                ServiceItem.name,
                ServiceItem.category,
                ServiceItem.department,
                ServiceItem.promised_days,
                ServiceItem.active,
            ).where(ServiceItem.hall_id == hall_id)
        )
        return {r.code: _Existing(*r) for r in result}

    async def preview(self, actor: Actor, rows: Sequence[RawRow]) -> ImportPreview:
        """Every row of the file classified: added, changed (which fields), unchanged,
        or refused with its reasons. Nothing is written."""
        require(actor, *MANAGERS, action="导入事项目录")
        async with self.db.read() as session:
            existing = await self._existing(session, actor.hall_id)
        return _preview(rows, existing)

    async def apply(self, actor: Actor, rows: Sequence[RawRow], file_name: str) -> ImportResult:
        """Import the file all or nothing, in one transaction with one
        ``catalogue_imported`` event.

        The rows are checked again inside the transaction (the catalogue may have
        changed since the preview); one refused row refuses the whole file with
        :class:`Refused` naming the count of bad rows and the first few.
        """
        require(actor, *MANAGERS, action="导入事项目录")
        file_name = rules.FILE_NAME.clean(file_name)
        if not rows:
            raise Refused("文件中没有任何事项，未导入", code="empty_file")
        try:
            async with self.db.write() as session:
                actor = await recheck(session, actor, *MANAGERS, action="导入事项目录")
                preview = _preview(rows, await self._existing(session, actor.hall_id))
                if not preview.acceptable:
                    raise Refused(refusal_message(preview), code="rows_refused")
                added = [r for r in preview.rows if r.action is RowAction.ADDED]
                changed = [r for r in preview.rows if r.action is RowAction.CHANGED]
                if added:
                    await session.execute(
                        insert(ServiceItem),
                        [
                            {
                                "hall_id": actor.hall_id,
                                "code": r.code,
                                "name": r.name,
                                "category": r.category,
                                "department": r.department,
                                "promised_days": parse_promised_days(r.promised_days),
                                "active": parse_active(r.active) is not False,
                            }
                            for r in added
                        ],
                    )
                if changed:
                    await session.execute(
                        update(ServiceItem),
                        [{"id": r.item_id, **{c.field: c.new for c in r.changes}} for r in changed],
                    )
                event_id = None
                if added or changed:
                    event_id = await record_event(
                        session,
                        hall_id=actor.hall_id,
                        at=await self.db.now(session),
                        kind=EventKind.CATALOGUE_IMPORTED,
                        actor_id=actor.staff_id,
                        payload={
                            "file_name": file_name,
                            "rows": len(preview.rows),
                            "added": len(added),
                            "changed": len(changed),
                            "unchanged": preview.unchanged,
                        },
                    )
                return ImportResult(
                    file_name, len(added), len(changed), preview.unchanged, event_id
                )
        except exc.IntegrityError as e:  # another import added the same codes meanwhile
            if not _duplicate_code(e):
                raise
            raise Refused("事项目录刚被其他人修改，请重新预览后再导入", code="conflict") from e

    # -- export ----------------------------------------------------------------------

    async def export_xlsx(self, actor: Actor, path: str | os.PathLike[str]) -> int:
        """Write every item of the hall (inactive ones too) to an XLSX file that an
        import reads back; returns the number of items written."""
        require(actor, *MANAGERS, action="导出事项目录")
        items = await self.list_items(actor)
        try:
            await asyncio.to_thread(write_catalogue_xlsx, path, items)
        except OSError as e:
            raise Refused(f"无法保存文件“{Path(path).name}”：{e.strerror or e}") from e
        except ValueError as e:  # a path with a NUL in it
            raise Refused(f"无法保存文件“{Path(path).name}”：文件名中有无法使用的字符") from e
        return len(items)


def _preview(rows: Sequence[RawRow], existing: Mapping[str, _Existing]) -> ImportPreview:
    preview_rows = classify(rows, existing)
    named = {r.code for r in preview_rows}
    return ImportPreview(preview_rows, sum(1 for code in existing if code not in named))
