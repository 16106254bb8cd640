"""Admin for publications: versions, like pages (djangocms-versioning).

Anyone who may change publications adds one (a draft) or makes a new draft of a
published one ("New draft"), and changes only drafts: a published, unpublished
or archived version is read-only, and with version locking a draft is its
author's until they or a Publisher unlock it. Publishing, unpublishing and
archiving take ``publications.publish_publication`` (``PublicationContent.
has_publish_permission``), which only Publishers have. A Publisher compares a
draft with the published version ("Manage versions" › compare) and previews
exactly what readers will see before publishing it.
"""

from django import forms
from django.contrib import admin
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from djangocms_versioning.admin import (
    ExtendedIndicatorVersionAdminMixin,
    versioning_change_list_factory,
)
from djangocms_versioning.constants import DRAFT, PUBLISHED

from admin_changelists import DateDrillDownChangeList
from publications.admin_forms import PublicationContentForm, current_file_link
from publications.file_names import staff_download_name
from publications.formatting import format_file_size, format_page_count
from publications.models import (
    EarlierFile,
    Publication,
    PublicationContent,
    PublicationSettings,
    Topic,
)
from publications.views import pdf_response
from reviews.schedule_admin import may_schedule, schedule_url
from reviews.schedules import describe, scheduled_for

PublicationChangeList = versioning_change_list_factory(DateDrillDownChangeList)


@admin.register(PublicationContent)
class PublicationContentAdmin(ExtendedIndicatorVersionAdminMixin, admin.ModelAdmin):
    form = PublicationContentForm
    list_display = ("title", "kind", "document_year", "date_submitted", "file_in_short")
    list_filter = ("kind", "topics", ("document_year", admin.AllValuesFieldListFilter))
    search_fields = ("title", "summary", "slug")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("supersedes",)
    date_hierarchy = "date_submitted"
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "topics", "summary")}),
        ("The document", {"fields": ("file", "facts", "original_filename", "date_updated")}),
        ("Dates", {"fields": ("document_date", "document_year", "date_submitted")}),
        ("More", {"fields": ("body", "supersedes", "earlier_files")}),
    )
    readonly_fields = ("facts", "original_filename", "date_updated", "earlier_files")

    @admin.display(description="file")
    def facts(self, obj):
        if not obj.file_size:
            return "Worked out from the PDF when it is saved"
        if obj.stand_in:
            published = f" (its size: {obj.published_size})" if obj.published_size else ""
            return format_html(
                "PDF, {}: it only stands in for the published document{}, which is not on "
                "this website yet. Upload the real PDF (in a draft) to replace it.",
                format_file_size(obj.file_size),
                published,
            )
        return format_html(
            "PDF, {}, {}", format_file_size(obj.file_size), format_page_count(obj.page_count)
        )

    @admin.display(description="file")
    def file_in_short(self, obj):
        """The list's cell: the form's sentence about a stand-in made every row a dozen lines."""
        if obj.stand_in and obj.file_size:
            published = f", published size {obj.published_size}" if obj.published_size else ""
            return f"Stand-in PDF, {format_file_size(obj.file_size)}{published}"
        return self.facts(obj)

    @admin.display(description="PDF")
    def pdf(self, obj):
        """The PDF of a version shown read-only, as the form shows it (Django's own display
        would link the stored name to /media/, which nothing serves)."""
        return current_file_link(obj) if obj.file else "None"

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        return [
            (name, {**options, "fields": ["pdf" if f == "file" else f for f in options["fields"]]})
            for name, options in fieldsets
        ]

    @admin.display(description="earlier versions (kept when a published PDF is replaced)")
    def earlier_files(self, obj):
        if obj is None or not obj.publication_id:
            return "None yet"
        files = obj.publication.earlier_files.all()
        if not files:
            return "None yet"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> (PDF, {}, {}; replaced {})</li>',
                (
                    (
                        reverse(
                            "admin:publications_publicationcontent_earlier_file", args=[earlier.pk]
                        ),
                        earlier.original_filename or "Earlier version",
                        format_file_size(earlier.file_size),
                        format_page_count(earlier.page_count),
                        date_format(timezone.localtime(earlier.replaced_at), "j F Y"),
                    )
                    for earlier in files
                ),
            ),
        )

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        """Topics as ticks: a handful of them, each visible at once (the admin's two-box
        picker clipped its buttons and hid what was chosen)."""
        if db_field.name == "topics":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_list_display(self, request):
        @admin.display(description="scheduled")
        def scheduled(content):
            """What is scheduled, or for whoever may publish, a link to schedule it: a draft
            to go live, a live version to be withdrawn (as the page toolbar's Schedule…)."""
            changes = scheduled_for(content, request)
            if changes:
                return "; ".join(describe(change) for change in changes)
            version = self.get_version(content)
            if version is None or not may_schedule(version, request.user):
                return "–"
            return format_html(
                '<a href="{}">{}<span class="visually-hidden"> {}</span></a>',
                schedule_url(version, request.get_full_path()),
                "Schedule…" if version.state == DRAFT else "Schedule withdrawal…",
                content.title,
            )

        return (*super().get_list_display(request), scheduled)

    def view_on_site(self, obj):
        """The "View on site" link shows this version as readers would see it. Django's default went
        through the Sites framework's domain to the public address, which shows the
        published version, not this one (and the domain is Django's placeholder)."""
        return obj.get_preview_url()

    def get_changelist(self, request, **kwargs):
        return PublicationChangeList

    def has_delete_permission(self, request, obj=None):
        """A published version is unpublished before it is deleted (djangocms-versioning's
        own rule for versions): only unpublishing refreshes kept pages and the search entry,
        and deleting it outright would leave both showing a publication that is gone."""
        if obj is not None and obj.versions.filter(state=PUBLISHED).exists():
            return False
        return super().has_delete_permission(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        """The form, with the editor's session: a PDF kept across a form error is theirs."""
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"session": request.session})

    def save_model(self, request, obj, form, change):
        """A new publication gets the record that outlives its versions; versioning then
        makes its first version, a draft, credited to whoever saved it. A PDF kept since
        the form's last error is the version's own now (or was replaced): it goes."""
        if not obj.publication_id:
            obj.publication = Publication.objects.create()
        super().save_model(request, obj, form, change)
        form.release_kept_file()

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<int:pk>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="{}_{}_preview".format(*info),
            ),
            path(
                "<int:pk>/file/",
                self.admin_site.admin_view(self.file_view),
                name="{}_{}_file".format(*info),
            ),
            path(
                "earlier-file/<int:pk>/",
                self.admin_site.admin_view(self.earlier_file_view),
                name="{}_{}_earlier_file".format(*info),
            ),
            *super().get_urls(),
        ]

    def _version_for(self, request, pk):
        if not self.has_view_permission(request):
            raise Http404("No such version")
        return get_object_or_404(PublicationContent.admin_manager, pk=pk)

    def preview_view(self, request, pk):
        """The version as readers would see it, whatever its state (staff only)."""
        content = self._version_for(request, pk)
        publication = content.publication
        return render(
            request,
            "publications/publication_detail.html",
            {
                "publication": content,
                "preview": True,
                "download_url": reverse("admin:publications_publicationcontent_file", args=[pk]),
                "earlier_files": publication.earlier_files.all(),
                "supersedes": content.supersedes.published_content()
                if content.supersedes_id
                else None,
                "settings": PublicationSettings.current(),
            },
        )

    def file_view(self, request, pk):
        """This version's PDF under its original name, for staff: a draft's file is never
        reachable by the public (the admin sends anyone else to sign in)."""
        content = self._version_for(request, pk)
        return pdf_response(
            content.file, staff_download_name(content.original_filename, content.slug)
        )

    def earlier_file_view(self, request, pk):
        """A file an earlier published version had, under its original name, for staff."""
        if not self.has_view_permission(request):
            raise Http404("No such file")
        earlier = get_object_or_404(EarlierFile, pk=pk)
        return pdf_response(
            earlier.file, staff_download_name(earlier.original_filename, "earlier-version")
        )


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    """Not listed: it answers the "Supersedes" search, by any version's title."""

    search_fields = ("contents__title",)
    ordering = ("-pk",)  # the newest first, and pages of answers in a stable order

    def has_module_permission(self, request):
        return False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_search_results(self, request, queryset, search_term):
        found, _ = super().get_search_results(request, queryset, search_term)
        return found.distinct(), False

    def changelist_view(self, request, extra_context=None):
        """Its bare list (publication ids) means nothing to an editor: the publications list."""
        return redirect("admin:publications_publicationcontent_changelist")


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(PublicationSettings)
class PublicationSettingsAdmin(admin.ModelAdmin):
    list_display = ("__str__", "accessible_format_email")

    def has_add_permission(self, request):
        return not PublicationSettings.objects.exists()
