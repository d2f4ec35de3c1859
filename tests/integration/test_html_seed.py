"""The seed story as two web pages: site furniture around the seed text, the same findings as the .txt seeds.

The pages are built here from the seed files: a header with the site's menu and
its headline list, a "Lire aussi" aside, a footer and a section of dated reader
comments around the article. The Albayane page states its publication date in
``<meta property="article:published_time">``; the La Tribune page states none.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
from html import escape
from pathlib import Path

import pytest

from factcheck._html import read_html_version

from ..conftest import SEEDS

ALBAYANE, TRIBUNE = (seed.read_text(encoding="utf-8").split("\n") for seed in SEEDS)

MENU = """<nav class="main-menu"><ul>
<li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li><li><a href="/economie">Économie</a></li>
<li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>"""

FOOTER = """<footer class="site-footer"><p>© 2024 {site}. Tous droits réservés.</p>
<ul><li><a href="/contact">Contact</a></li><li><a href="/mentions-legales">Mentions légales</a></li>
<li><a href="/cookies">Gestion des cookies</a></li></ul></footer>"""


def _comment(author: str, header: str, text: str) -> str:
    day, month, year, hour, minute = re.search(r"(\d\d)/(\d\d)/(\d{4}) à (\d+):(\d\d)", header).groups()
    stamp = f"{year}-{month}-{day}T{int(hour):02d}:{minute}:00+02:00"
    return (
        f'<li class="comment"><div class="comment-meta"><span class="comment-author">{escape(author)}</span> '
        f'<time datetime="{stamp}">{escape(header)}</time></div>'
        f'<a class="comment-report" href="#signaler">Signaler</a><p>{escape(text)}</p></li>'
    )


def albayane_page() -> str:
    """Seed 000 as Albayane's page, dated by its metadata."""
    lines = ALBAYANE
    ticker = [item.strip() for item in re.split(r"\s{3,}", lines[0]) if item.strip()]
    headlines = "".join(f'<li><a href="/article/{n}">{escape(item)}</a></li>' for n, item in enumerate(ticker))
    body = "\n".join(f"<p>{escape(line)}</p>" for line in lines[16:33])
    comments = [
        _comment("Karim", "à écrit le 15/04/2024 à 09:12", "Le Maroc devrait suivre l'exemple du Japon et attirer ces investissements."),
        _comment("Nadia", "à écrit le 15/04/2024 à 18:30", "Encore une annonce, on verra dans deux ans ce qu'il en reste."),
    ]
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{escape(lines[13])} | Albayane</title>
<meta property="og:title" content="{escape(lines[13])}">
<meta property="og:site_name" content="Albayane">
<meta property="article:published_time" content="2024-04-14T10:00:00+02:00">
<link rel="canonical" href="https://www.albayane.example/microsoft-veut-doper-l-ia-au-japon">
<script>window.dataLayer = [{{"page": "article"}}];</script>
</head><body>
<header class="site-header"><div class="logo"><a href="/">Albayane</a></div>{MENU}
<div class="ticker"><h3>À la une</h3><ul>{headlines}</ul></div></header>
<div class="report-widget"><p>{escape(lines[8])}</p><p>{escape(lines[9])}</p></div>
<main><article class="post">
<h1 class="entry-title">{escape(lines[13])}</h1>
<p class="byline">{escape(lines[14])}</p>
<div class="entry-content">
{body}
</div>
<p class="source-link"><a href="https://www.albayane.example/source">{escape(lines[35])}</a></p>
</article>
<aside class="related"><h3>Lire aussi</h3><ul>
<li><a href="/maroc-champion-u20">Le Maroc champion du monde U20 après une finale maîtrisée</a></li>
<li><a href="/tokyo-semi-conducteurs">Tokyo mise sur les semi-conducteurs pour relancer son industrie</a></li></ul></aside>
<section id="comments" class="comments"><h3>Commentaires 2</h3><ol class="comment-list">{"".join(comments)}</ol></section>
</main>
{FOOTER.format(site="Albayane")}
</body></html>"""


def tribune_page() -> str:
    """Seed 004 as La Tribune's page: no date metadata; its reader comments, dated, below the article."""
    lines = TRIBUNE
    blocks = []
    for line in lines[6:51]:
        if not line.strip():
            continue
        if line.startswith("Lire aussi"):
            title = line[len("Lire aussi") :]
            blocks.append(f'<aside class="read-also"><span class="label">Lire aussi</span><a href="/lire/{len(blocks)}">{escape(title)}</a></aside>')
        elif len(line) < 80 and not line.endswith(".") and not line.startswith("("):
            blocks.append(f"<h2>{escape(line)}</h2>")
        else:
            blocks.append(f"<p>{escape(line)}</p>")
    comments = [_comment(f"Lecteur {n}", lines[i], lines[i + 2]) for n, i in enumerate(range(53, 68, 4), start=1)]
    article = "\n".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="utf-8">
<title>{escape(lines[0])}</title>
<meta name="description" content="{escape(lines[2])}">
</head><body>
<header class="site-header">{MENU}<div class="headlines"><h3>Les plus lus</h3><ul>
<li><a href="/cac-40">Le CAC 40 termine la séance en hausse</a></li><li><a href="/airbus">Airbus livre moins d'avions que prévu</a></li>
<li><a href="/immobilier">Immobilier : les prix reculent encore</a></li></ul></div></header>
<main><article>
<h1>{escape(lines[0])}</h1>
<p class="chapo">{escape(lines[2])}</p>
<figure><img src="/img/microsoft-japon.jpg" alt="{escape(lines[3])}"><figcaption>{escape(lines[4])}</figcaption></figure>
{article}
</article>
<section id="comments" class="comments"><h3>{escape(lines[52])}</h3><ol class="comment-list">{"".join(comments)}</ol>
<form class="comment-form"><p>{escape(lines[69])}</p><p>{escape(lines[70])}</p><textarea name="comment"></textarea>
<button type="submit">Envoyer</button></form></section>
</main>
{FOOTER.format(site="La Tribune")}
</body></html>"""


@pytest.fixture
def html_dir(tmp_path: Path) -> Path:
    """The two seed pages, loose in one folder."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "albayane.html").write_text(albayane_page(), encoding="utf-8")
    (folder / "latribune.htm").write_text(tribune_page(), encoding="utf-8")
    return folder


def _findings(doc: dict) -> list[tuple[str, str, tuple[str, ...]]]:
    return sorted((f["code"], f["severity"], tuple(c["text"] for c in f["claims"])) for f in doc["findings"])


def test_pages_form_one_story_with_dates_from_metadata_and_from_htmldate(run, html_dir):
    doc = run("--format", "json", html_dir).json()
    assert doc["errors"] == []
    (story,) = doc["stories"]
    assert story["grouped_by"] == "similarity"
    versions = {Path(v["path"]).name: v for v in story["versions"]}
    albayane, tribune = versions["albayane.html"], versions["latribune.htm"]
    # Albayane states its date in <meta property="article:published_time">.
    assert albayane["published"] == "2024-04-14"
    assert albayane["published_source"] == "html metadata (htmldate, original, article:published_time; confidence high)"
    # La Tribune states none, and trafilatura drops its reader comments, so the engine has
    # neither a byline nor dated comments to infer from; htmldate's search of the whole page
    # finds the comments' 10/04/2024, an upper bound the gold file accepts (2024-04-09 or -10).
    assert tribune["published"] == "2024-04-10"
    assert tribune["published_source"].startswith("html content (htmldate, original, no date metadata")
    assert tribune["published_source"].endswith("confidence low)")
    assert albayane["lang"] == tribune["lang"] == "fr"
    assert albayane["lang_source"] == "html lang attribute"


def test_pages_give_the_same_findings_as_the_text_seeds(run, html_dir, seed_dir):
    html = run("--format", "json", html_dir)
    text = run("--format", "json", seed_dir)
    assert html.status == text.status == 1
    assert _findings(html.json()) == _findings(text.json()) == [
        ("FC201", "error", ("la semaine dernière", "mardi")),
        ("FC202", "warning", ("mercredi", "ce mercredi")),
    ]


def test_finding_offsets_index_the_extracted_text(run, html_dir):
    doc = run("--format", "json", html_dir).json()
    texts = {str(p): read_html_version(p.read_bytes(), str(p)).text for p in html_dir.iterdir()}
    claims = [c for f in doc["findings"] for c in f["claims"]]
    assert len(claims) == 4
    for claim in claims:
        assert texts[claim["version"]][claim["start"] : claim["end"]] == claim["text"]


def test_claims_offsets_index_the_extracted_text_and_boilerplate_is_gone(run, html_dir):
    doc = run("--claims", "--format", "json", html_dir).json()
    assert len(doc["versions"]) == 2
    for version in doc["versions"]:
        text = read_html_version(Path(version["path"]).read_bytes(), version["path"]).text
        assert version["claims"], version["path"]
        for claim in version["claims"]:
            assert text[claim["start"] : claim["end"]] == claim["text"]
        for boilerplate in ("Accueil", "Les plus lus", "À la une", "Signaler", "Mentions légales", "Lire aussi", "à écrit le"):
            assert boilerplate not in text, (version["path"], boilerplate)
    tribune = read_html_version((html_dir / "latribune.htm").read_bytes(), "t").text
    # Headline, then lede (trafilatura turns no-break spaces into spaces); the caption is gone.
    assert tribune.startswith(TRIBUNE[0].replace("\xa0", " ") + "\n" + TRIBUNE[2] + "\n")
    assert TRIBUNE[4] not in tribune and "(Avec AFP)" in tribune


def test_an_html_page_and_a_text_seed_make_one_story(run, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copyfile(SEEDS[0], folder / SEEDS[0].name)
    (folder / "latribune.html").write_text(tribune_page(), encoding="utf-8")
    doc = run("--format", "json", folder).json()
    assert len(doc["stories"]) == 1 and doc["errors"] == []
    assert [f["code"] for f in doc["findings"]] == ["FC201", "FC202"]


def test_loading_never_opens_a_connection(run, html_dir, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access while loading a page")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    result = run("--format", "json", html_dir)
    assert result.status == 1 and result.json()["errors"] == []


def test_bad_pages_are_reported_and_the_story_still_checked(run, html_dir):
    (html_dir / "menu.html").write_text(
        "<html><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav><footer>© 2024</footer></body></html>",
        encoding="utf-8",
    )
    (html_dir / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = run("--format", "json", html_dir)
    doc = result.json()
    assert result.status == 3
    errors = {Path(e["path"]).name: e["message"] for e in doc["errors"]}
    assert errors["menu.html"].startswith("no article text found in the page")
    assert errors["image.html"].startswith("binary file")
    assert _findings(doc)[0][0] == "FC201"


def test_json_report_of_pages_is_valid_json_with_the_contract_keys(run, html_dir):
    doc = json.loads(run("--format", "json", html_dir).out)
    version = doc["stories"][0]["versions"][0]
    assert set(version) == {"path", "published", "published_precision", "published_at", "published_source", "lang", "lang_source", "extracted_from", "text"}
    for finding in doc["findings"]:
        for claim in finding["claims"]:
            texts = {v["path"]: v["text"] for s in doc["stories"] for v in s["versions"]}
            assert texts[claim["version"]][claim["start"] : claim["end"]] == claim["text"]


def test_json_carries_the_extracted_text_the_offsets_refer_to(run, tmp_path):
    page = tmp_path / "c" / "s" / "a.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        "<html lang='fr'><head><title>Séisme</title><meta property='article:published_time' content='2024-01-02'></head>"
        "<body><article><h1>Séisme au Japon</h1><p>Le séisme a fait au moins 62 morts dans la préfecture d'Ishikawa, "
        "selon un nouveau bilan communiqué mardi par les autorités locales.</p></article></body></html>",
        encoding="utf-8",
    )
    doc = run("--claims", "--format", "json", page).json()
    (version,) = doc["versions"]
    assert version["extracted_from"] == "html"
    for claim in version["claims"]:
        assert version["text"][claim["start"] : claim["end"]] == claim["text"]
    assert any(c["text"] == "au moins 62 morts" for c in version["claims"])
