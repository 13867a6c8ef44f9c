from modeltranslation.translator import TranslationOptions, register

from .models import ContactPage, Expert, PartnerIndexPage, PartnerOrganisation


@register(PartnerOrganisation)
class PartnerOrganisationTR(TranslationOptions):
    fields = ("name", "website", "description")


@register(Expert)
class ExpertTR(TranslationOptions):
    fields = ("role", "department")


@register(PartnerIndexPage)
class PartnerIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ContactPage)
class ContactPageTR(TranslationOptions):
    fields = ("intro",)
