"""A PDF that only stands in for the published document is marked so, with the size its source
prints; a document no source dates has no date (issue 22). Databases seeded before this are
re-created with `make seed` (README): nothing here marks their stand-ins."""

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('publications', '0007_no_empty_html_versions'),
    ]

    operations = [
        migrations.AddField(
            model_name='publicationcontent',
            name='published_size',
            field=models.CharField(blank=True, editable=False, help_text='As its source prints it (“2MB”), while the PDF here stands in for it.', max_length=20, verbose_name='size of the published document'),
        ),
        migrations.AddField(
            model_name='publicationcontent',
            name='stand_in',
            field=models.BooleanField(default=False, editable=False, help_text='The published document is not on this website yet. Upload it to replace the stand-in.', verbose_name='the PDF only stands in for the published document'),
        ),
        migrations.AlterField(
            model_name='publicationcontent',
            name='date_submitted',
            field=models.DateField(blank=True, default=django.utils.timezone.localdate, help_text='When it was published on the website. Leave it empty if that is not known: readers then see no date, and lists order it by the year of the document.', null=True, verbose_name='date added'),
        ),
    ]
