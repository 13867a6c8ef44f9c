from django.core.management.base import BaseCommand

from strategy_site.search.indexing import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the per-language search rows of every live page."

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(f"Indexed {count} page-language rows.")
