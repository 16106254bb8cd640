"""The two editorial roles, as Django groups.

"Editor" changes drafts of CMS pages; "Publisher" can also publish, unpublish
and delete them. django CMS checks ``cms.publish_page`` before
djangocms-versioning lets a version go live, so leaving it out of "Editor" is
what stops an editor publishing.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

EDITOR = "Editor"
PUBLISHER = "Publisher"

# Apps whose permissions make up page editing.
EDITING_APPS = ("cms", "djangocms_text", "djangocms_link", "djangocms_versioning")

# Who may grant CMS page-level permissions is an administrator's job, not an editor's.
ADMIN_ONLY_MODELS = ("globalpagepermission", "pagepermission", "pageuser", "pageusergroup")

PUBLISHER_ONLY = ("cms.publish_page", "cms.delete_page")


def _permissions(exclude_codenames=()):
    editing = Permission.objects.filter(content_type__app_label__in=EDITING_APPS).exclude(
        content_type__model__in=ADMIN_ONLY_MODELS
    )
    for full_name in exclude_codenames:
        app_label, codename = full_name.split(".")
        editing = editing.exclude(Q(content_type__app_label=app_label) & Q(codename=codename))
    return editing


def ensure_roles() -> dict[str, Group]:
    """Create the groups if missing and add any permission they lack.

    Never removes a permission, so an administrator's additions survive a
    re-seed. Returns the groups by name.
    """
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.add(*_permissions(exclude_codenames=PUBLISHER_ONLY))
    publisher, _ = Group.objects.get_or_create(name=PUBLISHER)
    publisher.permissions.add(*_permissions())
    return {EDITOR: editor, PUBLISHER: publisher}
