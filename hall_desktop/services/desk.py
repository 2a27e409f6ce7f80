"""The desk's own records: the consultation tally (答疑解惑, 首问负责).

A guide who answers a citizen's question at the entrance records it with one click,
optionally with a short note of question and answer; the hall reports the count
("答疑解惑50余次"). Every record writes its event like any other change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import service_day
from hall_desktop.services import rules
from hall_desktop.services.actor import STAFF, Actor, recheck, record_action, require
from hall_desktop.services.schedule import HallZones
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.models import Consultation, Staff

QUESTION_MAX = rules.QUESTION.max_length
ANSWER_MAX = rules.ANSWER.max_length
RECENT = 20


@dataclass(frozen=True, slots=True)
class ConsultationRecord:
    id: int
    at: datetime
    staff_id: int
    staff_name: str
    question: str | None
    answer: str | None


@dataclass(frozen=True, slots=True)
class ConsultationTally:
    """Today's consultations of the hall: the count and the latest few."""

    count: int
    mine: int
    recent: tuple[ConsultationRecord, ...]


@retry_conflicts
class ConsultationService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._zones = HallZones()

    async def record(
        self, actor: Actor, *, question: str | None = None, answer: str | None = None
    ) -> ConsultationRecord:
        """答疑: one question answered by ``actor`` (a note of it is optional)."""
        require(actor, *STAFF, action="登记答疑")
        q = rules.QUESTION.optional(question)
        a = rules.ANSWER.optional(answer)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *STAFF, action="登记答疑")
            now = await self.db.now(session)
            day = service_day(now, await self._zones.get(session, actor.hall_id))
            row = Consultation(
                hall_id=actor.hall_id,
                service_day=day,
                at=now,
                staff_id=actor.staff_id,
                question=q,
                answer=a,
            )
            session.add(row)
            await session.flush()
            await record_action(
                session,
                actor,
                EventKind.CONSULTATION_RECORDED,
                at=now,
                payload={"consultation_id": row.id, "has_note": bool(q or a)},
            )
            return ConsultationRecord(row.id, now, actor.staff_id, actor.name, q, a)

    async def today(self, actor: Actor) -> ConsultationTally:
        """Today's count for the hall and for ``actor``, with the latest records."""
        require(actor, *STAFF, action="查看答疑登记")
        async with self.db.read() as session:
            now = await self.db.now(session)
            day = service_day(now, await self._zones.get(session, actor.hall_id))
            where = (Consultation.hall_id == actor.hall_id, Consultation.service_day == day)
            count = await session.scalar(select(func.count()).where(*where)) or 0
            mine = (
                await session.scalar(
                    select(func.count()).where(*where, Consultation.staff_id == actor.staff_id)
                )
                or 0
            )
            rows = await session.execute(
                select(Consultation, Staff.name)
                .join(Staff, Staff.id == Consultation.staff_id)
                .where(*where)
                .order_by(Consultation.id.desc())
                .limit(RECENT)
            )
            recent = tuple(
                ConsultationRecord(c.id, c.at, c.staff_id, name, c.question, c.answer)
                for c, name in rows
            )
            return ConsultationTally(count=count, mine=mine, recent=recent)
