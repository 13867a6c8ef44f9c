from modeltranslation.translator import TranslationOptions, register

from strategy_site.models import FooterLink, SiteSettings


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("organisation_name", "address", "contact_form_url")


@register(FooterLink)
class FooterLinkTR(TranslationOptions):
    fields = ("label", "url")
