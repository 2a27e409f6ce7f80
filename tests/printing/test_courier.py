"""Free courier dispatch paper (免费邮政速递): the A5 slip and the daily A4 manifest."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from hall_desktop.printing.courier import (
    DispatchItem,
    DispatchSlipData,
    ManifestData,
    ManifestRow,
    manifest_totals,
    page_count,
    render_dispatch_slip,
    render_manifest,
)
from tests.pdf import all_text, page_texts

pytestmark = pytest.mark.dates

A5_WIDTH, A5_HEIGHT = 419.53, 595.28
A4_WIDTH, A4_HEIGHT = 595.27, 841.89
DISTRICTS = (
    ("浙江省", "杭州市", "西湖区", "文三路 100 号 3 幢 2 单元 501 室"),
    ("广东省", "深圳市", "南山区", "科技园南区高新南一道 8 号创维大厦 A 座 12 楼"),
    ("四川省", "成都市", "武侯区", "人民南路四段 1 号"),
)
DOCUMENTS = ("营业执照（正本）", "营业执照（副本）", "食品经营许可证", "不动产权证书")


def make_slip(**changes: object) -> DispatchSlipData:
    slip = DispatchSlipData(
        hall_name="示范区政务服务中心",
        dispatch_id=4021,
        direction="to_citizen",
        recipient_name="李晓明",
        recipient_phone="13812345678",
        province="浙江省",
        city="杭州市",
        district="西湖区",
        address="文三路 100 号 3 幢 2 单元 501 室",
        postal_code="310012",
        items=(DispatchItem("营业执照（正本）", 1), DispatchItem("营业执照（副本）", 2)),
        carrier="EMS",
        cost_yuan=Decimal("12.00"),
        ticket_number="A012",
        created_at=datetime(2026, 11, 29, 6, 30, tzinfo=UTC),  # 14:30 in Shanghai
        timezone="Asia/Shanghai",
        waybill="1180234567890",
    )
    return dataclasses.replace(slip, **changes)  # type: ignore[arg-type]


def phone(i: int) -> str:
    return f"139{i:04d}{8000 + i:04d}"


def make_rows(count: int) -> tuple[ManifestRow, ...]:
    rows = []
    for i in range(count):
        province, city, district, detail = DISTRICTS[i % len(DISTRICTS)]
        items = tuple(
            DispatchItem(DOCUMENTS[(i + k) % len(DOCUMENTS)], 1 + (i + k) % 2)
            for k in range(1 + i % 3)
        )
        rows.append(
            ManifestRow(
                waybill=f"11802{i:08d}",
                recipient_name=("李晓明", "王芳", "欧阳娜娜")[i % 3],
                recipient_phone=phone(i),
                province=province,
                city=city,
                district=district,
                address=detail,
                items=items,
                cost_yuan=Decimal("12.00") + Decimal(i % 4) * Decimal("2.50"),
            )
        )
    return tuple(rows)


def make_manifest(rows: tuple[ManifestRow, ...] | None = None, **changes: object) -> ManifestData:
    data = ManifestData(
        hall_name="示范区政务服务中心",
        day=date(2026, 11, 29),
        carrier="EMS",
        rows=make_rows(8) if rows is None else rows,
        generated_at=datetime(2026, 11, 29, 9, 15, tzinfo=UTC),
        timezone="Asia/Shanghai",
        prepared_by="刘洋",
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def squeeze(text: str) -> str:
    return "".join(text.split())


# ---------------------------------------------------------------------------- slip


def test_slip_is_a5_with_everything(font_mode: str) -> None:
    slip = make_slip()
    pdf = render_dispatch_slip(slip)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - A5_WIDTH) < 1
    assert abs(float(box.height) - A5_HEIGHT) < 1
    text = all_text(pdf)
    for expected in (
        "示范区政务服务中心",
        "免费邮政速递",
        "送达群众",
        "李晓明",
        "13812345678",
        "浙江省杭州市西湖区文三路100号3幢2单元501室",
        "310012",
        "营业执照（正本）×1",
        "营业执照（副本）×2",
        "共3件",
        "EMS",
        "12.00元，由",  # one currency mark, not "¥12.00 元"
        "K04021",  # the number the screens show, not the bare id
        "寄件人示范区政务服务中心",
        "A012",
        "2026年11月29日",
        "14:30",
        "运单号：1180234567890",
    ):
        assert expected in text, expected
    assert "待交寄" not in text
    assert "页" not in text.replace("页共", "")  # no page number on a one-page slip


def test_a_long_slip_still_fits_one_sheet(font_mode: str) -> None:
    """Six items and a long Beijing address ran to two pages, the waybill box alone on
    the second; the slip travels with the parcel, so it must be one sheet."""
    items = tuple(
        DispatchItem(name, 1)
        for name in (
            "不动产权证书",
            "营业执照正本",
            "营业执照副本",
            "食品经营许可证",
            "税务登记证明",
            "社保缴费证明材料",
        )
    )
    data = make_slip(
        items=items,
        province="北京市",
        city="北京市",
        district="丰台区",
        address="南四环西路一百八十八号总部基地十八区二十一号楼三单元",
    )
    pdf = render_dispatch_slip(data)
    assert page_count(pdf) == 1
    text = all_text(pdf)
    assert "北京市丰台区" in text and "北京市北京市" not in text
    assert "运单号：1180234567890" in text and "社保缴费证明材料" in text


def test_slip_without_waybill_says_pending(font_mode: str) -> None:
    text = all_text(render_dispatch_slip(make_slip(waybill=None)))
    assert "运单号：待交寄时填写" in text
    assert "李晓明" in text


def test_slip_collecting_from_the_citizen() -> None:
    text = all_text(render_dispatch_slip(make_slip(direction="from_citizen", waybill=None)))
    assert "向群众收件（两端寄递）" in text
    assert "寄件人（群众）" in text
    assert "上门收件地址" in text


def test_slip_with_a_long_waybill_still_fits() -> None:
    """A long number gets narrower bars; the page stays one A5 page."""
    pdf = render_dispatch_slip(make_slip(waybill="EA" + "1234567890" * 4 + "CN"))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert "EA" + "1234567890" * 4 + "CN" in all_text(pdf)


def test_slip_markup_is_literal(font_mode: str) -> None:
    slip = make_slip(
        hall_name="<b>&中心",
        recipient_name="<b>&张三",
        address="<i>路</i> & 1 号",
        items=(DispatchItem("<b>&证书", 1),),
        ticket_number="A<1>&",
    )
    text = all_text(render_dispatch_slip(slip))
    for expected in ("<b>&中心", "<b>&张三", "<i>路</i>&1号", "<b>&证书×1", "A<1>&"):
        assert expected in text, expected


def test_slip_validation() -> None:
    with pytest.raises(ValueError):
        make_slip(direction="sideways")
    with pytest.raises(ValueError):
        make_slip(created_at=datetime(2026, 11, 29, 14, 30))
    with pytest.raises(ValueError):
        make_slip(items=())
    with pytest.raises(ValueError):
        make_slip(cost_yuan=Decimal("-1"))
    with pytest.raises(ValueError):
        make_slip(waybill="运单 1")
    with pytest.raises(ValueError):
        DispatchItem("营业执照", 0)


def test_slip_reproducible() -> None:
    assert render_dispatch_slip(make_slip()) == render_dispatch_slip(make_slip())


# ---------------------------------------------------------------------------- manifest


def test_manifest_lists_masks_and_totals(font_mode: str) -> None:
    data = make_manifest()
    pdf = render_manifest(data)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - A4_WIDTH) < 1
    assert abs(float(box.height) - A4_HEIGHT) < 1
    text = all_text(pdf)
    for expected in (
        "示范区政务服务中心免费邮政速递交寄清单",
        "交寄日期：2026年11月29日",
        "承运：EMS",
        "序号运单号收件人手机地址寄递内容件数费用(元)",
        "交寄人（大厅）：",
        "揽收人（快递员）：",
        "第1页共1页",
    ):
        assert expected in text, expected
    assert text.count("日期：") >= 3  # the date line and both signature lines
    for i, row in enumerate(data.rows):
        assert row.waybill in text
        full = phone(i)
        assert full not in text
        assert f"{full[:3]}****{full[-4:]}" in text
        assert squeeze(row.address) in text
    pieces = sum(item.count for row in data.rows for item in row.items)
    cost = sum((row.cost_yuan for row in data.rows), Decimal("0"))
    assert manifest_totals(data).pieces == pieces
    assert f"合计：{len(data.rows)}单，{pieces}件，费用{cost:.2f}元" in text
    assert f"合计：共{len(data.rows)}单{pieces}{cost:.2f}" in text


def test_manifest_paginates_with_repeated_header(font_mode: str) -> None:
    rows = make_rows(60)
    pdf = render_manifest(make_manifest(rows=rows))
    pages = page_texts(pdf)
    total = len(pages)
    assert total >= 2
    for number, page in enumerate(pages, start=1):
        assert "序号运单号收件人手机" in page
        assert f"第{number}页共{total}页" in page
        if number > 1:
            assert "示范区政务服务中心免费邮政速递交寄清单（续）" in page
    text = "".join(pages)
    for i, row in enumerate(rows):
        assert row.waybill in text
        assert phone(i) not in text
    pieces = sum(row.pieces for row in rows)
    cost = sum((row.cost_yuan for row in rows), Decimal("0"))
    assert f"合计：60单，{pieces}件，费用{cost:.2f}元" in pages[-1]
    assert "揽收人（快递员）：" in pages[-1]


def test_empty_manifest() -> None:
    text = all_text(render_manifest(make_manifest(rows=())))
    assert "当日无交寄件" in text
    assert "合计：0单，0件，费用0.00元" in text
    assert "第1页共1页" in text


def test_manifest_markup_is_literal(font_mode: str) -> None:
    row = dataclasses.replace(
        make_rows(1)[0],
        recipient_name="<b>&张三",
        address="<i>路</i> & 1 号",
        items=(DispatchItem("<b>&证书", 2),),
    )
    data = make_manifest(rows=(row,), hall_name="<b>&中心", prepared_by="<u>赵六</u>")
    text = all_text(render_manifest(data))
    for expected in ("<b>&中心免费邮政速递交寄清单", "<b>&张三", "<i>路</i>&1号", "<b>&证书×2"):
        assert expected in text, expected
    assert "制表人：<u>赵六</u>" in text


def test_manifest_validation_and_reproducible() -> None:
    with pytest.raises(ValueError):
        make_manifest(generated_at=datetime(2026, 11, 29, 17, 0))
    with pytest.raises(ValueError):
        dataclasses.replace(make_rows(1)[0], items=())
    data = make_manifest()
    assert render_manifest(data) == render_manifest(data)
