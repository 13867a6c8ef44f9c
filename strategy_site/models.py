"""Site-wide settings and the loader's record of the content it created."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from strategy_site.link_validation import validate_link


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=255,
        help_text=_("Shown in the page header, the footer and the page titles."),
    )
    address = models.TextField(
        _("postal address"),
        blank=True,
        help_text=_(
            "Where visitors can write to the organisation, shown in the footer and on the "
            "contact page. One line per address line. Leave empty if there is none to publish."
        ),
    )
    contact_email = models.EmailField(
        _("contact e-mail address"),
        blank=True,
        help_text=_(
            "A mailbox that someone reads, shown in the footer, on the contact page and in the "
            "accessibility statement. Leave empty to show none."
        ),
    )
    contact_phone = models.CharField(
        _("contact phone number"),
        max_length=40,
        blank=True,
        help_text=_("International format, e.g. +32 2 000 00 00. Leave empty to show none."),
    )
    contact_form_url = models.URLField(
        _("contact form address"),
        blank=True,
        validators=[validate_link],
        help_text=_(
            "The address of an online contact form in this language, if the organisation has "
            "one. Leave empty to show none."
        ),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page with the accessibility statement, linked from every footer."),
    )

    panels = [
        FieldPanel("organisation_name"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
                FieldPanel("contact_form_url"),
            ],
            heading=_("Contact"),
            help_text=_(
                "How visitors reach the organisation. The site shows only the channels filled "
                "in here; with none, it promises no contact."
            ),
        ),
        PageChooserPanel("accessibility_page"),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("Footer link")),
        InlinePanel("social_links", heading=_("Social media"), label=_("Social media link")),
    ]

    class Meta:
        verbose_name = _("site settings")

    def __str__(self):
        return str(self.organisation_name)

    @property
    def contact_channels(self):
        """The organisation's ways of being reached that are filled in, in display order."""
        channels = {
            "email": self.contact_email,
            "phone": self.contact_phone,
            "address": self.address,
            "form_url": self.contact_form_url,
        }
        return {name: value for name, value in channels.items() if value}


class FooterLink(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="footer_links")
    label = models.CharField(_("label"), max_length=80, help_text=_("The link text."))
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page of this site. Leave empty to link to an external address."),
    )
    url = models.URLField(
        _("external address"),
        blank=True,
        validators=[validate_link],
        help_text=_("Used when no page is chosen."),
    )

    panels = [FieldPanel("label"), PageChooserPanel("page"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("footer link")

    def __str__(self):
        return str(self.label)

    @property
    def href(self):
        return self.page.url if self.page_id else self.url


class SocialLink(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    network = models.CharField(
        _("network"), max_length=40, help_text=_("The network's name, e.g. LinkedIn.")
    )
    url = models.URLField(
        _("address"),
        validators=[validate_link],
        help_text=_("The address of the organisation's profile."),
    )

    panels = [FieldPanel("network"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")

    def __str__(self):
        return self.network


class SeedRecord(models.Model):
    """What `load_strategy` created, so that a second run never re-creates or overwrites it.

    The record outlives the object: content an editor deleted stays deleted.
    """

    key = models.CharField(max_length=120, unique=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key
