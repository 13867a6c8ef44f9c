"""The content-health report in the admin, and its summary on the dashboard."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from strategy_site.editorial.content_health import content_health_rules
from strategy_site.i18n.translated_fields import content_languages


class ContentHealthView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Content health")
    header_icon = "warning"
    template_name = "strategy_site/content_health/report.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rules"] = content_health_rules()
        context["languages"] = content_languages()
        return context


class ContentHealthPanel(Component):
    name = "content_health"
    template_name = "strategy_site/dashboard/content_health.html"
    order = 210

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rules"] = [rule for rule in content_health_rules() if rule.findings]
        context["languages"] = content_languages()
        return context
