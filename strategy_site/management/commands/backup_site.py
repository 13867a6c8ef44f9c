from django.conf import settings
from django.core.management.base import BaseCommand

from strategy_site.ops.backups import backup


class Command(BaseCommand):
    help = (
        "Write the database and the media files to one archive "
        "(see strategy_site/ops/backups.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=str(settings.BASE_DIR / "backups"))

    def handle(self, *args, output_dir, **options):
        archive = backup(output_dir)
        self.stdout.write(str(archive))
