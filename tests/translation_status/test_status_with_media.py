"""The status view on a site whose libraries hold images and documents, as every real one does."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.factories import image_with_alt_text

pytestmark = pytest.mark.django_db

STATUS_URLS = [
    "/admin/translation-status/",
    "/admin/translation-status/?language=fr",
    "/admin/translation-status/?language=en&status=missing",
    "/admin/translation-status/?section=snippets",
    "/admin/translation-status/?section=settings",
]


@pytest.fixture
def media_library():
    image = image_with_alt_text("Tour & Taxis", nl="Het Tour & Taxis-gebouw")
    document = get_document_model().objects.create(
        title="Strategienota",
        file=ContentFile(b"%PDF-1.4 test", name="strategie.pdf"),
        collection=Collection.get_first_root_node(),
    )
    return image, document


@pytest.mark.parametrize("url", STATUS_URLS)
def test_status_view_opens_with_images_and_documents_in_the_library(
    admin_client, media_library, url
):
    response = admin_client.get(url)

    assert response.status_code == 200


def test_an_image_missing_its_french_alt_text_links_to_the_image_form(admin_client, media_library):
    image, _document = media_library

    page = admin_client.get("/admin/translation-status/?language=fr&status=missing").content
    html = page.decode()

    assert f'data-item="{image._meta.label_lower}:{image.pk}"' in html
    assert f'href="/admin/images/{image.pk}/"' in html
