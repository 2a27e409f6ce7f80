from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desktop.domain.masking import mask_address, mask_id_number, mask_name, mask_phone


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张三", "张*"),
        ("张三丰", "张*丰"),
        ("欧阳娜娜", "欧**娜"),
        ("买买提·艾力", "买****力"),
        ("张", "张"),
        ("", ""),
        (None, ""),
        ("John Smith", "J********h"),
        ("Al", "A*"),
    ],
)
def test_mask_name(name: str | None, expected: str) -> None:
    assert mask_name(name) == expected


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("13812345678", "138****5678"),
        ("010-12345678", "010*****5678"),
        ("12345678", "123*5678"),
        ("1234567", "*****67"),
        ("12345", "***45"),
        ("12", "12"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(phone: str | None, expected: str) -> None:
    assert mask_phone(phone) == expected


@given(st.text())
def test_mask_phone_keeps_length(phone: str) -> None:
    assert len(mask_phone(phone)) == len(phone)


@given(st.text(alphabet="0123456789", min_size=8))
def test_mask_phone_hides_the_middle(phone: str) -> None:
    masked = mask_phone(phone)
    assert masked[:3] == phone[:3]
    assert masked[-4:] == phone[-4:]
    assert set(masked[3:-4]) <= {"*"}


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("11010119900307451X", "110101********451X"),
        ("110101900307451", "110101*****7451"),
        ("1234567890", "********90"),
        (None, ""),
    ],
)
def test_mask_id_number(number: str | None, expected: str) -> None:
    assert mask_id_number(number) == expected


@pytest.mark.parametrize(
    ("detail", "expected"),
    [
        ("北京市东城区正义路2号院3号楼", "北京市东城区****"),
        ("正义路2号院", "正义路****"),
        ("幸福路", "幸****"),
        ("甲", "****"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_address(detail: str | None, expected: str) -> None:
    assert mask_address(detail) == expected
