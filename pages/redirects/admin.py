"""Redirects: Publishers add and change them; Editors can see them.

Most rows are kept by the site: every address a published page has had
(pages/redirects/models.py). An editor changes one to send an old address
somewhere else, or adds their own, e.g. for an address of the old website.
Permissions come from the roles (pages/roles.py): Publishers have every
permission in pages/, Editors only ``view_``.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Case, CharField, F, Q, Value, When
from django.db.models.functions import Concat
from django.utils.translation import get_language

from pages.redirects.models import Redirect


class PublishedPageChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, page):
        return f"{page.get_title(get_language())} ({page.get_absolute_url(get_language())})"


class RedirectForm(forms.ModelForm):
    class Meta:
        model = Redirect
        fields = ["from_path", "to_page", "to_path", "permanent"]
        field_classes = {"to_page": PublishedPageChoiceField}

    def __init__(self, *args, **kwargs):
        from cms.models import Page

        super().__init__(*args, **kwargs)
        # Only published pages can be a target (an unpublished one would answer "gone").
        self.fields["to_page"].queryset = (
            Page.objects.filter(urls__language=get_language(), urls__path__isnull=False)
            .prefetch_related("urls", "pagecontent_set")
            .order_by("path")
        )
        if self.instance.to_page_id and not self.fields["to_page"].queryset.filter(
            pk=self.instance.to_page_id
        ):
            # The page it led to is no longer published: choose another target.
            self.initial["to_page"] = None


class RedirectStatusFilter(admin.SimpleListFilter):
    title = "made by"
    parameter_name = "made_by"

    def lookups(self, request, model_admin):
        return [("site", "The site (a page's old address)"), ("editor", "An editor")]

    def queryset(self, request, queryset):
        if self.value() == "site":
            return queryset.automatic()
        if self.value() == "editor":
            return queryset.set_by_editors()
        return queryset


def lives_here():
    """A row for its page's address now: no address of its own, and the page published at it
    (``with_page_path``'s annotation; "" is the home page, at "/")."""
    address = Case(
        When(page_path="", then=Value("/")),
        default=Concat(Value("/"), F("page_path"), Value("/")),
        output_field=CharField(),
    )
    return Q(to_path="", to_page__isnull=False, from_path=address)


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    form = RedirectForm
    list_display = ["from_path", "leads_to", "kind", "automatic", "updated_at"]
    list_filter = [RedirectStatusFilter, "permanent"]
    search_fields = ["from_path", "to_path"]
    readonly_fields = ["automatic", "created_at", "updated_at"]

    def get_queryset(self, request):
        """Every redirect, but not the record of a page's own address while it lives there
        (it redirects nowhere: the site keeps it to follow the page when it moves)."""
        return (
            super()
            .get_queryset(request)
            .with_page_path()
            .exclude(lives_here())
            .select_related("to_page")
        )

    @admin.display(description="leads to")
    def leads_to(self, redirect):
        target = redirect.target_url()
        if target is None:
            return "Gone (410)"
        return target

    @admin.display(description="answer")
    def kind(self, redirect):
        target = redirect.target_url()
        if target is None:
            return "410 gone"
        return "301 permanent" if redirect.permanent else "302 temporary"

    def save_model(self, request, obj, form, change):
        # Once an editor has changed it, the site leaves it alone.
        obj.automatic = False
        super().save_model(request, obj, form, change)
        collapsed = obj.collapse_chains()
        if collapsed:
            self.message_user(
                request,
                f"{collapsed} other redirect(s) that led to {obj.from_path} now lead "
                "straight to the new target.",
                messages.INFO,
            )
