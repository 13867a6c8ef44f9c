from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Expert, PartnerOrganisation


class PartnerOrganisationViewSet(SnippetViewSet):
    model = PartnerOrganisation
    icon = "group"
    menu_label = _("Partners")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "acronym", "level"]
    list_filter = ["level"]
    search_fields = ["name", "acronym"]


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "user"
    menu_label = _("Experts")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["full_name", "role", "email"]
    search_fields = ["first_name", "last_name", "role"]


register_snippet(PartnerOrganisationViewSet)
register_snippet(ExpertViewSet)
