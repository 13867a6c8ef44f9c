from modeltranslation.translator import TranslationOptions, register

from .models import CellPage, Network, ProjectPage


@register(Network)
class NetworkTR(TranslationOptions):
    fields = ("name", "description")


@register(CellPage)
class CellPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(ProjectPage)
class ProjectPageTR(TranslationOptions):
    fields = ("intro", "body", "cooperating_with")
