"""Logging out of the admin takes a POST, and ends the session on the server.

Wagtail's logout view answers a GET with Django's 405 but deletes the session cookie and
says "logged out" all the same: the browser forgot the session, the server did not, and
anyone holding the cookie's value could go on using it. A GET now changes nothing; a POST
(the admin's own logout button) flushes the session, as Django's logout does.
"""

from wagtail.admin.views.account import LogoutView


class PostOnlyLogoutView(LogoutView):
    def dispatch(self, request, *args, **kwargs):
        if request.method.lower() not in self.http_method_names:
            return self.http_method_not_allowed(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)
