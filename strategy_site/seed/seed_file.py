"""Reads strategy.yaml and checks it against the models before anything is written.

Every problem is reported with the file and line it comes from, so that whoever edited the
wording finds it: a missing language, an unknown key, a value the model field refuses.
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ValidationError
from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import RichTextField, StreamField

from strategy_site.i18n.translated_fields import content_languages

SEED_FILE = Path(__file__).with_name("strategy.yaml")


class SeedFileError(Exception):
    """The seed file cannot be loaded; the message lists each problem as file:line."""


class LineMapping(dict):
    """A YAML mapping that remembers the line of each of its keys (1-based)."""

    def __init__(self, *args, line=0, key_lines=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.line = line
        self.key_lines = key_lines or {}

    def line_of(self, key):
        return self.key_lines.get(key, self.line)


class LineLoader(yaml.SafeLoader):
    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        key_lines = {}
        for key_node, _value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            key_lines[key] = key_node.start_mark.line + 1
        return LineMapping(mapping, line=node.start_mark.line + 1, key_lines=key_lines)


LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, LineLoader.construct_mapping
)


@dataclass(frozen=True)
class Section:
    """One part of the file: the model its entries fill, and keys that are not fields."""

    model: str
    many: bool = False
    extra_keys: frozenset = field(default_factory=frozenset)
    # Fields whose value the loader computes (a page's number comes from the file anyway).
    required: tuple = ()


SECTIONS = {
    "site_settings": Section("strategy_site.SiteSettings"),
    "home": Section("objectives.StrategyPage", required=("title", "slug")),
    "cell": Section("cells.CellPage", required=("title", "slug")),
    "objective_index": Section("objectives.ObjectiveIndexPage", required=("title", "slug")),
    "objectives": Section(
        "objectives.ObjectivePage",
        many=True,
        extra_keys=frozenset({"partners"}),
        required=("number", "title", "slug", "summary"),
    ),
    "results_page": Section("objectives.ResultsPage", required=("title", "slug")),
    "results": Section("objectives.Result", many=True, required=("level", "text")),
    "partner_index": Section("partners.PartnerIndexPage", required=("title", "slug")),
    "partners": Section(
        "partners.PartnerOrganisation",
        many=True,
        extra_keys=frozenset({"key"}),
        required=("key", "name", "level"),
    ),
    "contact_page": Section("partners.ContactPage", required=("title", "slug")),
    "experts": Section(
        "partners.Expert",
        many=True,
        extra_keys=frozenset({"key"}),
        required=("key", "first_name", "last_name", "role"),
    ),
    "accessibility_page": Section(
        "objectives.AccessibilityStatementPage",
        required=("title", "slug", "compliance_status", "prepared_on", "assessment_method"),
    ),
}


def translated_field_names(model):
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


class SeedChecker:
    def __init__(self, path):
        self.path = Path(path)
        self.problems = []

    def problem(self, line, message):
        self.problems.append(f"{self.path}:{line}: {message}")

    def check(self, data):
        if not isinstance(data, LineMapping):
            self.problem(1, "the file must be a mapping of sections (home:, cell:, …)")
            return
        for name in data:
            if name not in SECTIONS:
                known = ", ".join(SECTIONS)
                self.problem(data.line_of(name), f"unknown section '{name}' (known: {known})")
        for name, section in SECTIONS.items():
            if name not in data:
                self.problem(data.line, f"the section '{name}' is missing")
                continue
            entries = data[name]
            if section.many:
                if not isinstance(entries, list):
                    self.problem(data.line_of(name), f"'{name}' must be a list of entries")
                    continue
                for index, entry in enumerate(entries):
                    self.check_entry(f"{name}[{index}]", section, entry, data.line_of(name))
            else:
                self.check_entry(name, section, entries, data.line_of(name))

    def check_entry(self, where, section, entry, line):
        if not isinstance(entry, LineMapping):
            self.problem(line, f"'{where}' must be a mapping of fields")
            return
        model = apps.get_model(section.model)
        translated = translated_field_names(model)
        for key in section.required:
            if key not in entry:
                self.problem(entry.line, f"'{where}' lacks the required key '{key}'")
        for key, value in entry.items():
            key_line = entry.line_of(key)
            if key in section.extra_keys:
                continue
            try:
                model_field = model._meta.get_field(key)
            except FieldDoesNotExist:
                self.problem(
                    key_line,
                    f"unknown key '{key}' in '{where}': {model.__name__} has no such field",
                )
                continue
            if key in translated:
                self.check_translations(f"{where}.{key}", model_field, value, key_line)
            elif isinstance(value, dict):
                self.problem(key_line, f"'{where}.{key}' is not translated: give one value")
            else:
                self.check_value(f"{where}.{key}", model_field, value, key_line)

    def check_translations(self, where, model_field, value, line):
        if not isinstance(value, LineMapping):
            languages = "/".join(content_languages())
            self.problem(line, f"'{where}' needs one value per language ({languages})")
            return
        for language in content_languages():
            if language not in value:
                self.problem(value.line, f"'{where}' lacks its '{language}' text")
        for language, text in value.items():
            if language not in content_languages():
                self.problem(value.line_of(language), f"unknown language '{language}' in '{where}'")
            elif not isinstance(text, str):
                self.problem(value.line_of(language), f"'{where}.{language}' must be text")
            elif text:
                self.check_value(f"{where}.{language}", model_field, text, value.line_of(language))

    def check_value(self, where, model_field, value, line):
        if isinstance(model_field, StreamField | RichTextField) or model_field.is_relation:
            return
        try:
            model_field.clean(value, None)
        except ValidationError as error:
            self.problem(line, f"'{where}': {' '.join(error.messages)}")


def read_seed(path=SEED_FILE):
    """The seed file's content, checked; raises SeedFileError listing every problem."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as stream:
            data = yaml.load(stream, Loader=LineLoader)  # noqa: S506 (a SafeLoader subclass)
    except OSError as error:
        raise SeedFileError(f"{path}: cannot be read ({error.strerror})") from error
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise SeedFileError(f"{path}:{line}: not valid YAML: {error.problem}") from error
    checker = SeedChecker(path)
    checker.check(data)
    if checker.problems:
        raise SeedFileError("\n".join(checker.problems))
    return data
