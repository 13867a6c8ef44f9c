"""Every Wagtail page action, tried by every role: who may do what, and nothing else changes.

Translators hold `change_page` on the whole tree to save drafts of their language; the
table shows that this gives them no way to create, delete, move, copy, unpublish, publish,
lock or revert a page, through the single views or the bulk actions.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Page, PagePermissionTester

from cells.models import CellPage, ProjectPage
from tests.admin_forms import edit_post_data, form_data
from tests.factories import add_project
from tests.translators import make_translator

pytestmark = pytest.mark.django_db

ROLES = ("editor", "moderator", "translator_fr", "translator_en", "anonymous")


@dataclass
class Scene:
    """The pages an action works on, and the language the acting user writes in."""

    cell: CellPage
    draft: ProjectPage
    live: ProjectPage
    language: str
    user: object
    old_revision: object = None


def add_draft(cell, name, owner):
    fields = {}
    for code in ("nl", "fr", "en"):
        fields[f"title_{code}"] = f"{name} {code}"
        fields[f"slug_{code}"] = f"{name}-{code}"
        fields[f"intro_{code}"] = f"Intro {name} {code}"
    page = ProjectPage(
        title=fields["title_nl"], slug=fields["slug_nl"], owner=owner, live=False, **fields
    )
    cell.add_child(instance=page)
    page.save_revision(user=owner)
    return page


def latest_title(page, language):
    page = Page.objects.get(pk=page.pk).specific
    return getattr(page.get_latest_revision_as_object(), f"title_{language}")


def new_project_data(user, cell):
    fields = {}
    for code in ("nl", "fr", "en"):
        fields[f"title_{code}"] = f"Created {code}"
        fields[f"slug_{code}"] = f"created-{code}"
        fields[f"intro_{code}"] = f"Created intro {code}"
    page = ProjectPage(title="Created nl", slug="created-nl", **fields)
    handler = ProjectPage.get_edit_handler()
    form = handler.get_form_class()(instance=page, parent_page=cell, for_user=user)
    return form_data(form)


def old_revision_to_revert(scene):
    """A revision of the live page with another title, followed by the current one."""
    page = scene.live
    page.title_fr = "Ancien titre"
    old = page.save_revision()
    page.refresh_from_db()
    page.save_revision().publish()
    return old


def bulk(action, page):
    return f"/admin/bulk/wagtailcore/page/{action}/?id={page.pk}&next=/admin/"


@dataclass
class Action:
    name: str
    perform: Callable  # (client, scene) -> response
    done: Callable  # (scene) -> bool: the action's effect is visible
    allowed: set


EDITORS = {"editor", "moderator"}
MODERATORS = {"moderator"}


def copy_data(scene):
    data = {"new_parent_page": scene.cell.pk, "copy_subpages": "", "publish_copies": ""}
    for code in ("nl", "fr", "en"):
        data[f"new_title_{code}"] = f"Copy {code}"
        data[f"new_slug_{code}"] = f"copy-{code}"
    return data


ACTIONS = [
    Action(
        "add",
        lambda c, s: c.post(
            f"/admin/pages/add/cells/projectpage/{s.cell.pk}/", new_project_data(s.user, s.cell)
        ),
        lambda s: ProjectPage.objects.filter(slug_nl="created-nl").exists(),
        EDITORS,
    ),
    Action(
        "edit a draft in one's language",
        lambda c, s: c.post(
            f"/admin/pages/{s.draft.pk}/edit/",
            edit_post_data(s.draft, s.user, **{f"title_{s.language}": "Changed title"}),
        ),
        lambda s: latest_title(s.draft, s.language) == "Changed title",
        {"editor", "moderator", "translator_fr", "translator_en"},
    ),
    Action(
        "delete",
        lambda c, s: c.post(f"/admin/pages/{s.draft.pk}/delete/"),
        lambda s: not Page.objects.filter(pk=s.draft.pk).exists(),
        EDITORS,
    ),
    Action(
        "bulk delete",
        lambda c, s: c.post(bulk("delete", s.draft)),
        lambda s: not Page.objects.filter(pk=s.draft.pk).exists(),
        EDITORS,
    ),
    Action(
        "move",
        lambda c, s: c.post(f"/admin/pages/{s.draft.pk}/move/{s.cell.pk}/confirm/"),
        lambda s: Page.objects.get(pk=s.draft.pk).path != s.draft.path,
        EDITORS,
    ),
    Action(
        "bulk move",
        lambda c, s: c.post(bulk("move", s.draft), {"chooser": s.cell.pk}),
        lambda s: Page.objects.get(pk=s.draft.pk).path != s.draft.path,
        EDITORS,
    ),
    Action(
        "copy",
        lambda c, s: c.post(f"/admin/pages/{s.draft.pk}/copy/", copy_data(s)),
        lambda s: ProjectPage.objects.filter(slug_nl="copy-nl").exists(),
        EDITORS,
    ),
    Action(
        "unpublish",
        lambda c, s: c.post(f"/admin/pages/{s.live.pk}/unpublish/"),
        lambda s: not Page.objects.get(pk=s.live.pk).live,
        MODERATORS,
    ),
    Action(
        "bulk unpublish",
        lambda c, s: c.post(bulk("unpublish", s.live)),
        lambda s: not Page.objects.get(pk=s.live.pk).live,
        MODERATORS,
    ),
    Action(
        "publish",
        lambda c, s: c.post(
            f"/admin/pages/{s.draft.pk}/edit/",
            edit_post_data(s.draft, s.user, **{"action-publish": "1"}),
        ),
        lambda s: Page.objects.get(pk=s.draft.pk).live,
        MODERATORS,
    ),
    Action(
        "bulk publish",
        lambda c, s: c.post(bulk("publish", s.draft)),
        lambda s: Page.objects.get(pk=s.draft.pk).live,
        MODERATORS,
    ),
    Action(
        "lock",
        lambda c, s: c.post(f"/admin/pages/{s.live.pk}/lock/"),
        lambda s: Page.objects.get(pk=s.live.pk).locked,
        MODERATORS,
    ),
    Action(
        "revert to an earlier revision",
        lambda c, s: c.post(
            f"/admin/pages/{s.live.pk}/revisions/{s.old_revision.pk}/revert/",
            edit_post_data(s.old_revision.as_object(), s.user),
        ),
        lambda s: latest_title(s.live, "fr") == "Ancien titre",
        EDITORS,
    ),
]


def user_for(role, django_user_model, editor, moderator):
    if role == "editor":
        return editor
    if role == "moderator":
        return moderator
    if role.startswith("translator_"):
        return make_translator(django_user_model, role.removeprefix("translator_"))
    return None


def snapshot():
    """What an action could change: the tree, publication, locks, drafts and their text."""
    return sorted(
        (
            page.pk,
            page.path,
            page.live,
            page.locked,
            page.title_nl,
            page.title_fr,
            page.title_en,
            page.latest_revision_id,
        )
        for page in Page.objects.all()
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS, ids=[action.name for action in ACTIONS])
def test_page_action_by_role(role, action, django_user_model, editor, moderator):
    cell = CellPage.objects.get()
    draft = add_draft(cell, "draft-by-editor", owner=editor)
    add_draft(cell, "later-sibling", owner=editor)
    live = add_project(cell, 901)
    user = user_for(role, django_user_model, editor, moderator)
    language = role.removeprefix("translator_") if role.startswith("translator_") else "fr"
    scene = Scene(cell=cell, draft=draft, live=live, language=language, user=user)
    scene.old_revision = old_revision_to_revert(scene)
    client = Client()
    if user is not None:
        client.force_login(user)
    before = snapshot()

    response = action.perform(client, scene)

    if role in action.allowed:
        assert response.status_code in (200, 302), response.status_code
        assert action.done(scene), f"{role} could not {action.name}"
        return
    assert not action.done(scene), f"{role} managed to {action.name}"
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
    else:
        # Refused outright (403), sent back to the admin with a message (302), or shown
        # the form again with the pages one may not change (200, bulk actions).
        assert response.status_code in (200, 302, 403), response.status_code
        if response.status_code == 302:
            assert not response["Location"].startswith("/admin/login/")
    if action.name != "publish" or role == "anonymous":
        # Publishing without the permission saves a draft instead, which is what an
        # editor asked for; every other refusal leaves everything as it was.
        assert snapshot() == before


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_a_translator_who_opens_a_delete_link_is_refused_in_their_language(
    django_user_model, editor, language
):
    # The button is not offered (below); a link typed or bookmarked gets Wagtail's refusal.
    draft = add_draft(CellPage.objects.get(), "draft-by-editor", owner=editor)
    client = Client()
    client.force_login(make_translator(django_user_model, "fr"))

    response = client.post(
        f"/admin/pages/{draft.pk}/delete/", follow=True, HTTP_ACCEPT_LANGUAGE=language
    )

    with translation.override(language):
        refusal = escape(gettext("Sorry, you do not have permission to access this area."))
    assert refusal in response.content.decode()
    assert Page.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("role", ["editor", "moderator", "translator_fr", "translator_en"])
def test_the_admin_offers_structural_actions_only_to_those_who_may_take_them(
    role, django_user_model, editor, moderator
):
    cell = CellPage.objects.get()
    live = add_project(cell, 902)
    user = user_for(role, django_user_model, editor, moderator)
    client = Client()
    client.force_login(user)
    # What Wagtail alone would offer this user; translators must be offered none of it.
    wagtail_says = PagePermissionTester(user, live)
    allowed = {
        "delete": wagtail_says.can_delete(),
        "move": wagtail_says.can_move(),
        "copy": wagtail_says.can_copy(),
        "unpublish": wagtail_says.can_unpublish(),
    }
    expected = [
        f"/admin/pages/{live.pk}/{action}/"
        for action, yes in allowed.items()
        if yes and not role.startswith("translator_")
    ]
    assert role.startswith("translator_") or expected  # editors are offered something
    if role.startswith("translator_"):
        assert any(allowed.values())  # Wagtail alone would offer translators these actions

    # The explorer's row menu for the project, and the header menu of its edit view.
    for url in (f"/admin/pages/{cell.pk}/", f"/admin/pages/{live.pk}/edit/"):
        html = client.get(url).content.decode()
        assert f"/admin/pages/{live.pk}/edit/" in html  # every role here may edit it
        shown = [f"/admin/pages/{live.pk}/{action}/" for action in allowed
                 if f"/admin/pages/{live.pk}/{action}/" in html]  # fmt: skip
        assert shown == expected, (url, shown)
