"""The one-time notification letter (一次性告知书) PDF: A4, text, pagination, escaping."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from hall_desktop.printing.notice_letter import (
    NoticeLetterData,
    format_date_cn,
    render_notice_letter,
)
from tests.pdf import all_text, ink_inside, page_images, page_texts

A4_WIDTH, A4_HEIGHT = 595.27, 841.89
MATERIALS = (
    "法定代表人签署的《公司登记（备案）申请书》原件",
    "全体股东签署的公司章程",
    "住所（经营场所）使用证明：租赁房屋提交租赁合同及出租方产权证明复印件",
    "法定代表人、董事、监事和经理的任职文件及身份证件复印件",
)


def sample_letter(**changes: object) -> NoticeLetterData:
    data = NoticeLetterData(
        hall_name="示范区政务服务中心",
        hall_address="示范区世纪大道188号市民之家一楼",
        hall_phone="0571-12345678",
        ticket_number="A012",
        citizen_name="李华",
        items=(("11330000-001", "企业设立登记"),),
        missing_materials=MATERIALS,
        note="复印件请用A4纸复印并由申请人签字确认。",
        clerk_name="张敏",
        clerk_staff_number="2001",
        window_number=3,
        issued_at=datetime(2026, 11, 28, 17, 5, tzinfo=UTC),  # 01:05 on the 29th in Shanghai
        timezone="Asia/Shanghai",
        letter_number="告知〔2026〕1129-A012",
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def long_materials(count: int = 40) -> tuple[str, ...]:
    return tuple(
        f"第{i}项：申请人需提供经公证的相关证明文件原件及复印件一份，"
        "复印件需加盖单位公章并注明“与原件一致”，并由经办人签字确认日期"
        for i in range(1, count + 1)
    )


def test_a4_portrait(font_mode: str) -> None:
    reader = PdfReader(io.BytesIO(render_notice_letter(sample_letter())))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - A4_WIDTH) < 1
    assert abs(float(box.height) - A4_HEIGHT) < 1


def test_text_is_extractable(font_mode: str) -> None:
    text = all_text(render_notice_letter(sample_letter()))
    for expected in (
        "一次性告知书",
        "告知〔2026〕1129-A012",
        "李华：",
        "您于2026年11月29日",
        "A012",
        "11330000-001",
        "企业设立登记",
        *MATERIALS,
        "复印件请用A4纸复印并由申请人签字确认。",
        "携本告知书到示范区政务服务中心办理",
        "补齐材料后不再要求提供其他材料",
        "经办人：张敏（工号2001）3号窗口",
        "示范区政务服务中心",
        "地址：示范区世纪大道188号市民之家一楼",
        "0571-12345678",
        "第1页共1页",
    ):
        assert expected in text, expected
    for number in range(1, len(MATERIALS) + 1):
        assert f"{number}." in text


def test_many_long_materials_paginate(font_mode: str) -> None:
    materials = long_materials(40)
    pdf = render_notice_letter(sample_letter(missing_materials=materials))
    pages = page_texts(pdf)
    total = len(pages)
    assert total >= 2
    for number, text in enumerate(pages, start=1):
        assert f"第{number}页共{total}页" in text
    text = "".join(pages)
    for material in materials:
        # A material may be split across two pages, with the running head in between.
        assert "".join(material.split())[:20] in text
    assert "".join(materials[-1].split()) in text
    assert f"{len(materials)}." in text
    assert "经办人：张敏" in pages[-1]
    for page in pages[1:]:
        assert "一次性告知书（续）" in page


def test_missing_materials_are_required() -> None:
    with pytest.raises(ValueError):
        sample_letter(missing_materials=())
    with pytest.raises(ValueError):
        sample_letter(missing_materials=("身份证原件", "  "))


def test_issued_at_must_be_aware() -> None:
    with pytest.raises(ValueError):
        sample_letter(issued_at=datetime(2026, 11, 29, 14, 32))


def test_markup_in_user_text_is_literal(font_mode: str) -> None:
    pdf = render_notice_letter(
        sample_letter(
            citizen_name="<b>&王五",
            missing_materials=("<b>&材料</b>", "a < b & c > d"),
            note="见<i>附件</i> & 说明",
            items=(("X<1>&", "<事项>&名称"),),
        )
    )
    text = all_text(pdf)
    for expected in (
        "<b>&王五：",
        "<b>&材料</b>",
        "a<b&c>d",
        "见<i>附件</i>&说明",
        "X<1>&",
        "<事项>&名称",
    ):
        assert expected in text, expected


def test_without_name_address_phone_note(font_mode: str) -> None:
    text = all_text(
        render_notice_letter(
            sample_letter(citizen_name=None, hall_address=None, hall_phone=None, note=None)
        )
    )
    assert "申请人______________：" in text  # a line to write the name on
    assert "地址" not in text
    assert "电话" not in text
    assert "其他说明" not in text
    assert "第1页共1页" in text


def test_several_items_are_listed() -> None:
    items = (("11330000-001", "企业设立登记"), ("11330000-002", "食品经营许可（新办）"))
    text = all_text(render_notice_letter(sample_letter(items=items)))
    for code, name in items:
        assert code in text
        assert name in text


def test_date_in_the_halls_timezone() -> None:
    issued = datetime(2026, 11, 28, 17, 5, tzinfo=UTC)
    assert format_date_cn(issued, "Asia/Shanghai") == "2026年11月29日"
    assert format_date_cn(issued, "UTC") == "2026年11月28日"
    text = all_text(render_notice_letter(sample_letter(timezone="UTC")))
    assert "您于2026年11月28日" in text


def test_reproducible() -> None:
    assert render_notice_letter(sample_letter()) == render_notice_letter(sample_letter())


@pytest.mark.requires_tool("pdftoppm")
def test_ink_stays_inside_the_margins(font_mode: str, tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    pdf = render_notice_letter(sample_letter(missing_materials=long_materials(12)))
    dpi = 50
    images = page_images(pdf, tmp_path, dpi)
    assert len(images) >= 1
    edge_x = round(15 * dpi / 25.4)  # the side margins are 20 mm
    edge_y = round(5 * dpi / 25.4)  # the running head and page numbers sit near the edge
    for path in images:
        assert ink_inside(QImage(str(path)), edge_x, edge_y, path) > 500


def test_items_name_their_department_and_promised_time_and_the_citizen_signs(
    font_mode: str,
) -> None:
    from hall_desktop.printing.notice_letter import LetterItem

    items = (
        LetterItem("11330000-001", "企业设立登记", "市场监督管理局", 3),
        LetterItem("11330000-002", "食品经营许可", "", None),
    )
    text = all_text(render_notice_letter(sample_letter(items=items)))
    assert "承办部门" in text and "承诺时限" in text
    assert "市场监督管理局" in text and "3个工作日" in text
    assert "企业设立登记11330000-001" in text  # the name, its code under it
    assert "（盖章）" in text and "申请人签收" in text and "签收日期" in text
