"""Content health: what a careful editor must fill in and cannot see from the public site.

Each rule returns findings: an object to fix, the form that fixes it, and the languages it
is missing in (empty when the gap does not depend on the language). Each rule runs a fixed
number of queries whatever the amount of content, so the report and the dashboard panel
stay as fast with a thousand images as with ten.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from objectives.models import AccessibilityStatementPage, Result
from partners.models import ContactPage, ContactPageExpert, Expert, PartnerOrganisation
from strategy_site.i18n.translated_fields import content_languages, localized_field_names
from strategy_site.models import SiteSettings

REVIEW_INTERVAL = datetime.timedelta(days=365)


@dataclass
class Finding:
    label: str
    edit_url: str
    languages: tuple = ()


@dataclass
class Rule:
    key: str
    title: str
    explanation: str
    findings: list = field(default_factory=list)

    @property
    def counts(self):
        """How many findings concern each language (a language-independent one counts in all)."""
        return {
            code: sum(1 for f in self.findings if not f.languages or code in f.languages)
            for code in content_languages()
        }


def missing_in(instance, field_name):
    return tuple(
        code
        for code, name in zip(content_languages(), localized_field_names(field_name), strict=True)
        if not (getattr(instance, name) or "").strip()
    )


def empty_in_any_language(field_name):
    query = Q()
    for name in localized_field_names(field_name):
        query |= Q(**{name: ""}) | Q(**{f"{name}__isnull": True})
    return query


def snippet_edit_url(instance):
    return reverse(type(instance).snippet_viewset.get_url_name("edit"), args=[instance.pk])


def page_edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def settings_edit_url(site):
    return reverse("wagtailsettings:edit", args=["strategy_site", "sitesettings", site.pk])


def default_site():
    return Site.objects.filter(is_default_site=True).first()


def contact_rule():
    """No organisation channel and no expert on the contact page who can be reached."""
    site = default_site()
    settings = SiteSettings.for_site(site) if site else None
    contact_page = ContactPage.objects.live().first()
    findings = []
    if (
        site
        and contact_page
        and not settings.contact_channels
        and not ContactPageExpert.reachable().filter(page=contact_page).exists()
    ):
        findings.append(Finding(str(_("Site settings: contact channels")), settings_edit_url(site)))
    return Rule(
        "contact",
        _("No contact channel on the contact page"),
        _(
            "Neither the site settings nor the experts on the contact page give an e-mail "
            "address, phone number, postal address or contact form: visitors cannot reach "
            "anyone."
        ),
        findings,
    )


def unreachable_experts_rule():
    experts = Expert.objects.filter(email="", phone="").order_by("last_name", "first_name")
    return Rule(
        "experts",
        _("Experts without any contact"),
        _("Experts with neither an e-mail address nor a phone number."),
        [Finding(expert.full_name, snippet_edit_url(expert)) for expert in experts],
    )


def images_without_alt_text_rule():
    images = get_image_model().objects.filter(empty_in_any_language("description"))
    return Rule(
        "alt-text",
        _("Images without alt text"),
        _("Screen readers have nothing to read for these images in the languages shown."),
        [
            Finding(image.title, reverse("wagtailimages:edit", args=[image.pk]), languages)
            for image in images.order_by("title")
            if (languages := missing_in(image, "description"))
        ],
    )


def pages_without_search_description_rule():
    pages = (
        Page.objects.filter(depth__gt=1)
        .filter(empty_in_any_language("search_description"))
        .order_by("path")
    )
    return Rule(
        "search-description",
        _("Pages without a search description"),
        _("Search engines and the home page's section cards show this summary."),
        [
            Finding(page.title, page_edit_url(page.pk), languages)
            for page in pages
            if (languages := missing_in(page, "search_description"))
        ],
    )


def unlinked_results_rule():
    """Only once editors link results to objectives: the seed links none, by design."""
    results = Result.objects.annotate(linked=Count("objectives")).select_related("page")
    results = list(results.order_by("page__path", "sort_order"))
    uses_links = any(result.linked for result in results)
    findings = []
    if uses_links:
        findings = [
            Finding(str(result.text), page_edit_url(result.page_id))
            for result in results
            if not result.linked
        ]
    return Rule(
        "results",
        _("Results not linked to any objective"),
        _(
            "Some results are linked to the objectives that lead to them; these are not. "
            "Link them only where the strategy says so."
        ),
        findings,
    )


def partners_without_website_rule():
    partners = PartnerOrganisation.objects.filter(empty_in_any_language("website"))
    return Rule(
        "partner-websites",
        _("Partners without a website"),
        _("Give the organisation's own official site, in each language it offers."),
        [
            Finding(str(partner.name), snippet_edit_url(partner), languages)
            for partner in partners.order_by("name")
            if (languages := missing_in(partner, "website"))
        ],
    )


def accessibility_statement_rule(today=None):
    """Review date over a year old, and the EU model's facts nobody has given yet."""
    today = today or timezone.localdate()
    site = default_site()
    settings = SiteSettings.for_site(site) if site else None
    findings = []
    for statement in AccessibilityStatementPage.objects.order_by("path"):
        url = page_edit_url(statement.pk)
        reviewed = statement.reviewed_on or statement.prepared_on
        if today - reviewed > REVIEW_INTERVAL:
            findings.append(Finding(str(_("Review date over a year old")), url))
        if not statement.feedback_email and not (settings and settings.contact_channels):
            findings.append(Finding(str(_("No feedback channel")), url))
        if languages := missing_in(statement, "enforcement_body"):
            findings.append(Finding(str(_("No enforcement body")), url, languages))
    return Rule(
        "accessibility",
        _("Accessibility statement to complete or review"),
        _(
            "The EU model statement needs a review at least once a year, a feedback channel "
            "and the enforcement body."
        ),
        findings,
    )


def content_health_rules():
    return [
        contact_rule(),
        unreachable_experts_rule(),
        images_without_alt_text_rule(),
        pages_without_search_description_rule(),
        unlinked_results_rule(),
        partners_without_website_rule(),
        accessibility_statement_rule(),
    ]
