from wagtail import hooks

from sociaalwerk.page_cache.decorators import tag_request
from sociaalwerk.page_cache.tags import above_tags, page_tag


# After Wagtail's own view-restriction check (order 0): a page behind a password or a
# login is refused there and never tagged.
@hooks.register("before_serve_page", order=100)
def tag_cacheable_page(page, request, serve_args, serve_kwargs):
    """Pages that look the same to every anonymous visitor declare ``cache_tags``: what
    they show besides themselves and the site frame. Pages without (forms) are never
    stored. Each page shows its ancestors too, in its breadcrumbs and its address."""
    tags = getattr(page, "cache_tags", None)
    if tags is not None:
        tag_request(request, {page_tag(page.pk), *above_tags(page.url_path), *tags})
