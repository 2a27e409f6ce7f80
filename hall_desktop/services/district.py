"""区县: a district's halls on one server, seen together by its administrator.

A district (store.models.District) is one centre (政务服务中心) and its township halls
(便民服务中心); each hall names its district (``hall.district_id``). What the district
adds to the halls is read-only statistics and one catalogue:

- **Who.** A district administrator (:attr:`Role.DISTRICT_ADMIN`) is a member of the
  centre's staff. Everything here is refused to anyone else, to a district administrator
  of a township, and to a hall in no district. The district administrator does not act in
  a township's screens; each hall's staff keep seeing only their hall (every other
  service filters by the actor's hall).
- **Statistics.** :meth:`DistrictService.statistics`: each hall's headline figures side
  by side (:class:`HallFigures`, from :class:`StatisticsService` hall by hall) and the
  district's total, added up from the counts (a rate of the total is the total's share,
  never an average of the halls' rates; medians cannot be added and are left out).
- **The shared catalogue.** The centre's items are the district's catalogue; a township
  serves a subset of them (事项下沉). :meth:`~DistrictService.set_township_items` makes
  the township's items match a choice (creating the missing ones from the centre's,
  activating the chosen, deactivating the rest; never deleting: tickets refer to them);
  :meth:`~DistrictService.sync_catalogue` carries the centre's edits (name, category,
  department, promised days, an item withdrawn) to the townships' items of the same code.
  A township's items the centre does not list (its own) are left alone. Each change is
  an event of the township (topic 事项目录), so its PCs re-read their catalogue.
- **Setting up.** :meth:`~DistrictService.create` and :meth:`~DistrictService.add_hall`
  (the command line's ``hall-desktop district …``, run by whoever runs the server),
  idempotent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.text import natural_key
from hall_desktop.services import rules
from hall_desktop.services.actor import DISTRICT_ADMINS, Actor, recheck
from hall_desktop.services.applications import OnTimeRow
from hall_desktop.services.statistics import (
    Durations,
    HallStatistics,
    RatingCounts,
    StatisticsService,
    VolumeCounts,
    share,
)
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.events import record_event
from hall_desktop.store.models import District, Hall, ServiceItem
from hall_desktop.store.pg_roles import account_of_one_hall_async

__all__ = [
    "CatalogueChange",
    "DistrictHall",
    "DistrictInfo",
    "DistrictService",
    "DistrictStatistics",
    "HallFigures",
    "TownshipItem",
]

#: The fields of an item the centre decides for the whole district.
SHARED_FIELDS = ("name", "category", "department", "promised_days")


@dataclass(frozen=True, slots=True)
class DistrictHall:
    id: int
    code: str
    name: str
    centre: bool  # the district's centre (区县政务服务中心)


@dataclass(frozen=True, slots=True)
class DistrictInfo:
    id: int
    code: str
    name: str
    halls: tuple[DistrictHall, ...]  # the centre first, then the townships by code (A2 < A10)

    @property
    def centre(self) -> DistrictHall | None:
        return next((h for h in self.halls if h.centre), None)

    @property
    def townships(self) -> tuple[DistrictHall, ...]:
        return tuple(h for h in self.halls if not h.centre)


@dataclass(frozen=True, slots=True)
class HallFigures:
    """One row of the district's table: a hall's headline figures over the period, or
    (``hall`` None) the district's total, every count the sum of the halls' counts.

    ``waiting``: issue → first call; the total has the count only (a median of medians
    is not the district's median). ``promised``/``within_promise``: tickets called whose
    line promises a waiting time, and those called within it.
    """

    hall: DistrictHall | None
    volume: VolumeCounts
    waiting: Durations
    within_promise: int
    promised: int
    ratings: RatingCounts
    extended_services: int  # 延时服务
    courier_dispatches: int  # 免费邮寄
    on_time: OnTimeRow  # 限时办结: the 办件 due in the period

    @property
    def name(self) -> str:
        return self.hall.name if self.hall is not None else "全区县合计"

    @property
    def promise_rate(self) -> float | None:
        return share(self.within_promise, self.promised)

    @classmethod
    def of(cls, hall: DistrictHall, f: HallStatistics) -> HallFigures:
        return cls(
            hall=hall,
            volume=f.volume.total,
            waiting=f.times.total.waiting,
            within_promise=f.times.total.within_promise,
            promised=f.times.total.promised,
            ratings=f.ratings.total,
            extended_services=f.promises.extended_services,
            courier_dispatches=f.promises.courier_dispatches,
            on_time=f.on_time.total,
        )

    @classmethod
    def total(cls, rows: Iterable[HallFigures]) -> HallFigures:
        """The district's row: the counts of ``rows`` added up."""
        rows = list(rows)
        return cls(
            hall=None,
            volume=sum((r.volume for r in rows), VolumeCounts()),
            waiting=Durations(count=sum(r.waiting.count for r in rows)),
            within_promise=sum(r.within_promise for r in rows),
            promised=sum(r.promised for r in rows),
            ratings=sum((r.ratings for r in rows), RatingCounts()),
            extended_services=sum(r.extended_services for r in rows),
            courier_dispatches=sum(r.courier_dispatches for r in rows),
            on_time=OnTimeRow(
                "合计",
                counted=sum(r.on_time.counted for r in rows),
                on_time=sum(r.on_time.on_time for r in rows),
                late=sum(r.on_time.late for r in rows),
                overdue_open=sum(r.on_time.overdue_open for r in rows),
            ),
        )


@dataclass(frozen=True, slots=True)
class DistrictStatistics:
    district: DistrictInfo
    start: date
    end: date
    halls: tuple[HallFigures, ...]  # in the district's order (the centre first)
    total: HallFigures


@dataclass(frozen=True, slots=True)
class TownshipItem:
    """One item of the centre's catalogue, and whether the township serves it."""

    code: str
    name: str
    category: str
    department: str
    promised_days: int | None
    served: bool  # the township has an active item of this code


@dataclass(frozen=True, slots=True)
class CatalogueChange:
    """What a change of a township's items did (item codes)."""

    hall_id: int
    created: tuple[str, ...] = ()  # new in the township, copied from the centre
    activated: tuple[str, ...] = ()  # served again (created ones not counted)
    deactivated: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()  # a shared field taken over from the centre

    @property
    def changed(self) -> bool:
        return bool(self.created or self.activated or self.deactivated or self.edited)


def _hall(row: Hall, centre_id: int | None) -> DistrictHall:
    return DistrictHall(row.id, row.code, row.name, row.id == centre_id)


def _codes(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(values))


@retry_conflicts
class DistrictService:
    """区县: the district's halls, their statistics side by side, the townships' items."""

    def __init__(self, db: Database, statistics: StatisticsService | None = None) -> None:
        self.db = db
        self._statistics = statistics or StatisticsService(db)

    # -- setting a district up (the command line) ----------------------------------------

    async def create(self, code: str, name: str, centre_code: str) -> tuple[DistrictInfo, bool]:
        """The district ``code`` named ``name`` with the hall ``centre_code`` as its
        centre: created, or brought up to date; whether anything changed."""
        code = rules.DISTRICT_CODE.clean(code, required=True)
        name = rules.DISTRICT_NAME.clean(name, required=True)
        centre_code = rules.DISTRICT_HALL.clean(centre_code, required=True)
        async with self.db.write() as session:
            centre = await self._hall_by_code(session, centre_code)
            district = await session.scalar(select(District).where(District.code == code))
            changed = False
            if district is None:
                district = District(code=code, name=name, centre_hall_id=centre.id)
                session.add(district)
                await session.flush()
                changed = True
            elif (district.name, district.centre_hall_id) != (name, centre.id):
                district.name, district.centre_hall_id = name, centre.id
                changed = True
            changed = await self._join(session, district, centre) or changed
            return await self._info(session, district), changed

    async def add_hall(self, district_code: str, hall_code: str) -> tuple[DistrictInfo, bool]:
        """The hall ``hall_code`` as a township of the district ``district_code``;
        whether it was not one already."""
        district_code = rules.DISTRICT_CODE.clean(district_code, required=True)
        hall_code = rules.DISTRICT_HALL.clean(hall_code, required=True)
        async with self.db.write() as session:
            district = await session.scalar(select(District).where(District.code == district_code))
            if district is None:
                raise NotFound(f"找不到区县“{district_code}”，请先用 district create 创建")
            hall = await self._hall_by_code(session, hall_code)
            changed = await self._join(session, district, hall)
            return await self._info(session, district), changed

    async def _hall_by_code(self, session: AsyncSession, code: str) -> Hall:
        hall = await session.scalar(select(Hall).where(Hall.code == code))
        if hall is None:
            raise NotFound(f"找不到代码为“{code}”的大厅")
        return hall

    async def _join(self, session: AsyncSession, district: District, hall: Hall) -> bool:
        if hall.district_id == district.id:
            return False
        if hall.district_id is not None:
            other = await session.get(District, hall.district_id)
            raise Refused(
                f"大厅“{hall.name}”已属于区县“{other.name if other else hall.district_id}”，"
                "不能再加入另一个区县",
                code="other_district",
            )
        hall.district_id = district.id
        await record_event(
            session,
            hall_id=hall.id,
            at=await self.db.now(session),
            kind=EventKind.HALL_DISTRICT_SET,
            payload={"district": district.code, "name": district.name},
        )
        return True

    async def _info(self, session: AsyncSession, district: District) -> DistrictInfo:
        halls = list(await session.scalars(select(Hall).where(Hall.district_id == district.id)))
        halls.sort(key=lambda h: (h.id != district.centre_hall_id, natural_key(h.code)))
        return DistrictInfo(
            district.id,
            district.code,
            district.name,
            tuple(_hall(h, district.centre_hall_id) for h in halls),
        )

    # -- who may look --------------------------------------------------------------------

    async def _district(self, session: AsyncSession, actor: Actor, action: str) -> DistrictInfo:
        """The actor's district, refused unless they are its centre's district
        administrator (re-read in this transaction)."""
        fresh = await recheck(session, actor, *DISTRICT_ADMINS, action=action)
        account = await account_of_one_hall_async(session)
        if account is not None:  # it would see its own hall only: a district of one
            raise Refused(
                f"本电脑的数据库账号 {account} 只能查看本大厅的数据，不能{action}："
                "区县汇总需要能看到各大厅的账号，请由 IT 人员用数据库所有者账号设置本电脑",
                code="hall_account",
            )
        district = await session.scalar(
            select(District)
            .join(Hall, Hall.district_id == District.id)
            .where(Hall.id == fresh.hall_id)
        )
        if district is None:
            raise PermissionDenied(f"本大厅不属于任何区县，不能{action}", code="no_district")
        if district.centre_hall_id != fresh.hall_id:
            raise PermissionDenied(
                f"只有区县中心的区县管理员才能{action}", code="not_district_centre"
            )
        return await self._info(session, district)

    async def district(self, actor: Actor) -> DistrictInfo:
        """The actor's district and its halls (the centre first)."""
        async with self.db.read() as session:
            return await self._district(session, actor, "查看区县")

    async def halls(self, actor: Actor) -> tuple[DistrictHall, ...]:
        """The district's halls, the centre first."""
        return (await self.district(actor)).halls

    # -- statistics ----------------------------------------------------------------------

    async def statistics(self, actor: Actor, start: date, end: date) -> DistrictStatistics:
        """Each hall's headline figures from ``start`` to ``end`` (the halls' dates) and
        the district's total. Hall by hall: each hall's figures are one snapshot."""
        district = await self.district(actor)
        rows = []
        for hall in district.halls:
            figures = await self._statistics.figures_of_hall(hall.id, start, end)
            rows.append(HallFigures.of(hall, figures))
        return DistrictStatistics(district, start, end, tuple(rows), HallFigures.total(rows))

    # -- the shared catalogue ------------------------------------------------------------

    async def _township(
        self, session: AsyncSession, actor: Actor, hall_id: int, action: str
    ) -> tuple[DistrictInfo, DistrictHall]:
        district = await self._district(session, actor, action)
        township = next((h for h in district.townships if h.id == hall_id), None)
        if township is None:
            raise NotFound(f"编号为 {hall_id} 的大厅不是本区县的乡镇大厅")
        return district, township

    async def township_items(self, actor: Actor, hall_id: int) -> list[TownshipItem]:
        """The centre's active items (by department, then code), each with whether the
        township ``hall_id`` serves it."""
        async with self.db.read() as session:
            district, township = await self._township(session, actor, hall_id, "查看乡镇事项")
            assert district.centre is not None
            centre = await self._items(session, district.centre.id)
            served = {
                code
                for code, active in await session.execute(
                    select(ServiceItem.code, ServiceItem.active).where(
                        ServiceItem.hall_id == township.id
                    )
                )
                if active
            }
        return [
            TownshipItem(
                i.code, i.name, i.category, i.department, i.promised_days, i.code in served
            )
            for i in sorted(
                (i for i in centre.values() if i.active), key=lambda i: (i.department, i.code)
            )
        ]

    async def _items(self, session: AsyncSession, hall_id: int) -> dict[str, ServiceItem]:
        rows = await session.scalars(select(ServiceItem).where(ServiceItem.hall_id == hall_id))
        return {row.code: row for row in rows}

    async def _lock(self, session: AsyncSession, hall_ids: Sequence[int]) -> None:
        """The townships' hall rows, in id order: one change of a township's items at a
        time (PostgreSQL; SQLite writes one at a time anyway)."""
        await session.execute(
            select(Hall.id).where(Hall.id.in_(hall_ids)).order_by(Hall.id).with_for_update()
        )

    async def set_township_items(
        self, actor: Actor, hall_id: int, item_codes: Sequence[str]
    ) -> CatalogueChange:
        """The township ``hall_id`` serves exactly the centre's items ``item_codes``: the
        missing ones created from the centre's, the chosen activated, the centre's other
        items deactivated there. One transaction, one event in the township when
        anything changed; the same choice again changes nothing."""
        chosen = {rules.ITEM_CODE.clean(code, required=True) for code in item_codes}
        async with self.db.write() as session:
            district, township = await self._township(session, actor, hall_id, "设置乡镇事项")
            assert district.centre is not None
            await self._lock(session, [township.id])
            centre = await self._items(session, district.centre.id)
            offered = {code for code, item in centre.items() if item.active}
            unknown = sorted(chosen - offered)
            if unknown:
                raise ValidationError(
                    "item_codes",
                    f"中心事项目录中没有这些事项（或已停用）：{'、'.join(unknown[:5])}"
                    + (f" 等 {len(unknown)} 项" if len(unknown) > 5 else ""),
                )
            own = await self._items(session, township.id)
            created = [c for c in chosen if c not in own]
            for code in created:
                item = centre[code]
                session.add(
                    ServiceItem(
                        hall_id=township.id,
                        code=code,
                        active=True,
                        **{f: getattr(item, f) for f in SHARED_FIELDS},
                    )
                )
            activated = [c for c in chosen if c in own and not own[c].active]
            # The centre's items the township no longer serves; its own items stay.
            deactivated = [
                c for c, i in own.items() if i.active and c in centre and c not in chosen
            ]
            await self._set_active(session, township.id, activated, True)
            await self._set_active(session, township.id, deactivated, False)
            change = CatalogueChange(
                township.id, _codes(created), _codes(activated), _codes(deactivated)
            )
            if change.changed:
                await session.flush()
                await record_event(
                    session,
                    hall_id=township.id,
                    at=await self.db.now(session),
                    kind=EventKind.DISTRICT_CATALOGUE_SET,
                    actor_id=actor.staff_id,
                    payload={
                        "district": district.code,
                        "served": len(chosen),
                        "created": list(change.created),
                        "activated": list(change.activated),
                        "deactivated": list(change.deactivated),
                    },
                )
            return change

    async def _set_active(
        self, session: AsyncSession, hall_id: int, codes: Sequence[str], active: bool
    ) -> None:
        if codes:
            await session.execute(
                update(ServiceItem)
                .where(ServiceItem.hall_id == hall_id, ServiceItem.code.in_(codes))
                .values(active=active)
            )

    async def sync_catalogue(self, actor: Actor) -> list[CatalogueChange]:
        """The centre's items as they are now, carried to every township's items of the
        same code: name, category, department and promised days taken over, an item
        the centre stopped deactivated. The townships that changed, each with its event."""
        async with self.db.write() as session:
            district = await self._district(session, actor, "同步区县事项目录")
            assert district.centre is not None
            townships = [h.id for h in district.townships]
            await self._lock(session, townships)
            centre = await self._items(session, district.centre.id)
            changes = []
            now = await self.db.now(session)
            for hall_id in townships:
                edited, deactivated = [], []
                for code, item in (await self._items(session, hall_id)).items():
                    source = centre.get(code)
                    if source is None:
                        continue
                    if any(getattr(item, f) != getattr(source, f) for f in SHARED_FIELDS):
                        for f in SHARED_FIELDS:
                            setattr(item, f, getattr(source, f))
                        edited.append(code)
                    if item.active and not source.active:
                        item.active = False
                        deactivated.append(code)
                change = CatalogueChange(
                    hall_id, deactivated=_codes(deactivated), edited=_codes(edited)
                )
                if change.changed:
                    await session.flush()
                    await record_event(
                        session,
                        hall_id=hall_id,
                        at=now,
                        kind=EventKind.DISTRICT_CATALOGUE_SYNCED,
                        actor_id=actor.staff_id,
                        payload={
                            "district": district.code,
                            "edited": list(change.edited),
                            "deactivated": list(change.deactivated),
                        },
                    )
                    changes.append(change)
            return changes
