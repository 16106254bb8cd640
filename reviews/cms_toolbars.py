"""The page toolbar offers each person only what they may do with a draft.

djangocms-versioning shows Publish to everyone editing a draft; for an Editor it
fails ("You do not have publish permissions"). Here whoever may publish the
draft keeps Publish (a Publisher still publishes their own change in one step),
and beside it "Schedule…" to choose the minute it goes live (reviews/schedules.py);
whoever may only change it gets "Ready for review" instead, and everyone editing
the draft sees where its review stands (waiting, or sent back with the comment).
"""

from cms.toolbar.items import ButtonList, TemplateItem
from cms.toolbar_pool import toolbar_pool  # noqa: F401 (the pool versioning's module fills)
from django.urls import reverse
from django.utils import timezone
from djangocms_versioning import cms_toolbars as versioning_toolbars
from djangocms_versioning.constants import DRAFT

from reviews.models import ReviewRequest, ScheduledChange
from reviews.schedule_admin import schedule_url, waiting_for
from reviews.templatetags.reviews import review_context


class ReviewToolbar(versioning_toolbars.VersioningToolbar):
    def _add_publish_button(self):
        if not self._is_versioned() or not self.toolbar.edit_mode_active:
            return
        version = self._get_version()
        if version is None or version.state != DRAFT:
            return
        user = self.request.user
        context = review_context(version, user, self.request.get_full_path())
        self._review_context = context  # the version menu's note (_add_versioning_menu)
        if context and context["review"] is not None:
            self.toolbar.add_item(
                TemplateItem(
                    "reviews/toolbar_status.html",
                    extra_context=context,
                    side=self.toolbar.RIGHT,
                )
            )
        if version.check_publish.as_bool(user):
            super()._add_publish_button()
            self._add_schedule_button(version)
            return
        waiting = (
            context
            and context["review"]
            and (context["review"].state == ReviewRequest.State.WAITING)
        )
        if context and context["ask_url"]:
            item = ButtonList(side=self.toolbar.RIGHT)
            item.add_button(
                "Ready for review", url=context["ask_url"], extra_classes=["cms-btn-action"]
            )
            self.toolbar.add_item(item)
        elif waiting:
            item = ButtonList(side=self.toolbar.RIGHT)
            item.add_button(
                "Waiting for review",
                url=reverse("admin:reviews_reviewrequest_changelist"),
                extra_classes=["cms-btn-disabled"],
            )
            self.toolbar.add_item(item)

    def _add_schedule_button(self, version):
        """Beside Publish: schedule the draft for a later minute, or see and move its schedule."""
        scheduled = [c for c in waiting_for(version) if c.action == ScheduledChange.Action.PUBLISH]
        label = (
            f"Goes live {timezone.localtime(scheduled[0].at):%-d %b %Y, %H:%M}"
            if scheduled
            else "Schedule…"
        )
        item = ButtonList(side=self.toolbar.RIGHT)
        item.add_button(label, url=schedule_url(version, self.request.get_full_path()))
        self.toolbar.add_item(item)

    def _add_versioning_menu(self):
        """The version menu tells the draft's editor in full what the toolbar's line can only
        begin (a long comment would push every button into "More..."), and who publishes."""
        super()._add_versioning_menu()
        context = getattr(self, "_review_context", None)
        menu = self.toolbar.get_menu(versioning_toolbars.VERSIONING_MENU_IDENTIFIER)
        if not context or menu is None:
            return
        sent_back = context["review"] and context["review"].state == ReviewRequest.State.SENT_BACK
        if sent_back or context["ask_url"]:
            menu.add_break("Review note break")
            menu.add_item(TemplateItem("reviews/toolbar_menu_note.html", extra_context=context))


versioning_toolbars.replace_toolbar(versioning_toolbars.VersioningToolbar, ReviewToolbar)
