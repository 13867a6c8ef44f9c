"""Files as exports were before segments: a rich text or StreamField field's whole HTML in
one entry. The importer still reads them (files may be with an agency for weeks)."""

from strategy_site.translation_exchange.catalogue import Entry
from strategy_site.translation_status.field_text import field_text, text_hash


def whole_field_entry(obj, field, target):
    """The entry for `obj`'s `field`; `target` is the new text, or a function of the
    current French text."""
    source = field_text(obj, field, "nl")
    current = field_text(obj, field, "fr")
    return Entry(
        identifier=f"{obj._meta.label_lower}:{obj.pk}:{field}",
        source=source,
        target=target(current) if callable(target) else target,
        source_hash=text_hash(source),
        target_hash=text_hash(current),
    )
