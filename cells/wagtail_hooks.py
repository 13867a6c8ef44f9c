from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Network


class NetworkViewSet(SnippetViewSet):
    model = Network
    icon = "globe"
    menu_label = _("Networks")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["name", "website"]
    search_fields = ["name"]


register_snippet(NetworkViewSet)
