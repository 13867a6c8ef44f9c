"""Previous/next pagination in one query, whatever the page number a visitor types.

Lists fetch one item more than they show to learn whether a next page exists, so no
COUNT query is needed; `?page=abc`, `-1` or `99999` never raise an error.
"""

from dataclasses import dataclass


@dataclass
class PageSlice:
    items: list
    number: int
    has_previous: bool
    has_next: bool

    @property
    def previous_number(self):
        return self.number - 1

    @property
    def next_number(self):
        return self.number + 1


# Far beyond any real list; keeps the SQL OFFSET within what every database accepts.
LAST_PAGE_NUMBER = 100_000


def requested_page(request, parameter="page"):
    try:
        number = int(request.GET.get(parameter, 1))
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), LAST_PAGE_NUMBER)


def page_slice(queryset, request, per_page):
    number = requested_page(request)
    start = (number - 1) * per_page
    rows = list(queryset[start : start + per_page + 1])
    return PageSlice(
        items=rows[:per_page],
        number=number,
        has_previous=number > 1,
        has_next=len(rows) > per_page,
    )
