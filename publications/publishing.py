"""What follows when a version of a publication is copied or published.

djangocms-versioning calls these (publications/cms_config.py), and they keep
``PublicationContent.is_live`` (what the public queries read) equal to versioning's
own state:

- ``copy_content`` makes a new draft from a version: every field, the topics (the
  library's default copy skips many-to-many fields) and the same stored file.
- ``version_published`` runs inside the publish transaction, after the version it
  replaces was unpublished: the new address is recorded (so the old one redirects
  from now, and not while the change was a draft), a file that an earlier published
  version had and this one does not is kept as an earlier version, and the
  publication's first going live is noted (a withdrawn one answers 410, not 404).
- ``version_unpublished``: readers no longer see the version.
"""

from django.db import transaction
from django.utils import timezone


def copy_content(original):
    from publications.models import PublicationContent

    fields = {
        field.attname: getattr(original, field.attname)
        for field in PublicationContent._meta.concrete_fields
        if not field.primary_key
    }
    # The stored name, not the FieldFile: Django would move the original's FieldFile over.
    fields["file"] = original.file.name
    fields["is_live"] = False  # a new draft; readers see it only once it is published
    copy = PublicationContent._original_manager.create(**fields)
    copy.topics.set(original.topics.all())
    return copy


def version_published(version) -> None:
    from publications.models import PublicationSlug

    content = version.content
    publication = content.publication
    owner = PublicationSlug.objects.filter(slug=content.slug).values_list(
        "publication_id", flat=True
    )
    if owner.exists() and owner.first() != publication.pk:
        # Checked when the draft was saved; another publication took the address since.
        raise ValueError(f"The address “{content.slug}” belongs to another publication.")
    PublicationSlug.objects.update_or_create(
        slug=content.slug, defaults={"publication": publication}
    )
    versions = type(content)._original_manager.filter(publication=publication)
    versions.exclude(pk=content.pk).update(is_live=False)
    versions.filter(pk=content.pk).update(is_live=True)
    if keep_replaced_files(content):
        type(content)._original_manager.filter(pk=content.pk).update(
            date_updated=timezone.localdate()
        )
    if publication.first_published_at is None:
        publication.first_published_at = timezone.now()
        publication.save(update_fields=["first_published_at"])


def version_unpublished(version) -> None:
    """Readers no longer see this version (withdrawn, or replaced by the one being published)."""
    content = version.content
    type(content)._original_manager.filter(pk=content.pk).update(is_live=False)


@transaction.atomic
def keep_replaced_files(content) -> bool:
    """Keep each file an earlier published version had as an earlier file; True if any is new.

    The published version's own file is never listed as an earlier one (a version
    reverted to brings its file back), nor is a PDF that only stood in for the document.
    """
    from djangocms_versioning.constants import UNPUBLISHED

    from publications.models import EarlierFile, PublicationContent

    publication = content.publication
    publication.earlier_files.filter(file=content.file.name).delete()
    kept = set(publication.earlier_files.values_list("file", flat=True))
    earlier = (
        PublicationContent.admin_manager.filter(
            publication=publication, versions__state=UNPUBLISHED
        )
        .exclude(file=content.file.name)
        .exclude(stand_in=True)  # a stand-in was never an edition of the document
        .order_by("pk")
    )
    added = False
    for old in earlier:
        if old.file.name in kept:
            continue
        EarlierFile.objects.create(
            publication=publication,
            file=old.file.name,
            original_filename=old.original_filename,
            file_size=old.file_size,
            page_count=old.page_count,
        )
        kept.add(old.file.name)
        added = True
    return added


@transaction.atomic
def add_publication(content, *, author, topics=(), publish=False):
    """Save a new publication (an unsaved, validated ``PublicationContent``) as its first
    version, credited to ``author``; publish it too if asked. For the seed, the import
    command and scripts: the admin makes its versions itself."""
    from djangocms_versioning.models import Version

    from publications.models import Publication

    content.publication = Publication.objects.create()
    content.save()
    content.topics.set(topics)
    version = Version.objects.create(content=content, created_by=author)
    if publish:
        version.publish(author)
    else:
        # Version locking would give the draft to its author: an import account that
        # cannot sign in. An imported draft is anyone's to finish.
        Version.objects.filter(pk=version.pk).update(locked_by=None)
    return content


def add_published_in_bulk(contents, *, author):
    """Save many new publications (unsaved ``PublicationContent``s), each published at once,
    in a handful of queries: for the benchmark's 10,000 and tests that need hundreds.

    Each gets its ``Publication``, its published ``Version`` credited to ``author``
    and its address, as publishing one by one would give it; no signal is sent, so
    nothing is indexed and no cache is refreshed. Returns the saved contents.
    """
    from django.contrib.contenttypes.models import ContentType
    from djangocms_versioning.constants import PUBLISHED
    from djangocms_versioning.models import Version

    from publications.models import Publication, PublicationContent, PublicationSlug

    now = timezone.now()
    publications = Publication.objects.bulk_create(
        Publication(first_published_at=now) for _ in contents
    )
    for content, publication in zip(contents, publications, strict=True):
        content.publication, content.is_live = publication, True
    contents = PublicationContent._original_manager.bulk_create(contents)
    content_type = ContentType.objects.get_for_model(PublicationContent)
    Version.objects.bulk_create(
        Version(content_type=content_type, object_id=content.pk, created_by=author, state=PUBLISHED)
        for content in contents
    )
    PublicationSlug.objects.bulk_create(
        PublicationSlug(slug=content.slug, publication_id=content.publication_id)
        for content in contents
    )
    return contents


@transaction.atomic
def replace_file(content, pdf, *, author, publish=False):
    """A new version of ``content``'s publication with this PDF (a ``File``, checked already),
    credited to ``author``; published too if asked. Saving a new PDF to a version clears any
    stand-in mark (``PublicationContent.save``). For the import command's --replace-stand-ins;
    the admin makes its versions itself."""
    from djangocms_versioning.models import Version

    version = Version.objects.get_for_content(content).copy(author)
    replaced = version.content
    replaced.file = pdf
    replaced.save()
    if publish:
        version.publish(author)
    else:  # anyone's to finish, as an imported draft is (``add_publication``)
        Version.objects.filter(pk=version.pk).update(locked_by=None)
    return replaced
