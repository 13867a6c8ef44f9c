"""Dates written out in each language: French makes the first of the month an ordinal."""

import datetime
import zoneinfo

import pytest
from django.template import Context, Template
from django.utils import translation

WRITE = Template("{% load date_tags %}{{ when|long_date }}")


def written(when, language):
    with translation.override(language):
        return WRITE.render(Context({"when": when}))


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("fr", "1er décembre 2026", "2 décembre 2026"),
        ("nl", "1 december 2026", "2 december 2026"),
        ("en", "1 December 2026", "2 December 2026"),
    ],
)
def test_the_first_of_the_month_is_an_ordinal_in_french_only(language, first, second):
    assert written(datetime.date(2026, 12, 1), language) == first
    assert written(datetime.date(2026, 12, 2), language) == second


def test_a_moment_is_dated_by_the_day_it_is_in_brussels():
    # 23:30 UTC on 30 November is already 1 December in Brussels; 1 December 23:30 in
    # Brussels is still the first, although it is 22:30 UTC.
    late_in_november = datetime.datetime(2026, 11, 30, 23, 30, tzinfo=datetime.UTC)
    end_of_the_first = datetime.datetime(
        2026, 12, 1, 23, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Brussels")
    )

    assert written(late_in_november, "fr") == "1er décembre 2026"
    assert written(end_of_the_first, "fr") == "1er décembre 2026"
    assert written(datetime.datetime(2026, 12, 1, 23, 30, tzinfo=datetime.UTC), "fr") == (
        "2 décembre 2026"
    )


def test_no_date_writes_nothing():
    assert written(None, "fr") == ""
