"""The transversal Cell, its cooperation projects and the networks it takes part in."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from partners.models import PartnerLink
from strategy_site.blocks import BODY_HELP_TEXT, BodyBlock
from strategy_site.caching.site_lookups import page_data, paged_page_data
from strategy_site.i18n.translated_fields import localized_search_fields
from strategy_site.images.alt_text import AltTextCheckedPageForm
from strategy_site.link_validation import validate_link
from strategy_site.site_page import SitePage

from .selectors import live_projects, networks_of


class Network(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255, help_text=_("The network's name."))
    website = models.URLField(_("website"), blank=True, validators=[validate_link])
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the network is and why perspective.brussels takes part."),
    )

    panels = [FieldPanel("name"), FieldPanel("website"), FieldPanel("description")]
    search_fields = localized_search_fields("name", "description")

    class Meta:
        ordering = ["name"]
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def __str__(self):
        return str(self.name)


class CellPage(SitePage):
    template = "cells/cell_page.html"
    parent_page_types = ["objectives.StrategyPage"]
    subpage_types = ["cells.ProjectPage"]
    max_count = 1
    base_form_class = AltTextCheckedPageForm

    intro = models.TextField(
        _("introduction"), help_text=_("One or two sentences shown in bold above the body.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel(
            "network_memberships",
            heading=_("Networks"),
            label=_("Network"),
            help_text=_("Networks in which the Cell represents perspective.brussels."),
        ),
    ]
    search_fields = [*Page.search_fields, *localized_search_fields("intro", "body")]
    translation_required_fields = ("title", "slug", "intro")

    class Meta:
        verbose_name = _("Cell page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["networks"] = page_data(request, self, "networks", lambda: networks_of(self))
        context["projects"] = paged_page_data(
            request, self, "projects", lambda: live_projects(self, request)
        )
        return context

    def project_pages(self):
        """The projects under this Cell, in page-tree order, live or not."""
        return ProjectPage.objects.child_of(self)


class CellNetwork(Orderable):
    page = ParentalKey(CellPage, on_delete=models.CASCADE, related_name="network_memberships")
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("network")]


class ProjectPage(SitePage):
    template = "cells/project_page.html"
    parent_page_types = ["cells.CellPage"]
    subpage_types = []
    base_form_class = AltTextCheckedPageForm

    intro = models.TextField(_("introduction"), help_text=_("What the project is, in a sentence."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT)
    cooperating_with = models.CharField(
        _("cooperating with"),
        max_length=255,
        blank=True,
        help_text=_("The cities, regions or bodies taking part, as shown on the page."),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("cooperating_with"), FieldPanel("start_date"), FieldPanel("end_date")],
            heading=_("Project facts"),
        ),
        FieldPanel("body"),
        InlinePanel("partner_links", heading=_("Partners"), label=_("Partner")),
    ]
    search_fields = [
        *Page.search_fields,
        *localized_search_fields("intro", "body", "cooperating_with"),
    ]
    translation_required_fields = ("title", "slug", "intro")

    class Meta:
        verbose_name = _("project page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = page_data(request, self, "partners", self.linked_partners)
        return context

    def linked_partners(self):
        return [link.partner for link in self.partner_links.all().select_related("partner")]


class ProjectPartner(PartnerLink):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partner_links")
