"""gunicorn settings read from the working directory by every `gunicorn` started here.

The site is served at the root of its host. By default gunicorn takes SCRIPT_NAME and
PATH_INFO from request headers sent through a proxy on 127.0.0.1, which a visitor can add
to a request the proxy forwards: a path would then answer as another one (a 200 where a 404
is due, or a 500 when the header is not a prefix of the path). No header sets them here.
"""

forwarder_headers = ""
