"""The seed content as Python values, read from strategy.yaml (the file says how to edit it).

Tests and tools read the seeded wording from here; `load_strategy` reads the file itself so
that a malformed file is reported as a command error rather than an import error.
"""

from .seed_file import read_seed

_seed = read_seed()

SITE_SETTINGS = _seed["site_settings"]
HOME = _seed["home"]
CELL = _seed["cell"]
OBJECTIVE_INDEX = _seed["objective_index"]
OBJECTIVES = _seed["objectives"]
RESULTS_PAGE = _seed["results_page"]
RESULTS = _seed["results"]
PARTNER_INDEX = _seed["partner_index"]
PARTNERS = _seed["partners"]
CONTACT_PAGE = _seed["contact_page"]
EXPERTS = _seed["experts"]
ACCESSIBILITY_PAGE = _seed["accessibility_page"]
