from django.core.management.base import BaseCommand

from strategy_site.ops.backups import restore


class Command(BaseCommand):
    help = "Replace the database and the media files with those of a backup_site archive."

    def add_arguments(self, parser):
        parser.add_argument("archive")

    def handle(self, *args, archive, **options):
        restore(archive)
        self.stdout.write(f"Restored {archive}")
