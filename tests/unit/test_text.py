"""Cleaning text: control characters and surrogates refused, invisible characters
removed, whitespace collapsed, NFKC for codes and NFC for free text, lengths checked."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.text import TextRule

NAME = TextRule("citizen_name", "姓名", 10)
CODE = TextRule("code", "事项编码", 10, fold=True)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  张三 ", "张三"),
        ("张\u3000三", "张 三"),  # the ideographic space is a space
        ("张\t\n\r三", "张 三"),
        ("\u200b张三\ufeff", "张三"),  # zero-width characters pasted along are dropped
        ("（补正）：材料", "（补正）：材料"),  # full-width punctuation is kept in free text
        ("Ⅱ类①", "Ⅱ类①"),
        ("ＡＢ１２", "ＡＢ１２"),
        ("Jose\u0301", "José"),  # NFC: one letter with its accent
        ("\ue000王", "\ue000王"),  # private use: an ID card reader's rare character
    ],
)
def test_free_text(raw, clean):
    assert NAME.clean(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("ＡＢ１２", "AB12"), (" ａｂ－１ ", "ab-1"), ("Ⅱ", "II"), ("１\u3000２", "1 2")],
)
def test_codes_fold_full_width_forms(raw, clean):
    assert CODE.clean(raw) == clean


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("张\x00三", "控制字符"),
        ("张\x1b三", "控制字符"),
        ("张\x7f三", "控制字符"),
        ("张\x85三", "控制字符"),  # C1
        ("张\x1c三", "控制字符"),  # a "separator" str.split() would take for a space
        ("\u202e三张", "控制字符"),  # a bidirectional override: reads backwards
        ("张\uffff", "控制字符"),  # a noncharacter
        ("张\ud800三", "无法识别的字符"),
        ("\udc80", "无法识别的字符"),
    ],
)
def test_refused_characters(raw, words):
    for rule in (NAME, CODE):
        with pytest.raises(ValidationError) as e:
            rule.clean(raw)
        assert e.value.field == rule.field and words in e.value.message
        assert rule.label in e.value.message


def test_length_counts_after_cleaning_and_empty_when_required():
    assert NAME.clean("  " + "字" * 10 + "  ") == "字" * 10
    with pytest.raises(ValidationError) as e:
        NAME.clean("字" * 11)
    assert "最多 10 个字" in e.value.message
    with pytest.raises(ValidationError) as e:
        CODE.clean("\u3000", required=True)
    assert e.value.message == "请填写事项编码"
    assert CODE.clean(" ") == "" and CODE.optional(" ") is None and CODE.optional(None) is None
    with pytest.raises(ValidationError):
        CODE.clean("㍿" * 3)  # NFKC makes each one four characters


@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_cleaned_text_is_clean_and_stays_so(raw):
    try:
        text = NAME.clean(raw)
    except ValidationError:
        return
    assert text == text.strip() and "  " not in text and len(text) <= NAME.max_length
    assert all(unicodedata.category(c) not in ("Cc", "Cs") for c in text)
    assert NAME.clean(text) == text


def test_natural_key_orders_numbers_by_value():
    from hall_desktop.domain.text import natural_key

    names = ["clerk10", "clerk2", "Clerk1", "12号窗口", "3号窗口", "admin", "clerk2b"]
    assert sorted(names, key=natural_key) == [
        "3号窗口",
        "12号窗口",
        "admin",
        "Clerk1",
        "clerk2",
        "clerk2b",
        "clerk10",
    ]
