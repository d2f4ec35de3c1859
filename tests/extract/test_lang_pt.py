"""Portuguese (Brazil and Portugal): numbers, money, percentages, counts, hedges and dates, on sentences written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

import pytest

from factcheck._model import Claim, Document, Sentence, Version, Zone
from factcheck._vocab import load_vocab
from factcheck.extract._numbers import lexicon, scan
from factcheck.extract.dates import extract as extract_dates
from factcheck.extract.numbers import extract_numbers

from ..conftest import Result

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "pt.txt"
PUBLISHED = date(2026, 3, 10)  # a Tuesday


def lines_document(text: str, published: date | None = PUBLISHED) -> Document:
    """One body zone over the whole text and one sentence per non-empty line."""
    sentences, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Sentence(pos, pos + len(line), "body", line))
        pos += len(line) + 1
    version = Version(path="pt.txt", text=text, lang="pt", published=published)
    return Document(version, (Zone("body", 0, len(text)),), tuple(sentences))


def number_claims(text: str) -> list[Claim]:
    return extract_numbers(lines_document(text), load_vocab("pt"))


def date_claims(text: str, published: date | None = PUBLISHED) -> list[Claim]:
    return extract_dates(lines_document(text, published), load_vocab("pt"))


def find(claims: list[Claim], surface: str) -> Claim:
    hits = [c for c in claims if c.text == surface]
    assert hits, f"no claim {surface!r} in {[c.text for c in claims]}"
    return hits[0]


# (sentence, surface of the claim, kind, value, unit, currency, qualifier, low, high)
FIGURES = [
    # money: Brazilian and European scales, symbols before the figure, names after it
    ("A estatal teve lucro de R$ 124,6 bilhões no ano.", "R$ 124,6 bilhões", "money", "124600000000", None, "BRL", "exact", "124600000000", "124600000000"),
    ("O Estado vai gastar 2,5 mil milhões de euros na ferrovia.", "2,5 mil milhões de euros", "money", "2500000000", None, "EUR", "exact", "2500000000", "2500000000"),
    ("A dívida externa chegou a 1 bilião de euros.", "1 bilião de euros", "money", "1000000000000", None, "EUR", "exact", "1000000000000", "1000000000000"),
    ("A economia do país soma US$ 2,1 trilhões.", "US$ 2,1 trilhões", "money", "2100000000000", None, "USD", "exact", "2100000000000", "2100000000000"),
    ("O banco lucrou R$ 8,1 bi no trimestre.", "R$ 8,1 bi", "money", "8100000000", None, "BRL", "exact", "8100000000", "8100000000"),
    ("O clube recebeu 5 M€ pela transferência.", "5 M€", "money", "5000000", None, "EUR", "exact", "5000000", "5000000"),
    ("A prefeitura pagou 350 milhões de reais em indenizações.", "350 milhões de reais", "money", "350000000", None, "BRL", "exact", "350000000", "350000000"),
    ("O salário mínimo passou para R$ 1.518 em janeiro.", "R$ 1.518", "money", "1518", None, "BRL", "exact", "1518", "1518"),
    ("A multa foi fixada em dois milhões de dólares.", "dois milhões de dólares", "money", "2000000", None, "USD", "exact", "2000000", "2000000"),
    ("O bilhete passou a custar 2 euros e 50 cêntimos.", "2 euros e 50 cêntimos", "money", "2.5", None, "EUR", "exact", "2.5", "2.5"),
    ("O barril subiu 40 centavos de dólar.", "40 centavos de dólar", "money", "0.4", None, "USD", "exact", "0.4", "0.4"),
    ("O governo de Luanda emitiu 5 mil milhões de kwanzas em títulos.", "5 mil milhões de kwanzas", "money", "5000000000", None, "AOA", "exact", "5000000000", "5000000000"),
    ("A reforma custará cerca de R$ 430 milhões aos cofres públicos.", "cerca de R$ 430 milhões", "money", "430000000", None, "BRL", "approx", "425000000", "435000000"),
    ("O fundo britânico captou 20 milhões de libras.", "20 milhões de libras", "money", "20000000", None, "GBP", "exact", "20000000", "20000000"),
    # percentages and percentage points
    ("A inflação acumulada ficou em 4,83% em doze meses.", "4,83%", "percent", "4.83", "percent", None, "exact", "4.83", "4.83"),
    ("Quase 40% dos entrevistados aprovam o governo.", "Quase 40%", "percent", "40", "percent", None, "approx", "30", "40"),
    ("Menos de 5 por cento das urnas foram apuradas.", "Menos de 5 por cento", "percent", "5", "percent", None, "at_most", None, "5"),
    ("Entre 20 e 30% dos alunos faltaram às aulas.", "Entre 20 e 30%", "percent", "25", "percent", None, "range", "20", "30"),
    ("O Banco Central subiu os juros em 0,5 ponto percentual.", "0,5 ponto percentual", "percentage_point", "0.5", "percentage_point", None, "exact", "0.5", "0.5"),
    ("A taxa de desemprego caiu 1,4 ponto no trimestre.", "1,4 ponto", "percentage_point", "1.4", "percentage_point", None, "exact", "1.4", "1.4"),
    # counts with their counted noun, hedges, running tolls
    ("As enchentes deixaram 100 mortos e 128 desaparecidos.", "128 desaparecidos", "count", "128", "desaparecidos", None, "exact", "128", "128"),
    ("Pelo menos 23 pessoas morreram no deslizamento.", "Pelo menos 23 pessoas", "count", "23", "pessoas", None, "at_least", "23", None),
    ("Mais de 6.800 moradores deixaram as suas casas.", "Mais de 6.800 moradores", "count", "6800", "moradores", None, "at_least", "6800", None),
    ("Cerca de 1,2 milhão de pessoas foram afetadas.", "Cerca de 1,2 milhão de pessoas", "count", "1200000", "pessoas", None, "approx", "1150000", "1250000"),
    ("Milhares de manifestantes ocuparam a avenida.", "Milhares de manifestantes", "count", "2000", "manifestantes", None, "at_least", "2000", None),
    ("Uma dezena de feridos foi levada ao hospital.", "Uma dezena de feridos", "count", "10", "feridos", None, "approx", "5", "15"),
    ("A fábrica vai contratar até 3 mil trabalhadores.", "até 3 mil trabalhadores", "count", "3000", "trabalhadores", None, "at_most", None, "3000"),
    ("Um milhão e meio de turistas visitaram a ilha.", "Um milhão e meio de turistas", "count", "1500000", "turistas", None, "exact", "1500000", "1500000"),
    ("Vinte e sete municípios decretaram emergência.", "Vinte e sete municípios", "count", "27", "municípios", None, "exact", "27", "27"),
    ("O avião levava 242 passageiros e tripulantes.", "242 passageiros", "count", "242", "passageiros", None, "exact", "242", "242"),
    # quantities and durations
    ("Choveu 320 milímetros em apenas dois dias.", "320 milímetros", "quantity", "320", "millimeter", None, "exact", "320", "320"),
    ("O fogo destruiu 25 mil hectares de floresta.", "25 mil hectares", "quantity", "25000", "hectare", None, "exact", "25000", "25000"),
    ("Os termômetros marcaram 41,5 °C na capital.", "41,5 °C", "quantity", "41.5", "celsius", None, "exact", "41.5", "41.5"),
    ("O rio subiu 4,2 metros acima do normal.", "4,2 metros", "quantity", "4.2", "meter", None, "exact", "4.2", "4.2"),
    ("O poço produz 3,4 milhões de barris por dia.", "3,4 milhões de barris", "quantity", "3400000", "barrel", None, "exact", "3400000", "3400000"),
    ("A obra ficou parada durante 18 meses.", "18 meses", "duration", "18", "month", None, "exact", "18", "18"),
    ("A idosa, aos 92 anos, foi resgatada com vida.", "92 anos", "duration", "92", "year", None, "exact", "92", "92"),
]


@pytest.mark.parametrize(
    "sentence,surface,kind,value,unit,currency,qualifier,low,high", FIGURES, ids=[case[1] for case in FIGURES]
)
def test_reads_figure(sentence, surface, kind, value, unit, currency, qualifier, low, high):
    claim = find(number_claims(sentence), surface)
    assert (claim.kind, claim.value, claim.unit, claim.currency, claim.qualifier) == (
        kind, Decimal(value), unit, currency, qualifier)
    assert claim.low == (None if low is None else Decimal(low))
    assert claim.high == (None if high is None else Decimal(high))


def test_running_toll_and_its_hour():
    claim = find(number_claims("O balanço das 18h30 aponta pelo menos 56 mortos."), "pelo menos 56 mortos")
    assert claim.extra["running"] is True and claim.extra["as_of"] == "18:30"


def test_age_is_marked():
    assert find(number_claims("A idosa, aos 92 anos, foi resgatada com vida."), "92 anos").extra.get("age") is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Em 2023, o país exportou mais soja.",
        "A reunião foi marcada para 10/03/2026 às 14h30.",
        "O terceiro trimestre de 2025 superou as expectativas.",
        "A equipa terminou em 3.º lugar na 25.ª edição do torneio.",
        "Um homem foi detido na rua.",
        "A final será disputada em 15 de maio de 2026.",
    ],
)
def test_skips_years_dates_ordinals_and_articles(sentence):
    assert [c.text for c in number_claims(sentence) if c.kind != "time_of_day"] == []  # a time is its own kind


@pytest.mark.parametrize(
    "text,expected",
    [
        ("vinte e sete", "27"),
        ("trezentos e quarenta e sete", "347"),
        ("duas mil trezentas e quarenta e sete", "2347"),
        ("dezassete", "17"),
        ("dezessete", "17"),
        ("cento e dezesseis", "116"),
        ("três milhões", "3000000"),
        ("mil milhões", "1000000000"),
        ("dois bilhões", "2000000000"),
        ("um bilião", "1000000000000"),
        ("sete vírgula cinco", "7.5"),
        ("1.234.567,89", "1234567.89"),
        ("1 234 567", "1234567"),
        ("dois terços", "0.6666666666666666666666666666666667"),
    ],
)
def test_number_reader(text, expected):
    numbers = scan(text, lexicon(load_vocab("pt")))
    assert numbers and abs(numbers[0].value - Decimal(expected)) < Decimal("1e-20")


# (sentence, surface, (start, end)); reference Tuesday 2026-03-10.
DATES = [
    ("O acordo foi assinado em 10 de março de 2026 em Brasília.", "10 de março de 2026", ("2026-03-10", "2026-03-10")),
    ("A decisão saiu no Diário Oficial de 15/03/2025.", "15/03/2025", ("2025-03-15", "2025-03-15")),
    ("A cimeira decorreu na segunda-feira, 9 de março.", "segunda-feira, 9 de março", ("2026-03-09", "2026-03-09")),
    ("O governo anunciou nesta terça-feira um novo pacote.", "nesta terça-feira", ("2026-03-10", "2026-03-10")),
    ("O ministro esteve em Luanda na sexta-feira passada.", "sexta-feira passada", ("2026-03-06", "2026-03-06")),
    ("O presidente viaja a Paris no próximo domingo.", "próximo domingo", ("2026-03-15", "2026-03-15")),
    ("O boletim divulgado nesta segunda (9) confirmou o número.", "nesta segunda (9)", ("2026-03-09", "2026-03-09")),
    ("A bolsa caiu 3% na última sexta.", "última sexta", ("2026-03-06", "2026-03-06")),
    ("A ponte desabou ontem à noite.", "ontem", ("2026-03-09", "2026-03-09")),
    ("O corpo foi encontrado anteontem.", "anteontem", ("2026-03-08", "2026-03-08")),
    ("O julgamento será retomado amanhã.", "amanhã", ("2026-03-11", "2026-03-11")),
    ("A votação ficou para depois de amanhã.", "depois de amanhã", ("2026-03-12", "2026-03-12")),
    ("Os resultados serão divulgados na próxima semana.", "na próxima semana", ("2026-03-16", "2026-03-22")),
    ("As vendas caíram no mês passado.", "no mês passado", ("2026-02-01", "2026-02-28")),
    ("A empresa fechou o ano passado com prejuízo.", "o ano passado", ("2025-01-01", "2025-12-31")),
    ("As exportações bateram recorde em março passado.", "março passado", ("2025-03-01", "2025-03-31")),
    ("O navio partiu de Lisboa há três semanas.", "há três semanas", ("2026-02-17", "2026-02-17")),
    ("A nova linha será inaugurada daqui a dois meses.", "daqui a dois meses", ("2026-05-10", "2026-05-10")),
    ("A economia cresceu muito nos anos 90.", "nos anos 90", ("1990-01-01", "1999-12-31")),
    ("A fábrica foi construída na década de 1980.", "na década de 1980", ("1980-01-01", "1989-12-31")),
    ("A greve durou de 4 a 22 de janeiro de 2024.", "de 4 a 22 de janeiro de 2024", ("2024-01-04", "2024-01-22")),
    ("Os preços subiram no final de fevereiro.", "no final de fevereiro", ("2026-02-16", "2026-02-28")),
    ("O desemprego recuou desde 2020.", "desde 2020", ("2020-01-01", None)),
    ("O lucro do terceiro trimestre de 2025 surpreendeu.", "terceiro trimestre de 2025", ("2025-07-01", "2025-09-30")),
    ("O prazo foi prorrogado até 1º de abril de 2026.", "até 1º de abril de 2026", (None, "2026-04-01")),
]


@pytest.mark.parametrize("sentence,surface,expected", DATES, ids=[case[1] for case in DATES])
def test_reads_date(sentence, surface, expected):
    claim = find(date_claims(sentence), surface)
    got = (claim.start_date.isoformat() if claim.start_date else None, claim.end_date.isoformat() if claim.end_date else None)
    assert got == expected


def test_weekday_tense_decides_past_or_future():
    past = find(date_claims("O governo anunciou na quinta-feira um plano."), "quinta-feira")
    future = find(date_claims("O governo anunciará na quinta-feira um plano."), "quinta-feira")
    assert (past.start_date, future.start_date) == (date(2026, 3, 5), date(2026, 3, 12))


@pytest.mark.parametrize(
    "sentence",
    [
        "A lei foi um marco histórico para o país.",
        "O senador Marco Aurélio votou contra.",
        "Foi a segunda vez que o rio transbordou.",
        "Na segunda fase do torneio, a equipa venceu.",
        "A quinta maior economia do mundo cresceu 2,9%.",
        "O livro custa 45 reais e tem 300 páginas.",
    ],
)
def test_not_dates(sentence):
    assert [c.text for c in date_claims(sentence)] == []


def test_relative_dates_need_a_publication_date():
    [claim] = date_claims("A ponte desabou ontem.", published=None)
    assert claim.start_date is None and claim.extra["unresolved"] is True


# --- a whole article, through the command line ----------------------------------------------

ARTICLE_FIGURES = {
    ("23 mortos", "count", 23),
    ("pelo menos 23 mortos", "count", 23),
    ("41 feridos", "count", 41),
    ("17 pessoas", "count", 17),
    ("apenas 24 horas", "duration", 24),
    ("cerca de 320 milímetros", "quantity", 320),
    ("mais de 150%", "percent", 150),
    ("4,2 metros", "quantity", 4.2),
    ("Cerca de 6.800 pessoas", "count", 6800),
    ("R$ 2,4 bilhões", "money", 2400000000),
    ("350 milhões de reais", "money", 350000000),
    ("18%", "percent", 18),
    ("12 anos", "duration", 12),
}
ARTICLE_DATES = {
    ("10/03/2026", "2026-03-10", "2026-03-10"),
    ("desta terça-feira", "2026-03-10", "2026-03-10"),
    ("Ontem", "2026-03-09", "2026-03-09"),
    ("nesta segunda-feira", "2026-03-09", "2026-03-09"),
    ("há 12 anos", "2014-03-10", "2014-03-10"),
    ("fevereiro de 2014", "2014-02-01", "2014-02-28"),
}


ARTICLE_TIMES_AND_SCORES = {
    ("16h30", "time_of_day", 990),
    ("2 a 1", "score", 2.01),
    ("8h", "time_of_day", 480),
    ("9h15", "time_of_day", 555),
}


def test_article_figures_through_the_command_line(run: Callable[..., Result]):
    doc = run("--claims", "--format", "json", "--no-cache", str(ARTICLE)).json()
    [version] = doc["versions"]
    assert (version["lang"], version["published"]) == ("pt", "2026-03-10")
    claims = version["claims"]
    figures = {(c["text"], c["kind"], c["value"]) for c in claims if c["kind"] != "date"}
    dates = {(c["text"], c["start_date"], c["end_date"]) for c in claims if c["kind"] == "date"}
    assert ARTICLE_FIGURES <= figures, sorted(ARTICLE_FIGURES - figures)
    assert ARTICLE_DATES <= dates, sorted(ARTICLE_DATES - dates)
    timed = {(c["text"], c["kind"], c["value"]) for c in claims if c["kind"] in ("time_of_day", "score")}
    assert ARTICLE_TIMES_AND_SCORES <= timed, sorted(ARTICLE_TIMES_AND_SCORES - timed)
    zones = {c["text"]: c["zone"] for c in claims}
    assert zones["23 mortos"] == "headline" and zones["10/03/2026"] == "byline"


def test_short_weekday_after_a_demonstrative_dates_a_version(run: Callable[..., Result], tmp_path: Path):
    path = tmp_path / "v.txt"
    path.write_text("---\nlang: pt\n---\nTítulo\n\nO ministro anunciou nesta quarta (11) um plano.\n\n"
                    "Comentários (1)\n\nAna escreveu em 12/03/2026 às 10:04\nBom.\n", encoding="utf-8")
    [version] = run("--claims", "--format", "json", "--no-cache", str(path)).json()["versions"]
    assert version["published"] == "2026-03-11"


def test_article_byline_dates_a_version_without_front_matter_date(run: Callable[..., Result], tmp_path: Path):
    text = ARTICLE.read_text(encoding="utf-8").replace("published: 2026-03-10\n", "")
    path = tmp_path / "pt.txt"
    path.write_text(text, encoding="utf-8")
    [version] = run("--claims", "--format", "json", "--no-cache", str(path)).json()["versions"]
    assert version["published"] == "2026-03-10" and "byline" in version["published_source"]


def test_page_zones():
    from factcheck._segment import segment

    text = (
        "Governo anuncia pacote para a indústria\n\nPor Ana Souza\nPublicado em 10/03/2026 às 9h15\n\n"
        "O Sr. Silva, ministro da Fazenda, disse que a medida gera 50 mil empregos. A inflação está em 4,5%.\n\n"
        "Foto: Reprodução/Agência Brasil\n\nLeia também: Inflação sobe em fevereiro\n\n"
        "O plano prevê ainda 2 mil bolsas.\n\n(Com informações da Reuters)\n\nCompartilhar\n\n"
        "Comentários (3)\n\nMaria escreveu em 10/03/2026 às 11:20\nMuito bom.\n"
    )
    doc = segment(Version(path="v.txt", text=text, lang="pt"), load_vocab("pt"))
    zone = {line: doc.zone_at(text.index(line)) for line in (
        "Por Ana Souza", "O Sr. Silva", "Foto:", "Leia também", "O plano", "(Com informações", "Compartilhar", "Maria")}
    assert zone == {
        "Por Ana Souza": "byline", "O Sr. Silva": "lede", "Foto:": "caption", "Leia também": "related",
        "O plano": "body", "(Com informações": "credit", "Compartilhar": "furniture", "Maria": "comments",
    }
    # "Sr." does not end a sentence
    assert any(text[s.start : s.end].startswith("O Sr. Silva") and s.end > text.index("empregos") for s in doc.sentences)
