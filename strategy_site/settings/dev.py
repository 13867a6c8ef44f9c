"""Local development: DEBUG on, a fixed throwaway key, only loopback hosts."""

import os

from .base import *  # noqa: F403

DEBUG = True
# The default SQLite file and media live in var/, which git ignores: create it on first use.
VAR_DIR.mkdir(exist_ok=True)  # noqa: F405
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key")  # noqa: S105
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
