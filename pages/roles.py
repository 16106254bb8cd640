"""The two editorial roles, as Django groups: the policy every staff request is checked against.

"Editor" changes drafts of CMS pages and adds and changes unpublished
publications; "Publisher" can also publish, unpublish and delete pages, publish
publications, and change the structured records (contacts and the like).
django CMS checks ``cms.publish_page`` before djangocms-versioning lets a version
go live, and the publications admin checks ``publications.publish_publication``,
so leaving those out of "Editor" is what stops an editor publishing. Moving a
page, choosing the home page and a page's advanced settings change the live site
at once, so they take ``cms.publish_page`` too (pages/admin.py).

``ensure_roles()`` makes the groups (``manage.py seed_site`` and
``create_local_editor`` call it); django CMS, djangocms-versioning and the admin
then check the permissions it grants on every request a member of staff makes.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

EDITOR = "Editor"
PUBLISHER = "Publisher"

# Apps whose permissions make up page editing.
PAGE_EDITING_APPS = ("cms", "djangocms_text", "djangocms_link", "djangocms_versioning")
# Who may grant CMS page-level permissions is an administrator's job, not an editor's.
ADMIN_ONLY_MODELS = ("globalpagepermission", "pagepermission", "pageuser", "pageusergroup")
# What an editor may do with publications (drafts only: the admin enforces it).
EDITOR_PUBLICATION_PERMISSIONS = (
    "add_publication",
    "change_publication",
    "view_publication",
    "add_topic",
    "change_topic",
    "view_topic",
    "view_earlierfile",
    "add_latestpublications",
    "change_latestpublications",
    "delete_latestpublications",
    "view_latestpublications",
)
# Placing a contact card on a page is page editing; the contact lines themselves are not.
EDITOR_CONTACTS_PERMISSIONS = (
    "add_contactcard",
    "change_contactcard",
    "delete_contactcard",
    "view_contactcard",
)
PAGE_PUBLISHING = ("publish_page", "delete_page")
# Structured records that only publishers change, and readers' feedback only they delete.
PUBLISHER_APPS = ("publications", "contacts", "pages", "feedback")
# What editors may look at without changing: the department's records and readers' feedback.
VIEWED_BY_EDITORS = ("pages", "feedback")


def page_editing_permissions():
    return Permission.objects.filter(content_type__app_label__in=PAGE_EDITING_APPS).exclude(
        content_type__model__in=ADMIN_ONLY_MODELS
    )


def editor_permissions():
    pages = page_editing_permissions().exclude(
        content_type__app_label="cms", codename__in=PAGE_PUBLISHING
    )
    publications = Permission.objects.filter(
        content_type__app_label="publications", codename__in=EDITOR_PUBLICATION_PERMISSIONS
    )
    contact_cards = Permission.objects.filter(
        content_type__app_label="contacts", codename__in=EDITOR_CONTACTS_PERMISSIONS
    )
    return pages | publications | contact_cards | department_record_permissions()


def department_record_permissions():
    """Editors view the department's records (pages/) and readers' feedback, and place the
    plugins that show the records."""
    from cms.models import CMSPlugin
    from django.apps import apps

    plugin_models = [
        model._meta.model_name
        for model in apps.get_app_config("pages").get_models()
        if issubclass(model, CMSPlugin)
    ]
    return Permission.objects.filter(
        Q(content_type__app_label__in=VIEWED_BY_EDITORS, codename__startswith="view_")
        | Q(content_type__app_label="pages", content_type__model__in=plugin_models)
    )


def publisher_permissions():
    return page_editing_permissions() | Permission.objects.filter(
        Q(content_type__app_label__in=PUBLISHER_APPS)
    )


def ensure_roles() -> dict[str, Group]:
    """Create the groups if missing and add any permission they lack.

    Never removes a permission, so an administrator's additions survive a
    re-seed. Returns the groups by name.
    """
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.add(*editor_permissions())
    publisher, _ = Group.objects.get_or_create(name=PUBLISHER)
    publisher.permissions.add(*publisher_permissions())
    return {EDITOR: editor, PUBLISHER: publisher}
