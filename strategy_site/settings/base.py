"""Settings shared by every environment.

Environment-specific modules (dev, test, production) import everything from here and
override only what differs.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

INSTALLED_APPS = [
    # modeltranslation patches the models of every app listed after it, so it comes first.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "strategy_site",
    "strategy_site.search",
    "strategy_site.images",
    "partners",
    "cells",
    "objectives",
    # The translators' tools: status, stale translations, per-language permissions,
    # PO/XLIFF exchange with an agency (see docs/translation.md).
    "strategy_site.translation_status",
    "strategy_site.translation_exchange",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "axes",
    "csp",
]

MIDDLEWARE = [
    # Probes answer before host validation and the HTTPS redirect: a load balancer asks
    # over plain HTTP with its own Host header (strategy_site/ops/health.py).
    "strategy_site.ops.health.HealthCheckMiddleware",
    "strategy_site.ops.request_logging.RequestLogMiddleware",
    # Above the page cache, which stores pages uncompressed; never on a response with a
    # CSRF token (BREACH). Cache hits answered by the WSGI wrapper are gzipped there too
    # (strategy_site/caching/compression.py).
    "strategy_site.caching.compression.PublicGZipMiddleware",
    # Above every middleware that adds headers, so a stored page keeps them all; hits in
    # production are answered even earlier, by the WSGI wrapper (strategy_site/wsgi.py).
    "strategy_site.caching.page_cache.FullPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "strategy_site.ops.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "strategy_site.ops.security.PublicMethodsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "strategy_site.urls"
WSGI_APPLICATION = "strategy_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "strategy_site.caching.site_lookups.site_settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# SQLite under var/ is the embedded default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails the request quickly (503 page) instead of
    # holding a worker: https://www.postgresql.org/docs/current/libpq-connect.html
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Admin login throttling (django-axes) --------------------------------------------------
# Five failures from one address lock it for an hour; one account is locked, from whatever
# addresses, only after twenty, so a stranger cannot lock a known editor out with a few
# tries (strategy_site/ops/login_throttling.py, docs/security.md).
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "strategy_site.ops.login_throttling.AddressAndAccountHandler"
LOGIN_FAILURES_PER_ADDRESS = 5
AXES_FAILURE_LIMIT = 20  # per account, across addresses
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "strategy_site.ops.error_pages.login_locked_out"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password"]
# Reverse proxies in front of the application, each appending to X-Forwarded-For; 0 when
# clients connect directly (development). The client address is the PROXY_COUNT-th entry
# from the right.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "strategy_site.ops.login_throttling.client_ip_address"

# --- Security headers sent in every environment -------------------------------------------
# Content-Security-Policy (django-csp 4): the public pages load scripts, styles, images and
# fonts from this origin only; no inline script, no eval. Wagtail's admin (under /admin/)
# needs inline styles and scripts and gets ADMIN_CONTENT_SECURITY_POLICY instead:
# docs/security.md explains both. Public pages are never framed (frame-ancestors 'none',
# X-Frame-Options DENY); Wagtail's preview lives under /admin/, frames same-origin content
# and marks its views SAMEORIGIN itself (wagtail.utils.decorators).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "frame-ancestors": ["'self'"],
}
ADMIN_URL_PREFIX = "/admin/"
# Permissions-Policy (django-permissions-policy): no camera, microphone or geolocation for
# this site or anything it frames.
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# Outside /admin/, only these paths accept POST (PublicMethodsMiddleware): Wagtail's
# password and login forms for restricted pages and documents.
PUBLIC_POST_PATHS = [
    r"^/(nl|fr|en)/_util/(authenticate_with_password|login)/",
    r"^/documents/authenticate_with_password/",
]
# Published in /.well-known/security.txt (RFC 9116): a mailto: or https: URI. No default:
# an invented address would send reports nowhere. Unset, the file answers 404 and
# `check --deploy` warns (strategy_site.ops.deploy_checks).
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "").strip()

# --- Internationalisation -------------------------------------------------------------
# Dutch is the source language of the content; every public URL carries a language prefix.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", "Nederlands"),
    ("fr", "Français"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# British English dates for "en" (strategy_site/formats/en/formats.py).
FORMAT_MODULE_PATH = ["strategy_site.formats"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

# Field-per-language translation (django-modeltranslation). Wagtail's own i18n (one page
# tree per locale) is deliberately off: see docs/architecture.md.
WAGTAIL_I18N_ENABLED = False
MODELTRANSLATION_DEFAULT_LANGUAGE = "nl"
MODELTRANSLATION_LANGUAGES = ("nl", "fr", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("nl",)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True

WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("fr", "Français"), ("en", "English")]

# --- Static and media -----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files browsers ask for at fixed root URLs (/favicon.ico, /apple-touch-icon.png, the web
# manifest and its icons), served by WhiteNoise under their own names.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
WHITENOISE_MIMETYPES = {".webmanifest": "application/manifest+json"}
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


# --- Cache ------------------------------------------------------------------------------
# Redis when REDIS_URL is set (shared by every app process), local memory otherwise.
# While Redis is down the site serves uncached: after an error the circuit breaker
# (strategy_site/caching/cache_breaker.py) stops asking Redis for CACHE_BREAKER_BACKOFF seconds.
def cache_settings(redis_url):
    if not redis_url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    return {
        "default": {
            "BACKEND": "strategy_site.caching.cache_breaker.CircuitBreakerRedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "strategy",
            "OPTIONS": {
                # The breaker sees each error and answers as a miss instead.
                "IGNORE_EXCEPTIONS": False,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }


CACHES = cache_settings(os.environ.get("REDIS_URL"))
CACHE_BREAKER_BACKOFF = 5  # seconds
# Full-page cache: how long the server keeps a page (it is invalidated on every publish
# anyway), and what browsers and CDNs are told.
# PAGE_CACHE=off serves every page uncached (for diagnosis and for bench/ measurements).
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "on") != "off"
PAGE_CACHE_TIMEOUT = 60 * 60
PAGE_CACHE_MAX_AGE = 60
PAGE_CACHE_STALE_WHILE_REVALIDATE = 300
# The query parameters a public page reads (search terms, list page numbers): the only ones
# a cached page is keyed on. Tracking parameters (shell patterns) are dropped before the
# page renders; a request with any other parameter is neither served from nor stored in the
# page cache. The edge cache applies the same rules (deploy/varnish/default.vcl).
PAGE_CACHE_QUERY_PARAMETERS = ("page", "q")
# Where to send the BAN that drops every page from the edge cache (Varnish) after a content
# change, comma-separated: e.g. http://varnish:8081/ in docker-compose.yml. Empty: no edge.
EDGE_CACHE_BAN_URLS = [url for url in os.environ.get("EDGE_CACHE_BAN_URLS", "").split(",") if url]
PAGE_CACHE_IGNORED_PARAMETERS = (
    "utm_*",
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "igshid",
    "yclid",
    "twclid",
    "li_fat_id",
    "mkt_tok",
)

# --- Wagtail ----------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "perspective.brussels"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: the admin's CSP allows images from this site only, and an avatar request
# would tell a third party who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Draftail; what is not its own JSON becomes a form error
# (strategy_site/editorial/rich_text_input.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "strategy_site.editorial.rich_text_widget.CheckedDraftailRichTextArea"}
}
# The site's image model carries the alt text in every language (strategy_site/images/).
WAGTAILIMAGES_IMAGE_MODEL = "site_images.SiteImage"
# Refuses SVG with a message that says why (strategy_site/images/forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "strategy_site.images.forms.SiteImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_PASSWORD_RESET_ENABLED = True

# --- Language choice --------------------------------------------------------------------
# The switcher remembers the visitor's choice for a year (Django's default is the session).
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
# --- Editorial workflow -----------------------------------------------------------------
# Redirects for changed slugs and moved pages are created in every language by
# strategy_site.i18n.page_redirects; Wagtail's own handler sees only the active language.
WAGTAILREDIRECTS_AUTO_CREATE = False
# wagtail-modeltranslation's language toggle in the editor: shows the fields of the chosen
# languages (Dutch to start with) and remembers the choice between edits.
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True
WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT = ("nl",)
WAGTAILMODELTRANSLATION_LOCALE_PICKER_RESTORE = True
