"""Versioned publications, 3 of 3: ``Publication`` keeps only what outlives its versions."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0004_one_version_per_publication"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='publication',
            options={'permissions': [('publish_publication', 'Can publish, unpublish and archive versions of a publication')]},
        ),
        migrations.RemoveIndex(
            model_name='publication',
            name='publication_is_publ_30a6d5_idx',
        ),
        migrations.RemoveIndex(
            model_name='publication',
            name='publication_kind_year',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='body',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='date_submitted',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='date_updated',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='document_date',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='document_year',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='file',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='file_size',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='is_published',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='kind',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='original_filename',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='page_count',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='slug',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='summary',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='supersedes',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='title',
        ),
        migrations.RemoveField(
            model_name='publication',
            name='topics',
        ),
    ]
