"""System checks of our own that `manage.py check --deploy` runs before a release."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def security_contact_is_configured(app_configs, **kwargs):
    """security.txt needs a real contact; the site invents none, so it must come from the env."""
    contact = settings.SECURITY_CONTACT
    if not contact:
        return [
            Warning(
                "SECURITY_CONTACT is not set, so /.well-known/security.txt answers 404.",
                hint="Set SECURITY_CONTACT to a mailto: or https: address that someone reads.",
                id="strategy_site.W001",
            )
        ]
    if not contact.startswith(("mailto:", "https://")):
        return [
            Warning(
                "SECURITY_CONTACT must be a mailto: or https: URI (RFC 9116).",
                hint=f"It is {contact!r}.",
                id="strategy_site.W002",
            )
        ]
    return []
