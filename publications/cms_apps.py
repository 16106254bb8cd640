from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool


@apphook_pool.register
class PublicationsApphook(CMSApp):
    """Puts the publications list (and every publication under it) at a CMS page."""

    name = "Publications list"
    app_name = "publications"

    def get_urls(self, page=None, language=None, **kwargs):
        return ["publications.urls"]
