"""The service-item catalogue (事项目录) as the windows read it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select

from hall_desktop.domain.clock import local_today
from hall_desktop.store.database import Database
from hall_desktop.store.models import Hall, ServiceItem, Ticket, TicketItem

#: How far back a workstation looks for the items its clerk and lines handle.
USAGE_DAYS = 90


@dataclass(frozen=True, slots=True)
class ServiceItemInfo:
    id: int
    code: str
    name: str
    category: str  # 行政权力类 / 公共服务类
    department: str
    promised_days: int | None


@dataclass(frozen=True, slots=True)
class ItemUsage:
    """How often an item was handled lately (the last :data:`USAGE_DAYS` days): by one
    clerk, at one window, and on each business line (line id → count)."""

    by_clerk: int = 0
    at_window: int = 0
    by_line: dict[int, int] = field(default_factory=dict)

    def added(self, line_id: int) -> ItemUsage:
        """This usage after the clerk handled the item once more at the window."""
        lines = dict(self.by_line)
        lines[line_id] = lines.get(line_id, 0) + 1
        return ItemUsage(self.by_clerk + 1, self.at_window + 1, lines)


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

    async def item_usage(
        self, hall_id: int, *, clerk_id: int, window_id: int
    ) -> dict[int, ItemUsage]:
        """Item id → how often it was handled lately by this clerk, at this window and on
        each line: the finish form puts what a window really handles first."""
        async with self.db.read() as session:
            hall = await session.get(Hall, hall_id)
            if hall is None:
                return {}
            since = local_today(self.db.clock, ZoneInfo(hall.timezone)) - timedelta(days=USAGE_DAYS)
            rows = await session.execute(
                select(
                    TicketItem.service_item_id,
                    Ticket.line_id,
                    func.sum(case((Ticket.clerk_id == clerk_id, 1), else_=0)),
                    func.sum(case((Ticket.window_id == window_id, 1), else_=0)),
                    func.count(),
                )
                .join(Ticket, Ticket.id == TicketItem.ticket_id)
                .where(Ticket.hall_id == hall_id, Ticket.service_day >= since)
                .group_by(TicketItem.service_item_id, Ticket.line_id)
            )
            usage: dict[int, ItemUsage] = {}
            for item_id, line_id, by_clerk, at_window, count in rows:
                before = usage.get(item_id, ItemUsage())
                usage[item_id] = ItemUsage(
                    before.by_clerk + int(by_clerk or 0),
                    before.at_window + int(at_window or 0),
                    {**before.by_line, line_id: int(count)},
                )
            return usage
