from django.urls import include, path
from wagtail import hooks

from . import urls


@hooks.register("register_admin_urls")
def register_translation_exchange_urls():
    return [path("translation-exchange/", include(urls, namespace="translation_exchange"))]
