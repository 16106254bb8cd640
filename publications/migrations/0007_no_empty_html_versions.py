"""Versions saved with an untouched HTML version (``<p></p>``, what the rich-text editor
sends) had one advertised that said nothing: they have none now (publications/html_version.py)."""

from django.db import migrations

from publications.html_version import html_version_or_blank


def blank_empty_html_versions(apps, schema_editor):
    PublicationContent = apps.get_model("publications", "PublicationContent")
    versions = PublicationContent._base_manager.exclude(body="")
    empty = [
        pk for pk, body in versions.values_list("pk", "body") if not html_version_or_blank(body)
    ]
    PublicationContent._base_manager.filter(pk__in=empty).update(body="")


class Migration(migrations.Migration):
    dependencies = [("publications", "0006_kept_uploads_and_form_hints")]

    operations = [migrations.RunPython(blank_empty_html_versions, migrations.RunPython.noop)]
