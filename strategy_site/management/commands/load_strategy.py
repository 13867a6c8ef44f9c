from django.core.management.base import BaseCommand

from strategy_site.seed.loader import StrategyLoader


class Command(BaseCommand):
    help = (
        "Builds the strategy's pages, partners, experts and site settings in Dutch, French and "
        "English. Safe to run again: it never duplicates or overwrites anything."
    )

    def handle(self, *args, **options):
        loader = StrategyLoader(log=self.stdout.write)
        created, kept = loader.run()
        self.stdout.write(
            self.style.SUCCESS(f"Seed content: {created} objects created, {kept} already there.")
        )
