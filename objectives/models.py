"""The strategy home, its objectives and the results it aims for."""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from partners.models import PartnerLink
from strategy_site.blocks import BODY_HELP_TEXT, PARAGRAPH_FEATURES, BodyBlock
from strategy_site.caching.page_queries import built_once, live_public, with_linked_page
from strategy_site.caching.site_lookups import page_data
from strategy_site.i18n.translated_fields import localized_search_fields
from strategy_site.images.alt_text import AltTextCheckedPageForm
from strategy_site.page_routing import OneQueryRoutingMixin
from strategy_site.site_page import SitePage

from .choices import ResultLevel
from .selectors import home_sections, live_objectives, objective_details, results_by_level


class StrategyPage(OneQueryRoutingMixin, SitePage):
    """The home page: the strategy's introduction and the way into every section."""

    template = "objectives/strategy_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cells.CellPage",
        "objectives.ObjectiveIndexPage",
        "objectives.ResultsPage",
        "partners.PartnerIndexPage",
        "partners.ContactPage",
        "objectives.ContentPage",
        "objectives.AccessibilityStatementPage",
    ]
    max_count = 1

    intro = RichTextField(
        _("introduction"),
        features=PARAGRAPH_FEATURES,
        help_text=_("The lead paragraph at the top of the home page."),
    )
    body = RichTextField(
        _("strategy text"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("The strategy in a few paragraphs, below the introduction."),
    )
    objectives_heading = models.CharField(
        _("objectives heading"),
        max_length=255,
        help_text=_("Heading above the list of the four objectives."),
    )
    objectives_intro = models.TextField(
        _("objectives introduction"),
        blank=True,
        help_text=_("A sentence introducing the objectives, shown under their heading."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("intro"), FieldPanel("body")], heading=_("The strategy")),
        MultiFieldPanel(
            [FieldPanel("objectives_heading"), FieldPanel("objectives_intro")],
            heading=_("Objectives section"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        *localized_search_fields("intro", "body", "objectives_heading", "objectives_intro"),
    ]
    translation_required_fields = ("title", "intro", "objectives_heading")

    class Meta:
        verbose_name = _("strategy home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(request, self))
        return context

    def objective_cards(self):
        """The live, public objectives under the home, without their bodies, for cards."""
        return objective_cards_query().descendant_of(self)


class ObjectiveIndexPage(SitePage):
    template = "objectives/objective_index_page.html"
    parent_page_types = ["objectives.StrategyPage"]
    subpage_types = ["objectives.ObjectivePage"]
    max_count = 1

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of objectives.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, *localized_search_fields("intro")]

    class Meta:
        verbose_name = _("objectives page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["objectives"] = page_data(
            request, self, "objectives", lambda: live_objectives(self, with_body=False)
        )
        return context

    search_listed_fields = ("title", "summary")

    def search_listed_objects(self):
        """The objective cards: searching their words finds this page too (search/indexing.py)."""
        return live_objectives(self, with_body=False)

    def objective_pages(self):
        """The objectives under this page, in page-tree order, live or not."""
        return ObjectivePage.objects.child_of(self)


class ObjectivePage(SitePage):
    template = "objectives/objective_page.html"
    parent_page_types = ["objectives.ObjectiveIndexPage"]
    subpage_types = []
    base_form_class = AltTextCheckedPageForm

    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("The objective's number in the strategy, shown before its title.")
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("The objective in one sentence, shown on the home page and in lists."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("number"), FieldPanel("summary")], heading=_("Objective")),
        FieldPanel("body"),
        InlinePanel(
            "partner_links",
            heading=_("Related partners"),
            label=_("Partner"),
            help_text=_("Partner organisations involved in this objective."),
        ),
    ]
    search_fields = [*Page.search_fields, *localized_search_fields("summary", "body")]
    translation_required_fields = ("title", "slug", "summary")

    class Meta:
        verbose_name = _("objective page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_data(request, self, "details", lambda: objective_details(self)))
        return context

    def served_results(self):
        """The results this objective serves, grouped by results page, each with the link
        fields of its page."""
        if self.pk is None:
            return Result.objects.none()  # an unsaved page serves none yet
        return served_results_query().filter(objectives=self)


class ObjectivePartner(PartnerLink):
    page = ParentalKey(ObjectivePage, on_delete=models.CASCADE, related_name="partner_links")


class ResultsPage(SitePage):
    template = "objectives/results_page.html"
    parent_page_types = ["objectives.StrategyPage"]
    subpage_types = []
    max_count = 1

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the two lists of results.")
    )
    agency_heading = models.CharField(
        _("agency results heading"),
        max_length=255,
        help_text=_("Heading above the results at the level of perspective.brussels."),
    )
    region_heading = models.CharField(
        _("Region results heading"),
        max_length=255,
        help_text=_("Heading above the results at the level of the Brussels-Capital Region."),
    )
    region_intro = models.CharField(
        _("Region results introduction"),
        max_length=255,
        blank=True,
        help_text=_("A lead-in shown before the Region's results, e.g. “Contributing to:”."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("agency_heading"),
                FieldPanel("region_heading"),
                FieldPanel("region_intro"),
            ],
            heading=_("Headings"),
        ),
        InlinePanel(
            "results",
            heading=_("Results"),
            label=_("Result"),
            help_text=_("Each result, its level and the objectives it serves."),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        *localized_search_fields("intro", "agency_heading", "region_heading"),
    ]
    translation_required_fields = ("title", "slug", "agency_heading", "region_heading")

    class Meta:
        verbose_name = _("results page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["result_groups"] = page_data(
            request, self, "result-groups", lambda: results_by_level(self)
        )
        return context

    def results_with_objectives(self):
        """The results, each with the live objectives it serves in page-tree order."""
        objectives = live_public(ObjectivePage.objects.order_by("path"))
        return self.results.all().prefetch_related(Prefetch("objectives", queryset=objectives))


@built_once
def served_results_query():
    """Results with their page's link fields (`.filter(objectives=page)` narrows it): built
    per render through the objective's related manager, the queryset cost a third of the
    lookup (bench/render_profile.py --cold, PostgreSQL)."""
    return with_linked_page(Result.objects.all(), "page").order_by("page", "sort_order")


@built_once
def objective_cards_query():
    """Live, public objectives without their bodies (`.descendant_of(home)` narrows it)."""
    return live_public(ObjectivePage.objects.all()).defer_streamfields()


class Result(Orderable, ClusterableModel):
    page = ParentalKey(ResultsPage, on_delete=models.CASCADE, related_name="results")
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=ResultLevel.choices,
        help_text=_("Who the result benefits: the agency or the whole Region."),
    )
    text = models.TextField(_("result"), help_text=_("The expected result, in one sentence."))
    objectives = ParentalManyToManyField(
        ObjectivePage,
        verbose_name=_("objectives served"),
        blank=True,
        related_name="results",
        help_text=_("The objectives that lead to this result."),
    )

    panels = [FieldPanel("level"), FieldPanel("text"), FieldPanel("objectives")]

    class Meta(Orderable.Meta):
        verbose_name = _("result")
        verbose_name_plural = _("results")

    def __str__(self):
        return str(self.text)


class ContentPage(SitePage):
    """A plain page of text (the accessibility statement has a type of its own)."""

    template = "objectives/content_page.html"
    parent_page_types = ["objectives.StrategyPage"]
    subpage_types = []
    base_form_class = AltTextCheckedPageForm

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A lead paragraph shown above the body.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, *localized_search_fields("intro", "body")]
    translation_required_fields = ("title", "slug", "body")

    class Meta:
        verbose_name = _("content page")


# Defined in a module of its own; imported here so that Django registers the models.
from .accessibility_statement import (  # noqa: E402, F401
    AccessibilityStatementPage,
    InaccessibleContent,
)
