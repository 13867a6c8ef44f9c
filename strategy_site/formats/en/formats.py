"""English dates as British English writes them: "1 December 2026", not "Dec. 1, 2026".

The site's English is en-GB (og:locale en_GB), but the language code is "en", whose Django
formats are American. Django reads this module first (settings.FORMAT_MODULE_PATH) and falls
back to its own "en" module for anything not named here. Only display formats are set: what
editors type in forms keeps Django's parsing.
"""

DATE_FORMAT = "j F Y"  # 1 December 2026
DATETIME_FORMAT = "j F Y, H:i"  # 1 December 2026, 14:30
MONTH_DAY_FORMAT = "j F"  # 1 December
YEAR_MONTH_FORMAT = "F Y"  # December 2026
SHORT_DATE_FORMAT = "d/m/Y"  # 01/12/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
