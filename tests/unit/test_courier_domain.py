"""Free courier dispatch: waybill patterns, carriers from settings, the workflow."""

from __future__ import annotations

import pytest

from hall_desktop.domain.courier import (
    DEFAULT_CARRIERS,
    DispatchStatus,
    carrier_named,
    check_return_reason,
    move,
    parse_carriers,
)
from hall_desktop.domain.errors import IllegalTransition, ValidationError

EMS = carrier_named(DEFAULT_CARRIERS, "EMS")


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("1234567890123", "1234567890123"),
        (" 1234 5678 90123 ", "1234567890123"),
        ("ea123456789cn", "EA123456789CN"),
        ("1234-567890123", "1234567890123"),
        # Typed in a Chinese input method's full-width mode, like phones and ID numbers.
        ("１２３４５６７８９０１２３", "1234567890123"),
        ("ｅａ１２３４５６７８９ｃｎ", "EA123456789CN"),
        ("１２３４－５６７８９０１２３", "1234567890123"),
    ],
)
def test_ems_waybills(raw, number):
    assert EMS.check(raw) == number


@pytest.mark.parametrize(
    "raw", ["123456789012", "12345678901234", "E1234567890123", "", "EA12345678CN"]
)
def test_malformed_ems_waybills_name_the_expected_pattern(raw):
    with pytest.raises(ValidationError) as e:
        EMS.check(raw)
    assert e.value.field == "waybill"
    if raw:
        assert "13 位" in e.value.message


def test_other_carriers_and_settings():
    assert carrier_named(DEFAULT_CARRIERS, "顺丰").check("SF1234567890123") == "SF1234567890123"
    custom = parse_carriers("EMS=[0-9]{13}=13 位数字; 邮政小包=[A-Z]{2}[0-9]{9}CN=国际小包号")
    assert [c.name for c in custom] == ["EMS", "邮政小包"]
    assert carrier_named(custom, "邮政小包").check("RR123456789CN") == "RR123456789CN"
    assert parse_carriers("") == DEFAULT_CARRIERS
    with pytest.raises(ValidationError):
        parse_carriers("坏的=[0-9")
    with pytest.raises(ValidationError) as e:
        carrier_named(custom, "圆通")
    assert "EMS" in e.value.message


def test_the_workflow_and_its_illegal_moves():
    s = move(DispatchStatus.PENDING, DispatchStatus.HANDED_OVER)
    assert move(s, DispatchStatus.DELIVERED) is DispatchStatus.DELIVERED
    assert move(s, DispatchStatus.RETURNED) is DispatchStatus.RETURNED
    assert move(DispatchStatus.PENDING, DispatchStatus.CANCELLED) is DispatchStatus.CANCELLED
    for frm, to in [
        (DispatchStatus.HANDED_OVER, DispatchStatus.CANCELLED),  # too late to cancel
        (DispatchStatus.PENDING, DispatchStatus.DELIVERED),
        (DispatchStatus.DELIVERED, DispatchStatus.RETURNED),
        (DispatchStatus.CANCELLED, DispatchStatus.HANDED_OVER),
    ]:
        with pytest.raises(IllegalTransition) as e:
            move(frm, to, number="K0001")
        assert frm.label in e.value.message and to.label in e.value.message


def test_a_return_needs_a_reason():
    assert check_return_reason("  收件人 拒收 ") == "收件人 拒收"
    with pytest.raises(ValidationError):
        check_return_reason("   ")


def test_carriers_round_trip_and_duplicates():
    from hall_desktop.domain.courier import DEFAULT_CARRIERS, format_carriers, parse_carriers

    assert format_carriers(DEFAULT_CARRIERS) == ""
    mine = parse_carriers("EMS=[0-9]{13}=13 位数字;中通=ZT[0-9]{12}=ZT 加 12 位数字")
    assert parse_carriers(format_carriers(mine)) == mine
    with pytest.raises(ValidationError, match="重复"):
        parse_carriers("EMS=[0-9]{13}=a;EMS=[0-9]{12}=b")
