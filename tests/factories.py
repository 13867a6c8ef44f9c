"""Factories for content the seed does not contain: projects, networks, more partners."""

import factory
from wagtail.rich_text import RichText

from cells.models import Network, ProjectPage
from partners.models import Expert, PartnerLevel, PartnerOrganisation

USER_PASSWORD = "a-long-test-password"


def member_of(user_model, group_name, username):
    """A user in one of the groups the roles migration creates, with `USER_PASSWORD`."""
    from django.contrib.auth.models import Group

    user = user_model.objects.create_user(username, f"{username}@example.org", USER_PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def trilingual(field, template):
    """Per-language values for `field`, e.g. name_nl="Partner 3 (nl)"."""
    return {
        f"{field}_{code}": factory.Sequence(lambda n, code=code: template.format(n=n, lang=code))
        for code in ("nl", "fr", "en")
    }


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerOrganisation

    level = PartnerLevel.EUROPEAN
    locals().update(trilingual("name", "Partner {n} ({lang})"))
    locals().update(trilingual("description", "Description {n} ({lang})"))


class ExpertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Expert

    first_name = factory.Sequence(lambda n: f"Expert{n}")
    last_name = "Tester"
    locals().update(trilingual("role", "Role {n} ({lang})"))


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network

    website = "https://network.example.org"
    locals().update(trilingual("name", "Network {n} ({lang})"))


def add_project(cell_page, number, **extra):
    """A published project under the Cell, with text and slugs in all three languages."""
    fields = {}
    for code in ("nl", "fr", "en"):
        fields[f"title_{code}"] = f"Project {number} {code}"
        fields[f"slug_{code}"] = f"project-{number}-{code}"
        fields[f"intro_{code}"] = f"Intro of project {number} in {code}"
        fields[f"body_{code}"] = [("paragraph", RichText(f"<p>Body {number} {code}</p>"))]
    fields.update(extra)
    project = ProjectPage(title=fields["title_nl"], slug=fields["slug_nl"], **fields)
    cell_page.add_child(instance=project)
    project.save_revision().publish()
    return project


def image_with_alt_text(title="Brussels skyline", **alt_text):
    """An uploaded image; `alt_text` maps language codes to its alt text, e.g. nl="…"."""
    from wagtail.models import Collection
    from wagtail_factories import ImageFactory

    fields = {f"description_{code}": text for code, text in alt_text.items()}
    # In the root collection, where the Editors' and Moderators' image permissions apply.
    return ImageFactory(title=title, collection=Collection.get_first_root_node(), **fields)


def png_upload(name="photo.png", size=(8, 8)):
    """A small PNG file as a browser would upload it."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, "#0a5c7a").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")
