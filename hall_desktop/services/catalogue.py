"""The service-item catalogue (事项目录) as the windows read it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from hall_desktop.store.database import Database
from hall_desktop.store.models import ServiceItem


@dataclass(frozen=True, slots=True)
class ServiceItemInfo:
    id: int
    code: str
    name: str
    category: str  # 行政权力类 / 公共服务类
    department: str
    promised_days: int | None


class CatalogueService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def active_items(self, hall_id: int) -> list[ServiceItemInfo]:
        """Every active item of the hall, by code (a real hall lists about two thousand:
        the clerk's screen filters them in memory as the clerk types)."""
        async with self.db.read() as session:
            rows = await session.scalars(
                select(ServiceItem)
                .where(ServiceItem.hall_id == hall_id, ServiceItem.active.is_(True))
                .order_by(ServiceItem.code)
            )
            return [
                ServiceItemInfo(r.id, r.code, r.name, r.category, r.department, r.promised_days)
                for r in rows
            ]
