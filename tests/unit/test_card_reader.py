"""The keyboard-wedge card reader's burst: fast characters ending in Enter are a card."""

from __future__ import annotations

from hall_desktop.ui.widgets.card_reader import KeyBurst

ID = "11010519491231002x"


def typed(burst: KeyBurst, text: str, start: float, gap: float) -> float:
    at = start
    for char in text:
        burst.key(char, at)
        at += gap
    return at - gap


def test_a_fast_burst_ending_in_enter_is_a_swipe_in_upper_case():
    burst = KeyBurst()
    last = typed(burst, ID, 10.0, 0.004)
    assert burst.enter(last + 0.004) == "11010519491231002X"
    assert burst.enter(last + 0.01) is None  # taken once


def test_a_person_typing_is_no_swipe():
    burst = KeyBurst()
    last = typed(burst, ID, 10.0, 0.15)
    assert burst.enter(last + 0.15) is None


def test_a_pause_before_enter_or_too_few_characters_is_no_swipe():
    burst = KeyBurst()
    last = typed(burst, ID, 10.0, 0.004)
    assert burst.enter(last + 1.0) is None
    last = typed(burst, "1234567890", 20.0, 0.004)
    assert burst.enter(last + 0.004) is None


def test_a_slow_key_before_the_burst_is_not_part_of_it():
    burst = KeyBurst()
    burst.key("7", 1.0)  # a stray key long before
    last = typed(burst, ID, 5.0, 0.004)
    assert burst.enter(last + 0.004) == ID.upper()


def test_another_character_breaks_the_burst():
    burst = KeyBurst()
    last = typed(burst, ID[:9] + "a" + ID[9:], 10.0, 0.004)
    assert burst.enter(last + 0.004) is None
