"""The report's web page in the Overview: a link showing its own address, opened only when the reader clicks it."""

from __future__ import annotations

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.ui.overview import tab as overview_tab

URL = "https://gxt.example.gov.cn/zwgk/gzdt/2023/article.html"


def _report(tmp_path, url: str):
    text = MINI_REPORT.replace("  source: mini-source.txt\n", f"  source: mini-source.txt\n  source_url: '{url}'\n")
    return write_mini_report(tmp_path / "r", text)


def test_the_web_page_is_a_link_opened_only_on_a_click(make_main_window, tmp_path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(overview_tab, "open_web_page", lambda url: opened.append(url) or True)
    window = make_main_window(_report(tmp_path, URL), "en")
    link = window.ensure_tab("overview").source_link
    assert link is not None and link.isVisible()
    assert URL in link.text() and link.toolTip() == URL and not link.openExternalLinks()
    assert opened == []  # shown, never fetched or opened by itself
    link.linkActivated.emit(URL)
    assert opened == [URL]


def test_only_an_http_address_becomes_a_link(make_main_window, tmp_path) -> None:
    window = make_main_window(_report(tmp_path, "javascript:alert(1)"), "en")
    link = window.ensure_tab("overview").source_link
    assert link.text() == "javascript:alert(1)" and "<a" not in link.text()


def test_no_web_page_no_row(make_main_window) -> None:
    window = make_main_window(None, "en")
    assert window.ensure_tab("overview").source_link is None
