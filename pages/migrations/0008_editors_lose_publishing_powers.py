"""Editors lose what would let them change the live site without a Publisher.

``ensure_roles()`` only ever adds permissions, so the ones the "Editor" role no
longer has (pages/roles.py) are taken from an existing Editor group here:
changing topics (their names reach readers at once), changing publications'
records directly (publications are versioned now: editors change drafts through
``publicationcontent`` permissions, which ``ensure_roles()`` adds), and unlocking
another person's draft.
"""

from django.db import migrations

WITHDRAWN = {
    "publications": (
        "add_topic",
        "change_topic",
        "delete_topic",
        "add_publication",
        "change_publication",
        "delete_publication",
    ),
    "djangocms_versioning": ("delete_versionlock",),
}


def withdraw(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor = Group.objects.filter(name="Editor").first()
    if editor is None:
        return
    for app_label, codenames in WITHDRAWN.items():
        editor.permissions.remove(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0007_delete_pagefeedback"),
        ("publications", "0005_publication_keeps_what_outlives_versions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(withdraw, migrations.RunPython.noop)]
