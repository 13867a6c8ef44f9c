#!/usr/bin/env bash
# The Debian packages the test suite needs, checked by `make test` and .ci/run alike.
# As root on Debian the missing ones are installed; anywhere else this prints the one
# command to run and fails, so a run never half-works.
#   chromium           browser tests (Debian's build: Playwright's download does not work here)
#   gettext            msgfmt, for compilemessages
#   postgresql         initdb/pg_ctl for the throwaway clusters the suite starts itself
#   postgresql-client  pg_dump/psql for the backup tests, pg_isready
#   redis-server       the throwaway Redis of the production-stack tests
#   util-linux         runuser: PostgreSQL refuses to run as root
#   python3-venv       `make install` creates .venv
#   varnish            the edge-cache tests run a real varnishd with deploy/varnish/default.vcl
#   default-jre-headless, npm   the Nu Html Checker (vnu-jar from npm) runs with Java
set -euo pipefail

missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need chromium chromium
need msgfmt gettext
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
need pg_dump postgresql-client
need pg_isready postgresql-client
need redis-server redis-server
need runuser util-linux
command -v varnishd >/dev/null 2>&1 || test -x /usr/sbin/varnishd || missing+=(varnish)
need java default-jre-headless
need npm npm
python3 -c "import ensurepip" 2>/dev/null || missing+=(python3-venv)
# One entry per package, in a stable order.
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u | sed '/^$/d')

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ] && [ -f /etc/debian_version ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    exit 0
fi
echo "The test suite needs these system packages: ${missing[*]}" >&2
echo "Install them with:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
exit 1
