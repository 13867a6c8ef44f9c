from django.core.management.base import BaseCommand, CommandError

from strategy_site.seed.loader import StrategyLoader
from strategy_site.seed.seed_file import SEED_FILE, SeedFileError


class Command(BaseCommand):
    help = (
        "Builds the strategy's pages, partners, experts and site settings in Dutch, French and "
        "English from strategy_site/seed/strategy.yaml. Safe to run again: it never duplicates "
        "anything and never overwrites an editor's change."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file",
            default=str(SEED_FILE),
            help="The seed file to load (default: %(default)s).",
        )

    def handle(self, *args, **options):
        try:
            loader = StrategyLoader(log=self.stdout.write, path=options["file"])
        except SeedFileError as error:
            raise CommandError(
                f"The seed file was not loaded; nothing was written.\n{error}"
            ) from error
        created, kept = loader.run()
        self.stdout.write(
            self.style.SUCCESS(f"Seed content: {created} objects created, {kept} already there.")
        )
