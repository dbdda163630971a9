"""The site's public address: ``check --deploy`` warns while canonical links, Open
Graph URLs and the sitemap would carry ``localhost``; ``set_site_address`` sets it."""

import io

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Site

from sociaalwerk.seo.checks import check_site_address
from tests.factories import NewsPageFactory
from tests.seo.helpers import Head

pytestmark = pytest.mark.django_db

DOMAIN = "https://www.sociaalwerk.nl"


@pytest.fixture
def public(settings, content_site):
    """Production's address settings; the default site still on Wagtail's "localhost"."""
    settings.WAGTAILADMIN_BASE_URL = DOMAIN
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["www.sociaalwerk.nl"]
    return content_site


def warning_ids():
    return [warning.id for warning in check_site_address(None)]


def set_default_site(hostname, port):
    Site.objects.filter(is_default_site=True).update(hostname=hostname, port=port)


def test_the_deploy_check_warns_while_the_site_is_on_localhost(public):
    assert warning_ids() == ["seo.W002"]
    set_default_site("127.0.0.1", 8000)
    assert warning_ids() == ["seo.W002"]
    set_default_site("www.sociaalwerk.nl", 443)
    assert warning_ids() == []


def test_the_deploy_check_warns_when_links_would_point_to_plain_http(public):
    set_default_site("www.sociaalwerk.nl", 80)
    assert warning_ids() == ["seo.W003"]


@pytest.mark.parametrize(
    "base_url", ["http://127.0.0.1:8000", "http://localhost", "https://example.com", ""]
)
def test_the_deploy_check_warns_about_a_local_base_url(public, settings, base_url):
    set_default_site("www.sociaalwerk.nl", 443)
    settings.WAGTAILADMIN_BASE_URL = base_url
    assert warning_ids() == ["seo.W001"]


def test_the_check_runs_with_deploy_only(public):
    """``make check`` (no --deploy) stays quiet in development and tests."""
    deploy = [message.id for message in run_checks(include_deployment_checks=True)]
    assert "seo.W002" in deploy
    assert "seo.W002" not in [message.id for message in run_checks()]


def set_site_address(*args):
    out = io.StringIO()
    call_command("set_site_address", *args, stdout=out)
    return out.getvalue()


def test_set_site_address_gives_canonical_links_and_sitemap_the_domain(client, public):
    article = NewsPageFactory(parent=public.news_index, themes=[public.theme])

    assert "The site's address is https://www.sociaalwerk.nl." in set_site_address()

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("www.sociaalwerk.nl", 443, DOMAIN)
    visit = {"secure": True, "headers": {"host": "www.sociaalwerk.nl"}}
    head = Head(client.get(article.url, **visit).text)
    assert head.links["canonical"] == head.meta["og:url"] == f"{DOMAIN}{article.url}"
    assert f"<loc>{DOMAIN}{article.url}</loc>" in client.get("/sitemap.xml", **visit).text
    assert warning_ids() == []


def test_set_site_address_takes_an_address_and_is_idempotent(public):
    set_site_address("http://sociaalwerk.nl:8080/")
    set_site_address("http://sociaalwerk.nl:8080/")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("sociaalwerk.nl", 8080)
    assert Site.objects.count() == 1


def test_set_site_address_warns_about_a_host_that_is_not_allowed(public):
    output = set_site_address("https://nieuw.sociaalwerk.nl")
    assert "nieuw.sociaalwerk.nl is not in ALLOWED_HOSTS" in output


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("http://127.0.0.1:8000", "no public host name"),
        ("https://localhost", "no public host name"),
        ("www.sociaalwerk.nl", "no address like"),
        ("https://www.sociaalwerk.nl:8443", "port 443"),
    ],
)
def test_set_site_address_refuses_what_is_no_public_address(public, address, message):
    with pytest.raises(CommandError, match=message):
        set_site_address(address)
    assert Site.objects.get(is_default_site=True).hostname == "localhost"
