from modeltranslation.translator import TranslationOptions, register

from .models import SiteImage


@register(SiteImage)
class SiteImageTR(TranslationOptions):
    fields = ("description",)
