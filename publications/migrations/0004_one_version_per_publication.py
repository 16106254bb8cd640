"""Versioned publications, 2 of 3: each existing publication becomes one version.

Published → a published version; never published → a draft; withdrawn (published
once, not now) → an unpublished version. Slugs, old addresses and earlier files
stay with the publication (same id). ``Version.created_by`` is required: the
versions are credited to an account that cannot log in, "publications-migration".
"""

from django.conf import settings
from django.db import migrations

MIGRATION_USERNAME = "publications-migration"
CONTENT_FIELDS = (
    "title",
    "slug",
    "kind",
    "summary",
    "body",
    "file",
    "original_filename",
    "file_size",
    "page_count",
    "document_year",
    "document_date",
    "date_submitted",
    "date_updated",
    "supersedes_id",
)


def state_of(publication):
    if publication.is_published:
        return "published"
    return "unpublished" if publication.first_published_at else "draft"


def one_version_each(apps, schema_editor):
    Publication = apps.get_model("publications", "Publication")
    PublicationContent = apps.get_model("publications", "PublicationContent")
    Version = apps.get_model("djangocms_versioning", "Version")
    ContentType = apps.get_model("contenttypes", "ContentType")
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    OldTopics = Publication.topics.through
    publications = Publication.objects.order_by("pk")
    if not publications.exists():
        return
    author, _ = User.objects.get_or_create(
        username=MIGRATION_USERNAME,
        defaults={"is_active": False, "password": "!", "first_name": "Publications migration"},
    )
    content_type, _ = ContentType.objects.get_or_create(
        app_label="publications", model="publicationcontent"
    )
    for publication in publications:
        content = PublicationContent.objects.create(
            publication_id=publication.pk,
            is_live=publication.is_published,
            **{field: getattr(publication, field) for field in CONTENT_FIELDS},
        )
        # Through the old table: both models' topics share a reverse name until 0005,
        # so ``publication.topics`` would read the new table.
        content.topics.set(
            OldTopics.objects.filter(publication_id=publication.pk).values_list(
                "topic_id", flat=True
            )
        )
        Version.objects.create(
            content_type=content_type,
            object_id=content.pk,
            created_by=author,
            state=state_of(publication),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0003_publicationcontent"),
        ("djangocms_versioning", "0018_fix_typo"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(one_version_each, migrations.RunPython.noop)]
