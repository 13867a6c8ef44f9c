"""The dev site as visitors get it, for screenshots and Lighthouse (bench/).

DEBUG is off, so that the 404 and 500 pages are the real ones; WhiteNoise serves the
static files from the source folders, as runserver does in development.
"""

from .dev import *  # noqa: F403

DEBUG = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
