"""The HTML report: a self-contained page whose article text is only ever text.

The browser tests open the page in Debian's headless chromium, driven through its
chromedriver by selenium, with ``alert`` replaced before any page script could
run; they skip, saying why, where no browser is installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck._model import Claim, Zone
from factcheck.report.html import marked, zone_runs

HOSTILE = """\
---
published: {published}
lang: fr
---
Le conseil vote un budget de {amount} milliards d'euros

Le conseil municipal a voté un budget de {amount} milliards d'euros pour la rénovation du port. « C'est un "grand jour" », a déclaré la maire, citant la balise <script>alert(1)</script> trouvée sur le site de la ville.

Un lecteur a écrit <b>gras</b> et <img src=x onerror=alert(2)> dans un commentaire, puis "></div><svg onload=alert(3)> & 'fin'.
"""
#: A folder name that is markup too: story ids and paths are escaped like article text.
STORY = "port-<i>x</i>"
PAYLOADS = ["<script>alert(1)</script>", "<b>gras</b>", "<img src=x onerror=alert(2)>", '"></div><svg onload=alert(3)>', "« C'est un \"grand jour\" »"]


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile" / STORY
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(HOSTILE.format(published="2024-04-14", amount="2,9"), encoding="utf-8")
    (folder / "b.txt").write_text(HOSTILE.format(published="2024-04-15", amount="3,5"), encoding="utf-8")
    return folder.parent


def html_report(run, tmp_path: Path, *paths: Path | str) -> tuple[int, Path]:
    out = tmp_path / "report.html"
    result = run("--format", "html", "-o", out, *paths)
    assert result.out == ""
    return result.status, out


class _Tags(HTMLParser):
    """Collects start tags and checks that every non-void element is closed in order."""

    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()


def parse(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    assert parser.stack == [], parser.stack
    return parser


# -- the page as text ----------------------------------------------------------------


def test_seed_report_has_the_findings_of_the_json_report(run, seed_dir, tmp_path):
    status, out = html_report(run, tmp_path, seed_dir)
    page = out.read_text(encoding="utf-8")
    expected = run("--format", "json", seed_dir).json()
    assert status == 1 == expected["summary"]["exit_status"]
    codes = re.findall(r'<code>(FC\d{3})</code> <code>(check_\w+)</code>', page)
    assert codes == [(f["code"], f["rule"]) for f in expected["findings"]] == [("FC201", "check_event_dates_agree"), ("FC202", "check_relative_dates_fit_pubdate")]
    for finding in expected["findings"]:
        assert finding["message"].replace("'", "&#x27;") in page
    assert len(re.findall(r'<article class="version">', page)) == 2
    tags = parse(page).tags
    assert "script" not in tags and "link" not in tags and "img" not in tags
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page), "the page must load nothing"


def test_every_claim_has_an_anchor_and_every_finding_links_both_ways(run, seed_dir, tmp_path):
    _, out = html_report(run, tmp_path, seed_dir)
    page = out.read_text(encoding="utf-8")
    claims = run("--claims", "--format", "json", *sorted(seed_dir.iterdir())).json()["versions"]
    ids = re.findall(r'<mark class="claim[^"]*" id="(s\d+v\d+c\d+)"', page)
    # every claim but the bare numbers, which nothing compares (--claims lists them)
    assert len(ids) == len(set(ids)) == sum(c["kind"] != "number" for v in claims for c in v["claims"]) > 50
    # each finding links to its two figures, and each figure links back to the finding
    for number in (1, 2):
        item = re.search(rf'<li class="finding[^"]*" id="(s0f{number})">(.*?)</li>\n</ul></li>', page, re.DOTALL)
        assert item, number
        targets = re.findall(r'<a href="#(s0v\d+c\d+)">', item.group(2))
        assert len(targets) == 2 and {t[:4] for t in targets} == {"s0v0", "s0v1"}
        for target in targets:
            mark = re.search(rf'<mark class="claim k-date flagged sev-\w+" id="{target}" title="[^"]*">([^<]*)</mark><sup class="ref sev-\w+"><a href="#(\w+)"', page)
            assert mark and mark.group(2) == item.group(1)
            assert f"« {mark.group(1)} »" in item.group(2)


def test_boilerplate_zones_are_dimmed_and_folded(run, seed_dir, tmp_path):
    _, out = html_report(run, tmp_path, seed_dir)
    page = out.read_text(encoding="utf-8")
    assert re.search(r'<details class="zone furniture boiler" data-zone="furniture"><summary>furniture · 4413 characters, \d+ claims</summary>', page)
    assert re.search(r'<div class="zone headline" data-zone="headline">IA\s:\spour rattraper son retard', page)
    assert re.search(r'<div class="zone related boiler" data-zone="related">Lire aussi', page)
    assert 'title="date 2024-04-01..2024-04-07 (week relative to 2024-04-14) · body"' in page


def test_article_text_is_escaped_everywhere(run, hostile_dir, tmp_path):
    status, out = html_report(run, tmp_path, hostile_dir)
    page = out.read_text(encoding="utf-8")
    assert status == 1
    tags = parse(page).tags
    for tag in ("script", "img", "svg", "i"):
        assert tag not in tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "&quot;&gt;&lt;/div&gt;&lt;svg onload=alert(3)&gt; &amp; &#x27;fin&#x27;" in page
    assert "<h2>" + "hostile/port-&lt;i&gt;x&lt;/i&gt;" in page.replace(str(tmp_path) + "/", "")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_overlapping_claims_nest_into_well_formed_marks():
    text = "Il y a 2,9 milliards d'euros ici."
    outer = Claim("a.txt", "money", "2,9 milliards d'euros", 7, 28)
    inner = Claim("a.txt", "count", "2,9 milliards", 7, 20)
    across = Claim("a.txt", "quantity", "euros ici", 23, 32)
    anchors = {(c.version, c.start, c.end, c.kind): f"c{i}" for i, c in enumerate([outer, inner, across])}
    markup = marked(text, 0, len(text), [outer, inner, across], anchors, {})
    parse(markup)
    assert re.sub(r"<[^>]+>", "", markup) == "Il y a 2,9 milliards d&#x27;euros ici."
    assert [markup.count(f'id="c{i}"') for i in range(3)] == [1, 1, 1]
    assert markup.count("<mark") == 6  # cut at 20, 23 and 28: two marks, one, two (the quantity is cut where the money ends), one


def test_zone_runs_cover_the_text_once():
    zones = [Zone("body", 10, 30), Zone("headline", 0, 5), Zone("comments", 25, 40)]
    assert zone_runs(50, zones) == [(0, 5, "headline"), (5, 10, None), (10, 30, "body"), (30, 40, "comments"), (40, 50, None)]
    assert zone_runs(8, []) == [(0, 8, None)]


def test_list_rules_as_html(run, tmp_path):
    status, out = html_report(run, tmp_path, "--list-rules")
    page = out.read_text(encoding="utf-8")
    assert status == 0
    assert "<h2>rules</h2>" in page and "<code>FC101</code>" in page and "<code>check_amounts_agree</code>" in page


# -- the page in a browser ----------------------------------------------------------

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
]
#: Runs before any script of the page could: a call to alert, confirm or prompt leaves a mark.
TRAP = "for (const name of ['alert', 'confirm', 'prompt']) { window[name] = () => { window.alertCalled = (window.alertCalled || 0) + 1; }; }"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    binary = next(filter(None, map(shutil.which, ("chromium", "chromium-browser"))), None)
    driver_path = shutil.which("chromedriver")
    if binary is None or driver_path is None:
        pytest.skip("no headless browser: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver) to run the browser tests")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=driver_path))
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP})
    yield driver
    driver.quit()


def open_page(browser, path: Path):
    browser.get(path.as_uri())
    assert browser.execute_script("return document.readyState") == "complete"
    assert browser.execute_script("return typeof window.alert") == "function"  # the trap is in place
    return browser


def test_hostile_article_runs_nothing_in_the_browser(browser, run, hostile_dir, tmp_path):
    _, out = html_report(run, tmp_path, hostile_dir)
    page = open_page(browser, out)
    assert page.execute_script("return window.alertCalled") is None
    assert page.execute_script("return document.querySelectorAll('script, img, svg, iframe, object').length") == 0
    assert page.execute_script("return document.querySelectorAll('section.story b, section.story i').length") == 0
    texts = page.execute_script("return Array.from(document.querySelectorAll('.version .text'), e => e.textContent)")
    assert len(texts) == 2
    for text in texts:
        for payload in PAYLOADS:
            assert payload in text
    story = page.execute_script("return document.querySelector('h2').textContent")
    assert story.endswith("hostile/" + STORY)
    flagged = page.execute_script("return Array.from(document.querySelectorAll('mark.flagged'), e => e.textContent)")
    assert flagged.count("2,9 milliards d'euros") == 2 and flagged.count("3,5 milliards d'euros") == 2


def test_seed_report_in_the_browser(browser, run, seed_dir, tmp_path):
    _, out = html_report(run, tmp_path, seed_dir)
    page = open_page(browser, out)
    assert page.execute_script("return window.alertCalled") is None
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0  # loads nothing
    # versions side by side: same top, one left of the other
    boxes = page.execute_script("return Array.from(document.querySelectorAll('article.version'), e => e.getBoundingClientRect().toJSON())")
    assert len(boxes) == 2 and boxes[0]["top"] == boxes[1]["top"] and boxes[0]["right"] <= boxes[1]["left"]
    # every link of a finding leads to a claim of the same text, and back
    links = page.execute_script(
        "return Array.from(document.querySelectorAll('.finding a[href^=\"#\"]'), a => [a.closest('.finding').id, a.textContent, document.getElementById(a.hash.slice(1))])"
    )
    assert len(links) == 4
    for finding_id, label, mark in links:
        assert mark.tag_name == "mark" and label == f"« {mark.text} »"
        back = page.execute_script("return arguments[0].nextElementSibling.querySelector('a').hash", mark)
        assert back == f"#{finding_id}"
    # claims are coloured by kind, boilerplate is dimmed
    colours = page.execute_script("return ['k-date', 'k-money'].map(k => getComputedStyle(document.querySelector('mark.' + k)).backgroundColor)")
    assert len(set(colours)) == 2 and "rgba(0, 0, 0, 0)" not in colours
    assert float(page.execute_script("return getComputedStyle(document.querySelector('.zone.boiler')).opacity")) < 1
    # following a finding's link to a claim inside the text scrolls it into view
    links_el = page.find_elements("css selector", ".finding a")
    links_el[1].click()
    assert page.execute_script("return location.hash") == links_el[1].get_attribute("hash")
    visible = page.execute_script(
        "const r = document.querySelector(location.hash).getBoundingClientRect(); return r.top >= innerHeight / 10 && r.bottom <= innerHeight"
    )
    assert visible


#: One result told by ten outlets in three languages, each in its own words; one says 62.
MEDAL_VERSIONS = {
    "v01": ("fr", "La France se classe cinquième avec {n} médailles, son meilleur bilan depuis un siècle."),
    "v02": ("fr", "Avec {n} médailles, la France s'offre le cinquième rang du tableau."),
    "v03": ("fr", "Les Bleus terminent cinquièmes grâce à {n} médailles au total."),
    "v04": ("en", "France finished fifth in the medal table with {n} medals."),
    "v05": ("en", "France ended the Games fifth, with {n} medals in all."),
    "v06": ("en", "With {n} medals, France took fifth place in the table."),
    "v07": ("es", "Francia terminó quinta en el medallero con {n} medallas."),
    "v08": ("es", "Francia acabó en quinto lugar con {n} medallas."),
    "v09": ("fr", "La France termine cinquième au tableau, forte de {n} médailles."),
    "v10": ("en", "France was fifth in the table on {n} medals."),
}


def test_fact_table_of_ten_versions_in_the_browser(browser, run, tmp_path):
    folder = tmp_path / "games" / "medals"
    folder.mkdir(parents=True)
    for vid, (lang, text) in MEDAL_VERSIONS.items():
        count = 62 if vid == "v09" else 64
        (folder / f"{vid}.txt").write_text(f"---\nlang: {lang}\npublished: 2024-08-11\n---\n{text.format(n=count)}\n", encoding="utf-8")
    status, out = html_report(run, tmp_path, tmp_path / "games")
    assert status == 1
    page = open_page(browser, out)
    heads = page.execute_script("return Array.from(document.querySelectorAll('table.facts thead th'), e => e.textContent)")
    assert heads == ["fact", *(f"{vid}.txt" for vid in MEDAL_VERSIONS)]
    rows = page.execute_script("return Array.from(document.querySelectorAll('table.facts tbody tr.disagree'), r => Array.from(r.cells, c => c.textContent))")
    assert len(rows) == 1
    (row,) = rows
    assert row[9] == "62 médailles" and sum("64" in cell for cell in row[1:]) == 9
    assert page.execute_script("return Array.from(document.querySelectorAll('table.facts a.outlier'), e => e.textContent)") == ["62 médailles"]
    outlier = page.find_element("css selector", "table.facts a.outlier")
    outlier.click()
    assert page.execute_script("return document.querySelector(location.hash).textContent") == "62 médailles"
    # the finding's card shows every version's sentence, the outlier's among them
    sentences = page.execute_script("return Array.from(document.querySelectorAll('.finding blockquote.sentence'), e => e.textContent)")
    assert len(sentences) == 10 and "La France termine cinquième au tableau, forte de 62 médailles." in sentences
    wide = page.execute_script("const t = document.querySelector('.facts-wrap'); return [t.scrollWidth, t.clientWidth]")
    assert wide[0] >= wide[1]  # a wide table scrolls inside its box, the page does not
