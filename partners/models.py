"""Partner organisations and contact experts (reusable snippets), and the pages listing them."""

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page
from wagtail.search import index

from strategy_site.caching.site_lookups import page_data, paged_page_data
from strategy_site.i18n.translated_fields import localized_search_fields
from strategy_site.link_validation import validate_link
from strategy_site.site_page import SitePage

from .choices import PartnerLevel
from .selectors import experts_on_page, partners_by_level


class PartnerOrganisationQuerySet(models.QuerySet):
    def in_level_order(self):
        """Regional, Belgian, European, international, then by name, with their logos."""
        level_order = Case(
            *[When(level=level.value, then=Value(rank)) for rank, level in enumerate(PartnerLevel)],
            output_field=IntegerField(),
        )
        return self.select_related("logo").order_by(level_order, "name")


class PartnerOrganisation(index.Indexed, models.Model):
    name = models.CharField(
        _("official name"),
        max_length=255,
        help_text=_("The organisation's official name in this language."),
    )
    acronym = models.CharField(
        _("acronym"), max_length=40, blank=True, help_text=_("Only if the organisation uses one.")
    )
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=PartnerLevel.choices,
        help_text=_("Groups the partner on the partners page."),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        validators=[validate_link],
        help_text=_("The organisation's site in this language."),
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("One or two sentences on what the organisation does, shown on its card."),
    )

    objects = PartnerOrganisationQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("acronym"), FieldPanel("level")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [FieldPanel("description"), FieldPanel("website"), FieldPanel("logo")],
            heading=_("Presentation"),
        ),
    ]
    search_fields = [
        *localized_search_fields("name", "description"),
        index.SearchField("acronym"),
        index.FilterField("level"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    def __str__(self):
        return str(self.name)


language_codes_validator = RegexValidator(
    r"^[a-z]{2}(, ?[a-z]{2})*$",
    _("Enter two-letter language codes separated by commas, for example: nl, fr, en."),
)


class Expert(index.Indexed, models.Model):
    first_name = models.CharField(_("first name"), max_length=80)
    last_name = models.CharField(_("last name"), max_length=80)
    role = models.CharField(
        _("role"), max_length=255, help_text=_("Job title, shown under the name.")
    )
    department = models.CharField(
        _("department"), max_length=255, blank=True, help_text=_("Leave empty if not relevant.")
    )
    email = models.EmailField(
        _("e-mail address"),
        blank=True,
        help_text=_("Shown obfuscated against harvesting. Leave empty to show no address."),
    )
    phone = models.CharField(
        _("phone number"),
        max_length=40,
        blank=True,
        help_text=_("International format, e.g. +32 2 000 00 00."),
    )
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    languages_spoken = models.CharField(
        _("languages spoken"),
        max_length=60,
        blank=True,
        validators=[language_codes_validator],
        help_text=_("Two-letter codes separated by commas, for example: nl, fr, en."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("first_name"), FieldPanel("last_name"), FieldPanel("photo")],
            heading=_("Person"),
        ),
        MultiFieldPanel(
            [FieldPanel("role"), FieldPanel("department"), FieldPanel("languages_spoken")],
            heading=_("Role"),
        ),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Contact details")),
    ]
    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        *localized_search_fields("role", "department"),
    ]

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"

    @property
    def spoken_language_names(self):
        """The spoken languages, named in the visitor's language."""
        codes = [code.strip() for code in self.languages_spoken.split(",") if code.strip()]
        names = []
        for code in codes:
            try:
                names.append(get_language_info(code)["name_translated"])
            except KeyError:
                names.append(code)
        return names


class PartnerLink(Orderable):
    """A partner shown on a page, in the editors' order (project and objective pages).

    Each page type's row adds its own `page` key (a ParentalKey with
    `related_name="partner_links"`); the partner and its panel are the same everywhere.
    """

    partner = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = True


class PartnerIndexPage(SitePage):
    template = "partners/partner_index_page.html"
    parent_page_types = ["objectives.StrategyPage"]
    subpage_types = []
    max_count = 1

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of partners.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, *localized_search_fields("intro")]

    class Meta:
        verbose_name = _("partners page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partner_groups"], context["partner_page"] = paged_page_data(
            request,
            self,
            "partners",
            lambda: partners_by_level(PartnerOrganisation.objects.in_level_order(), request),
            slice_of=lambda found: found[1],
        )
        return context

    # Search: the partner cards are part of what this page shows (search/indexing.py).
    search_listed_model = "partners.PartnerOrganisation"
    search_listed_fields = ("name", "description")

    def search_listed_objects(self):
        return PartnerOrganisation.objects.in_level_order()


class ContactPage(SitePage):
    template = "partners/contact_page.html"
    parent_page_types = ["objectives.StrategyPage"]
    subpage_types = []
    max_count = 1

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the contact cards.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "expert_placements",
            heading=_("Experts"),
            label=_("Expert"),
            help_text=_("The experts shown on this page, in this order."),
        ),
    ]
    search_fields = [*Page.search_fields, *localized_search_fields("intro")]

    class Meta:
        verbose_name = _("contact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["experts"] = page_data(request, self, "experts", lambda: experts_on_page(self))
        return context


class ContactPageExpert(Orderable):
    page = ParentalKey(ContactPage, on_delete=models.CASCADE, related_name="expert_placements")
    expert = models.ForeignKey(
        Expert, verbose_name=_("expert"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("expert")]

    @classmethod
    def reachable(cls):
        """Placements of experts who can be reached: an e-mail address or a phone number.

        The footer's link to the contact page and the content-health report both ask this.
        """
        return cls.objects.exclude(expert__email="", expert__phone="")

    class Meta(Orderable.Meta):
        verbose_name = _("expert on the contact page")
