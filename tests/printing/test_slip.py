"""The ticket slip PDF: size, text, QR payload, fonts (TrueType and the CID fallback)."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import zlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRUtil
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from hall_desktop.domain.estimates import WaitEstimate
from hall_desktop.printing import fonts
from hall_desktop.printing.qr import lost_point, qr_modules
from hall_desktop.printing.slip import (
    DEFAULT_NOTICE,
    SlipData,
    frame_of,
    qr_payload,
    qr_widget,
    render_slip,
    weekday_cn,
    wrap_balanced,
    wrap_text,
)
from tests.pdf import page_texts

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
PAGE_WIDTH = 80 * mm  # 226.77 pt


def sample_slip(**changes: object) -> SlipData:
    data = SlipData(
        hall_name="示范区政务服务中心",
        line_name="综合受理",
        line_prefix="A",
        number="A012",
        ahead=3,
        wait=WaitEstimate(1440, 20, 30),
        issued_at=datetime(2026, 11, 29, 6, 32, tzinfo=UTC),  # 14:32 in Shanghai
        timezone="Asia/Shanghai",
        ticket_id=12345,
        priority_reason="老年人",
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def pdf_text(pdf: bytes) -> str:
    """The text of the only page, without white space (line breaks depend on the font)."""
    (text,) = page_texts(pdf)
    return text


def test_one_page_80_mm_wide(font_mode: str) -> None:
    reader = PdfReader(io.BytesIO(render_slip(sample_slip())))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - PAGE_WIDTH) < 0.5
    assert 90 * mm < float(box.height) < 160 * mm


def test_text_is_extractable(font_mode: str) -> None:
    # pypdf extracts the Chinese both from the embedded TrueType subset (ToUnicode map)
    # and from STSong-Light (its UniGB-UCS2-H encoding is Unicode).
    text = pdf_text(render_slip(sample_slip()))
    for expected in (
        "示范区政务服务中心",
        "A综合受理",
        "A012",
        "绿色通道：老年人",
        "前面还有3人",
        "预计等候约20–30分钟",
        "2026年11月29日星期日14:32",
        "".join(DEFAULT_NOTICE.split()),
        "票号12345",
    ):
        assert expected in text


def test_without_green_channel_and_no_wait(font_mode: str) -> None:
    text = pdf_text(
        render_slip(sample_slip(priority_reason=None, ahead=0, wait=WaitEstimate(0, 0, 0)))
    )
    assert "绿色通道" not in text
    assert "前面还有0人" in text
    assert "预计很快" in text


def test_long_texts_wrap_and_stay_on_one_page(font_mode: str) -> None:
    hall = "某某省某某市某某区人民政府政务服务中心（市民之家）第二分中心"
    notice = "请留意叫号，过号请重新取号。本票当日有效。" * 4
    pdf = render_slip(
        sample_slip(hall_name=hall, line_name="不动产登记与税费缴纳综合窗口", notice=notice)
    )
    text = pdf_text(pdf)
    assert hall in text
    assert "".join(notice.split()) in text
    assert abs(float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width) - PAGE_WIDTH) < 0.5


def test_a_long_number_is_shrunk_not_cut(font_mode: str) -> None:
    assert "VIP123456" in pdf_text(render_slip(sample_slip(number="VIP123456")))


def test_reproducible() -> None:
    assert render_slip(sample_slip()) == render_slip(sample_slip())


def test_issued_at_must_be_aware() -> None:
    with pytest.raises(ValueError):
        sample_slip(issued_at=datetime(2026, 11, 29, 14, 32))


def test_time_is_shown_in_the_halls_timezone() -> None:
    text = pdf_text(render_slip(sample_slip(timezone="Asia/Urumqi")))  # UTC+6
    assert "2026年11月29日星期日12:32" in text


def test_qr_code_says_the_hall_the_number_and_the_day() -> None:
    """A phone shows the first line; a kiosk reads the second (id, service day, number)."""
    data = sample_slip()
    assert (
        qr_payload(data) == "示范区政务服务中心 A012号 2026-11-29\nHALL-TICKET:12345:20261129:A012"
    )
    assert qr_widget(data).value == qr_payload(data)
    # The day is the hall's: 23:30 UTC is already the next day in Shanghai.
    late = sample_slip(issued_at=datetime(2026, 11, 29, 23, 30, tzinfo=UTC))
    assert qr_payload(late).endswith(":20261130:A012")


def test_the_slip_is_chinese_under_its_code() -> None:
    text = pdf_text(render_slip(sample_slip()))
    assert "No." not in text and "票号12345" in text


def test_weekday_cn() -> None:
    assert weekday_cn(date(2026, 11, 29)) == "星期日"
    assert weekday_cn(date(2026, 11, 30)) == "星期一"


def test_wrap_text_fits_the_width() -> None:
    text = "请留意叫号，过号请重新取号。Please wait for your number, thank you. 本票当日有效。"
    width = 120.0
    lines = wrap_text(text, "Helvetica", 9, width)
    assert len(lines) > 1
    for line in lines:
        # Closing punctuation may hang one character into the margin.
        assert stringWidth(line.rstrip("，。,."), "Helvetica", 9) <= width
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_balanced_wrap_leaves_no_lonely_character() -> None:
    font = fonts.cjk_font()
    text = "不动产登记与税费缴纳综合窗口"
    width = stringWidth(text, font, 14) - 1  # one character too narrow
    assert len(wrap_text(text, font, 14, width)[-1]) == 1
    lines = wrap_balanced(text, font, 14, width)
    assert len(lines) == 2
    assert min(len(line) for line in lines) >= 6


def test_font_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    fonts.reset_cache()
    calls: list[bool] = []
    real_find = fonts._find

    def counting(force_fallback: bool) -> tuple[str, str | None]:
        calls.append(force_fallback)
        return real_find(force_fallback)

    monkeypatch.setattr(fonts, "_find", counting)
    first = fonts.cjk_font()
    render_slip(sample_slip())
    render_slip(sample_slip())
    assert fonts.cjk_font() == first
    assert calls == [False]
    fonts.reset_cache()


def test_unusable_font_files_fall_back_to_stsong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"OTTO" + b"\0" * 200)  # CFF flavour / garbage: TTFont refuses it
    monkeypatch.setenv(fonts.ENV_VAR, str(bad))
    monkeypatch.setattr(fonts, "candidate_paths", lambda: [tmp_path / "missing.ttc", bad])
    fonts.reset_cache()
    try:
        assert fonts.cjk_font_info() == (fonts.FALLBACK_FONT, None)
        assert "A012" in pdf_text(render_slip(sample_slip()))
    finally:
        fonts.reset_cache()


def test_force_fallback_argument() -> None:
    assert fonts.cjk_font(force_fallback=True) == fonts.FALLBACK_FONT


@pytest.mark.requires_tool("wqy-microhei")
def test_explicit_font_path_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fonts.ENV_VAR, str(WQY))
    fonts.reset_cache()
    try:
        name, path = fonts.cjk_font_info()
        assert path == str(WQY)
        assert name != fonts.FALLBACK_FONT
    finally:
        fonts.reset_cache()


@pytest.mark.requires_tool("pdftoppm")
def test_renders_to_a_non_blank_image_within_the_paper(
    font_mode: str, tmp_path: Path, qapp: object
) -> None:
    from PySide6.QtGui import QImage

    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(render_slip(sample_slip()))
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(tmp_path / "slip")],
        check=True,
        timeout=60,
    )
    image = QImage(str(tmp_path / "slip.png"))
    assert not image.isNull()
    edge = round(2 * 100 / 25.4)  # 2 mm: the margin is 4 mm, nothing may reach this far
    dark_inside = 0
    for y in range(0, image.height(), 2):
        for x in range(image.width()):
            if image.pixelColor(x, y).lightness() < 128:
                assert edge <= x < image.width() - edge, f"ink at the paper's edge ({x}, {y})"
                dark_inside += 1
    assert dark_inside > 1000  # text, the big number, the QR code


def test_a_bundle_slip_names_the_bundle_and_the_step(font_mode: str) -> None:
    """一件事一次办: the citizen keeps this number for every step."""
    data = sample_slip(
        line_name="企业开办",
        line_prefix="Q",
        number="Q007",
        priority_reason=None,
        bundle_name="开办餐饮店",
        step_text="第1步/共3步",
    )
    text = pdf_text(render_slip(data))
    assert "一件事：开办餐饮店" in text and "第1步/共3步" in text
    assert text.index("第1步/共3步") < text.index("Q企业开办") < text.index("Q007")
    assert "凭本号办理下一步" in text
    plain = pdf_text(render_slip(sample_slip()))
    assert "一件事" not in plain and "第1步" not in plain


# -- what slips of one hall and day share ---------------------------------------------


def test_slips_of_one_day_share_their_frame_and_differ_in_their_number(font_mode: str) -> None:
    first, second = sample_slip(), sample_slip(number="A013", ticket_id=12346, ahead=4)
    assert frame_of(first) is frame_of(second)
    texts = pdf_text(render_slip(first)), pdf_text(render_slip(second))
    assert "A012" in texts[0] and "A013" not in texts[0]
    assert "A013" in texts[1] and "A012" not in texts[1]
    for text in texts:
        assert text.startswith("示范区政务服务中心") and "2026年11月29日星期日" in text


def test_a_new_day_or_changed_settings_get_a_new_frame(font_mode: str) -> None:
    today = sample_slip()
    # 16:01 UTC is already the next day in Shanghai.
    tomorrow = sample_slip(issued_at=datetime(2026, 11, 29, 16, 1, tzinfo=UTC))
    renamed = sample_slip(hall_name="示范区市民中心")
    noticed = sample_slip(notice="今日下午三点后暂停取号。")
    frames = [frame_of(d) for d in (today, tomorrow, renamed, noticed)]
    assert len({id(f) for f in frames}) == 4
    text = pdf_text(render_slip(tomorrow))
    assert "2026年11月30日星期一00:01" in text and "11月29日" not in text
    text = pdf_text(render_slip(renamed))
    assert text.startswith("示范区市民中心") and "示范区政务服务中心" not in text
    text = pdf_text(render_slip(noticed))
    assert "今日下午三点后暂停取号。" in text and "本票当日有效" not in text
    assert "本票当日有效" in pdf_text(render_slip(today))  # the old frame is intact


def test_a_frame_follows_the_font(monkeypatch: pytest.MonkeyPatch) -> None:
    fonts.reset_cache()
    system = frame_of(sample_slip())
    monkeypatch.setenv(fonts.ENV_VAR, "none")
    fonts.reset_cache()
    try:
        fallback = frame_of(sample_slip())
        assert fallback.cjk == fonts.FALLBACK_FONT
        assert fallback is not system or system.cjk == fonts.FALLBACK_FONT
    finally:
        fonts.reset_cache()


@pytest.mark.parametrize(
    "payload",
    [
        "示范区政务服务中心 A012号 2026-11-29\nHALL-TICKET:12345:20261129:A012",
        "区 V1号 2027-01-01\nHALL-TICKET:9:20270101:V1",
        "某某县人民政府政务服务中心（东区） GREEN-0088号 2026-12-31\n"
        "HALL-TICKET:1234567890:20261231:GREEN-0088",
        "x",
        "".join(chr(33 + (i * 7) % 94) for i in range(160)),
    ],
)
def test_qr_modules_are_reportlabs(payload: str) -> None:
    """The faster mask choice scores as reportlab does: the very same code."""
    widget = QrCodeWidget(payload, barLevel="M", barBorder=1)
    widget.qr.make()
    assert qr_modules(payload) == [[bool(m) for m in row] for row in widget.qr.modules]
    for mask in range(8):
        widget.qr.makeImpl(True, mask)
        assert lost_point(widget.qr.modules) == QRUtil.getLostPoint(widget.qr)


@pytest.mark.parametrize(
    ("length", "level"),
    [(n, "M") for n in (1, 17, 40, 95, 150, 230, 330, 520)] + [(120, "L"), (120, "Q"), (120, "H")],
)
def test_qr_codes_of_every_shape_are_reportlabs(length: int, level: str) -> None:
    """Versions 1 to about 20 (alignment patterns, version information from 7, several
    error correction blocks of two sizes), numeric, alphanumeric and byte data: the
    modules and each trial layout's score equal reportlab's."""
    for payload in (
        "".join(chr(0x4E00 + (i * 37) % 2000) for i in range(length // 3 or 1)),
        "".join(str(i % 10) for i in range(length)),
        "HALL-TICKET:" + "A1 $%*+-./:"[: length % 11] * (length // 11 + 1),
    ):
        widget = QrCodeWidget(payload, barLevel=level, barBorder=1)
        widget.qr.make()
        assert qr_modules(payload, level) == [[bool(m) for m in row] for row in widget.qr.modules]


@pytest.mark.requires_tool("wqy-microhei")
def test_kept_subsets_and_streams_give_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk's second slip of a line reuses the font subset and its compressed stream
    (fonts.KeptSubsets, fonts.KeptFlate); the PDF is byte for byte the one made without
    them."""
    monkeypatch.setenv(fonts.ENV_VAR, str(WQY))
    fonts._cache.clear()
    name = fonts.cjk_font()
    face = pdfmetrics.getFont(name).face
    assert isinstance(face.makeSubset, fonts.KeptSubsets)
    first = render_slip(sample_slip(line_name="不动产登记"))
    made_subsets, made_streams = face.makeSubset.kept.made, fonts.KEPT_FLATE.kept.made
    again = render_slip(sample_slip(line_name="不动产登记", number="A013"))
    assert face.makeSubset.kept.made == made_subsets  # the same glyphs: kept
    assert fonts.KEPT_FLATE.kept.made == made_streams
    # Without the kept forms (reportlab's own subsetting and filter): the same bytes.
    monkeypatch.setattr(face, "makeSubset", face.makeSubset._make)
    monkeypatch.setattr(pdfdoc, "PDFZCompress", pdfdoc.PDFStreamFilterZCompress())
    assert render_slip(sample_slip(line_name="不动产登记")) == first
    assert render_slip(sample_slip(line_name="不动产登记", number="A013")) == again
    assert first != again


def test_kept_forms_are_bounded() -> None:
    made: list[tuple[int, ...]] = []

    def make(subset: list[int] | tuple[int, ...]) -> bytes:
        made.append(tuple(subset))
        return bytes(subset)

    kept = fonts.KeptSubsets(make, limit=2)
    assert kept([1, 2]) == b"\x01\x02" and kept([1, 2]) == b"\x01\x02"
    kept([3]), kept([4])  # [1, 2] is the least recently used: out
    assert kept([1, 2]) == b"\x01\x02"
    assert made == [(1, 2), (3,), (4,), (1, 2)]
    flate = fonts.KeptFlate(limit=1)
    font_file, drawing = b"\x00\x01\x00\x00" + bytes(range(256)) * 40, b"q 1 0 0 1 re f Q"
    assert zlib.decompress(flate.encode(font_file)) == font_file and flate.kept.made == 1
    assert flate.encode(font_file) == zlib.compress(font_file) and flate.kept.made == 1
    assert zlib.decompress(flate.encode(drawing)) == drawing and flate.kept.made == 1  # not kept
