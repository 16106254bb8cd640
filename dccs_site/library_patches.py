"""Fixes to libraries' Python code, carried by the project until the libraries ship them.

``SiteConfig.ready()`` applies each one. Fixes to libraries' scripts are in
dccs_site/static_patches.py; tests/dccs_site/test_library_patches.py shows each
library still has the fault, and fails when an upgrade fixes it: then the patch goes.
"""

from djangocms_versioning import admin as versioning_admin
from djangocms_versioning import helpers as versioning_helpers

# As djangocms-versioning ships it, before the fix below.
library_get_editable_url = versioning_helpers.get_editable_url


def get_editable_url(content_obj, force_admin=False, params=None):
    """Where "Edit" takes an editor: ``djangocms_versioning.helpers.get_editable_url``
    with the request's query string merged into the edit address's own.

    djangocms-versioning 2.8 appends ``"?" + params.urlencode()`` to django CMS 5.1's
    edit address, which already ends ``?language=en``: going from Preview to Edit (the
    toolbar's "Edit", or "New draft") landed on ``.../edit/12/?language=en?language=en``.
    django CMS's ``get_object_edit_url`` takes the parameters itself and merges them, the
    content's own language winning.
    """
    if params and versioning_helpers.is_editable_model(type(content_obj)) and not force_admin:
        language = getattr(content_obj, "language", None)
        return versioning_helpers.get_object_edit_url(content_obj, language, params)
    # Without a query string, or to the admin's change form: the library's answer is right.
    return library_get_editable_url(content_obj, force_admin)


def apply():
    # The admin imported the function by name: its edit redirect calls its own reference.
    versioning_helpers.get_editable_url = get_editable_url
    versioning_admin.get_editable_url = get_editable_url
