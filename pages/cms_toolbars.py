"""The page toolbar offers an Editor only what the page admin lets them do.

django CMS builds the Page menu from the page's own permission methods, which
know nothing of the rule in pages/admin.py (advanced settings take
``cms.publish_page``), and it shows "Delete page" greyed out to whoever may not
delete. Here each Page-menu entry whose admin view would refuse this person is
taken out, and one sentence says who does it instead. Publishers keep the menu
as django CMS builds it.
"""

from urllib.parse import urlsplit

import djangocms_versioning.cms_toolbars  # noqa: F401 (registers VersioningPageToolbar first)
from cms.cms_toolbars import PAGE_MENU_IDENTIFIER
from cms.models import Page
from cms.toolbar.items import ModalItem, TemplateItem
from cms.utils.urlutils import admin_reverse
from django.contrib import admin
from django.contrib.auth import get_user_model
from djangocms_versioning.cms_toolbars import VersioningPageToolbar, replace_toolbar


def publisher_names() -> list[str]:
    """The names of the active staff who may publish pages (and so do what Editors may not).

    Asked of Django's permissions: roles are groups here, and django CMS's page-level
    permissions are off (``CMS_PERMISSION = False``), so it is the same for every page.
    """
    users = (
        get_user_model()
        .objects.with_perm("cms.publish_page", backend="django.contrib.auth.backends.ModelBackend")
        .filter(is_staff=True)
        .order_by("first_name", "last_name", "username")
    )
    return [user.get_full_name() or user.get_username() for user in users]


class RoleAwarePageToolbar(VersioningPageToolbar):
    def add_page_menu(self):
        super().add_page_menu()
        menu = self.toolbar.get_menu(PAGE_MENU_IDENTIFIER)
        if menu is None or self.page is None:
            return
        refused = self.refused_paths()
        removed = [
            found.item
            for found in menu.find_items(ModalItem)
            if urlsplit(found.item.url).path in refused
        ]
        for item in removed:
            menu.remove_item(item)
        if removed:
            menu.add_break("Publisher note break")
            menu.add_item(
                TemplateItem(
                    "pages/toolbar/publisher_needed.html",
                    extra_context={"publishers": publisher_names()},
                )
            )

    def refused_paths(self) -> set[str]:
        """The Page-menu addresses whose view would answer this person 403, asked of the page
        admin that serves them."""
        page_admin = admin.site.get_model_admin(Page)
        may = {
            admin_reverse("cms_page_advanced", args=[self.page.pk]): (
                page_admin.has_change_advanced_settings_permission(self.request, self.page)
            ),
            admin_reverse("cms_page_delete", args=[self.page.pk]): (
                page_admin.has_delete_permission(self.request, self.page)
            ),
        }
        return {path for path, allowed in may.items() if not allowed}


replace_toolbar(VersioningPageToolbar, RoleAwarePageToolbar)
