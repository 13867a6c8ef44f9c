"""BENCHMARKS ONLY: fills the site with synthetic projects and partners.

Never run it on a real site: the content is fake, in three languages, and meant to show
how page cost behaves as content grows (see bench/).
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.rich_text import RichText

from cells.models import CellPage, ProjectPage, ProjectPartner
from partners.models import PartnerLevel, PartnerOrganisation
from strategy_site.i18n.translated_fields import content_languages

LEVELS = list(PartnerLevel)


class Command(BaseCommand):
    help = "BENCHMARKS ONLY: adds N synthetic projects and N synthetic partners in three languages."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, required=True, help="How many of each to add.")

    @transaction.atomic
    def handle(self, *args, pages, **options):
        if pages < 1:
            raise CommandError("--pages must be at least 1.")
        cell = CellPage.objects.first()
        if cell is None:
            raise CommandError("Run load_strategy first: the projects go under the Cell page.")
        first = ProjectPage.objects.count() + 1
        partners = PartnerOrganisation.objects.bulk_create(
            [self.partner(number) for number in range(first, first + pages)]
        )
        now = timezone.now()
        for number, partner in zip(range(first, first + pages), partners, strict=True):
            project = cell.add_child(instance=self.project(number, now))
            ProjectPartner.objects.create(page=project, partner=partner)
        self.stdout.write(f"Added {pages} demo projects and {pages} demo partners.")

    def partner(self, number):
        fields = {}
        for code in content_languages():
            fields[f"name_{code}"] = f"Demo partner {number} ({code})"
            fields[f"description_{code}"] = f"Synthetic partner {number} for benchmarks ({code})."
        return PartnerOrganisation(level=LEVELS[number % len(LEVELS)], **fields)

    def project(self, number, now):
        fields = {}
        for code in content_languages():
            fields[f"title_{code}"] = f"Demo project {number} ({code})"
            fields[f"slug_{code}"] = f"demo-project-{number}-{code}"
            fields[f"intro_{code}"] = f"Synthetic project {number} for benchmarks ({code})."
            fields[f"body_{code}"] = [
                ("paragraph", RichText(f"<p>Benchmark content {number} ({code}).</p>"))
            ]
        return ProjectPage(
            title=fields["title_nl"],
            slug=fields["slug_nl"],
            first_published_at=now,
            last_published_at=now,
            **fields,
        )
