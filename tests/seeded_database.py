"""The test database: migrated and seeded once per run, then copied for each xdist worker.

Migrating (200-odd migrations) and seeding cost far more than anything a test does, so one
process of the run builds a template under a file lock and every process clones it with
Django's own test-database cloning: a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on
PostgreSQL. Names carry the run's id, so two runs on one machine never share a database.

On SQLite the databases are files in WAL mode rather than in memory: the live server's
threads then open connections of their own, as they do on PostgreSQL, instead of borrowing
the test thread's in-memory connection (which they would close after the server stopped).
"""

import fcntl
import io
import os
import sqlite3
from contextlib import closing, contextmanager

import psycopg
from django.conf import settings
from django.core.management import call_command
from django.db import connection

TEMPLATE_NAME_FILE = "seeded-template-name"


def run_id(config):
    # xdist hands the controller's id to every worker; tests/conftest.py sets it.
    workerinput = getattr(config, "workerinput", None)
    return (workerinput["testrunuid"] if workerinput else config.option.testrunuid)[:10]


def shared_directory(tmp_path_factory):
    """A directory every process of this run sees (xdist workers' basetemps sit inside it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextmanager
def locked(path):
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def use_database(name):
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name
    connection.close()


def template_name(config):
    if connection.vendor == "sqlite":
        return None
    return f"test_{connection.settings_dict['NAME']}_{run_id(config)}"


def build_template(directory, config):
    test_settings = connection.settings_dict.setdefault("TEST", {})
    test_settings["NAME"] = template_name(config) or str(directory / "seeded.sqlite3")
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    call_command("load_strategy", stdout=io.StringIO())
    connection.close()
    name = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":
        # WAL is stored in the file, so every copy has it: readers and the writer of the
        # live server's threads and the test thread then do not block each other.
        with closing(sqlite3.connect(name)) as database:
            database.execute("PRAGMA journal_mode=WAL")
    return name


def set_up(tmp_path_factory, config):
    """Point this process at its own copy of the seeded template; returns what to restore."""
    original_name = connection.settings_dict["NAME"]
    directory = shared_directory(tmp_path_factory)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    if connection.vendor == "sqlite":
        options = connection.settings_dict.setdefault("OPTIONS", {})
        # Durability does not matter for a throwaway copy.
        options["init_command"] = "PRAGMA synchronous=OFF"
        # The live server's threads write (sessions, login attempts) one at a time: on a
        # busy machine a thread may wait more than SQLite's default 5 s for the lock.
        options["timeout"] = 60
    with locked(directory / "seeded-template.lock"):
        name_file = directory / TEMPLATE_NAME_FILE
        if name_file.exists():
            use_database(name_file.read_text())
        else:
            name_file.write_text(build_template(directory, config))
        connection.creation.clone_test_db(suffix=worker, verbosity=0, autoclobber=True)
    use_database(connection.creation.get_test_db_clone_settings(worker)["NAME"])
    return original_name


def tear_down(original_name):
    connection.creation.destroy_test_db(original_name, verbosity=0)


def drop_template(config):
    """At the end of the run (controller only): a PostgreSQL template is dropped; a SQLite
    one is a file in pytest's temporary directory."""
    name = template_name(config)
    if name is None:
        return
    options = connection.settings_dict
    with psycopg.connect(
        host=options["HOST"] or None,
        port=options["PORT"] or None,
        user=options["USER"] or None,
        password=options["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
