"""Everything translators translate: pages, snippets, settings and media, field by field.

`load_items()` reads the whole site in a fixed number of queries (one per model, plus the
latest draft revisions), whatever the number of pages. Pages are read as their latest draft,
because that is what translators work on: a saved translation counts before it is published.
"""

import copy
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import DraftStateMixin, Page, Revision

from strategy_site.i18n.translation_readiness import (
    missing_required_fields,
    object_is_translated,
    required_fields_of,
)

from .field_text import field_kind, field_text

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
# What a field holds, as named to translators (import preview, exported notes).
KIND_LABELS = {
    "text": pgettext_lazy("field kind", "text"),
    "rich_text": pgettext_lazy("field kind", "rich text"),
    "stream": pgettext_lazy("field kind", "blocks"),
}
# Derived from the slugs by Wagtail: never translated by hand.
DERIVED_FIELDS = {"url_path"}


def kind_label(kind):
    return str(KIND_LABELS.get(kind, kind))


def content_languages():
    return [code for code, _name in settings.LANGUAGES]


def target_languages():
    return [code for code in content_languages() if code != SOURCE_LANGUAGE]


def translated_field_names(model):
    """The model's translated fields, in the order its form shows them."""
    try:
        registered = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return []
    return [
        f.name for f in model._meta.fields if f.name in registered and f.name not in DERIVED_FIELDS
    ]


def translatable_children(model):
    """(accessor, child model) for inline rows with translated fields, e.g. a page's results."""
    return [
        (relation.get_accessor_name(), relation.related_model)
        for relation in model._meta.related_objects
        if isinstance(relation.field, ParentalKey)
        and translated_field_names(relation.related_model)
    ]


def _is_child_model(model):
    return any(isinstance(f, ParentalKey) for f in model._meta.fields)


def standalone_models():
    """Translatable models that are not pages nor inline rows: snippets and settings."""
    return [
        model
        for model in translator.get_registered_models(abstract=False)
        if not issubclass(model, Page) and not _is_child_model(model) and not model._meta.proxy
    ]


# The sections that are not page subtrees, by the kind of their items.
NON_PAGE_SECTIONS = {"snippet": "snippets", "setting": "settings", "media": "media"}


def kind_of(model):
    """ "setting", "media" (images, documents) or "snippet": how a non-page model is grouped."""
    if issubclass(model, BaseSiteSetting):
        return "setting"
    if issubclass(model, (AbstractImage, AbstractDocument)):
        return "media"
    return "snippet"


def page_models():
    return [
        model
        for model in translator.get_registered_models(abstract=False)
        if issubclass(model, Page) and model is not Page
    ]


@dataclass
class Section:
    key: str
    title: str


@dataclass
class TranslationUnit:
    """One translatable field of an item (or of one of its inline rows)."""

    item: "TranslatableItem"
    instance: object
    field_name: str
    required: bool

    @property
    def identifier(self):
        return f"{self.instance._meta.label_lower}:{self.instance.pk}:{self.field_name}"

    @cached_property
    def model_field(self):
        return self.instance._meta.get_field(self.field_name)

    @property
    def kind(self):
        return field_kind(self.model_field)

    @property
    def label(self):
        label = str(self.model_field.verbose_name)
        if self.instance is not self.item.obj:
            label = f"{self.instance._meta.verbose_name} {self.instance.pk}: {label}"
        return label[:1].upper() + label[1:]

    def text(self, language):
        return field_text(self.instance, self.field_name, language)

    def form_field_id(self, language):
        return f"id_{self.field_name}_{language}" if self.instance is self.item.obj else ""


@dataclass
class TranslatableItem:
    obj: object
    kind: str
    section: Section
    units: list = field(default_factory=list)

    @property
    def key(self):
        return f"{self.obj._meta.label_lower}:{self.obj.pk}"

    @property
    def label(self):
        if isinstance(self.obj, Page):
            return self.obj.title_nl or self.obj.draft_title or self.obj.title
        return str(self.obj)

    @property
    def type_label(self):
        return self.obj._meta.verbose_name

    @property
    def edit_url(self):
        # Wagtail's registry knows the edit view of pages, snippets, settings, images and
        # documents alike, so a new kind of translatable object needs no case of its own.
        return AdminURLFinder().get_edit_url(self.obj)

    def field_url(self, unit, language):
        anchor = unit.form_field_id(language)
        return f"{self.edit_url}#{anchor}" if anchor else self.edit_url

    def is_translated(self, language):
        """The one definition (`strategy_site.i18n.translation_readiness`), draft included."""
        return object_is_translated(self.obj, language)

    def missing_units(self, language):
        missing = set(missing_required_fields(self.obj, language))
        return [u for u in self.units if u.instance is self.obj and u.field_name in missing]


class _SectionIndex:
    """Sections are the home page's children; a page belongs to the one above it."""

    STEP = Page.steplen

    def __init__(self, pages):
        self.by_path = {page.path: page for page in pages}

    @classproperty
    def snippets(cls):  # noqa: N805
        return Section("snippets", str(_("Snippets")))

    @classproperty
    def settings(cls):  # noqa: N805
        return Section("settings", str(_("Site settings")))

    @classproperty
    def media(cls):  # noqa: N805
        return Section("media", str(_("Images and documents")))

    @classmethod
    def of_kind(cls, kind):
        return {"snippet": cls.snippets, "setting": cls.settings, "media": cls.media}[kind]

    def of(self, page):
        depth = min(page.depth, 3)
        top = self.by_path.get(page.path[: self.STEP * depth], page)
        return Section(str(top.pk), top.title_nl or top.title)


def _draft_objects(objects):
    """Each object as its latest revision when it has unpublished changes (one query).

    Instantiating a page from its revision is slow (a few ms: hundreds of fields). Where
    the model has no translated inline rows, the live object is copied and only its
    translated columns are taken from the revision: that is all translators' tools read.
    Writers load the full revision again (`translation_writer`).
    """
    revision_ids = [
        obj.latest_revision_id
        for obj in objects
        if isinstance(obj, DraftStateMixin)
        and obj.has_unpublished_changes
        and obj.latest_revision_id
    ]
    revisions = Revision.objects.in_bulk(revision_ids) if revision_ids else {}
    drafts = []
    for obj in objects:
        revision = revisions.get(getattr(obj, "latest_revision_id", None))
        if revision is None:
            drafts.append(obj)
        elif translatable_children(type(obj)):
            drafts.append(obj.with_content_json(revision.content))
        else:
            drafts.append(_overlay(obj, revision.content))
    return drafts


def _overlay(obj, content):
    draft = obj.__class__.__new__(obj.__class__)
    draft.__dict__.update(obj.__dict__)
    draft._state = copy.copy(obj._state)
    draft._translation_overlay = True
    for name in translated_field_names(type(obj)):
        model_field = obj._meta.get_field(name)
        for code in content_languages():
            column = build_localized_fieldname(name, code)
            if column in content:
                setattr(draft, column, model_field.to_python(content[column]))
    return draft


def _prefetch_children(objects):
    by_model = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj)
    for model, instances in by_model.items():
        for accessor, _child in translatable_children(model):
            prefetch_related_objects(instances, accessor)


def _units(item):
    """The item's own translated fields, then those of its inline rows (never "required":
    readiness is decided by the item's own fields)."""
    obj = item.obj
    required = set(required_fields_of(obj))
    units = [
        TranslationUnit(item, obj, name, required=name in required)
        for name in translated_field_names(type(obj))
    ]
    for accessor, child_model in translatable_children(type(obj)):
        for row in getattr(obj, accessor).all():
            if row.pk is None:
                continue  # a row added in an unsaved draft has no stable identifier yet
            units.extend(
                TranslationUnit(item, row, name, required=False)
                for name in translated_field_names(child_model)
            )
    return units


def load_items(section=None):
    """Every translatable item of the site, in tree order, then snippets, then settings.

    `section` narrows to the subtree of a page id, or to "snippets", "settings" or "media".
    """
    pages = list(Page.objects.filter(depth__gt=1).order_by("path").specific(defer=False))
    sections = _SectionIndex(pages)
    if section and str(section) not in NON_PAGE_SECTIONS.values():
        top = next((page for page in pages if str(page.pk) == str(section)), None)
        pages = [page for page in pages if top and page.path.startswith(top.path)]
    elif section:
        pages = []
    page_sections = {page.pk: sections.of(page) for page in pages}
    _prefetch_children(pages)
    items = []
    for page in _draft_objects(pages):
        item = TranslatableItem(page, "page", page_sections[page.pk])
        item.units = _units(item)
        items.append(item)

    for model in standalone_models():
        kind = kind_of(model)
        if section and str(section) != NON_PAGE_SECTIONS[kind]:
            continue
        objects = list(model.objects.all())
        _prefetch_children(objects)
        model_section = _SectionIndex.of_kind(kind)
        for obj in _draft_objects(objects):
            item = TranslatableItem(obj, kind, model_section)
            item.units = _units(item)
            items.append(item)
    return items


def sections_of(items):
    seen = {}
    for item in items:
        seen.setdefault(item.section.key, item.section)
    return list(seen.values())


def units_by_identifier(items):
    return {unit.identifier: unit for item in items for unit in item.units}
