"""Search keys of service items: code, name, department and their pinyin."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desktop.domain.search import fold, matches, narrows, pinyin, query_words, search_key


def _finds(query: str, *fields: str) -> bool:
    return matches(search_key(fields), query_words(query))


def test_initials_and_full_pinyin_find_a_chinese_name() -> None:
    assert pinyin("营业执照") == ("yyzz", "yingyezhizhao")
    assert _finds("yyzz", "XK-SCJG-0001", "营业执照（新办）", "市场监督管理局")
    assert _finds("YingYe", "XK-SCJG-0001", "营业执照（新办）", "市场监督管理局")
    assert _finds("scjd yyzz", "XK-SCJG-0001", "营业执照（新办）", "市场监督管理局")
    assert not _finds("yyzz", "XK-SCJG-0001", "食品经营许可", "市场监督管理局")


def test_code_prefix_and_chinese_words() -> None:
    assert _finds("xk-scjg", "XK-SCJG-0001", "食品经营许可", "市场监督管理局")
    assert _finds("ＸＫ－ＳＣＪＧ", "XK-SCJG-0001", "食品经营许可", "市场监督管理局")  # full-width
    assert _finds("食品 监督", "XK-SCJG-0001", "食品经营许可", "市场监督管理局")
    assert not _finds("gg-", "XK-SCJG-0001", "食品经营许可", "市场监督管理局")


def test_a_word_never_spans_two_fields() -> None:
    # The name ends in 许可 (xk) and the department starts with 市 (s): no "xks".
    assert not _finds("xks", "A-1", "许可", "市场监督管理局")
    assert not _finds("a-1许", "A-1", "许可", "市场监督管理局")


def test_latin_and_digits_stay_in_the_pinyin() -> None:
    assert pinyin("营业执照（A类）") == ("yyzzal", "yingyezhizhaoalei")
    assert pinyin("第2类") == ("d2l", "di2lei")
    assert pinyin("ABC") == ("abc", "abc")


def test_polyphones_follow_the_phrase_dictionary() -> None:
    assert pinyin("重庆") == ("cq", "chongqing")
    assert pinyin("长春") == ("cc", "changchun")
    assert pinyin("银行") == ("yh", "yinhang")
    assert pinyin("重新办理") == ("cxbl", "chongxinbanli")


def test_known_wrong_readings_are_documented_not_fixed() -> None:
    # pypinyin's default heuristic: these read the common way (see the module's note).
    assert pinyin("单县")[1] == "danxian"
    assert pinyin("还款")[1] == "haikuan"


def test_narrows() -> None:
    assert narrows((), ("食品",))
    assert narrows(("食品",), ("食品经营",))
    assert narrows(("xk",), ("xk", "变更"))
    assert not narrows(("食品经营",), ("食品",))
    assert not narrows(("xk", "变更"), ("xk",))


_TEXT = st.text(alphabet="营业执照食品许可市场ABxk-1（） ", max_size=8)


@given(fields=st.lists(_TEXT, min_size=1, max_size=3), old=_TEXT, extra=_TEXT)
def test_narrowing_never_loses_a_match(fields: list[str], old: str, extra: str) -> None:
    key = search_key(fields)
    new = old + extra
    if narrows(query_words(old), query_words(new)) and matches(key, query_words(new)):
        assert matches(key, query_words(old))


@pytest.mark.parametrize("text", ["营业执照", "ＡＢ１２", "Ⅱ类"])
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
