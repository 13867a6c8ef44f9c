"""The accessibility statement, structured as the EU model statement asks.

Commission Implementing Decision (EU) 2018/1523 sets out what a statement under the Web
Accessibility Directive (EU) 2016/2102 contains: the compliance status, the content that is
not accessible and why, when and how the statement was prepared and reviewed, a feedback
channel and the enforcement procedure. Each is a field here, so that none can be left out
unnoticed: the content-health report lists the ones still empty.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from strategy_site.caching.site_lookups import page_data
from strategy_site.i18n.translated_fields import localized_search_fields
from strategy_site.link_validation import validate_link
from strategy_site.site_page import SitePage


class ComplianceStatus(models.TextChoices):
    FULLY = "fully", _("Fully compliant")
    PARTIALLY = "partially", _("Partially compliant")
    NOT = "not", _("Not compliant")


class AssessmentMethod(models.TextChoices):
    SELF = "self", _("Self-assessment")
    THIRD_PARTY = "third-party", _("Assessment by a third party")


class InaccessibilityReason(models.TextChoices):
    NON_COMPLIANCE = "non-compliance", _("Non-compliance with the accessibility requirements")
    DISPROPORTIONATE_BURDEN = "disproportionate-burden", _("Disproportionate burden")
    OUT_OF_SCOPE = "out-of-scope", _("Content outside the scope of the applicable legislation")


class AccessibilityStatementPage(SitePage):
    template = "objectives/accessibility_statement_page.html"
    parent_page_types = ["objectives.StrategyPage"]
    subpage_types = []
    max_count = 1

    intro = models.TextField(
        _("commitment and scope"),
        blank=True,
        help_text=_(
            "Who commits to making which website accessible, under which legislation. "
            "Shown first."
        ),
    )
    compliance_status = models.CharField(
        _("compliance status"),
        max_length=20,
        choices=ComplianceStatus.choices,
        help_text=_(
            "Against WCAG 2.1 level AA. “Fully” only when every requirement is met; "
            "“partially” when the content below is not accessible or not all was checked."
        ),
    )
    compliance_explanation = models.TextField(
        _("explanation of the status"),
        blank=True,
        help_text=_("Why the website has this status, shown under it."),
    )
    prepared_on = models.DateField(
        _("date of preparation"), help_text=_("When this statement was first prepared.")
    )
    reviewed_on = models.DateField(
        _("date of the last review"),
        null=True,
        blank=True,
        help_text=_(
            "When the statement was last checked against the website. Review it at least "
            "once a year: the content-health report flags older statements."
        ),
    )
    assessment_method = models.CharField(
        _("assessment method"),
        max_length=20,
        choices=AssessmentMethod.choices,
        help_text=_("How compliance was assessed."),
    )
    assessment_details = models.TextField(
        _("how the website was assessed"),
        blank=True,
        help_text=_("The checks actually carried out, e.g. the automated tests and their tool."),
    )
    feedback_email = models.EmailField(
        _("feedback e-mail address"),
        blank=True,
        help_text=_(
            "Where visitors report accessibility problems and ask for content in an "
            "accessible form. The EU model statement requires a feedback channel: fill this "
            "in, or the organisation's contact channels from the site settings are shown."
        ),
    )
    enforcement_body = models.TextField(
        _("enforcement body"),
        blank=True,
        help_text=_(
            "The body a visitor can turn to when our answer is unsatisfactory, with its "
            "contact details, as designated under the legislation that applies to the "
            "organisation. Required by the EU model statement; ask the legal department for "
            "it rather than guessing."
        ),
    )
    enforcement_url = models.URLField(
        _("enforcement procedure address"),
        blank=True,
        validators=[validate_link],
        help_text=_("The web page that describes the enforcement procedure, in this language."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("compliance_explanation")],
            heading=_("Compliance status"),
        ),
        InlinePanel(
            "inaccessible_items",
            heading=_("Non-accessible content"),
            label=_("Non-accessible content"),
            help_text=_("Each part of the website that is not accessible, and why."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("prepared_on"),
                FieldPanel("reviewed_on"),
                FieldPanel("assessment_method"),
                FieldPanel("assessment_details"),
            ],
            heading=_("Preparation of this statement"),
        ),
        FieldPanel("feedback_email"),
        MultiFieldPanel(
            [FieldPanel("enforcement_body"), FieldPanel("enforcement_url")],
            heading=_("Enforcement procedure"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        *localized_search_fields("intro", "compliance_explanation", "assessment_details"),
    ]
    translation_required_fields = ("title", "slug", "compliance_explanation")

    class Meta:
        verbose_name = _("accessibility statement")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["inaccessible_groups"] = page_data(
            request, self, "inaccessible", lambda: inaccessible_by_reason(self)
        )
        return context


def inaccessible_by_reason(page):
    items = list(page.inaccessible_items.all())
    return [
        {"reason": reason, "items": members}
        for reason in InaccessibilityReason
        if (members := [item for item in items if item.reason == reason.value])
    ]


class InaccessibleContent(Orderable):
    page = ParentalKey(
        AccessibilityStatementPage, on_delete=models.CASCADE, related_name="inaccessible_items"
    )
    reason = models.CharField(
        _("reason"), max_length=30, choices=InaccessibilityReason.choices
    )
    description = models.TextField(
        _("description"),
        help_text=_("What is not accessible, and, where there is one, the accessible alternative."),
    )

    panels = [FieldPanel("reason"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("non-accessible content")
