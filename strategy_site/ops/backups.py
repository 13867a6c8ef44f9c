"""Backups of the database and the media files in one archive, and their restoration.

An archive is a .tar.gz holding ``manifest.json``, the database (``database.dump``, made by
``pg_dump --format=custom`` on PostgreSQL, or ``database.sqlite3``, a consistent copy made
with SQLite's backup API) and ``media/``. ``make backup`` and ``make restore FILE=…`` call
the ``backup_site`` and ``restore_site`` commands. Media on S3 is not in the archive: the
bucket's own versioning and replication cover it.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connections

POSTGRES = "django.db.backends.postgresql"
SQLITE = "django.db.backends.sqlite3"


def postgres_command(database):
    """Connection arguments and environment for pg_dump/pg_restore from Django's settings."""
    args = ["--dbname", database["NAME"]]
    if database.get("HOST"):
        args += ["--host", database["HOST"]]
    if database.get("PORT"):
        args += ["--port", str(database["PORT"])]
    if database.get("USER"):
        args += ["--username", database["USER"]]
    env = {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}
    return args, env


def backup(destination_dir, alias="default"):
    database = settings.DATABASES[alias]
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    destination_dir = Path(destination_dir)
    destination_dir.mkdir(parents=True, exist_ok=True)
    archive = destination_dir / f"strategy-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        if database["ENGINE"] == POSTGRES:
            dump = work / "database.dump"
            args, env = postgres_command(database)
            subprocess.run(  # noqa: S603
                ["pg_dump", "--format=custom", "--no-owner", "--file", str(dump), *args],  # noqa: S607
                env=env,
                check=True,
            )
        elif database["ENGINE"] == SQLITE:
            dump = work / "database.sqlite3"
            connections[alias].close()
            with sqlite3.connect(database["NAME"]) as source, sqlite3.connect(dump) as copy:
                source.backup(copy)
        else:
            raise ValueError(f"No backup method for {database['ENGINE']}")
        manifest = {"created": stamp, "engine": database["ENGINE"], "database": dump.name}
        (work / "manifest.json").write_text(json.dumps(manifest))
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(work / "manifest.json", arcname="manifest.json")
            tar.add(dump, arcname=dump.name)
            media = Path(settings.MEDIA_ROOT)
            if media.is_dir():
                tar.add(media, arcname="media")
    return archive


def restore(archive, alias="default"):
    """Replace the database and the media files with the archive's."""
    database = settings.DATABASES[alias]
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")  # refuses absolute paths and ../
        manifest = json.loads((work / "manifest.json").read_text())
        if manifest["engine"] != database["ENGINE"]:
            raise ValueError(f"The archive is a {manifest['engine']} backup")
        dump = work / manifest["database"]
        connections[alias].close()
        if database["ENGINE"] == POSTGRES:
            args, env = postgres_command(database)
            subprocess.run(  # noqa: S603
                ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",  # noqa: S607
                 "--single-transaction", "--exit-on-error", *args, str(dump)],
                env=env,
                check=True,
            )  # fmt: skip
        else:
            with sqlite3.connect(dump) as source, sqlite3.connect(database["NAME"]) as target:
                source.backup(target)
        media = Path(settings.MEDIA_ROOT)
        if (work / "media").is_dir():
            shutil.rmtree(media, ignore_errors=True)
            shutil.copytree(work / "media", media)
    # Pages cached before the restore would not match the restored database.
    cache.clear()
