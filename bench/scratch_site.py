"""Django for the benches that build a site of their own: a new SQLite file under var/.

`DATABASE_URL` and `DJANGO_SETTINGS_MODULE` from the environment win, so a bench can be
pointed at PostgreSQL; the caller migrates and fills the database it gets.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def start_django(prefix):
    """Set Django up on a database in a new directory named after `prefix`; that directory."""
    (ROOT / "var").mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=prefix, dir=ROOT / "var"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "strategy_site.settings.test")
    import django

    django.setup()
    return workdir
