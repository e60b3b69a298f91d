"""The widgets that show data never read it as HTML and never follow a link out of the app (docs/reliability.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument

from purges_desktop.views.safe import LinkBrowser, plain_label
from tests.imagefiles import png_bytes


def test_a_label_shows_markup_in_a_name_literally(qtbot) -> None:
    plain = plain_label("<b>Bold</b> <img src=x>")
    qtbot.addWidget(plain)
    # Drawn as text, the tags take room; read as HTML (QLabel's default), they would vanish.
    assert plain.sizeHint().width() > plain.fontMetrics().horizontalAdvance("Bold ")
    assert plain.fontMetrics().horizontalAdvance("<b>Bold</b> <img src=x>") <= plain.sizeHint().width()


def test_a_page_loads_no_local_file(qtbot, tmp_path: Path) -> None:
    picture = tmp_path / "secret.png"
    picture.write_bytes(png_bytes(40, 30))
    secret = tmp_path / "secret.txt"
    secret.write_text("the contents of a local file", encoding="utf-8")
    browser = LinkBrowser()
    qtbot.addWidget(browser)
    browser.set_page(f'<p>Page</p><img src="{QUrl.fromLocalFile(str(picture)).toString()}">')
    image = browser.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                        QUrl.fromLocalFile(str(picture)))
    # With a null answer from loadResource, QTextDocument reads file: URLs from the disk itself.
    assert not isinstance(image, QPixmap | QImage), "a local picture was loaded into the page"
    text = browser.document().resource(QTextDocument.ResourceType.HtmlResource.value, QUrl.fromLocalFile(str(secret)))
    assert b"local file" not in bytes(text.data() if isinstance(text, QByteArray) else str(text or "").encode())


def test_a_clicked_file_or_unknown_link_goes_nowhere(qtbot) -> None:
    browser = LinkBrowser()
    qtbot.addWidget(browser)
    browser.set_page('<p>The page</p>')
    internal, external = [], []
    browser.link_activated.connect(internal.append)
    browser.external_link_activated.connect(external.append)
    for url in ("file:///etc/passwd", "mailto:a@b.c", "javascript:alert(1)", "person/yezhov", "https://example.org"):
        browser.anchorClicked.emit(QUrl(url))
    assert internal == ["person/yezhov"]
    assert external == ["https://example.org"]
    assert browser.page_text() == "The page"
