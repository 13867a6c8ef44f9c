"""Builds the strategy's page tree, snippets and settings from the seed file (strategy.yaml).

Each object the loader creates is written down in a SeedRecord under a stable key. A key
that is already recorded is never created again and never overwritten, so a second run
changes nothing, an editor's changes survive every deploy, and deleted content stays deleted.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from cells.models import CellPage
from objectives.models import (
    AccessibilityStatementPage,
    ObjectiveIndexPage,
    ObjectivePage,
    ObjectivePartner,
    Result,
    ResultsPage,
    StrategyPage,
)
from partners.models import (
    ContactPage,
    ContactPageExpert,
    Expert,
    PartnerIndexPage,
    PartnerOrganisation,
)
from strategy_site.i18n.translated_fields import content_languages
from strategy_site.models import SeedRecord, SiteSettings

from .corrections import correct_earlier_seed_values
from .seed_file import SEED_FILE, read_seed

# Seed entries that describe a page but are not fields of it.
NOT_PAGE_FIELDS = {"number", "partners"}


def per_language(model, **fields):
    """Expand {"title": {"nl": ..., "fr": ...}} into {"title_nl": ..., "title_fr": ...}.

    Seed rich text becomes one paragraph block where the model's field is a StreamField.
    """
    values = {}
    for name, translations in fields.items():
        if not isinstance(translations, dict):
            values[name] = translations  # a field with one value for every language
            continue
        is_stream = isinstance(model._meta.get_field(name), StreamField)
        for language in content_languages():
            value = translations[language]
            if is_stream:
                value = [("paragraph", RichText(value))] if value else []
            values[f"{name}_{language}"] = value
    return values


class StrategyLoader:
    def __init__(self, log, path=SEED_FILE):
        self.log = log
        # Read and checked before the transaction starts: a bad file writes nothing.
        self.seed = read_seed(path)
        self.created = 0
        self.kept = 0

    # -- records ---------------------------------------------------------------------
    def recorded(self, key):
        record = SeedRecord.objects.filter(key=key).select_related("content_type").first()
        if record is None:
            return None, False
        model = record.content_type.model_class()
        return model.objects.filter(pk=record.object_id).first(), True

    def record(self, key, instance):
        SeedRecord.objects.create(
            key=key,
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=True),
            object_id=instance.pk,
        )
        self.created += 1

    def ensure(self, key, create):
        """Return the recorded object for `key`, creating it only if never created before."""
        instance, known = self.recorded(key)
        if known:
            self.kept += 1
            return instance
        instance = create()
        self.record(key, instance)
        return instance

    # -- pages -------------------------------------------------------------------------
    def add_page(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def child_page(self, key, parent, page_class, data, *, show_in_menus=True, **extra):
        def create():
            fields = {k: v for k, v in data.items() if k not in extra and k not in NOT_PAGE_FIELDS}
            page = page_class(
                title=data["title"]["nl"],
                slug=data["slug"]["nl"],
                show_in_menus=show_in_menus,
                **per_language(page_class, **fields),
                **extra,
            )
            return self.add_page(parent, page)

        if parent is None:
            instance, known = self.recorded(key)
            self.kept += known
            return instance
        return self.ensure(key, create)

    # -- the whole site ----------------------------------------------------------------
    @transaction.atomic
    def run(self):
        with translation.override("nl"):
            root = self.prepare_root()
            home = self.ensure("page:home", lambda: self.create_home(root))
            partners = self.load_partners()
            experts = self.load_experts()
            if home is None:
                self.log("The home page was deleted by an editor; pages are left as they are.")
            else:
                self.load_pages(home, partners, experts)
            self.load_site_settings()
            correct_earlier_seed_values(self, self.seed)
        return self.created, self.kept

    def prepare_root(self):
        """Give the tree root the per-language columns that predate modeltranslation."""
        root = Page.get_first_root_node()
        if not root.url_path_nl:
            Page.objects.filter(pk=root.pk).update(
                **{f"title_{code}": "Root" for code in content_languages()},
                **{f"slug_{code}": "root" for code in content_languages()},
                **{f"url_path_{code}": "/" for code in content_languages()},
            )
            root.refresh_from_db()
        return root

    def create_home(self, root):
        home = StrategyPage(
            title=self.seed["home"]["title"]["nl"],
            slug="home",
            **per_language(StrategyPage, **self.seed["home"]),
        )
        welcome = [page for page in root.get_children() if page.specific_class is Page]
        if welcome:
            # Wagtail's "Welcome" page from its initial migration shares the slug; move it
            # aside first, then retire it once the site points at the real home.
            Page.objects.filter(pk__in=[page.pk for page in welcome]).update(
                slug="wagtail-welcome",
                **{f"slug_{c}": "wagtail-welcome" for c in content_languages()},
            )
        self.add_page(root, home)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        else:
            site.root_page = home
            site.save()
        for page in welcome:
            if not page.get_children().exists():
                page.delete()
        return home

    def load_pages(self, home, partners, experts):
        self.child_page("page:cell", home, CellPage, self.seed["cell"])
        index = self.child_page(
            "page:objectives", home, ObjectiveIndexPage, self.seed["objective_index"]
        )
        for data in self.seed["objectives"]:
            number = data["number"]
            links = [
                ObjectivePartner(partner=partners[key], sort_order=position)
                for position, key in enumerate(
                    key for key in data.get("partners", []) if partners.get(key)
                )
            ]
            self.child_page(
                f"page:objective-{number}",
                index,
                ObjectivePage,
                data,
                number=number,
                partner_links=links,
            )
        self.ensure("page:results", lambda: self.create_results(home))
        self.child_page("page:partners", home, PartnerIndexPage, self.seed["partner_index"])
        # An explicit sort_order: with none, the database may return them in any order.
        placements = [
            ContactPageExpert(expert=expert, sort_order=index)
            for index, expert in enumerate(e for e in experts if e)
        ]
        self.child_page(
            "page:contact",
            home,
            ContactPage,
            self.seed["contact_page"],
            expert_placements=placements,
        )
        self.ensure("page:accessibility", lambda: self.create_accessibility_statement(home))

    def create_accessibility_statement(self, home):
        data = self.seed["accessibility_page"]
        page = AccessibilityStatementPage(
            title=data["title"]["nl"],
            slug=data["slug"]["nl"],
            show_in_menus=False,
            **per_language(AccessibilityStatementPage, **data),
        )
        return self.add_page(home, page)

    def create_results(self, home):
        results = []
        for index, data in enumerate(self.seed["results"]):
            result = Result(
                level=data["level"], sort_order=index, **per_language(Result, text=data["text"])
            )
            results.append(result)
        page = ResultsPage(
            title=self.seed["results_page"]["title"]["nl"],
            slug=self.seed["results_page"]["slug"]["nl"],
            show_in_menus=True,
            results=results,
            **per_language(ResultsPage, **self.seed["results_page"]),
        )
        return self.add_page(home, page)

    # -- snippets and settings ---------------------------------------------------------
    def load_partners(self):
        partners = {}
        for data in self.seed["partners"]:
            # Descriptions and most websites stay empty: the source gives none.
            empty = dict.fromkeys(content_languages(), "")
            translated = {
                name: data.get(name, empty) for name in ("name", "website", "description")
            }
            fields = per_language(PartnerOrganisation, **translated)
            partners[data["key"]] = self.ensure(
                f"partner:{data['key']}",
                lambda data=data, fields=fields: PartnerOrganisation.objects.create(
                    acronym=data["acronym"], level=data["level"], **fields
                ),
            )
        return partners

    def load_experts(self):
        return [
            self.ensure(
                f"expert:{data['key']}",
                lambda data=data: Expert.objects.create(
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    **per_language(Expert, role=data["role"]),
                ),
            )
            for data in self.seed["experts"]
        ]

    def load_site_settings(self):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return

        def create():
            accessibility, _known = self.recorded("page:accessibility")
            settings = SiteSettings.for_site(site)
            for name, value in per_language(SiteSettings, **self.seed["site_settings"]).items():
                setattr(settings, name, value)
            settings.accessibility_page = accessibility
            settings.save()
            return settings

        self.ensure("settings:site", create)
