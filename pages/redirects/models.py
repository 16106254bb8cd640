"""Old addresses: every path a published page has had, and the redirects editors set.

django CMS forgets a page's old address the moment its slug or place in the
tree changes, so every link to it breaks (django-cms #3839). Here each path a
published page has lived at is remembered, pointing at the page itself, not
at its next address: the old path then leads wherever the page lives now, in
one hop however often it moved, and to a "410 Gone" page once it is
unpublished or deleted. Rows for a path where its page still lives do
nothing: the page answers first (pages/redirects/middleware.py only looks here
for requests that would otherwise be a 404). The path logic, with no database,
is in pages/redirects/paths.py; pages/redirects/recording.py keeps the rows.

A publication's old addresses are kept apart, on purpose: its slug history
(``PublicationSlug`` in publications/models.py, answered by ``find_publication``
in publications/views.py) follows a renamed publication, whatever page the
publications list lives under, while this follows pages (the list page
included, and everything under it). Publications know nothing of pages.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Length
from django.utils import timezone
from django.utils.translation import get_language

from pages.redirects.paths import (
    MAX_PATH_LENGTH,
    candidate_paths,
    check_old_path,
    check_target_address,
    follow,
    is_local_path,
    path_of,
)

__all__ = ["Redirect", "RedirectAnswer"]


@dataclass(frozen=True)
class RedirectAnswer:
    """What a request for an old path gets: a redirect to ``location``, or 410 Gone."""

    location: str | None  # None: gone
    permanent: bool = True

    @property
    def gone(self) -> bool:
        return self.location is None


def page_url_for_path(page_path: str | None) -> str | None:
    """The address of a page whose CMS URL path is ``page_path`` ("" is the home page).

    django CMS serves pages from the site's root (dccs_site/urls.py), so this
    is what its ``pages-details-by-slug`` URL gives, without ``reverse()``:
    that would load the URLs, and a process that loads them before the
    publications page is published (the seed command) never sees its app.
    """
    if page_path is None:
        return None  # not published
    return f"/{page_path}/" if page_path else "/"


class RedirectQuerySet(models.QuerySet):
    def automatic(self):
        """The rows the site keeps itself (a page's old addresses)."""
        return self.filter(automatic=True)

    def set_by_editors(self):
        return self.filter(automatic=False)

    def with_page_path(self, language: str | None = None):
        """Annotate each row with its page's URL path now (None: the page is not published)."""
        from cms.models import PageUrl

        page_path = PageUrl.objects.filter(
            page=OuterRef("to_page"), language=language or get_language()
        ).values("path")[:1]
        return self.annotate(page_path=Subquery(page_path))

    def longest_match(self, path: str, language: str | None = None):
        """The row recorded for ``path`` or its nearest ancestor, with its page's path.

        One indexed query, whatever the depth of the path.
        """
        candidates = candidate_paths(path)
        if not candidates:
            return None
        return (
            self.filter(from_path__in=candidates)
            .with_page_path(language)
            .order_by(Length("from_path").desc())
            .first()
        )

    def answer_for(self, path: str, query: str = "", language: str | None = None):
        """What a request for ``path`` that found nothing is answered with, or None (404)."""
        row = self.longest_match(path, language)
        return row.answer_for(path, query) if row is not None else None


class Redirect(models.Model):
    """An old address of this website, and where it leads now.

    Made by the site (``automatic``) for every path a published page has had:
    it points at the page, so it follows the page wherever it goes and says
    "gone" when the page is unpublished or deleted. Made or taken over by an
    editor: it leads to the page or address they chose, or, with neither, says
    the page is gone for good. The site never changes an editor's redirect.
    """

    from_path = models.CharField(
        "old address",
        max_length=MAX_PATH_LENGTH,
        unique=True,
        validators=[check_old_path],
        error_messages={
            "unique": "There is already a redirect for this address: change that one instead."
        },
        help_text=(
            "A path on this website, starting with /, such as /old-page/. "
            "Everything under it (/old-page/anything/) follows the redirect too. "
            "While a published page lives at this address, the page is shown instead."
        ),
    )
    to_page = models.ForeignKey(
        "cms.Page",
        verbose_name="to page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The redirect follows the page if it moves again.",
    )
    to_path = models.CharField(
        "or to address",
        max_length=MAX_PATH_LENGTH,
        blank=True,
        validators=[check_target_address],
        help_text=(
            "A path on this website (/about/) or an address starting with https://. "
            "Leave this and the page empty to say the page is gone for good (410)."
        ),
    )
    permanent = models.BooleanField(
        "permanent (301)",
        default=True,
        help_text="Untick for a temporary redirect (302), e.g. while a page is being rewritten.",
    )
    automatic = models.BooleanField(
        "kept by the site",
        default=False,
        editable=False,
        help_text="Recorded when a published page got a new address; an editor's change ends it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RedirectQuerySet.as_manager()

    class Meta:
        ordering = ["from_path"]
        verbose_name = "redirect"
        constraints = [
            models.CheckConstraint(
                condition=Q(to_page__isnull=True) | Q(to_path=""),
                name="pages_redirect_one_target",
                violation_error_message="Choose a page or give an address, not both.",
            )
        ]

    def __str__(self):
        return self.from_path

    def target_url(self) -> str | None:
        """Where the old path leads now, without the rest of a longer path; None: gone.

        Uses the ``page_path`` annotation when the row came from ``with_page_path``.
        """
        if self.to_path:
            return self.to_path
        if self.to_page_id is None:
            return None
        if hasattr(self, "page_path"):
            return page_url_for_path(self.page_path)
        return page_url_for_path(self.to_page.get_path(get_language()))

    def answer_for(self, path: str, query: str = "") -> RedirectAnswer | None:
        """The answer to a request for ``path`` (this row's path or one under it).

        None when this row should not act: its page still lives here (the
        request is a real 404 under a live page), or the rest of the path is
        unsafe to follow.
        """
        target = self.target_url()
        if target is None:
            return RedirectAnswer(location=None)
        location = follow(target, path, self.from_path)
        if location is None or location in (path, path + "/"):
            return None
        return RedirectAnswer(
            location=follow(target, path, self.from_path, query), permanent=self.permanent
        )

    def clean(self):
        """Refuse what would break: odd paths, loops, and chains of redirects."""
        try:
            check_old_path(self.from_path)
            if self.to_path:
                check_target_address(self.to_path)
        except ValidationError:
            return  # the fields' own validators say what is wrong
        if self.to_page_id and self.to_path:
            raise ValidationError("Choose a page or give an address, not both.")
        if self.to_path and is_local_path(self.to_path):
            self._point_local_address_at_its_page()
        if self.to_page_id:
            self._check_target_page()
        elif self.to_path and is_local_path(self.to_path):
            self._check_target_path()

    def _point_local_address_at_its_page(self):
        """A local address where a published page lives becomes that page, so it follows moves."""
        from cms.models import PageUrl

        page_path = path_of(self.to_path)
        if "?" in self.to_path or "#" in self.to_path or not page_path.endswith("/"):
            return
        url = (
            PageUrl.objects.filter(path=page_path.strip("/"), language=get_language())
            .select_related("page")
            .first()
        )
        if url is not None and page_url_for_path(url.path) == page_path:
            self.to_page, self.to_path = url.page, ""

    def _check_target_page(self):
        page_url = page_url_for_path(self.to_page.get_path(get_language()))
        if page_url is None:
            raise ValidationError(
                {"to_page": "This page is not published: choose a published page."}
            )
        if page_url == self.from_path:
            raise ValidationError(
                {"to_page": f"This page lives at {self.from_path}: it would redirect to itself."}
            )

    def _check_target_path(self):
        target = path_of(self.to_path)
        if target in (self.from_path, self.from_path.rstrip("/") + "/"):
            raise ValidationError({"to_path": "An address cannot redirect to itself."})
        if self.from_path.endswith("/") and target.startswith(self.from_path):
            raise ValidationError(
                {
                    "to_path": f"{target} is under {self.from_path}, which this redirect "
                    "sends away: visitors would go round in circles."
                }
            )
        onward = Redirect.objects.exclude(pk=self.pk).answer_for(target)
        if onward is None:
            return
        if onward.gone:
            raise ValidationError(
                {"to_path": f"{target} itself answers “gone” (410): choose another address."}
            )
        if path_of(onward.location) in (self.from_path, self.from_path.rstrip("/") + "/"):
            raise ValidationError(
                {
                    "to_path": f"{target} already redirects to {self.from_path}: the two "
                    "would send visitors round in a circle."
                }
            )
        raise ValidationError(
            {
                "to_path": f"{target} itself redirects to {onward.location}. Point this "
                f"redirect straight to {onward.location}, so visitors get there in one step."
            }
        )

    def collapse_chains(self) -> int:
        """Point editors' redirects that lead to this old address at this one's target.

        Keeps every redirect one hop after an editor redirects an address that
        other redirects lead to. Returns how many changed.
        """
        if not (self.to_page_id or self.to_path):
            return 0
        leading_here = (
            Redirect.objects.set_by_editors()
            .exclude(pk=self.pk)
            .filter(to_path__in=[self.from_path, self.from_path.rstrip("/") + "/"])
        )
        return leading_here.update(
            to_page=self.to_page_id, to_path=self.to_path, updated_at=timezone.now()
        )
