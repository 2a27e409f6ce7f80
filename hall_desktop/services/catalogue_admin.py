"""Administration of the service-item catalogue (事项目录管理): import, edit, export.

A real hall lists close to two thousand items. They arrive as a spreadsheet from the
district's catalogue system (CSV or XLSX, Chinese or English headers); an import is
previewed row by row (added / changed / unchanged / refused with the reason) and applied
all or nothing: one bad row refuses the whole file, so the catalogue never holds half an
import. Items in the database that the file does not name are left alone.

Supervisors and administrators only; the service refuses guides and clerks itself. Every
change writes its event (``catalogue_imported``, ``service_item_created``,
``service_item_edited``) in the same transaction.

What an item and a row are, and the rules that check them: :mod:`hall_desktop.domain.catalogue`;
reading and writing the files: :mod:`hall_desktop.services.catalogue_file`.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.catalogue import (
    FIELDS,
    CatalogueItem,
    Existing,
    ImportPreview,
    ImportResult,
    ItemRules,
    RawRow,
    RowAction,
    check_item,
    parse_active,
    parse_promised_days,
    preview_import,
    refusal_message,
)
from hall_desktop.domain.errors import NotFound, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.services import rules
from hall_desktop.services.actor import MANAGERS, Actor, recheck, record_action, require
from hall_desktop.services.catalogue_file import read_catalogue_file, write_catalogue_xlsx
from hall_desktop.store.database import Database
from hall_desktop.store.models import ServiceItem

# Column lengths of ``service_item`` (store/models.py, read by services/rules.py).
CODE_MAX = rules.ITEM_CODE.max_length
NAME_MAX = rules.ITEM_NAME.max_length
DEPARTMENT_MAX = rules.ITEM_DEPARTMENT.max_length
ITEM_RULES = ItemRules(rules.ITEM_CODE, rules.ITEM_NAME, rules.ITEM_CATEGORY, rules.ITEM_DEPARTMENT)


def _info(row: ServiceItem) -> CatalogueItem:
    return CatalogueItem(
        row.id, row.code, row.name, row.category, row.department, row.promised_days, row.active
    )


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
        clean, problems = check_item(
            ITEM_RULES, code, name, category, department, promised_days, active
        )
        if problems or clean is None:
            raise problems[0]
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
            await record_action(
                session,
                actor,
                EventKind.SERVICE_ITEM_CREATED,
                at=await self.db.now(session),
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
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="修改事项")
            row = await self._item(session, actor, item_id)
            merged = {f: fields.get(f, getattr(row, f)) for f in FIELDS}
            clean, problems = check_item(
                ITEM_RULES,
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
                await record_action(
                    session,
                    actor,
                    EventKind.SERVICE_ITEM_EDITED,
                    at=await self.db.now(session),
                    payload={"item_id": row.id, "code": row.code, "changes": changes},
                )
            return _info(row)

    # -- import ----------------------------------------------------------------------

    async def read_file(self, actor: Actor, path: str | os.PathLike[str]) -> list[RawRow]:
        """The rows of a CSV or XLSX file, read in a worker thread (see
        :func:`read_catalogue_file`)."""
        require(actor, *MANAGERS, action="导入事项目录")
        return await asyncio.to_thread(read_catalogue_file, path)

    async def _existing(self, session: AsyncSession, hall_id: int) -> dict[str, Existing]:
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
        return {r.code: Existing(*r) for r in result}

    async def preview(self, actor: Actor, rows: Sequence[RawRow]) -> ImportPreview:
        """Every row of the file classified: added, changed (which fields), unchanged,
        or refused with its reasons. Nothing is written."""
        require(actor, *MANAGERS, action="导入事项目录")
        async with self.db.read() as session:
            existing = await self._existing(session, actor.hall_id)
        return preview_import(rows, existing, ITEM_RULES)

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
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="导入事项目录")
            preview = preview_import(rows, await self._existing(session, actor.hall_id), ITEM_RULES)
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
                event_id = await record_action(
                    session,
                    actor,
                    EventKind.CATALOGUE_IMPORTED,
                    at=await self.db.now(session),
                    payload={
                        "file_name": file_name,
                        "rows": len(preview.rows),
                        "added": len(added),
                        "changed": len(changed),
                        "unchanged": preview.unchanged,
                    },
                )
            return ImportResult(file_name, len(added), len(changed), preview.unchanged, event_id)

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
