"""The service-item catalogue (事项目录): what an item and a row of an import file are,
and the pure rules that check a row and say what importing it would do. No files and no
database here: reading files is :mod:`hall_desktop.services.catalogue_file`, the use cases
are :mod:`hall_desktop.services.catalogue_admin`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.text import TextRule

CATEGORIES = ("行政权力类", "公共服务类")
PROMISED_DAYS_MAX = 365
#: Refused rows named in the message of a refused import (the preview lists them all).
REASONS_IN_MESSAGE = 5

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
_ACTIVE_WORDS = {
    True: frozenset({"启用", "有效", "在用", "是", "1", "true", "yes", "y", "active"}),
    False: frozenset({"停用", "无效", "禁用", "否", "0", "false", "no", "n", "inactive"}),
}
# "5", "5天", "5个工作日", "即办" (0): the ways a catalogue writes a promised term.
_DAYS = re.compile(r"(\d{1,6})(?:\.0+)?\s*(?:个?工作日|天|日)?")
_INSTANT = frozenset({"即办", "即办件", "当场办结", "立即办结"})


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


@dataclass(frozen=True, slots=True)
class ItemRules:
    """The text rules of an item's fields; each takes its longest text from the column
    that keeps the field (``services/rules.py``)."""

    code: TextRule
    name: TextRule
    category: TextRule
    department: TextRule


# -- checking values ------------------------------------------------------------------


def clean_text(value: str) -> str:
    return " ".join(value.split())


def clean_code(value: str, rule: TextRule) -> str:
    """Codes are compared after NFKC (full-width letters and digits become ASCII); a code
    its rule refuses is still shown (and refused with the reason) as near as it was."""
    try:
        return rule.clean(value)
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
class Clean:
    code: str
    name: str
    category: str
    department: str
    promised_days: int | None
    active: bool | None


def check_item(
    item_rules: ItemRules,
    code: str,
    name: str,
    category: str,
    department: str,
    promised_days: str | int | None,
    active: str | bool | None,
) -> tuple[Clean | None, list[ValidationError]]:
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

    code = cleaned(item_rules.code, code, "缺少事项编码")
    if " " in code:
        problems.append(ValidationError("code", f"事项编码“{code}”不能包含空格"))
    name = cleaned(item_rules.name, name, "缺少事项名称")
    category = cleaned(item_rules.category, category, "缺少事项类别（行政权力类或公共服务类）")
    if category and category not in CATEGORIES:
        problems.append(
            ValidationError(
                "category", f"事项类别“{category}”无法识别，应为“行政权力类”或“公共服务类”"
            )
        )
    department = cleaned(item_rules.department, department, "缺少实施部门")
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
    return Clean(code, name, category, department, days, flag), []


@dataclass(frozen=True, slots=True)
class Existing:
    id: int
    code: str
    name: str
    category: str
    department: str
    promised_days: int | None
    active: bool


def item_changes(old: Existing, new: Clean) -> tuple[FieldChange, ...]:
    changes = []
    for field in ("name", "category", "department", "promised_days"):
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            changes.append(FieldChange(field, before, after))
    if new.active is not None and new.active != old.active:
        changes.append(FieldChange("active", old.active, new.active))
    return tuple(changes)


def classify(
    rows: Sequence[RawRow], existing: Mapping[str, Existing], item_rules: ItemRules
) -> tuple[PreviewRow, ...]:
    """What importing ``rows`` would do, given the hall's items by code."""
    lines_of: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        code = clean_code(row.code, item_rules.code)
        if code:
            lines_of[code].append(row.line)
    result = []
    for row in rows:
        clean, problems = check_item(
            item_rules,
            row.code,
            row.name,
            row.category,
            row.department,
            row.promised_days,
            row.active,
        )
        reasons = [p.message for p in problems]
        code = clean_code(row.code, item_rules.code)
        others = [n for n in lines_of.get(code, ()) if n != row.line]
        if others:
            where = "、".join(str(n) for n in others)
            reasons.insert(0, f"事项编码“{code}”在文件中重复（又见第 {where} 行）")
        base = PreviewRow(
            line=row.line,
            code=code,
            name=clean_text(row.name),
            category=row.category.strip(),
            department=clean_text(row.department),
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
        changes = item_changes(old, clean)
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


def preview_import(
    rows: Sequence[RawRow], existing: Mapping[str, Existing], item_rules: ItemRules
) -> ImportPreview:
    """Every row classified, and how many of the hall's items the file leaves alone."""
    preview_rows = classify(rows, existing, item_rules)
    named = {r.code for r in preview_rows}
    return ImportPreview(preview_rows, sum(1 for code in existing if code not in named))
