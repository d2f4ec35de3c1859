"""A bare number ("le SPD (120)") joins a count's fact on strong words; bare numbers alone make no fact, unless a state stands beside them."""

from __future__ import annotations

HEAD = "---\nlang: fr\npublished: 2025-02-24\n---\nÉlections en Allemagne : la CDU en tête\n\n"
SEATS = "Le SPD du chancelier Olaf Scholz n'obtient que 121 sièges au Bundestag, selon les résultats officiels publiés lundi.\n"
LIST = ("Selon les résultats officiels publiés lundi, les sièges du Bundestag se répartissent ainsi : "
        "la CDU (208), le SPD du chancelier Olaf Scholz ({spd}) et les Verts (85).\n")
LIBRARY = "---\nlang: fr\npublished: 2025-02-24\n---\nLe maire a inauguré mardi la nouvelle médiathèque du quartier, au {n} de la rue Victor-Hugo.\n"


def test_a_bare_number_beside_a_name_contradicts_the_count_it_states(run, write) -> None:
    write("corpus/seats/a.txt", HEAD + SEATS)
    write("corpus/seats/b.txt", HEAD + LIST.format(spd=120))
    write("corpus/seats/c.txt", HEAD + LIST.format(spd=121))
    doc = run("--format", "json", write("corpus/.keep", "").parent).json()
    (finding,) = [f for f in doc["findings"] if f["code"] == "FC103"]
    assert sorted(c["text"] for c in finding["claims"]) == ["120", "121", "121 sièges"]


def test_bare_numbers_alone_make_no_fact(run, write) -> None:
    write("corpus/library/a.txt", LIBRARY.format(n=12))
    write("corpus/library/b.txt", LIBRARY.format(n=14))  # a house number: nothing says it counts anything
    result = run("--format", "json", "-v", write("corpus/.keep", "").parent)
    assert result.status == 0
    assert [f for s in result.json()["stories"] for f in s["facts"] if f["kind"] == "count"] == []


FLOODS = "---\nlang: {lang}\npublished: 2024-05-08\n---\n{headline}\n\n{body}\n"


def test_bare_numbers_beside_a_state_count_it_and_make_a_fact(run, write) -> None:
    # "128 sont portées disparues": no noun after the figure, but the state beside it says what it counts.
    write("corpus/floods/a.txt", FLOODS.format(lang="fr", headline="Inondations au Brésil : le bilan s'alourdit",
                                               body="Selon la défense civile, 128 sont portées disparues après les crues du fleuve."))
    write("corpus/floods/b.txt", FLOODS.format(lang="es", headline="Inundaciones en Brasil: el balance aumenta",
                                               body="Según la defensa civil, 131 están desaparecidas tras las crecidas del río."))
    doc = run("--format", "json", "-v", write("corpus/.keep", "").parent).json()
    (finding,) = [f for f in doc["findings"] if f["code"] == "FC103"]
    assert sorted(c["text"] for c in finding["claims"]) == ["128", "131"]


def test_a_table_of_bare_numbers_joins_no_fact_and_the_counts_beside_it_are_still_checked(run, write) -> None:
    table = " ".join(str(n) for n in range(1, 302)) + "."  # 301 cells: a table, not figures of the story
    write("corpus/quake/a.txt", FLOODS.format(lang="fr", headline="Séisme : le bilan", body=f"Le séisme a fait 5 morts. {table}"))
    write("corpus/quake/b.txt", FLOODS.format(lang="fr", headline="Séisme : le bilan", body=f"Le séisme a fait 6 morts. {table}"))
    doc = run("--format", "json", "-v", write("corpus/.keep", "").parent).json()
    (finding,) = [f for f in doc["findings"] if f["code"] == "FC103"]
    assert sorted(c["text"] for c in finding["claims"]) == ["5 morts", "6 morts"]
    (story,) = doc["stories"]
    assert not [c for f in story["facts"] for c in f["claims"] if c["kind"] == "number"]
