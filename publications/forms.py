"""The publications list's filters, as a form: nonsense gets a clear message, never a 500."""

from django import forms

from publications.models import Kind, Topic

# The years a resident may filter on, publications or not: anything else is nonsense.
FIRST_YEAR, LAST_YEAR = 1900, 2099


class PublicationFilterForm(forms.Form):
    """Filters for /publications/ (and its exports). Every field is optional."""

    q = forms.CharField(label="Search", max_length=200, required=False, strip=True)
    kind = forms.ChoiceField(label="Type", required=False, choices=[("", "All types")])
    topic = forms.ChoiceField(label="Topic", required=False, choices=[("", "All topics")])
    year = forms.TypedChoiceField(
        label="Year", required=False, coerce=int, empty_value=None, choices=[("", "All years")]
    )

    def __init__(self, *args, topics=(), years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "All types"), *Kind.choices]
        self.fields["topic"].choices = [("", "All topics"), *((t.slug, t.name) for t in topics)]
        # A year nothing was published in (yet) is a fair question with an empty
        # answer, not a mistake: it is offered, and shown as chosen.
        asked = self.requested_year()
        if asked is not None and asked not in years:
            years = sorted({*years, asked}, reverse=True)
        self.fields["year"].choices = [("", "All years"), *((y, str(y)) for y in years)]

    def requested_year(self) -> int | None:
        """The year asked for, if it is a plausible document year (else the field says no)."""
        value = str(self.data.get(self.add_prefix("year"), "") or "").strip()
        if len(value) != 4 or not value.isascii() or not value.isdigit():
            return None
        year = int(value)
        return year if FIRST_YEAR <= year <= LAST_YEAR else None

    def error_summary(self) -> list[tuple[str, str]]:
        """Each field's errors as the page's error summary lists them, leading to the field."""
        return [
            (f"{field.label}: {error}", f"#{field.id_for_label}")
            for field in self
            for error in field.errors
        ]

    def filter(self, publications):
        """The publications matching the cleaned filters (call after is_valid())."""
        data = self.cleaned_data
        if data.get("kind"):
            publications = publications.of_kind(data["kind"])
        if data.get("topic"):
            publications = publications.about(data["topic"])
        if data.get("year"):
            publications = publications.from_year(data["year"])
        if data.get("q"):
            publications = publications.matching(data["q"])
        return publications


def filter_form_for(query_params):
    """A bound filter form with today's topics and years as its choices."""
    from publications.models import PublicationContent

    years = (
        PublicationContent.objects.all()  # published versions only
        .order_by("-document_year")
        .values_list("document_year", flat=True)
        .distinct()
    )
    return PublicationFilterForm(query_params, topics=Topic.objects.all(), years=list(years))
