"""PDFs kept across a form error (``KeptUpload``), and the form's hints: the year or the
date of the document, and what changing the slug does."""

import django.utils.timezone
import djangocms_text.fields
import publications.kept_uploads
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('publications', '0005_publication_keeps_what_outlives_versions'),
    ]

    operations = [
        migrations.CreateModel(
            name='KeptUpload',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('token', models.CharField(editable=False, max_length=64, unique=True)),
                ('file', models.FileField(max_length=255, upload_to=publications.kept_uploads.kept_file_name)),
                ('original_filename', models.CharField(max_length=255)),
                ('file_size', models.PositiveBigIntegerField()),
                ('page_count', models.PositiveIntegerField()),
                ('kept_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
            ],
        ),
        migrations.AlterField(
            model_name='publicationcontent',
            name='body',
            field=djangocms_text.fields.HTMLField(blank=True, help_text='An accessible HTML version of the document, where there is one. Leave it empty if there is none.', verbose_name='HTML version'),
        ),
        migrations.AlterField(
            model_name='publicationcontent',
            name='document_date',
            field=models.DateField(blank=True, help_text='If the document has its own date. Give this or the year of the document.', null=True, verbose_name='date of the document'),
        ),
        migrations.AlterField(
            model_name='publicationcontent',
            name='document_year',
            field=models.PositiveSmallIntegerField(blank=True, help_text='Needed only if you give no date of the document: with a date, the year is taken from it. The year staff filter on.', verbose_name='year of the document'),
        ),
        migrations.AlterField(
            model_name='publicationcontent',
            name='slug',
            field=models.SlugField(help_text='The last part of the web address. If you change it, the old address redirects to the new one once this version is published.', max_length=255),
        ),
    ]
