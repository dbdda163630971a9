from .home import HomePage
from .site_settings import FooterLink, SiteSettings
from .standard import StandardPage

__all__ = ["FooterLink", "HomePage", "SiteSettings", "StandardPage"]
