from datetime import date

import pytest
from sqlalchemy import func, select

from hall_desktop.domain.errors import Refused
from hall_desktop.services.hours_admin import package_knows
from hall_desktop.store.models import CalendarDay, CalendarYear, ServiceItem, WindowLine
from hall_desktop.store.seed import seed_demo
from tests.conftest import fast_hash

pytestmark = pytest.mark.dates


async def test_demo_hall_contents(db):
    report = await seed_demo(
        db, hall_code="seedtest", hash_password=fast_hash, today=date(2026, 11, 29)
    )
    # A district hall's catalogue: 1,953 items, 1,840 行政权力类 and 113 公共服务类.
    assert (report.lines, report.windows, report.items) == (7, 12, 1953)
    # 2027, which chinesecalendar 1.11 does not know, is pre-filled with the computed
    # statutory holidays and left to confirm (待确认).
    unconfirmed = [] if package_knows(2027) else [2027]
    assert report.calendar_years == [2026, 2027] and report.missing_calendar_years == []
    assert report.unconfirmed_calendar_years == unconfirmed
    async with db.read() as s:
        categories = dict(
            (c, n)
            for c, n in await s.execute(
                select(ServiceItem.category, func.count())
                .where(ServiceItem.hall_id == report.hall_id)
                .group_by(ServiceItem.category)
            )
        )
        national_day = await s.scalar(
            select(CalendarDay.name).where(
                CalendarDay.hall_id == report.hall_id, CalendarDay.day == date(2026, 10, 1)
            )
        )
        spring_festival = await s.scalar(
            select(CalendarDay.name).where(
                CalendarDay.hall_id == report.hall_id,
                CalendarDay.day == date(2027, 2, 8),
                CalendarDay.kind == "holiday",
            )
        )
        sources = {
            year: source
            for year, source in await s.execute(
                select(CalendarYear.year, CalendarYear.source).where(
                    CalendarYear.hall_id == report.hall_id
                )
            )
        }
        links = await s.scalar(select(func.count()).select_from(WindowLine))
    assert categories == {"行政权力类": 1840, "公共服务类": 113}
    assert national_day == "国庆节" and links > 12
    assert spring_festival == "春节"
    assert sources == {2026: "package", 2027: "computed" if unconfirmed else "package"}
    with pytest.raises(Refused) as e:
        await seed_demo(db, hall_code="seedtest", hash_password=fast_hash)
    assert e.value.code == "exists"
