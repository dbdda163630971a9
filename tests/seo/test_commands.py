"""``import_old_urls``: the old website's addresses lead to the new pages."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command, load_command_class
from django.core.management.base import CommandError
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

OLD_NEWS = "/actueel/nieuws/12163-sociale-psychiatrie-in-de-wijk"


@pytest.fixture
def news_page(content_site):
    return NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        title="Sociale psychiatrie in de wijk",
    )


def write_csv(tmp_path, *rows, header="old_path,new_path", encoding="utf-8"):
    path = tmp_path / "redirects.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding=encoding)
    return path


def import_old_urls(path, *args):
    """Run the command; return what it wrote to stdout and to stderr."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_old_urls", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def all_redirects():
    return list(
        Redirect.objects.order_by("old_path").values(
            "id", "old_path", "site", "is_permanent", "redirect_page", "redirect_link"
        )
    )


def test_redirects_app_and_middleware_are_installed():
    assert "wagtail.contrib.redirects" in settings.INSTALLED_APPS
    assert "wagtail.contrib.redirects.middleware.RedirectMiddleware" in settings.MIDDLEWARE


def test_old_addresses_redirect_permanently_to_the_new_pages(
    tmp_path, client, content_site, news_page
):
    path = write_csv(
        tmp_path,
        f"{OLD_NEWS},/nieuws/sociale-psychiatrie-in-de-wijk/",
        "/thema/sociale-verbondenheid-oud,/thema/sociale-verbondenheid",
        "/kalender/activiteit/123-congres-sociaal-werk,https://example.org/agenda",
        "/over-ons/contact,/zoeken/?q=contact",
    )
    out, err = import_old_urls(path)
    assert "4 created, 0 updated, 0 unchanged; 0 rows skipped." in out
    assert err == ""
    for old in (OLD_NEWS, OLD_NEWS + "/"):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == news_page.url
    assert client.get("/thema/sociale-verbondenheid-oud/")["Location"] == content_site.theme.url
    assert client.get("/kalender/activiteit/123-congres-sociaal-werk")["Location"] == (
        "https://example.org/agenda"
    )
    assert client.get("/over-ons/contact")["Location"] == "/zoeken/?q=contact"
    redirect = Redirect.objects.get(old_path=OLD_NEWS)
    assert redirect.site == Site.objects.get(is_default_site=True)
    assert redirect.is_permanent
    assert redirect.redirect_page_id == news_page.pk
    assert redirect.redirect_link == ""


def test_importing_the_same_file_again_changes_nothing(tmp_path, news_page):
    path = write_csv(
        tmp_path,
        f"{OLD_NEWS},/nieuws/sociale-psychiatrie-in-de-wijk/",
        "/kalender/activiteit/123-congres,https://example.org/agenda",
        ",/leeg",
    )
    _, first_err = import_old_urls(path)
    before = all_redirects()
    out, err = import_old_urls(path)
    assert "0 created, 0 updated, 2 unchanged; 1 rows skipped." in out
    assert err == first_err
    assert all_redirects() == before


def test_a_changed_target_updates_the_existing_redirect(tmp_path, content_site, news_page):
    import_old_urls(write_csv(tmp_path, f"{OLD_NEWS},https://example.org/oud"))
    before = Redirect.objects.get()
    out, _ = import_old_urls(write_csv(tmp_path, f"{OLD_NEWS}/,/nieuws/{news_page.slug}/"))
    assert "0 created, 1 updated, 0 unchanged" in out
    redirect = Redirect.objects.get()
    assert redirect.pk == before.pk
    assert redirect.redirect_page_id == news_page.pk
    assert redirect.redirect_link == ""


def test_bad_rows_are_reported_with_their_line_and_skipped(tmp_path, client, news_page):
    path = write_csv(
        tmp_path,
        f"{OLD_NEWS},/nieuws/sociale-psychiatrie-in-de-wijk/",  # line 2: fine
        ",/nieuws/",  # 3: no old path
        "/actueel/nieuws/1-leeg,",  # 4: no new path
        "/nieuws/sociale-psychiatrie-in-de-wijk,/nieuws/sociale-psychiatrie-in-de-wijk/",  # 5
        "https://www.example.org/actueel/nieuws/2-elders,/nieuws/",  # 6: another host
        f"{OLD_NEWS}/,/thema/",  # 7: same old path as line 2
        "http://localhost/actueel/nieuws/3-eigen-host,/nieuws/",  # 8: fine, own host
        "/" + "x" * 300 + ",/nieuws/",  # 9: too long
    )
    out, err = import_old_urls(path)
    assert "2 created, 0 updated, 0 unchanged; 6 rows skipped." in out
    lines = err.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "Line 3",
        "Line 4",
        "Line 5",
        "Line 6",
        "Line 7",
        "Line 9",
    ]
    assert "must both be filled in" in lines[0]
    assert "redirects to itself" in lines[2]
    assert "another host" in lines[3]
    assert "already on line 2" in lines[4]
    assert "longer than 255" in lines[5]
    assert client.get(OLD_NEWS)["Location"] == news_page.url
    assert client.get("/actueel/nieuws/3-eigen-host").status_code == 301
    assert not Redirect.objects.filter(old_path__contains="elders").exists()


def test_dry_run_reports_without_saving(tmp_path, news_page):
    path = write_csv(tmp_path, f"{OLD_NEWS},/nieuws/sociale-psychiatrie-in-de-wijk/")
    out, _ = import_old_urls(path, "--dry-run", "--verbosity", "2")
    assert "Dry run, nothing saved." in out
    assert "1 created" in out
    assert f"Line 2: {OLD_NEWS} → page 'Sociale psychiatrie in de wijk' (created)." in out
    assert not Redirect.objects.exists()


def test_encoding_option_reads_older_excel_exports(tmp_path, client, news_page):
    path = write_csv(
        tmp_path,
        "/actueel/nieuws/4-café-in-de-wijk,/nieuws/sociale-psychiatrie-in-de-wijk/",
        encoding="cp1252",
    )
    with pytest.raises(CommandError, match="--encoding"):
        import_old_urls(path)
    import_old_urls(path, "--encoding", "cp1252")
    response = client.get("/actueel/nieuws/4-caf%C3%A9-in-de-wijk")
    assert response.status_code == 301
    assert response["Location"] == news_page.url


def test_a_byte_order_mark_is_not_part_of_the_header(tmp_path, news_page):
    path = write_csv(tmp_path, f"{OLD_NEWS},/nieuws/", encoding="utf-8-sig")
    out, _ = import_old_urls(path)
    assert "1 created" in out


def test_a_missing_file_stops_the_import(tmp_path, home_page):
    with pytest.raises(CommandError, match="There is no file"):
        import_old_urls(tmp_path / "bestaat-niet.csv")


@pytest.mark.parametrize("header", ["van,naar", "old_path", ""])
def test_a_wrong_header_stops_the_import(tmp_path, home_page, header):
    path = write_csv(tmp_path, "/oud,/nieuw", header=header)
    with pytest.raises(CommandError, match="header line old_path,new_path"):
        import_old_urls(path)
    assert not Redirect.objects.exists()


def test_help_explains_the_file_and_every_option():
    command = load_command_class("sociaalwerk.seo", "import_old_urls")
    text = command.create_parser("manage.py", "import_old_urls").format_help()
    for words in ("old_path,new_path", "permanent", "--dry-run", "--encoding", "utf-8-sig"):
        assert words in text
    assert "/actueel/nieuws/12163-sociale-psychiatrie-in-de-wijk" in text
