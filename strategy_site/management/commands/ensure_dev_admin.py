import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Development only: makes sure a local superuser exists and prints its credentials."

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            default="127.0.0.1:8000",
            help="host:port the development server will listen on (for the sign-in link).",
        )

    def handle(self, *args, **options):
        # A known password on a public server would be a backdoor: refuse outside DEBUG.
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin runs only with the development settings.")
        username = os.environ.get("DEV_ADMIN_USERNAME", "admin")
        chosen_password = os.environ.get("DEV_ADMIN_PASSWORD")
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        sign_in = f"Sign in at http://{options['address']}/admin/ with username '{username}'"
        # An existing password is kept, so a second `make run` does not log anyone out or
        # invalidate a password manager's entry; DEV_ADMIN_PASSWORD replaces it on purpose.
        if created or chosen_password:
            password = chosen_password or secrets.token_urlsafe(12)
            user.set_password(password)
            user.save()
            verb = "Created" if created else "Set the password of"
            message = f"{verb} the local admin account. {sign_in} and password '{password}'."
        else:
            user.save()
            message = (
                f"{sign_in} and the password printed when the account was created "
                "(DEV_ADMIN_PASSWORD=... make run sets a new one)."
            )
        self.stdout.write(self.style.SUCCESS(message))
