"""The three staff roles, as Django groups: the policy every staff request is checked against.

"Editor" changes drafts of CMS pages and of publications (both are versioned by
djangocms-versioning); "Publisher" can also publish, unpublish and archive their
versions, delete pages, unlock another person's draft, and change the structured
records (contacts, topics and the like). djangocms-versioning asks the content
(``has_publish_permission``: ``cms.publish_page`` for a page,
``publications.publish_publication`` for a publication) before a version goes live
or is unpublished, and ``archive_needs_publisher`` adds the same question before a
draft is archived, so leaving those out of "Editor" is what stops an editor
publishing. Only drafts can be changed, and with version locking
(``DJANGOCMS_VERSIONING_LOCK_VERSIONS``) a draft only by its author until unlocked. Moving a
page, choosing the home page and a page's advanced settings change the live site
at once, so they take ``cms.publish_page`` too (pages/admin.py).

"Site administrator" is a Publisher who also manages staff accounts (staff/admin.py
narrows what they may change: never a superuser, another administrator, or anyone's
individual permissions). ``give_role`` gives an account exactly one role.

``ensure_roles()`` makes the groups (``manage.py seed_site`` and
``create_local_editor`` call it); django CMS, djangocms-versioning and the admin
then check the permissions it grants on every request a member of staff makes.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

EDITOR = "Editor"
PUBLISHER = "Publisher"
ADMINISTRATOR = "Site administrator"
# The names ``manage.py create_editor --role`` takes, and each one's group.
ROLES = {"editor": EDITOR, "publisher": PUBLISHER, "administrator": ADMINISTRATOR}
# What a Site administrator may do with staff accounts, beyond a Publisher's work: add them,
# give each a role, deactivate them (staff/admin.py narrows which accounts and fields), and
# clear the sign-in throttle's record of an account it locked (django-axes).
ADMINISTRATOR_PERMISSIONS = (
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "view_user"),
    ("axes", "view_accessattempt"),
    ("axes", "delete_accessattempt"),
)

# Apps whose permissions make up page editing.
PAGE_EDITING_APPS = ("cms", "djangocms_text", "djangocms_link", "djangocms_versioning")
# Who may grant CMS page-level permissions is an administrator's job, not an editor's.
ADMIN_ONLY_MODELS = ("globalpagepermission", "pagepermission", "pageuser", "pageusergroup")
# What an editor may do with publications: add them and change drafts (djangocms-versioning
# lets only drafts change; publishing takes ``publications.publish_publication``). Topics
# reach readers as soon as they are saved, so only Publishers change them.
EDITOR_PUBLICATION_PERMISSIONS = (
    "add_publicationcontent",
    "change_publicationcontent",
    "view_publicationcontent",
    "view_publication",
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
# Unlocking someone else's draft (djangocms-versioning's version locking) is a Publisher's.
UNLOCKING = ("delete_versionlock",)
# Structured records that only publishers change, and readers' feedback only they delete.
PUBLISHER_APPS = ("publications", "contacts", "pages", "feedback", "reviews")
# What editors may look at without changing: the department's records and readers' feedback.
VIEWED_BY_EDITORS = ("pages", "feedback")


def archive_needs_publisher(version, user) -> None:
    """A djangocms-versioning condition: archiving a draft is a Publisher's, like publishing.

    Added to ``Version.check_archive`` once, by ``PagesConfig.ready()``.
    """
    from djangocms_versioning.exceptions import ConditionFailed

    if not version.has_publish_permission(user):
        raise ConditionFailed("Only a Publisher can archive a version.")


def page_editing_permissions():
    return Permission.objects.filter(content_type__app_label__in=PAGE_EDITING_APPS).exclude(
        content_type__model__in=ADMIN_ONLY_MODELS
    )


def editor_permissions():
    pages = (
        page_editing_permissions()
        .exclude(content_type__app_label="cms", codename__in=PAGE_PUBLISHING)
        .exclude(content_type__app_label="djangocms_versioning", codename__in=UNLOCKING)
    )
    publications = Permission.objects.filter(
        content_type__app_label="publications", codename__in=EDITOR_PUBLICATION_PERMISSIONS
    )
    contact_cards = Permission.objects.filter(
        content_type__app_label="contacts", codename__in=EDITOR_CONTACTS_PERMISSIONS
    )
    # the review list (what waits for a Publisher, and the answers) and what is scheduled
    reviews = Permission.objects.filter(
        content_type__app_label="reviews",
        codename__in=("view_reviewrequest", "view_scheduledchange"),
    )
    return pages | publications | contact_cards | reviews | department_record_permissions()


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


def administrator_permissions():
    accounts = Q()
    for app_label, codename in ADMINISTRATOR_PERMISSIONS:
        accounts |= Q(content_type__app_label=app_label, codename=codename)
    return publisher_permissions() | Permission.objects.filter(accounts)


def role_of(user) -> str | None:
    """The role (group name) of a member of staff, or None."""
    names = {group.name for group in user.groups.all()}
    return next((role for role in (ADMINISTRATOR, PUBLISHER, EDITOR) if role in names), None)


def give_role(user, role: str) -> None:
    """Make ``user`` staff with exactly this one role (a group name in ``ROLES``)."""
    groups = ensure_roles()
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.remove(*(group for name, group in groups.items() if name != role))
    user.groups.add(groups[role])


def ensure_roles() -> dict[str, Group]:
    """Create the groups if missing and add any permission they lack.

    Never removes a permission, so an administrator's additions survive a
    re-seed (a migration takes away what a role no longer has:
    pages/migrations/0008_editors_lose_publishing_powers.py). Returns the groups by name.
    """
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.add(*editor_permissions())
    publisher, _ = Group.objects.get_or_create(name=PUBLISHER)
    publisher.permissions.add(*publisher_permissions())
    administrator, _ = Group.objects.get_or_create(name=ADMINISTRATOR)
    administrator.permissions.add(*administrator_permissions())
    return {EDITOR: editor, PUBLISHER: publisher, ADMINISTRATOR: administrator}
