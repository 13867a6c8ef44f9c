"""Builds the POST data a browser would send from a Wagtail edit form.

Wagtail's StreamField and rich-text widgets build their inputs with JavaScript, so the
test client cannot scrape them from the HTML. Instead, the edit form is instantiated for
the object and each field is serialised the way its widget expects it back.
"""

from wagtail import blocks
from wagtail.admin.panels import get_edit_handler


def _field_block_data(block, value, prefix):
    if isinstance(block, blocks.ChooserBlock):
        return {prefix: getattr(value, "pk", value) or ""}
    formatted = block.field.widget.format_value(block.value_for_form(value))
    return {prefix: "" if formatted is None else formatted}


def block_data(block, value, prefix):
    if isinstance(block, blocks.BaseStreamBlock):
        data = {f"{prefix}-count": len(value)}
        for index, child in enumerate(value):
            child_prefix = f"{prefix}-{index}"
            data.update(
                {
                    f"{child_prefix}-type": child.block_type,
                    f"{child_prefix}-deleted": "",
                    f"{child_prefix}-order": index,
                    f"{child_prefix}-id": child.id or "",
                }
            )
            data.update(block_data(child.block, child.value, f"{child_prefix}-value"))
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child_block in block.child_blocks.items():
            data.update(block_data(child_block, value.get(name), f"{prefix}-{name}"))
        return data
    if isinstance(block, blocks.ListBlock):
        items = list(value)
        data = {f"{prefix}-count": len(items)}
        for index, item in enumerate(items):
            item_prefix = f"{prefix}-{index}"
            data.update({f"{item_prefix}-deleted": "", f"{item_prefix}-order": index})
            data[f"{item_prefix}-id"] = ""
            data.update(block_data(block.child_block, item, f"{item_prefix}-value"))
        return data
    return _field_block_data(block, value, prefix)


def form_data(form):
    """Every field and nested formset of an unbound form, as POST data."""
    data = {}
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        block = getattr(field, "block", None)
        if block is not None:
            data.update(block_data(block, form.initial.get(name, value), key))
            continue
        widget = field.widget
        if getattr(widget, "allow_multiple_selected", False):
            data[key] = [str(item) for item in (value or [])]
        elif widget.__class__.__name__ == "CheckboxInput":
            if value:
                data[key] = "on"
        elif value is None:
            data[key] = ""
        else:
            formatted = widget.format_value(value)
            data[key] = "" if formatted is None else formatted
    for formset in getattr(form, "formsets", {}).values():
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for subform in formset.forms:
            data.update(form_data(subform))
    return data


def edit_form(instance, user):
    """The admin edit form for a page or snippet, filled with the object's current values."""
    if hasattr(instance, "get_edit_handler"):
        handler = instance.specific_class.get_edit_handler()
    else:
        handler = get_edit_handler(type(instance))
    form_class = handler.get_form_class()
    return form_class(instance=instance, for_user=user)


def edit_post_data(instance, user, **changes):
    data = form_data(edit_form(instance, user))
    data.update(changes)
    return data
