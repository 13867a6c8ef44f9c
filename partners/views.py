from django.http import Http404, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_safe

from strategy_site.caching.page_queries import live_public
from strategy_site.caching.site_lookups import site_settings_for

from .models import ContactPage, ContactPageExpert, Expert
from .vcard import expert_vcard, vcard_filename


@require_safe
def expert_vcard_download(request, expert_id):
    """The vCard of an expert shown on a published contact page, in the URL's language."""
    live_pages = live_public(ContactPage.objects.all())
    shown = ContactPageExpert.objects.filter(page__in=live_pages).values("expert_id")
    expert = Expert.objects.filter(pk=expert_id, pk__in=shown).first()
    if expert is None:
        raise Http404
    organisation = site_settings_for(request).organisation_name
    body = expert_vcard(expert, organisation, translation.get_language())
    response = HttpResponse(body.encode("utf-8"), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{vcard_filename(expert)}"'
    return response
