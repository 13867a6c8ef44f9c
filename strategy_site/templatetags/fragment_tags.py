"""Rendered parts of a page that stay the same until the content changes.

    {% versioned_fragment "header" page language_urls %}…{% endversioned_fragment %}

renders its content once per content version, site, active language and the values
named after the fragment's name (a page counts by its id), and reuses the HTML until a
change bumps the content version (strategy_site/caching/content_version.py). The content must
depend on nothing else: not on the visitor, the query string, the host name (absolute
URLs) or the time. Previews are always rendered. A deploy's `migrate` bumps the content
version, so fragments of the previous templates are not reused (docs/caching.md).
"""

import hashlib

from django import template
from django.db.models import Model
from django.utils import translation
from wagtail.models import Site

from strategy_site.caching.site_lookups import versioned

register = template.Library()


def key_part(value):
    if isinstance(value, Model):
        return f"{value._meta.label_lower}:{value.pk}"
    if isinstance(value, dict):
        return repr(sorted((str(key), str(item)) for key, item in value.items()))
    if value is None or value == "":
        return "-"
    return str(value)


class VersionedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if request is None:
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        parts = [site.pk if site else "-", translation.get_language()]
        parts += [key_part(value.resolve(context)) for value in self.vary_on]
        digest = hashlib.md5("\n".join(map(str, parts)).encode(), usedforsecurity=False)
        key = f"fragment:{self.name.resolve(context)}:{digest.hexdigest()}"
        # A node's output goes into the page as it is: this is the HTML the template
        # produced, escaped there.
        return versioned(request, key, lambda: str(self.nodelist.render(context)))


@register.tag
def versioned_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name.")
    nodelist = parser.parse(("endversioned_fragment",))
    parser.delete_first_token()
    return VersionedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
