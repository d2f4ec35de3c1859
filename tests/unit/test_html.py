"""Reading web pages: main text, title and url, language, dates with their evidence, clear errors."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

import pytest

from factcheck import InputFileError, Version
from factcheck import _html
from factcheck._html import factcheck_infer_published, factcheck_load_file, read_html_version

PARAGRAPHS = (
    "Spain's inflation eased to 3.2% in March, three tenths below February, according to the flash estimate "
    "published on Friday by the National Statistics Institute.",
    "Analysts had expected 3.4%. Core inflation fell to 2.9%, its lowest level since 2022, as food prices rose "
    "1.9% year on year against 3.6% in February.",
    "Electricity was 12% cheaper than a year earlier, the institute said, while fuel prices rose for a second month.",
)
TITLE = "Spain's inflation eases to 3.2% in March"


def page(head: str = "", article: str | None = None, lang: str = ' lang="en"', after: str = "") -> str:
    """A news page: menu, headline list, the article, a related-links aside, comments and a footer."""
    if article is None:
        article = f"<h1>{escape(TITLE)}</h1>" + "".join(f"<p>{escape(p)}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html{lang}><head><meta charset="utf-8"><title>{escape(TITLE)} | The Daily Example</title>{head}</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/business">Business</a></li><li><a href="/world">World</a></li></ul></nav>
<ul class="trending"><li><a href="/a">Oil climbs above $90 a barrel</a></li><li><a href="/b">ECB holds rates</a></li></ul></header>
<main><article>{article}</article>
<aside class="related"><h3>Read more</h3><ul><li><a href="/c">Eurozone inflation slows again in February</a></li></ul></aside>
{after}</main>
<footer><p>© 2024 The Daily Example</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>"""


def load(html: str, path: str = "page.html") -> Version:
    return read_html_version(html.encode("utf-8"), path)


# --- Main text ---------------------------------------------------------------


def test_only_html_files_are_read():
    assert factcheck_load_file(Path("a.txt"), "a.txt", b"<p>x</p>") is None
    assert factcheck_load_file(Path("a.json"), "a.json", b"{}") is None
    (version,) = factcheck_load_file(Path("A.HTM"), "corpus/A.HTM", page().encode())
    assert version.path == "corpus/A.HTM"


def test_main_text_is_title_then_paragraphs_without_site_furniture():
    version = load(page())
    assert version.text == "\n".join((TITLE, *PARAGRAPHS)) + "\n"
    assert version.body_start == 0
    for furniture in ("Home", "Oil climbs", "Read more", "Eurozone inflation", "Privacy", "©"):
        assert furniture not in version.text


def test_title_left_out_by_the_extractor_is_put_first():
    hero = f'<section class="hero"><h1>{escape(TITLE)}</h1><img src="/x.jpg" alt=""></section>'
    article = "".join(f"<p>{escape(p)}</p>" for p in PARAGRAPHS)
    text = load(page(article=article).replace("<main><article>", f"<main>{hero}<article>")).text
    assert text == "\n".join((TITLE, *PARAGRAPHS)) + "\n"


def test_title_url_and_site_name_go_into_meta():
    head = (
        '<meta property="og:title" content="Spain\'s inflation eases to 3.2% in March">'
        '<meta property="og:site_name" content="The Daily Example">'
        '<link rel="canonical" href="https://daily.example/business/spain-inflation-march">'
    )
    meta = load(page(head)).meta
    assert meta["title"] == TITLE
    assert meta["url"] == "https://daily.example/business/spain-inflation-march"
    assert meta["source"] == "The Daily Example"


def test_reader_comments_are_not_part_of_the_text():
    comments = (
        '<section id="comments" class="comments"><h3>3 comments</h3>'
        '<div class="comment"><span class="comment-date">12/04/2024 08:15</span><p>Prices at my supermarket have not gone down one bit this spring.</p></div>'
        "</section>"
    )
    text = load(page(after=comments)).text
    assert "supermarket" not in text and "3 comments" not in text


def test_script_code_is_dropped_and_quoted_markup_kept_as_text():
    article = (
        "<h1>A browser flaw let &lt;script&gt; tags run on 12,000 sites</h1>"
        "<p>Researchers said on Tuesday that a comment typed as &lt;script&gt;alert(1)&lt;/script&gt; ran on 12,000 sites, "
        "and that the vendor's \"quick fix\" of March 3 had not closed it.</p>"
        "<script>alert(2); document.title = 'pwned'</script><noscript><p>Enable JavaScript to see the comments on this article.</p></noscript>"
        "<style>p { color: red }</style>"
        "<p onclick=\"alert(3)\">The company will pay $250,000 to the researchers, who call it 'the worst since 2014' and "
        "say « personne n'a rien vu » and “nobody noticed” for two years.</p>"
    )
    text = load(page("<script>alert(4)</script>", article)).text
    assert "a comment typed as <script>alert(1)</script> ran on 12,000 sites" in text
    assert "vendor's \"quick fix\"" in text and "'the worst since 2014'" in text
    assert "« personne n'a rien vu »" in text and "“nobody noticed”" in text
    for code in ("alert(2)", "alert(3)", "alert(4)", "pwned", "color: red", "Enable JavaScript"):
        assert code not in text


def test_malformed_html_is_repaired_and_read():
    html = """<html lang=es><head><title>La inflación se modera al 3,2% en marzo</title><body><div class=content><article>
<h1>La inflación se modera al 3,2% en marzo
<p>La inflación en España se moderó al 3,2% en marzo, tres décimas menos que en febrero, según el dato adelantado publicado este viernes por el INE.
<p>Los analistas esperaban un 3,4%. <b>La subyacente <i>bajó</b> al 2,9%</i>, su nivel más bajo desde 2022.</div>
<p>Los alimentos subieron un 1,9% interanual, frente al 3,6% de febrero.</span></td></tr>
</article></div></html>"""
    version = load(html)
    assert version.lang == "es"
    assert "se moderó al 3,2% en marzo" in version.text
    assert "La subyacente bajó al 2,9%, su nivel más bajo desde 2022." in version.text
    assert "</" not in version.text and "<b>" not in version.text


def test_the_same_page_reads_the_same_after_similar_pages():
    first = load(page())
    load(page(article="".join(f"<p>{escape(p)}</p>" for p in PARAGRAPHS * 2)))
    assert load(page()).text == first.text


# --- Language ----------------------------------------------------------------


@pytest.mark.parametrize(("attribute", "expected"), [(' lang="fr-FR"', "fr"), (' lang="ES"', "es"), ("", None), (' lang="{{ lang }}"', None)])
def test_language_comes_from_the_html_lang_attribute(attribute, expected):
    version = load(page(lang=attribute))
    assert version.lang == expected
    assert version.lang_source == ("html lang attribute" if expected else "unknown")


# --- Dates -------------------------------------------------------------------


def test_published_time_meta_gives_the_original_date_with_high_confidence():
    version = load(page('<meta property="article:published_time" content="2024-04-14T10:00:00+02:00">'))
    assert version.published == date(2024, 4, 14)
    assert version.published_source == "html metadata (htmldate, original, article:published_time; confidence high)"


def test_original_date_wins_and_the_updated_one_is_recorded():
    head = (
        '<meta property="article:published_time" content="2024-04-09T07:30:00+02:00">'
        '<meta property="article:modified_time" content="2024-04-10T18:05:00+02:00">'
    )
    version = load(page(head))
    assert version.published == date(2024, 4, 9)
    dates = {d["kind"]: d for d in version.meta["htmldate"]}
    assert dates["original"]["evidence"] == "article:published_time"
    assert (dates["updated"]["date"], dates["updated"]["evidence"], dates["updated"]["confidence"]) == (
        "2024-04-10",
        "article:modified_time",
        "high",
    )


def test_a_page_with_only_an_update_date_says_so():
    version = load(page('<meta property="og:updated_time" content="2024-04-11T09:00:00+00:00">'))
    assert version.published == date(2024, 4, 11)
    assert version.published_source == "html metadata (htmldate, updated, og:updated_time; confidence high)"


def test_json_ld_date_published():
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x", "datePublished": "2024-03-29T11:00:00Z", "dateModified": "2024-03-30T08:00:00Z"}'
    version = load(page(f'<script type="application/ld+json">{ld}</script>'))
    assert version.published == date(2024, 3, 29)
    assert version.published_source == "html metadata (htmldate, original, JSON-LD datePublished; confidence high)"
    assert "JSON-LD dateModified" in [d["evidence"] for d in version.meta["htmldate"]]


def test_date_written_in_the_timezone_of_the_page_is_kept_as_written():
    version = load(page('<meta property="article:published_time" content="2024-04-14T23:30:00-05:00">'))
    assert version.published == date(2024, 4, 14)


def test_a_date_only_in_the_url_has_medium_confidence():
    version = load(page('<link rel="canonical" href="https://daily.example/2024/03/29/spain-inflation-march/">'))
    assert version.published == date(2024, 3, 29)
    assert version.published_source == "html metadata (htmldate, original, the page URL; confidence medium)"


def test_a_date_read_from_the_content_is_only_a_fallback():
    comments = '<section class="comments"><div class="comment"><span class="comment-date">12/04/2024 08:15</span><p>Prices at my supermarket have not gone down at all this spring.</p></div></section>'
    version = load(page(after=comments))
    assert version.published is None and version.published_source == "unknown"
    (guess, *_) = version.meta["htmldate"]
    assert (guess["date"], guess["confidence"]) == ("2024-04-12", "low")
    assert factcheck_infer_published(version) == (
        date(2024, 4, 12),
        "html content (htmldate, original, no date metadata, read from the page content; confidence low)",
    )


def test_no_date_anywhere():
    version = load(page())  # its footer's "© 2024" is not taken for 2024-01-01
    assert version.published is None and version.meta["htmldate"] == ()
    assert factcheck_infer_published(version) is None
    assert factcheck_infer_published(Version("a.txt", "text")) is None


def test_a_byline_in_the_text_beats_htmldates_guess_from_the_comments(run, tmp_path):
    article = (
        "<h1>Grève à la SNCF : 30% des TGV annulés jeudi</h1><p>Publié le 14/04/2024 à 10:05</p>"
        "<p>La direction de la SNCF a annoncé que 30% des TGV seraient annulés jeudi en raison de la grève des contrôleurs, "
        "qui réclament une hausse de salaire de 150 euros par mois.</p>"
    )
    comments = '<section class="comments"><div class="comment"><span class="comment-date">20/04/2024 à 08:00</span><p>Encore une grève, les usagers sont pris en otage une fois de plus.</p></div></section>'
    path = tmp_path / "sncf.html"
    path.write_text(page(article=article, lang=' lang="fr"', after=comments), encoding="utf-8")
    assert read_html_version(path.read_bytes(), "x").meta["htmldate"][0]["date"] == "2024-04-20"
    (story,) = run("--format", "json", path).json()["stories"]
    (version,) = story["versions"]
    assert version["published"] == "2024-04-14"
    assert version["published_source"] == "byline 'Publié le 14/04/2024 à 10:05'"


# --- Bytes and errors --------------------------------------------------------


def test_declared_charset_and_bom_are_honoured():
    article = "<p>L’inflation a reculé à 3,2 % en mars en France, et les prix de l’énergie ont baissé de 12 % sur un an, selon l’Insee.</p>"
    html = page(article=article).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    assert "L’inflation a reculé" in read_html_version(html.encode("cp1252"), "a.html").text
    latin = html.replace("windows-1252", "ISO-8859-1")  # which browsers read as windows-1252
    assert "L’inflation" in read_html_version(latin.encode("cp1252"), "a.html").text
    assert load(page()).text == read_html_version(b"\xef\xbb\xbf" + page().encode(), "a.html").text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary file (contains NUL bytes); expected an HTML page"),
        ("<p>Le café coûte 2 €.</p>".encode("latin-1", "replace"), "not valid utf-8: byte 0xe9 at offset 9"),
        (b"Microsoft a annonce mardi un investissement de 2,9 milliards de dollars au Japon.", "not an HTML page: no tags found"),
        (b"<html><head><title>Accueil</title></head><body></body></html>", "no article text found in the page (trafilatura extracted no main text)"),
    ],
)
def test_unreadable_pages_give_a_clear_error(data, message):
    with pytest.raises(InputFileError) as excinfo:
        read_html_version(data, "bad.html")
    assert str(excinfo.value) == message


def test_a_page_of_menus_and_links_has_no_article_text():
    html = """<!DOCTYPE html><html lang="fr"><head><title>Albayane - Accueil</title></head><body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li><li><a href="/economie">Économie</a></li></ul></nav></header>
<main><div class="ad">Publicité</div><ul class="latest"><li><a href="/1">Le Maroc champion du monde U20</a></li></ul></main>
<footer><p>© 2024 Albayane</p><a href="/contact">Contact</a> <a href="/mentions">Mentions légales</a></footer></body></html>"""
    with pytest.raises(InputFileError, match=r"^no article text found in the page: trafilatura kept only short lines"):
        load(html)


def test_a_page_too_large_is_refused(monkeypatch):
    monkeypatch.setattr(_html, "MAX_BYTES", 1000)
    with pytest.raises(InputFileError, match=r"^page too large \(\d[\d,]* bytes; at most 1,000\)$"):
        load(page())
