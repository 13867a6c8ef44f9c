"""What search engines read: canonical URL, hreflang alternates, Open Graph and JSON-LD.

Every language version of a page has its own URL. A language counts among a page's
alternates only when `page_is_translated` says so; `x-default` is the Dutch version. An
untranslated version (shown in Dutch, with a notice) names the Dutch page as its canonical,
so search engines index the original rather than a copy.

Everything here reads the page object already loaded and the per-request site root paths:
no query per language or per item.
"""

import json

from django.utils import translation
from django.utils.safestring import mark_safe

from strategy_site.i18n.page_urls import page_url
from strategy_site.i18n.translated_fields import content_languages, source_language
from strategy_site.i18n.translation_readiness import page_is_translated

# Open Graph wants a territory: the site speaks to Brussels.
OPEN_GRAPH_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}


def page_full_url(page, language, request):
    """The page's absolute URL in `language`, on the host the visitor asked for (the same
    host the sitemap and robots.txt name)."""
    return request.build_absolute_uri(page_url(page, language, request))


def page_alternates(page, request):
    """[(language, absolute URL)] for the languages the page is really translated into."""
    return [
        (language, page_full_url(page, language, request))
        for language in content_languages()
        if page_is_translated(page, language)
    ]


def metadata(urls, language=None):
    """Canonical URL, hreflang alternates (with x-default) and Open Graph locales, from the
    {language: absolute URL} of the versions that exist."""
    language = language or translation.get_language()
    source = urls[source_language()]
    return {
        "canonical": urls.get(language) or source,
        "alternates": [*urls.items(), ("x-default", source)],
        "og_locale": OPEN_GRAPH_LOCALES.get(language, language),
        "og_locale_alternates": [
            OPEN_GRAPH_LOCALES[code]
            for code in urls
            if code != language and code in OPEN_GRAPH_LOCALES
        ],
    }


def search_metadata(page, request, language=None):
    """The metadata of a page: only its translated versions are alternates."""
    return metadata(dict(page_alternates(page, request)), language)


def view_metadata(urls_by_language, request, language=None):
    """The metadata of a view that exists in every language (search, printable strategy)."""
    urls = {code: request.build_absolute_uri(url) for code, url in urls_by_language.items()}
    return metadata(urls, language)


# --- JSON-LD (https://schema.org) --------------------------------------------------------
def organisation(site_settings, home_url):
    data = {"@type": "GovernmentOrganization", "name": str(site_settings.organisation_name)}
    if home_url:
        data["url"] = home_url
    if site_settings.address:
        data["address"] = ", ".join(
            line.strip() for line in site_settings.address.splitlines() if line.strip()
        )
    if site_settings.contact_email:
        data["email"] = site_settings.contact_email
    if site_settings.contact_phone:
        data["telephone"] = site_settings.contact_phone
    return data


def home_json_ld(home, site_settings, request):
    language = translation.get_language()
    data = {
        "@context": "https://schema.org",
        **organisation(site_settings, page_full_url(home, language, request)),
    }
    if home.search_description:
        data["description"] = home.search_description
    data["inLanguage"] = language
    return data


def breadcrumb_json_ld(trail, request):
    """A BreadcrumbList from the home down to the page itself."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": str(page.title),
                "item": page_full_url(page, translation.get_language(), request),
            }
            for position, page in enumerate(trail, start=1)
        ],
    }


def person_json_ld(expert, site_settings, home_url):
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": expert.full_name,
        "givenName": expert.first_name,
        "familyName": expert.last_name,
        "jobTitle": str(expert.role),
        "worksFor": organisation(site_settings, home_url),
    }
    if expert.department:
        data["worksFor"]["department"] = {"@type": "Organization", "name": expert.department}
    if expert.email:
        data["email"] = f"mailto:{expert.email}"
    if expert.phone:
        data["telephone"] = expert.phone
    if expert.languages_spoken:
        data["knowsLanguage"] = [
            code.strip() for code in expert.languages_spoken.split(",") if code.strip()
        ]
    return data


def json_ld_script(data):
    """A `<script type="application/ld+json">` whose content cannot close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
