"""Facts, not pairs: independently written versions aligned into facts, one finding per disagreeing fact.

The texts are written for these tests, on the pattern of real coverage: the
same results told by outlets in three languages, each in its own words.
"""

from __future__ import annotations

from datetime import date

from factcheck.testing import make_claim, make_fact, make_version, run_rule
from factcheck_rules.amounts import check_amounts_agree
from factcheck_rules.counts import check_counts_agree
from factcheck_rules.dates import check_event_dates_agree

MEDALS = {
    "jo/a.txt": """\
        ---
        lang: fr
        published: 2024-08-11
        ---
        Jeux olympiques : la France termine cinquième au tableau des médailles

        La France se classe cinquième avec 64 médailles, son meilleur bilan depuis un siècle.
        Les États-Unis dominent le classement avec 126 médailles.
        """,
    "jo/b.txt": """\
        ---
        lang: fr
        published: 2024-08-11
        ---
        Paris 2024 : le bilan record des Bleus

        La France s'offre le cinquième rang avec 62 médailles au terme de la quinzaine.
        Les Américains restent loin devant, avec 126 médailles.
        """,
    "jo/c.txt": """\
        ---
        lang: en
        published: 2024-08-12
        ---
        France finished fifth in the medal table with 64 medals, its best haul in a century.
        The United States topped the table with 126 medals.
        """,
    "jo/d.txt": """\
        ---
        lang: es
        published: 2024-08-12
        ---
        Francia terminó quinta en el medallero con 64 medallas, su mejor resultado en un siglo.
        Estados Unidos lideró con 126 medallas.
        """,
}


def test_independent_rewrites_in_three_languages_give_one_finding_naming_the_outlier(run, write, tmp_path):
    for name, text in MEDALS.items():
        write(name, text)
    result = run("--format", "json", "-v", tmp_path)
    assert result.status == 1
    doc = result.json()
    (finding,) = [f for f in doc["findings"] if f["severity"] == "error"]
    assert finding["code"] == "FC103"
    assert finding["message"].startswith("'62 médailles' in ") and "in 3 versions" in finding["message"]
    assert sorted(c["text"] for c in finding["claims"]) == ["62 médailles", "64 medallas", "64 medals", "64 médailles"]
    (story,) = doc["stories"]
    facts = {tuple(sorted(c["text"] for c in f["claims"])) for f in story["facts"]}
    assert ("126 medallas", "126 medals", "126 médailles", "126 médailles") in facts  # the other fact agrees


VOTE_SHARE = {
    "corpus/vote/a.txt": "---\nlang: fr\n---\nLes conservateurs de Friedrich Merz arrivent en tête des législatives avec 28,6 % des voix, devant l'extrême droite.\n",
    "corpus/vote/b.txt": "---\nlang: en\n---\nFriedrich Merz's conservatives came first in the parliamentary election with 28.6% of the vote, ahead of the far right.\n",
    "corpus/vote/c.txt": "---\nlang: es\n---\nLa CDU de Merz ganó con el 28,5%.\n",
}


def test_a_near_miss_in_a_rewrite_joins_the_fact_it_contradicts(run, write, tmp_path, monkeypatch):
    """Few words are shared across languages; a figure close to the others' (a typo, a rounding) is the hint."""
    for name, text in VOTE_SHARE.items():
        write(name, text)
    doc = run("--format", "json", tmp_path / "corpus").json()
    (finding,) = doc["findings"]
    assert finding["code"] == "FC102" and "'28,5%'" in finding["message"]
    write("pyproject.toml", "[tool.factcheck.align]\nnear_value_bonus = 0\n")
    monkeypatch.chdir(tmp_path)
    assert run("--format", "json", "corpus").json()["findings"] == [], "without the bonus the rewrite is compared with nothing"


def test_a_version_that_gives_an_earlier_and_a_later_figure_makes_two_facts(run, write, tmp_path):
    write("toll/a.txt", "---\nlang: en\npublished: 2024-03-24\n---\nOfficials said 137 people have been killed, up from 133 people on Saturday.\n")
    write("toll/b.txt", "---\nlang: en\npublished: 2024-03-24\n---\nOfficials said 137 people were killed in the attack on the concert hall.\n")
    write("toll/c.txt", "---\nlang: en\npublished: 2024-03-24\n---\nOn Saturday officials said 133 people had been killed in the attack.\n")
    result = run("--format", "json", "-v", tmp_path)
    assert result.status == 0, result.out
    (story,) = result.json()["stories"]
    values = sorted(sorted({c["value"] for c in f["claims"]}) for f in story["facts"] if f["kind"] == "count")
    assert values == [[133], [137]]


def test_a_headline_rounding_and_the_body_figure_of_one_version_join_one_fact(run, write, tmp_path):
    """A version states a fact twice, in its headline and its body, each as precisely as it likes ("more than
    1,300", "1,301"): both join the fact, and the version that says otherwise is its only outlier."""
    write("heat/a.txt", "---\nlang: en\npublished: 2024-06-23\n---\nMore than 1,300 pilgrims died in the heat\n\n"
          "The kingdom said 1,301 pilgrims died during the pilgrimage, most of them without permits.\n")
    write("heat/b.txt", "---\nlang: en\npublished: 2024-06-23\n---\nThe kingdom said 1,301 pilgrims died during the pilgrimage in extreme heat.\n")
    write("heat/c.txt", "---\nlang: en\npublished: 2024-06-23\n---\nThe kingdom said 1,031 pilgrims died during the pilgrimage in extreme heat.\n")
    doc = run("--format", "json", "-v", tmp_path).json()
    (story,) = doc["stories"]
    (fact,) = [f for f in story["facts"] if f["kind"] == "count"]
    assert sorted(c["text"] for c in fact["claims"]) == ["1,031 pilgrims", "1,301 pilgrims", "1,301 pilgrims", "More than 1,300 pilgrims"]
    (finding,) = doc["findings"]
    assert finding["message"].startswith("'1,031 pilgrims' in ")


def test_a_headline_bound_far_from_the_body_figure_of_its_version_is_another_fact(run, write, tmp_path):
    """"acima dos 3,8%" in a headline meets "62,7%" in the body (any figure above 3.8 does), but it does not
    restate it: the two are two facts, and nothing contradicts."""
    write("jobs/a.txt", "---\nlang: pt\npublished: 2024-10-04\n---\nSalários sobem acima dos 3,8% nos EUA\n\n"
          "A taxa de participação na força de trabalho ficou em 62,7% em setembro, segundo o Departamento do Trabalho.\n")
    write("jobs/b.txt", "---\nlang: pt\npublished: 2024-10-04\n---\nA taxa de participação na força de trabalho manteve-se em 62,7% "
          "em setembro, informou o Departamento do Trabalho.\n")
    write("jobs/c.txt", "---\nlang: pt\npublished: 2024-10-04\n---\nOs salários subiram 3,8% em um ano e a taxa de participação na "
          "força de trabalho ficou estável em setembro.\n")
    result = run("--format", "json", "-v", tmp_path)
    assert result.status == 0, result.out
    (story,) = result.json()["stories"]
    percents = sorted(sorted(c["text"] for c in f["claims"]) for f in story["facts"] if f["kind"] == "percent")
    assert percents == [["3,8%", "acima dos 3,8%"], ["62,7%", "62,7%"]]


def test_two_versions_that_give_another_score_contradict(run, write, tmp_path):
    write("final/a.txt", "---\nlang: en\npublished: 2024-07-14\n---\nSpain beat England 2-1 in the Euro 2024 final in Berlin on Sunday.\n")
    write("final/b.txt", "---\nlang: fr\npublished: 2024-07-14\n---\nL'Espagne a battu l'Angleterre 2 à 1 en finale de l'Euro 2024 à Berlin.\n")
    write("final/c.txt", "---\nlang: es\npublished: 2024-07-14\n---\nEspaña venció a Inglaterra por 3-1 en la final de la Eurocopa 2024 en Berlín.\n")
    doc = run("--format", "json", tmp_path).json()
    (finding,) = doc["findings"]
    assert finding["code"] == "FC103" and "'3-1'" in finding["message"] and "score 2-1" in finding["message"]
    assert sorted(c["text"] for c in finding["claims"]) == ["2 à 1", "2-1", "3-1"]


def test_figures_said_to_cover_different_years_make_two_facts(run, write, tmp_path, monkeypatch):
    write("c/results/a.txt", "---\nlang: fr\npublished: 2024-03-13\n---\nLe groupe a dégagé un bénéfice net de 5,4 milliards d'euros en 2023, un record.\n")
    write("c/results/b.txt", "---\nlang: fr\npublished: 2024-03-13\n---\nLe bénéfice net du groupe, de 4,1 milliards d'euros en 2022, était déjà un record.\n")
    (story,) = run("--format", "json", "-v", tmp_path / "c").json()["stories"]
    assert [f for f in story["facts"] if f["kind"] == "money"] == []
    write("c/results/b.txt", "---\nlang: fr\npublished: 2024-03-13\n---\nLe bénéfice net du groupe, de 4,1 milliards d'euros en 2023, est un record.\n")
    assert run("--format", "json", tmp_path / "c").json()["findings"][0]["code"] == "FC101", "the same year: one fact, a contradiction"


def test_durations_in_other_units_and_far_apart_make_two_facts(run, write, tmp_path):
    """"18 hours" of a search and "27 days" of a salvage are two lengths, not a slip; "18 hours" and
    "about 1,080 minutes" may be one."""
    write("bridge/a.txt", "---\nlang: en\npublished: 2024-03-27\n---\nDivers searched the river for 18 hours after the bridge collapsed.\n")
    write("bridge/b.txt", "---\nlang: en\npublished: 2024-04-22\n---\nDivers searched the river for 27 days after the bridge collapsed.\n")
    result = run("--format", "json", "-v", tmp_path)
    assert result.status == 0, result.out
    (story,) = result.json()["stories"]
    assert [f for f in story["facts"] if f["kind"] == "duration"] == []
    write("bridge/b.txt", "---\nlang: en\npublished: 2024-04-22\n---\nDivers searched the river for 17 hours after the bridge collapsed.\n")
    assert run("--format", "json", tmp_path).json()["findings"][0]["code"] == "FC103", "one unit: one fact, a contradiction"


def test_figures_compared_with_nothing_are_listed(run, write, tmp_path):
    write("s/a.txt", "---\nlang: fr\npublished: 2024-04-09\n---\nLe séisme a fait 9 morts. Le port a rouvert après 12 heures.\n")
    write("s/b.txt", "---\nlang: fr\npublished: 2024-04-09\n---\nLe séisme a fait 9 morts, selon les secours.\n")
    (story,) = run("--format", "json", "-v", tmp_path).json()["stories"]
    assert [c["text"] for c in story["unaligned"]] == ["12 heures"]
    assert [sorted(c["text"] for c in f["claims"]) for f in story["facts"]] == [["9 morts", "9 morts"]]
    terminal = run("-v", tmp_path).out
    assert "1 fact stated by several versions; 1 figure aligned with nothing" in terminal
    assert "not compared: '12 heures' (duration)" in terminal


def test_without_verbose_the_json_report_lists_no_facts(run, write, tmp_path):
    write("s/a.txt", "---\nlang: fr\n---\nLe séisme a fait 9 morts.\n")
    write("s/b.txt", "---\nlang: fr\n---\nLe séisme a fait 9 morts.\n")
    (story,) = run("--format", "json", tmp_path).json()["stories"]
    assert "facts" not in story and "unaligned" not in story


# -- the rules on facts built by hand ------------------------------------------------------------


def medals(value, version, start=0):
    return make_claim(f"{value} médailles", "count", value, version=version, unit="médailles", start=start)


def test_one_outlier_against_a_consensus_is_one_finding_with_every_span():
    fact = make_fact(medals(64, "a.txt"), medals(64, "a.txt", start=300), medals(64, "c.txt"), medals(62, "b.txt"), medals(64, "d.txt"))
    report = run_rule(check_counts_agree, fact=fact, versions=tuple(make_version(p) for p in ("a.txt", "b.txt", "c.txt", "d.txt")))
    (finding,) = report.findings
    assert finding.message.startswith("'62 médailles' in b.txt (count 62 médailles); against '64 médailles' in 3 versions (a.txt, c.txt, d.txt;")
    assert [c.version for c in finding.claims] == ["b.txt", "a.txt", "a.txt", "c.txt", "d.txt"]  # the outlier first


def test_a_fact_whose_versions_agree_passes():
    fact = make_fact(medals(64, "a.txt"), medals(64, "b.txt"), medals(64, "c.txt"))
    assert run_rule(check_counts_agree, fact=fact, versions=()).outcome == "passed"


def test_the_same_figure_in_another_currency_is_named():
    a = make_claim("110 millions de dollars", "money", 110e6, currency="USD")
    b = make_claim("110 millions d'euros", "money", 110e6, currency="EUR", version="b.txt")
    (finding,) = run_rule(check_amounts_agree, fact=make_fact(a, b)).findings
    assert finding.message == "the same amount is in USD in a.txt ('110 millions de dollars') but in EUR in b.txt (\"110 millions d'euros\")"


def test_dates_of_one_event_split_into_the_days_they_allow():
    def day(text, version, when):
        return make_claim(text, "date", version=version, start_date=when, end_date=when)

    fact = make_fact(day("mardi", "a.txt", date(2024, 4, 9)), day("9 avril", "b.txt", date(2024, 4, 9)), day("mercredi", "c.txt", date(2024, 4, 10)))
    (finding,) = run_rule(check_event_dates_agree, fact=fact).findings
    assert finding.message.startswith("the same event is dated 'mercredi' in c.txt (Wednesday 10 April 2024)")
    assert "in 2 versions (a.txt, b.txt;" in finding.message


def test_dates_said_at_different_precisions_are_not_compared():
    """"in 2019" and "on Thursday" are no slip of one another (one event is dated at one precision); a day
    against a day, or against a week, still is."""
    def when(text, version, first, last, granularity):
        return make_claim(text, "date", version=version, start_date=first, end_date=last, granularity=granularity)

    year = when("in 2019", "a.txt", date(2019, 1, 1), date(2019, 12, 31), "year")
    thursday = when("Thursday", "b.txt", date(2024, 7, 4), date(2024, 7, 4), "day")
    assert run_rule(check_event_dates_agree, fact=make_fact(year, thursday)).outcome == "passed"
    friday = when("Friday", "c.txt", date(2024, 7, 5), date(2024, 7, 5), "day")
    assert run_rule(check_event_dates_agree, fact=make_fact(year, thursday, friday)).outcome == "failed"
    last_week = when("la semaine dernière", "d.txt", date(2024, 6, 24), date(2024, 6, 30), "week")
    assert run_rule(check_event_dates_agree, fact=make_fact(last_week, thursday)).outcome == "failed"
    years_ago = make_claim("hace cuatro años", "date", version="e.txt", start_date=date(2020, 7, 4), end_date=date(2020, 7, 4),
                           granularity="day", extra={"approximate": "year"})
    assert run_rule(check_event_dates_agree, fact=make_fact(years_ago, thursday)).outcome == "passed", "a count of years is a year's precision"
    days_ago = make_claim("il y a trois jours", "date", version="e.txt", start_date=date(2024, 7, 1), end_date=date(2024, 7, 1),
                          granularity="day", extra={"approximate": "day"})
    assert run_rule(check_event_dates_agree, fact=make_fact(days_ago, thursday)).outcome == "failed"


QUAKE = """\
    ---
    lang: {lang}
    published: 2024-04-04
    ---
    {text}
    """


def test_almost_a_figure_is_below_it_so_more_than_that_figure_disagrees_and_a_figure_just_under_it_agrees(run, write, tmp_path):
    write("q/a.txt", QUAKE.format(lang="en", text="The 1999 earthquake near Nantou killed almost 2,400 people, officials recalled."))
    write("q/b.txt", QUAKE.format(lang="fr", text="Le séisme de 1999 près de Nantou avait tué 2 380 personnes, ont rappelé les autorités."))
    clean = run("--format", "json", "--select", "FC103", tmp_path / "q")
    assert clean.status == 0 and clean.json()["findings"] == []
    write("q/c.txt", QUAKE.format(lang="en", text="The 1999 earthquake near Nantou killed more than 2,400 people, officials recalled."))
    result = run("--format", "json", "--select", "FC103", tmp_path / "q")
    assert result.status == 1
    (finding,) = result.json()["findings"]
    assert {c["text"] for c in finding["claims"]} >= {"almost 2,400 people", "more than 2,400 people"}
