"""The sitemap: every live, public page of the request's site, with its last
publication date, in a fixed number of queries.

Wagtail's own reads each page as its specific type, one query per page type, though
only the address and the dates of the base page are shown. The specific types are
read only if a page type changes what it lists (``get_sitemap_urls``).
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, get_page_models


def _a_type_lists_its_own_urls():
    return any(model.get_sitemap_urls is not Page.get_sitemap_urls for model in get_page_models())


class PageSitemap(Sitemap):
    def items(self):
        pages = (
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
        )
        return pages.specific() if _a_type_lists_its_own_urls() else pages
