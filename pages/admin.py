"""Admin of the pages app: the page tree's own rule, then each concept's admin (its sub-package).

Changing the page tree is publishing: only a Publisher moves pages or changes their settings.

Without ``CMS_PERMISSION``, django CMS lets anyone with ``cms.change_page`` (which
an Editor needs to change drafts) also move a page, make another page the home
page, and change a page's advanced settings ("login required", the application
hooked to it, its id). None of those has a draft to preview: each changes the
live site at once, so here each takes the permission that publishing a version
takes (``cms.publish_page``, the "Publisher" role).
"""

from cms.admin.pageadmin import PageAdmin
from cms.models import Page
from cms.utils import page_permissions
from django.contrib import admin
from django.core.exceptions import PermissionDenied

from pages.alerts import admin as alerts_admin  # noqa: F401
from pages.governance import admin as governance_admin  # noqa: F401
from pages.inspections import admin as inspections_admin  # noqa: F401
from pages.performance import admin as performance_admin  # noqa: F401
from pages.redirects import admin as redirects_admin  # noqa: F401


def may_change_live_page(user, page: Page | None) -> bool:
    if page is None:
        return False
    return page_permissions.user_can_publish_page(user, page, site=page.site)


class PageTreeAdmin(PageAdmin):
    def has_move_page_permission(self, request, obj=None):
        return super().has_move_page_permission(request, obj) and may_change_live_page(
            request.user, obj
        )

    def has_change_advanced_settings_permission(self, request, obj=None):
        return super().has_change_advanced_settings_permission(
            request, obj
        ) and may_change_live_page(request.user, obj)

    def actions_menu(self, request, object_id, extra_context=None):
        """The page tree's menu of a page: django CMS offers "Set as home" to whoever may
        change the page (its template's ``has_change_permission``); only those ``set_home``
        below lets do it see it."""
        page = self.get_object(request, object_id=object_id)
        if page is not None and not may_change_live_page(request.user, page):
            extra_context = {**(extra_context or {}), "has_change_permission": False}
        return super().actions_menu(request, object_id, extra_context)

    def set_home(self, request, object_id):
        page = self.get_object(request, object_id=object_id)
        if page is not None and not may_change_live_page(request.user, page):
            raise PermissionDenied("Only a publisher may change the home page.")
        return super().set_home(request, object_id)


admin.site.unregister(Page)
admin.site.register(Page, PageTreeAdmin)
