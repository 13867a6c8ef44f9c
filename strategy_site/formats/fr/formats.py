"""French dates as French typography writes them: "1er décembre 2026", "2 décembre 2026".

The first day of a month is an ordinal in French ("le premier décembre"), written 1er;
every other day is a cardinal. Django's date formats have no letter for that, so the
project names its own format for the first of the month, which the `long_date` filter
(strategy_site/templatetags/date_tags.py) uses on day 1. Everything else comes from
Django's own "fr" module (settings.FORMAT_MODULE_PATH reads this one first).
"""

FIRST_OF_MONTH_DATE_FORMAT = r"j\e\r F Y"  # 1er décembre 2026
