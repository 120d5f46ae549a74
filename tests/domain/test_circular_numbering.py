"""Circular references CL-YY/NNN: read as typed, written as printed, numbered per year."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liaison_app.domain.circular_numbering import (
    CircularNumber,
    format_reference,
    next_number,
    normalize_reference,
    parse_reference,
)


def test_the_reference_of_the_wsis_circular():
    assert parse_reference("CL-22/009") == CircularNumber(2022, 9)
    assert format_reference(2022, 9) == "CL-22/009"
    assert str(CircularNumber(2022, 9)) == "CL-22/009"


@pytest.mark.parametrize("typed", ["cl-22/9", " CL - 22 / 009 ", "Cl-22/0009"])
def test_what_people_type_is_read(typed):
    assert normalize_reference(typed) == "CL-22/009"


def test_numbers_above_999_take_four_digits():
    assert format_reference(2031, 1234) == "CL-31/1234"
    assert parse_reference("CL-31/1234") == CircularNumber(2031, 1234)


@pytest.mark.parametrize("bad", ["", "CL-2022/009", "CL-22/", "DM-22/009", "CL-22/0", "22/009"])
def test_what_is_not_a_reference_is_refused(bad):
    with pytest.raises(ValueError, match=r"not a reference|outside"):
        parse_reference(bad)


def test_the_next_number_follows_the_highest_and_keeps_gaps():
    assert next_number([]) == 1
    assert next_number([1, 2, 3]) == 4
    assert next_number([1, 9]) == 10  # 2 to 8 were cancelled: never handed out again


@given(st.integers(2000, 2099), st.integers(1, 9999))
def test_format_and_parse_agree(year, number):
    reference = format_reference(year, number)
    assert parse_reference(reference) == CircularNumber(year, number)
    assert parse_reference(reference.lower()).reference == reference
