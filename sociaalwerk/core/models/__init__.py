from .articles import ArticlePage, ArticleTheme
from .authors import Author, AuthoredPageMixin, AuthorLink
from .home import HomePage
from .listing import ArticleIndexPage
from .site_settings import FooterLink, SiteSettings
from .standard import StandardPage
from .themes import ThemeIndexPage, ThemePage

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticleTheme",
    "Author",
    "AuthorLink",
    "AuthoredPageMixin",
    "FooterLink",
    "HomePage",
    "SiteSettings",
    "StandardPage",
    "ThemeIndexPage",
    "ThemePage",
]
