from modeltranslation.translator import TranslationOptions, register

from .models import (
    AccessibilityStatementPage,
    ContentPage,
    InaccessibleContent,
    ObjectiveIndexPage,
    ObjectivePage,
    Result,
    ResultsPage,
    StrategyPage,
)


@register(StrategyPage)
class StrategyPageTR(TranslationOptions):
    fields = ("intro", "body", "objectives_heading", "objectives_intro")


@register(ObjectiveIndexPage)
class ObjectiveIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ObjectivePage)
class ObjectivePageTR(TranslationOptions):
    fields = ("summary", "body")


@register(ResultsPage)
class ResultsPageTR(TranslationOptions):
    fields = ("intro", "agency_heading", "region_heading", "region_intro")


@register(Result)
class ResultTR(TranslationOptions):
    fields = ("text",)


@register(ContentPage)
class ContentPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(AccessibilityStatementPage)
class AccessibilityStatementPageTR(TranslationOptions):
    fields = (
        "intro",
        "compliance_explanation",
        "assessment_details",
        "enforcement_body",
        "enforcement_url",
    )


@register(InaccessibleContent)
class InaccessibleContentTR(TranslationOptions):
    fields = ("description",)
