"""Versioned publications, 1 of 3: the versions' table (publications/cms_config.py).

What an editor changes moves from ``Publication`` (which keeps its id, its old
addresses and earlier files) to ``PublicationContent``, one row per version.
"""

import django.db.models.deletion
import django.utils.timezone
import djangocms_text.fields
import publications.file_names
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0002_kind_year_index"),
    ]

    operations = [
        migrations.CreateModel(
            name='PublicationContent',
            fields=[
                ('id', models.AutoField(primary_key=True, serialize=False)),
                ('title', models.CharField(max_length=255)),
                ('slug', models.SlugField(help_text='The last part of the web address. Changing it keeps the old address working.', max_length=255)),
                ('kind', models.CharField(choices=[('strategy', 'Strategy'), ('plan', 'Plan'), ('report', 'Report'), ('inspection-letter', 'Inspection letter'), ('handbook', 'Handbook'), ('policy', 'Policy')], max_length=32)),
                ('summary', models.TextField(help_text='One or two sentences: what the document is for.')),
                ('body', djangocms_text.fields.HTMLField(blank=True, help_text='An accessible HTML version of the document, where there is one.', verbose_name='HTML version')),
                ('file', models.FileField(help_text='A PDF, 50 MB at most.', max_length=255, upload_to=publications.file_names.stored_file_name, verbose_name='PDF')),
                ('original_filename', models.CharField(blank=True, editable=False, max_length=255)),
                ('file_size', models.PositiveBigIntegerField(default=0, editable=False)),
                ('page_count', models.PositiveIntegerField(default=0, editable=False)),
                ('document_year', models.PositiveSmallIntegerField(blank=True, help_text="The document's own year (the year staff filter on). Set from its date, if you give one.", verbose_name='year of the document')),
                ('document_date', models.DateField(blank=True, help_text='If the document has its own date.', null=True, verbose_name='date of the document')),
                ('date_submitted', models.DateField(default=django.utils.timezone.localdate, help_text='When it was added to the website.', verbose_name='date added')),
                ('date_updated', models.DateField(blank=True, editable=False, null=True)),
                ('is_live', models.BooleanField(default=False, editable=False, help_text='Set when this version is published, cleared when it is unpublished.', verbose_name='readers see this version')),
            ],
            options={
                'verbose_name': 'publication',
                'verbose_name_plural': 'publications',
            },
        ),
        migrations.AddField(
            model_name='publicationcontent',
            name='publication',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='contents', to='publications.publication'),
        ),
        migrations.AddField(
            model_name='publicationcontent',
            name='supersedes',
            field=models.ForeignKey(blank=True, help_text='The earlier edition this one replaces.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='superseded_by', to='publications.publication'),
        ),
        migrations.AddField(
            model_name='publicationcontent',
            name='topics',
            field=models.ManyToManyField(blank=True, related_name='publications', to='publications.topic'),
        ),
        migrations.AddIndex(
            model_name='publicationcontent',
            index=models.Index(fields=['is_live', '-document_year', '-date_submitted'], name='pubcontent_newest'),
        ),
        migrations.AddIndex(
            model_name='publicationcontent',
            index=models.Index(condition=models.Q(('is_live', True)), fields=['kind', 'document_year'], name='pubcontent_kind_year'),
        ),
        migrations.AddIndex(
            model_name='publicationcontent',
            index=models.Index(fields=['slug'], name='pubcontent_slug'),
        ),
    ]
