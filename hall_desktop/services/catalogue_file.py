"""Reading and writing catalogue files (事项目录文件): CSV or XLSX, Chinese or English
headers, as the district's catalogue system or Excel writes them.

Plain, blocking work: the service calls it through ``asyncio.to_thread``.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from hall_desktop.domain.catalogue import (
    EXPORT_HEADERS,
    FIELD_LABELS,
    FIELDS,
    REQUIRED_FIELDS,
    CatalogueItem,
    RawRow,
)
from hall_desktop.domain.errors import ValidationError

#: More rows than any catalogue has: a file this long is the wrong file.
MAX_ROWS = 20_000
#: Far more than 20,000 rows of a catalogue take (about 6 MB as CSV).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: The longest cell a CSV file may have (the csv module's own limit).
MAX_CELL_CHARS = csv.field_size_limit()
#: How far down a title row (e.g. "××区政务服务事项目录") may push the header.
HEADER_SEARCH_ROWS = 10

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


def _normalize_header(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower().lstrip("\ufeff")


_HEADER_FIELDS: Mapping[str, str] = {
    _normalize_header(alias): field
    for field, aliases in _HEADER_ALIASES.items()
    for alias in aliases
}


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
