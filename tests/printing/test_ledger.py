"""台账's PDFs: a case on one page (its fields, history, items, the phone masked) and the
督查通报 of a period (its findings only, their state, pages numbered). SQLite is enough:
the documents read what the service returns, tested on both backends elsewhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from hall_desktop.domain.cases import CaseAction, CaseKind, CaseStatus
from hall_desktop.domain.errors import Refused
from hall_desktop.printing.ledger import (
    OVERDUE,
    RECTIFIED,
    RECTIFYING,
    bulletin_pdf,
    bulletin_state,
    case_pdf,
)
from hall_desktop.services.cases import CaseDetail, CaseRow, CaseStepRow
from tests.ledger_samples import FIRST_DAY, PERIOD, PHONE, PHONE_MASKED, ZONE, Ledger
from tests.pdf import all_text, ink_inside, page_images, page_texts

HALL = "示范区政务服务中心"
A4_PORTRAIT_80DPI = (661, 936)  # 210 × 297 mm


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture
async def ledger(db, hall, actors, clock) -> Ledger:
    return await Ledger(db, hall.hall_id, actors, clock).setup()


def flat(text: str) -> str:
    return "".join(text.split())


def looked_at(pdf: Path, folder: Path) -> list[QImage]:
    """Each page drawn by pdftoppm: A4, ink only inside the margins."""
    images = [QImage(str(p)) for p in page_images(pdf.read_bytes(), folder, 80)]
    for number, image in enumerate(images, start=1):
        assert abs(image.width() - A4_PORTRAIT_80DPI[0]) <= 1
        assert abs(image.height() - A4_PORTRAIT_80DPI[1]) <= 1
        assert ink_inside(image, 30, 20, f"page {number}") > 2000
    return images


async def test_a_bad_rating_on_one_page_with_its_history_and_the_phone_masked(ledger, tmp_path):
    detail = await ledger.bad_rating()
    assert detail.phone == PHONE  # the supervisor sees it in full; the PDF must not
    pdf = case_pdf(detail, tmp_path / "case.pdf", hall_name=HALL, zone=ZONE)
    assert pdf == tmp_path / "case.pdf"
    assert len(looked_at(pdf, tmp_path)) == 1
    (text,) = page_texts(pdf)
    assert f"台账{detail.row.code}差评整改" in text and HALL in text
    assert PHONE_MASKED in text and PHONE not in text
    for step in detail.steps:
        assert step.label in text
        assert flat(f"{step.at.astimezone(ZONE):%Y-%m-%d %H:%M}") in text
    labels = [s.action for s in detail.steps]
    assert labels.count(CaseAction.RECTIFY) == 2 and CaseAction.RETURN in labels
    # the hall's times (09:05 in Shanghai is 01:05 UTC), the verdict, the appeal's outcome
    assert "2026-11-0209:05" in text and "01:05" not in text
    assert "部分属实" in text and "申诉不成立" in text and "后续由科室负责人抽查" in text
    assert "第1页共1页" in text


async def test_a_walkthrough_lists_its_three_problems_and_their_state(ledger, tmp_path):
    detail = await ledger.walkthrough()
    assert len(detail.children) == 3
    pdf = case_pdf(detail, tmp_path / "walk.pdf", hall_name=HALL, zone=ZONE)
    assert len(looked_at(pdf, tmp_path)) == 1
    text = all_text(pdf)
    assert "走流程" in text and "李副区长（申请人）" in text and "走流程发现的问题（3项）" in text
    for child in detail.children:
        assert child.code in text and flat(child.title) in text
    assert [c.status for c in detail.children] == [CaseStatus.CLOSED, *[CaseStatus.TO_RECTIFY] * 2]
    assert "不动产登记中心" in text and "刘洋（综合窗口）" in text


def _step(i: int, text: str) -> CaseStepRow:
    return CaseStepRow(
        at=datetime(2026, 11, 2, 1, 0, tzinfo=UTC) + timedelta(hours=i),
        actor_name="王主任",
        action=CaseAction.ASSIGN,
        status_before=CaseStatus.COORDINATING,
        status_after=CaseStatus.COORDINATING,
        text=text,
    )


def _hard_case(steps: int, text: str) -> CaseDetail:
    row = CaseRow(
        id=77,
        kind=CaseKind.HARD_CASE,
        status=CaseStatus.COORDINATING,
        title="跨区迁移户口后社保关系无法转入",
        category="跨部门",
        level="区",
        window_number=11,
        clerk_name=None,
        owner_name="陈静",
        assigned_to="人社局",
        phone_masked=PHONE_MASKED,
        opened_at=datetime(2026, 11, 2, 1, 0, tzinfo=UTC),
        due_date=date(2026, 11, 9),
        closed_at=None,
        overdue=True,
        appeal_status=None,
        parent_id=None,
        rating_level=None,
        verdict=None,
        outcome=None,
    )
    return CaseDetail(
        row=row,
        detail="",
        reason=None,
        note=None,
        citizen_name="张三丰",
        phone=PHONE,
        person=None,
        person_role=None,
        happened_on=None,
        place=None,
        item_name=None,
        ticket_number=None,
        served_ticket_number=None,
        called_back=False,
        steps=tuple(_step(i, f"{text}（第{i + 1}次协调）") for i in range(steps)),
        children=(),
        actions=(),
    )


def test_a_long_history_is_set_smaller_to_fit_and_an_endless_one_continues(tmp_path):
    coordination = "与人社局、医保局电话协调，对方答复需补充原参保地证明，已告知群众"
    fits = case_pdf(_hard_case(30, coordination), tmp_path / "fits.pdf", hall_name=HALL, zone=ZONE)
    (text,) = page_texts(fits)
    assert "第30次协调" in text and "张*丰" in text and "张三丰" not in text
    assert "已超期" in text and PHONE not in text
    endless = case_pdf(
        _hard_case(70, coordination * 3), tmp_path / "long.pdf", hall_name=HALL, zone=ZONE
    )
    pages = page_texts(endless)
    assert len(pages) > 1, "nothing is cut: the history goes on to the next page"
    assert "第70次协调" in pages[-1]
    assert f"第1页共{len(pages)}页" in pages[0] and f"第2页共{len(pages)}页" in pages[1]
    assert "（续）" in pages[1] and "办理情况" in pages[1]  # the header repeated


async def test_the_bulletin_lists_the_period_findings_and_their_state(ledger, tmp_path):
    start, end = PERIOD
    before = await ledger.finding(start - timedelta(days=3), 0, approve=True)  # a Friday
    closed = await ledger.finding(start, 1, approve=True)
    late = await ledger.finding(start + timedelta(days=1), 2, due=start + timedelta(days=1))
    waiting = await ledger.finding(start + timedelta(days=2), 3, rectify=True)
    last = await ledger.finding(end, 4)
    after = await ledger.finding(end + timedelta(days=3), 5)  # the Monday after
    ledger.at(end + timedelta(days=3), 15)
    findings = await ledger.cases.bulletin(ledger.boss, start, end)
    figures = await ledger.cases.figures(ledger.boss, start, end)
    pdf = bulletin_pdf(
        findings,
        tmp_path / "b.pdf",
        hall_name=HALL,
        start=start,
        end=end,
        zone=ZONE,
        figures=figures,
    )
    looked_at(pdf, tmp_path)
    text = all_text(pdf)
    assert f"{HALL}督查通报" in text and "通报期间：2026年11月2日至2026年11月13日" in text
    inside = [closed, late, waiting, last]
    assert [f.row.code for f in findings] == [f.row.code for f in inside]
    for finding in inside:
        assert flat(finding.row.title) in text
    for outside in (before, after):
        assert flat(outside.row.title) not in text
    states = {f.row.code: bulletin_state(f.row) for f in findings}
    assert states == {
        closed.row.code: RECTIFIED,
        late.row.code: OVERDUE,
        waiting.row.code: RECTIFYING,
        last.row.code: RECTIFYING,
    }
    assert "本期督查发现问题4个" in text and "已整改1个，整改中2个，超期未整改1个" in text
    # in the table once, and again in the summary and the closing sentence (超期未整改)
    # or the summary and the ledger's figures (已整改)
    assert text.count(OVERDUE) == 3 and text.count(RECTIFIED) == 3
    assert "同期台账：差评整改0件" in text and "答疑解惑0次" in text
    assert "整改率1/4" in text and "签发人" in text and "第1页共1页" in text


def test_a_bulletin_of_many_findings_goes_over_pages_numbered(tmp_path, font_mode):
    """With the machine's TrueType font and with STSong-Light."""
    findings = []
    for i in range(25):
        base = _hard_case(1, "已当场纠正")
        row = replace(
            base.row,
            id=100 + i,
            kind=CaseKind.FINDING,
            status=CaseStatus.CLOSED if i % 2 else CaseStatus.TO_RECTIFY,
            title=f"窗口人员离岗未放置暂停服务牌，群众等候超过十分钟，编号{i + 1:02d}",
            category="离岗",
            overdue=i % 5 == 0,
            clerk_name="张敏",
        )
        step = replace(base.steps[0], action=CaseAction.RECTIFY, text="办理情况：已纠正")
        findings.append(replace(base, row=row, steps=(step,), happened_on=FIRST_DAY))
    pdf = bulletin_pdf(
        findings, tmp_path / "b.pdf", hall_name=HALL, start=PERIOD[0], end=PERIOD[1], zone=ZONE
    )
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{len(pages)}页" in page
    text = "".join(pages)
    assert all(f"编号{i + 1:02d}" in text for i in range(25))
    assert "本期督查发现问题25个（离岗25个）" in text and "同期台账" not in text
    # the signature never stands alone: the last rows go over to its page with it
    assert "签发人" in pages[-1] and "编号25" in pages[-1]


def test_a_folder_that_cannot_be_written_is_refused_in_chinese(tmp_path):
    with pytest.raises(Refused, match=r"无法保存文件“case\.pdf”：文件夹不存在"):
        case_pdf(_hard_case(1, "x"), tmp_path / "missing" / "case.pdf", hall_name=HALL, zone=ZONE)
    assert not list(tmp_path.iterdir())
