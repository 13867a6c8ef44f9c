"""Takes back what earlier versions of the seed wrote although the source never said it.

Sites seeded before the seed was checked against the source still carry invented partner
descriptions and websites, result-to-objective links, a broken French sentence and
objective bodies that only said the objective's summary again. Those values are listed in
`corrections.yaml`. A value is replaced by the seed's current one only on an object the
loader itself created, and only while it is still exactly what the seed wrote: an editor's
change, a deleted object or a page with an unpublished draft is left alone.
"""

import html
from pathlib import Path

import yaml
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Site
from wagtail.rich_text import RichText

from objectives.models import AccessibilityStatementPage, ContentPage, ObjectivePartner
from strategy_site.models import SeedRecord, SiteSettings

CORRECTIONS_FILE = Path(__file__).with_name("corrections.yaml")

# The seed record of the page each single-page section of the seed file creates.
PAGE_KEYS = {
    "home": "page:home",
    "cell": "page:cell",
    "objective_index": "page:objectives",
    "results_page": "page:results",
    "partner_index": "page:partners",
    "contact_page": "page:contact",
    "accessibility_page": "page:accessibility",
}


def earlier_values():
    with CORRECTIONS_FILE.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def correct_earlier_seed_values(loader, seed):
    earlier = earlier_values()
    corrected = (
        replace_plain_accessibility_page(loader, earlier["accessibility_body"])
        + correct_pages(loader, seed, earlier.get("pages", {}))
        + correct_partners(loader, seed["partners"], earlier["partners"])
        + correct_results(loader, seed["results"], earlier["results"])
        + correct_objective_partners(loader, seed["objectives"], earlier["objective_partners"])
        + correct_objective_bodies(loader, seed["objectives"], earlier["objective_bodies"])
    )
    if corrected:
        loader.log(f"Replaced {corrected} values an earlier seed had invented.")
    return corrected


def correct_partners(loader, seeded_partners, earlier_partners):
    current = {data["key"]: data for data in seeded_partners}
    corrected = 0
    for key, fields in earlier_partners.items():
        partner, _known = loader.recorded(f"partner:{key}")
        if partner is None or key not in current:
            continue
        changed = []
        for field, old_values in fields.items():
            new_values = current[key].get(field, {})
            for language, old in old_values.items():
                name = f"{field}_{language}"
                if getattr(partner, name) == old:
                    setattr(partner, name, new_values.get(language, ""))
                    changed.append(name)
        if changed:
            partner.save(update_fields=changed)
            corrected += len(changed)
    return corrected


def correct_pages(loader, seed, earlier_pages):
    corrected = 0
    for section, fields in earlier_pages.items():
        page = unchanged_live_page(loader, PAGE_KEYS[section])
        if page is None:
            continue
        changed = 0
        for field, old_values in fields.items():
            for language, old in old_values.items():
                name = f"{field}_{language}"
                if getattr(page, name) == old:
                    setattr(page, name, seed[section][field][language])
                    changed += 1
        if changed:
            page.save_revision(log_action=True).publish()
            corrected += changed
    return corrected


def unchanged_live_page(loader, key):
    """The page the loader created under `key`, unless deleted or holding an editor's draft."""
    page, _known = loader.recorded(key)
    if page is None or page.has_unpublished_changes:
        return None
    return page.specific


def correct_results(loader, seeded_results, earlier_results):
    page = unchanged_live_page(loader, "page:results")
    if page is None:
        return 0
    earlier = {entry["nl"]: entry for entry in earlier_results}
    current = {data["text"]["nl"]: data for data in seeded_results}
    results = list(page.results.all().prefetch_related("objectives"))
    corrected = 0
    for result in results:
        entry = earlier.get(result.text_nl)
        if entry is None:
            continue
        numbers = sorted(objective.number for objective in result.objectives.all())
        if numbers and numbers == sorted(entry["objectives"]):
            result.objectives = []
            corrected += 1
        for language in ("fr", "en"):
            old = entry.get(f"text_{language}")
            seeded = current.get(result.text_nl)
            if old and seeded and getattr(result, f"text_{language}") == old:
                setattr(result, f"text_{language}", seeded["text"][language])
                corrected += 1
    if corrected:
        # Results belong to the page's revisions: publishing keeps the history honest and
        # stops a later publish of an older revision from bringing the values back.
        page.results = results
        page.save_revision(log_action=True).publish()
    return corrected


def recorded_partners(loader, keys):
    """The partners the loader created under these keys, leaving out deleted ones."""
    partners = (loader.recorded(f"partner:{key}")[0] for key in keys)
    return [partner for partner in partners if partner is not None]


def correct_objective_partners(loader, seeded_objectives, earlier_links):
    corrected = 0
    current = {data["number"]: data.get("partners", []) for data in seeded_objectives}
    for number, old_keys in earlier_links.items():
        page = unchanged_live_page(loader, f"page:objective-{number}")
        if page is None:
            continue
        linked = [link.partner_id for link in page.partner_links.all()]
        if linked != [partner.pk for partner in recorded_partners(loader, old_keys)]:
            continue
        wanted = recorded_partners(loader, current.get(number, []))
        if [partner.pk for partner in wanted] == linked:
            continue
        page.partner_links = [
            ObjectivePartner(partner=partner, sort_order=position)
            for position, partner in enumerate(wanted)
        ]
        page.save_revision(log_action=True).publish()
        corrected += 1
    return corrected


def correct_objective_bodies(loader, seeded_objectives, earlier_bodies):
    """Give an objective the seed's current body (none), language by language, while its
    body is still the paraphrase of the summary that an earlier seed wrote: the page showed
    the same sentence twice, as its lead and as its body."""
    current = {data["number"]: data.get("body", {}) for data in seeded_objectives}
    corrected = 0
    for number, old_bodies in earlier_bodies.items():
        page = unchanged_live_page(loader, f"page:objective-{number}")
        if page is None:
            continue
        changed = 0
        for language, old in old_bodies.items():
            if body_html(page, language) != [("paragraph", html.unescape(old))]:
                continue
            new = current.get(number, {}).get(language)
            setattr(page, f"body_{language}", [("paragraph", RichText(new))] if new else [])
            changed += 1
        if changed:
            page.save_revision(log_action=True).publish()
            corrected += changed
    return corrected


def body_html(page, language):
    """The body's blocks as (type, HTML); entities decoded, since saving may encode them."""
    return [
        (block.block_type, html.unescape(str(getattr(block.value, "source", block.value))))
        for block in getattr(page, f"body_{language}") or []
    ]


def replace_plain_accessibility_page(loader, earlier_body):
    """Turn the statement an earlier seed wrote as a plain page into the structured one.

    Only while every language of its body is still the seeded text and it has no draft:
    a statement an editor has worked on stays, and the content-health report points at it.
    """
    page = unchanged_live_page(loader, "page:accessibility")
    if page is None or isinstance(page, AccessibilityStatementPage):
        return 0
    untouched = isinstance(page, ContentPage) and all(
        body_html(page, language) == [("paragraph", html.unescape(text))]
        for language, text in earlier_body.items()
    )
    if not untouched:
        loader.log("The accessibility statement was edited; it is left as it is.")
        return 0
    home = page.get_parent()
    old_pk = page.pk
    page.delete()
    statement = loader.create_accessibility_statement(home)
    SeedRecord.objects.filter(key="page:accessibility").update(
        content_type=ContentType.objects.get_for_model(AccessibilityStatementPage),
        object_id=statement.pk,
    )
    for site in Site.objects.filter(root_page=home):
        settings = SiteSettings.for_site(site)
        if settings.accessibility_page_id in (None, old_pk):
            settings.accessibility_page = statement
            settings.save()
    return 1
