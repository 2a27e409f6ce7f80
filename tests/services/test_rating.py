"""Ratings (好差评) and the follow-up cases of 差评, on both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select, update

from hall_desktop.domain.errors import NotFound, Refused, ValidationError
from hall_desktop.domain.reasons import BAD_REASONS
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.queue import QueueService
from hall_desktop.services.rating import RATING_LEVELS, RatingService
from hall_desktop.store.models import CalendarDay, Event, LedgerCase, Rating, Ticket
from tests.conftest import load_actors, new_hall
from tests.helpers import item_ids, line_ids, snapshot, window_ids

pytestmark = pytest.mark.dates

SHANGHAI = ZoneInfo("Asia/Shanghai")


class Hall:
    """A hall with two clerks signed in at windows 1 and 2, ready to serve."""

    def __init__(self, db, hall, actors) -> None:
        self.db, self.hall, self.a = db, hall, actors
        self.q = QueueService(db)
        self.ratings = RatingService(db)

    async def setup(self) -> Hall:
        self.lines = await line_ids(self.db, self.hall.hall_id)
        self.win = await window_ids(self.db, self.hall.hall_id)
        self.items = await item_ids(self.db, self.hall.hall_id)
        await self.q.sign_in(self.a["clerk1"], self.win[1])
        await self.q.sign_in(self.a["clerk2"], self.win[2])
        return self

    async def called(self, clerk: str = "clerk1", window: int = 1):
        await self.q.issue_ticket(self.a["daoban"], self.lines["A"])
        ticket = await self.q.call_next(self.a[clerk], self.win[window])
        assert ticket is not None
        return ticket

    async def served(self, clerk: str = "clerk1", window: int = 1, items=()):
        """A ticket issued, called, served and finished at ``window``."""
        ticket = await self.called(clerk, window)
        await self.q.start(self.a[clerk], ticket.id)
        return await self.q.finish(
            self.a[clerk], ticket.id, outcome=Outcome.COMPLETED, item_ids=list(items)
        )

    async def rate(self, ticket, level, window: int = 1, **kw):
        return await self.ratings.rate(self.hall.hall_id, self.win[window], ticket.id, level, **kw)


@pytest.fixture
async def h(db, hall, actors) -> Hall:
    return await Hall(db, hall, actors).setup()


async def ratings_in(db, hall_id: int) -> list[Rating]:
    async with db.read() as session:
        return list(
            await session.scalars(
                select(Rating).where(Rating.hall_id == hall_id).order_by(Rating.id)
            )
        )


async def cases_in(db, hall_id: int) -> list[LedgerCase]:
    async with db.read() as session:
        return list(await session.scalars(select(LedgerCase).where(LedgerCase.hall_id == hall_id)))


async def events_of(db, hall_id: int, kind: str) -> list[Event]:
    async with db.read() as session:
        return list(
            await session.scalars(select(Event).where(Event.hall_id == hall_id, Event.kind == kind))
        )


async def test_a_good_rating_is_stored_with_items_clerk_and_window(h, db):
    done = await h.served(items=h.items[2:4])
    record = await h.rate(done, 5)
    assert (record.level, record.rated, record.label) == (5, True, "非常满意")
    assert record.number == done.number and record.window_number == 1
    assert record.clerk_id == h.a["clerk1"].staff_id
    assert record.item_ids == tuple(h.items[2:4])
    assert record.case_id is None and not record.is_bad
    (row,) = await ratings_in(db, h.hall.hall_id)
    assert (row.ticket_id, row.window_id, row.clerk_id) == (done.id, h.win[1], record.clerk_id)
    assert (row.level, row.rated, row.reason) == (5, True, None)
    assert row.item_ids == h.items[2:4]  # the JSON snapshot
    (event,) = await events_of(db, h.hall.hall_id, "ticket_rated")
    assert event.ticket_id == done.id and event.window_id == h.win[1]
    assert (event.payload["number"], event.payload["level"]) == (done.number, 5)
    assert event.payload["window_number"] == 1
    assert await cases_in(db, h.hall.hall_id) == []
    assert await events_of(db, h.hall.hall_id, "follow_up_opened") == []


async def test_a_bad_rating_needs_a_known_reason_and_a_good_one_takes_none(h, db):
    done = await h.served()
    before = await snapshot(db, h.hall.hall_id)
    for level, kw, field in [
        (2, {}, "reason"),
        (1, {"reason": "太冷"}, "reason"),
        (4, {"reason": "态度"}, "reason"),
        (0, {}, "level"),
        (6, {}, "level"),
        (1, {"reason": "效率", "note": "慢" * 201}, "note"),
    ]:
        with pytest.raises(ValidationError) as e:
            await h.rate(done, level, **kw)
        assert e.value.field == field, (level, kw)
    assert await snapshot(db, h.hall.hall_id) == before
    assert await ratings_in(db, h.hall.hall_id) == []
    record = await h.rate(done, 2, reason="材料要求", note="  要求  重复提交材料 ")
    assert (record.level, record.reason, record.note) == (2, "材料要求", "要求 重复提交材料")
    assert record.is_bad and record.case_id is not None


async def test_a_bad_rating_opens_a_case_due_in_working_days(h, db, monkeypatch):
    """Tuesday 29 September 2026: five working days skip the National Day holidays and
    the weekend, and count the make-up Saturday (调休上班) of 10 October."""
    async with db.write() as session:
        await session.execute(
            delete(CalendarDay).where(
                CalendarDay.hall_id == h.hall.hall_id,
                CalendarDay.day.between(date(2026, 9, 20), date(2026, 10, 20)),
            )
        )
        session.add_all(
            CalendarDay(
                hall_id=h.hall.hall_id, day=date(2026, 10, d), kind="holiday", name="国庆节"
            )
            for d in range(1, 8)
        )
        session.add(
            CalendarDay(
                hall_id=h.hall.hall_id, day=date(2026, 10, 10), kind="makeup_workday", name="调休"
            )
        )
    moment = [datetime(2026, 9, 29, 10, 0, tzinfo=SHANGHAI).astimezone(UTC)]

    async def fixed_now(_session):
        moment[0] += timedelta(seconds=1)
        return moment[0]

    monkeypatch.setattr(db, "now", fixed_now)
    done = await h.served(items=h.items[:1])
    record = await h.rate(done, 1, reason="效率", note="等了很久")
    assert record.case_due == date(2026, 10, 12)
    (case,) = await cases_in(db, h.hall.hall_id)
    assert (case.id, case.rating_id, case.ticket_id) == (record.case_id, record.id, done.id)
    assert (case.status, case.reason, case.note) == ("to_verify", "效率", "等了很久")
    assert (case.window_id, case.clerk_id) == (h.win[1], h.a["clerk1"].staff_id)
    assert case.due_date == date(2026, 10, 12) and case.closed_at is None
    (event,) = await events_of(db, h.hall.hall_id, "follow_up_opened")
    assert event.payload["case_id"] == case.id and event.payload["due_date"] == "2026-10-12"
    assert event.payload["number"] == done.number
    # The deadline is configurable: two working days from the same Tuesday.
    second = await h.served()
    shorter = await RatingService(db, case_days=2).rate(
        h.hall.hall_id, h.win[1], second.id, 2, reason="态度"
    )
    assert shorter.case_due == date(2026, 10, 8)


async def test_a_ticket_is_rated_once(h, db):
    done = await h.served()
    first = await h.rate(done, 4)
    before = await snapshot(db, h.hall.hall_id)
    with pytest.raises(Refused) as e:
        await h.rate(done, 5)
    assert e.value.code == "already_rated" and "已经评价过" in e.value.message
    with pytest.raises(Refused):
        await h.rate(done, 1, reason="态度")
    assert await snapshot(db, h.hall.hall_id) == before
    # A late "not rated" keeps the real rating.
    kept = await h.ratings.record_not_rated(h.hall.hall_id, h.win[1], done.id)
    assert (kept.id, kept.level, kept.rated) == (first.id, 4, True)
    assert [(r.level, r.rated) for r in await ratings_in(db, h.hall.hall_id)] == [(4, True)]


async def test_other_window_unfinished_unknown_or_other_hall_is_refused(h, db):
    other_window = await h.served(clerk="clerk2", window=2)
    in_hand = await h.called()
    other_hall = await new_hall(db)
    stranger = await QueueService(db).issue_ticket(
        (await load_actors(db, other_hall.hall_id))["daoban"],
        (await line_ids(db, other_hall.hall_id))["A"],
    )
    before = await snapshot(db, h.hall.hall_id)
    with pytest.raises(Refused) as e:
        await h.rate(other_window, 5, window=1)
    assert e.value.code == "other_window" and "1号窗口" in e.value.message
    with pytest.raises(Refused) as e:
        await h.rate(in_hand, 5, window=1)
    assert e.value.code == "not_finished" and "办结" in e.value.message
    with pytest.raises(Refused) as e:
        await h.ratings.record_not_rated(h.hall.hall_id, h.win[1], in_hand.id)
    assert e.value.code == "not_finished"
    with pytest.raises(NotFound):
        await h.rate(stranger.ticket, 5)
    with pytest.raises(NotFound):
        await h.ratings.rate(h.hall.hall_id, h.win[1], 10**9, 5)
    with pytest.raises(NotFound):  # a window of another hall
        await h.ratings.rate(
            h.hall.hall_id, (await window_ids(db, other_hall.hall_id))[1], other_window.id, 5
        )
    assert await snapshot(db, h.hall.hall_id) == before
    assert await ratings_in(db, h.hall.hall_id) == []


async def test_a_ticket_of_an_earlier_day_is_refused(h, db):
    done = await h.served()
    async with db.write() as session:
        await session.execute(
            update(Ticket)
            .where(Ticket.id == done.id)
            .values(service_day=done.service_day - timedelta(days=1))
        )
    with pytest.raises(Refused) as e:
        await h.rate(done, 5)
    assert e.value.code == "not_today"
    assert await ratings_in(db, h.hall.hall_id) == []


async def test_not_rated_is_recorded_as_such_and_a_later_rating_refused(h, db):
    done = await h.served(items=h.items[:2])
    record = await h.ratings.record_not_rated(h.hall.hall_id, h.win[1], done.id)
    assert (record.level, record.rated, record.label) == (None, False, "未评价")
    assert record.item_ids == tuple(h.items[:2])
    (row,) = await ratings_in(db, h.hall.hall_id)
    assert (row.level, row.rated) == (None, False)
    (event,) = await events_of(db, h.hall.hall_id, "ticket_not_rated")
    assert event.payload["level"] is None and event.ticket_id == done.id
    assert await events_of(db, h.hall.hall_id, "ticket_rated") == []
    with pytest.raises(Refused) as e:
        await h.rate(done, 5)
    assert e.value.code == "already_rated" and "评价时间已过" in e.value.message
    again = await h.ratings.record_not_rated(h.hall.hall_id, h.win[1], done.id)
    assert again.id == record.id
    assert len(await ratings_in(db, h.hall.hall_id)) == 1


async def test_figures_for_clerk_count_today(h, db):
    for level, reason in [(5, None), (4, None), (4, None), (3, None), (2, "态度")]:
        await h.rate(await h.served(), level, reason=reason)
    skipped = await h.served()
    await h.ratings.record_not_rated(h.hall.hall_id, h.win[1], skipped.id)
    await h.served()  # finished, not rated yet: not counted
    await h.rate(await h.served(clerk="clerk2", window=2), 1, window=2, reason="效率")
    mine = await h.ratings.figures_for_clerk(h.hall.hall_id, h.a["clerk1"].staff_id)
    assert [mine.count(level) for level in RATING_LEVELS] == [1, 2, 1, 1, 0]
    assert (mine.rated, mine.not_rated, mine.bad, mine.total) == (5, 1, 1, 6)
    assert mine.good_rate == pytest.approx(0.8)
    theirs = await h.ratings.figures_for_clerk(h.hall.hall_id, h.a["clerk2"].staff_id)
    assert (theirs.rated, theirs.bad, theirs.very_dissatisfied) == (1, 1, 1)
    nobody = await h.ratings.figures_for_clerk(h.hall.hall_id, h.a["clerk3"].staff_id)
    assert (nobody.total, nobody.good_rate) == (0, None)
    assert len(await cases_in(db, h.hall.hall_id)) == 2


async def test_pending_for_window(h, db):
    assert await h.ratings.pending_for_window(h.hall.hall_id, h.win[1]) is None
    done = await h.served()
    pending = await h.ratings.pending_for_window(h.hall.hall_id, h.win[1])
    assert pending is not None
    assert (pending.ticket_id, pending.number, pending.window_number) == (done.id, done.number, 1)
    assert await h.ratings.pending_for_window(h.hall.hall_id, h.win[2]) is None
    await h.rate(done, 3)
    assert await h.ratings.pending_for_window(h.hall.hall_id, h.win[1]) is None
    stale = await h.served()
    async with db.write() as session:  # finished ten minutes ago: the citizen has gone
        await session.execute(
            update(Ticket)
            .where(Ticket.id == stale.id)
            .values(finished_at=stale.finished_at - timedelta(minutes=10))
        )
    assert await h.ratings.pending_for_window(h.hall.hall_id, h.win[1]) is None
    await h.served()
    assert await h.ratings.pending_for_window(h.hall.hall_id, h.win[1]) is not None
    await h.called()  # the clerk has moved on to the next citizen
    assert await h.ratings.pending_for_window(h.hall.hall_id, h.win[1]) is None


async def test_no_rating_asked_once_the_window_moved_on(h):
    """Seen in the hall: a terminal started after the clerk called the next number,
    held it and paused still asked the citizen who had left (and its 不满意 opened a
    差评 case against the clerk). Nothing is in hand, yet the window has moved on."""
    done = await h.served()
    assert await h.ratings.pending_for_window(h.hall.hall_id, h.win[1]) is not None
    next_one = await h.called()
    await h.q.hold(h.a["clerk1"], next_one.id, reason="等待补充材料", due_in_minutes=30)
    await h.q.pause_window(h.a["clerk1"], h.win[1], "会议")
    assert await h.ratings.pending_for_window(h.hall.hall_id, h.win[1]) is None
    # A pause alone, right after a finish, also means the citizen has gone.
    await h.q.resume_window(h.a["clerk1"], h.win[1])
    await h.served(window=2, clerk="clerk2")
    assert await h.ratings.pending_for_window(h.hall.hall_id, h.win[2]) is not None
    await h.q.pause_window(h.a["clerk2"], h.win[2], "会议")
    assert await h.ratings.pending_for_window(h.hall.hall_id, h.win[2]) is None
    assert done.id != next_one.id


def test_the_reasons_and_levels():
    assert BAD_REASONS == ("态度", "效率", "材料要求", "其他")
    assert list(RATING_LEVELS) == [5, 4, 3, 2, 1]
    with pytest.raises(ValueError):
        RatingService(None, case_days=-1)  # type: ignore[arg-type]
