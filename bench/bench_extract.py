"""Extraction throughput (chars/s) of segment + numbers + dates, against naive library use in the same run.

    .venv/bin/python bench/bench_extract.py [--rounds 5] [--naive-rounds 1] [--articles 9]

Corpus (about 320 KB, built the same way every run): the two French seeds,
articles of the same story written for this bench in English, Spanish,
Portuguese, German and Italian, and versions of each made by
controlled edits a newsroom makes between versions: figures changed or hedged
("2,9 milliards" -> "près de 3 milliards"), relative dates changed ("ce mardi"
-> "mercredi"), paragraphs dropped, duplicated or moved (seeded RNG).

Ours: ``segment`` then ``extract_numbers`` then ``dates.extract`` per article,
timed per stage. Naive: ``dateparser.search.search_dates(text, languages=[lang])``
plus ``quantulum3.parser.parse(text)`` (its default language, English) over each
whole article as it comes. Warm-up calls (quantulum3's first call costs 2-3 s,
our patterns compile once per language) are not timed. Target: ours >= 20x naive.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import warnings
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Callable

from factcheck._model import Version
from factcheck._segment import segment
from factcheck._vocab import load_vocab
from factcheck.extract.dates import extract as extract_dates
from factcheck.extract.numbers import extract_numbers

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED_DATES = {"000_ce85fb04032088a1.txt": date(2024, 4, 14), "004_ce2dd08aa2f079df.txt": date(2024, 4, 9)}

EN_ARTICLE = """\
Microsoft to invest $2.9 billion in Japan to boost AI
Published April 10, 2024

Microsoft said on Tuesday it would invest $2.9 billion over the next two years to expand its cloud computing and artificial intelligence infrastructure in Japan, the largest investment in its 46-year history in the country.
The announcement comes as Japanese Prime Minister Fumio Kishida begins a state visit to Washington on Wednesday, where AI and semiconductors will top the agenda.
The company will also train three million people in AI skills over the next three years and open its first Microsoft Research Asia lab in Tokyo, Brad Smith, Microsoft's president, told reporters.
Last week the United States and Japan announced two research partnerships between universities, backed by about $110 million from Microsoft, Nvidia, Amazon, SoftBank Group and Arm.
Japan's population is ageing fast: nearly 30% of its 125 million people are 65 or older, and the labour shortage could reach 11 million workers by 2040, according to a government estimate.
Labour productivity in Japan is among the lowest of the 38 OECD countries, at roughly 52.3 dollars per hour worked in 2022, down 1.2 percentage points from the year before.
Last year SoftBank chief executive Masayoshi Son warned that Japan risked being left behind, and the government has since committed more than 4 trillion yen, or about $26 billion, to chips and AI.
Taiwan's TSMC opened its first plant in southwestern Japan in February and confirmed plans for a second one, to be completed by the end of 2027 at a cost of $13.9 billion.
Google opened a cybersecurity centre of excellence in Tokyo last month, and Amazon Web Services said in January it would spend 2.26 trillion yen on data centres in Japan between 2023 and 2027.
Shares of Microsoft rose 0.7% to $424.57 in New York on Tuesday, giving it a market value of about $3.16 trillion, ahead of Apple at $2.6 trillion.

Read more: Nvidia chips sold out until 2025
Comments (12)
"""

ES_ARTICLE = """\
Microsoft invertirá 2.900 millones de dólares en Japón para impulsar la inteligencia artificial
Publicado el 10 de abril de 2024

Microsoft anunció el martes que invertirá 2.900 millones de dólares en los próximos dos años para ampliar su infraestructura de computación en la nube e inteligencia artificial en Japón, la mayor inversión en sus 46 años de historia en el país.
El anuncio coincide con la visita de Estado del primer ministro japonés, Fumio Kishida, a Washington el miércoles, donde la IA y los semiconductores ocuparán un lugar central.
La compañía también formará a tres millones de personas en competencias de IA durante los próximos tres años y abrirá su primer laboratorio de Microsoft Research Asia en Tokio, según Brad Smith, presidente de Microsoft.
La semana pasada, Estados Unidos y Japón anunciaron dos alianzas de investigación entre universidades, respaldadas con unos 110 millones de dólares por Microsoft, Nvidia, Amazon, SoftBank Group y Arm.
La población japonesa envejece con rapidez: casi el 30% de sus 125 millones de habitantes tiene 65 años o más, y la escasez de mano de obra podría alcanzar los 11 millones de trabajadores en 2040.
La productividad laboral de Japón está entre las más bajas de los 38 países de la OCDE, con unos 52,3 dólares por hora trabajada en 2022, 1,2 puntos porcentuales menos que el año anterior.
El año pasado, el director ejecutivo de SoftBank, Masayoshi Son, advirtió de que Japón se estaba quedando atrás, y el Gobierno ha comprometido desde entonces más de 4 billones de yenes, unos 26.000 millones de dólares, para chips e IA.
La taiwanesa TSMC inauguró en febrero su primera planta en el suroeste de Japón y confirmó una segunda, que estará terminada a finales de 2027 con un coste de 13.900 millones de dólares.
Google abrió el mes pasado un centro de excelencia en ciberseguridad en Tokio, y Amazon Web Services anunció en enero que gastará 2,26 billones de yenes en centros de datos en Japón entre 2023 y 2027.
Las acciones de Microsoft subieron un 0,7% hasta 424,57 dólares en Nueva York el martes, lo que le otorga un valor de mercado de unos 3,16 billones de dólares.

Lea también: los chips de Nvidia, agotados hasta 2025
Comentarios (12)
"""

PT_ARTICLE = """\
Microsoft vai investir 2,9 mil milhões de dólares no Japão para impulsionar a inteligência artificial
Publicado em 10 de abril de 2024

A Microsoft anunciou nesta terça-feira que vai investir 2,9 mil milhões de dólares nos próximos dois anos para ampliar a sua infraestrutura de computação em nuvem e de inteligência artificial no Japão, o maior investimento em 46 anos de presença no país.
O anúncio coincide com a visita de Estado do primeiro-ministro japonês, Fumio Kishida, a Washington na quarta-feira, onde a IA e os semicondutores estarão no centro da agenda.
A empresa vai também formar três milhões de pessoas em competências de IA nos próximos três anos e abrir o seu primeiro laboratório Microsoft Research Asia em Tóquio, disse Brad Smith, presidente da Microsoft.
Na semana passada, os Estados Unidos e o Japão anunciaram duas parcerias de investigação entre universidades, apoiadas por cerca de 110 milhões de dólares da Microsoft, Nvidia, Amazon, SoftBank Group e Arm.
A população japonesa envelhece depressa: quase 30% dos seus 125 milhões de habitantes têm 65 anos ou mais, e a falta de mão de obra pode chegar a 11 milhões de trabalhadores em 2040.
A produtividade do trabalho no Japão está entre as mais baixas dos 38 países da OCDE, com cerca de 52,3 dólares por hora trabalhada em 2022, menos 1,2 pontos percentuais do que no ano anterior.
No ano passado, o presidente executivo do SoftBank, Masayoshi Son, avisou que o Japão estava a ficar para trás, e o governo comprometeu desde então mais de 4 biliões de ienes, cerca de 26 mil milhões de dólares, em chips e IA.
A taiwanesa TSMC inaugurou em fevereiro a sua primeira fábrica no sudoeste do Japão e confirmou uma segunda, a concluir até ao final de 2027, com um custo de 13,9 mil milhões de dólares.
A Google abriu no mês passado um centro de excelência em cibersegurança em Tóquio, e a Amazon Web Services anunciou em janeiro que vai gastar 2,26 biliões de ienes em centros de dados no Japão entre 2023 e 2027.
As ações da Microsoft subiram 0,7% para 424,57 dólares em Nova Iorque na terça-feira, o que lhe dá um valor de mercado de cerca de 3,16 biliões de dólares.

Leia também: os chips da Nvidia esgotados até 2025
Comentários (12)
"""

DE_ARTICLE = """\
Microsoft investiert 2,9 Milliarden Dollar in Japan, um die künstliche Intelligenz voranzubringen
Veröffentlicht am 10. April 2024

Microsoft hat am Dienstag angekündigt, in den nächsten zwei Jahren 2,9 Milliarden Dollar in Japan zu investieren, um seine Cloud- und KI-Infrastruktur auszubauen, die größte Investition in seiner 46-jährigen Geschichte in dem Land.
Die Ankündigung fällt mit dem Staatsbesuch des japanischen Ministerpräsidenten Fumio Kishida in Washington am Mittwoch zusammen, bei dem KI und Halbleiter ganz oben auf der Tagesordnung stehen.
Das Unternehmen will außerdem in den nächsten drei Jahren drei Millionen Menschen in KI schulen und sein erstes Labor von Microsoft Research Asia in Tokio eröffnen, sagte Microsoft-Präsident Brad Smith.
Vergangene Woche hatten die Vereinigten Staaten und Japan zwei Forschungspartnerschaften zwischen Universitäten angekündigt, die mit rund 110 Millionen Dollar von Microsoft, Nvidia, Amazon, SoftBank Group und Arm finanziert werden.
Japans Bevölkerung altert schnell: Fast 30 Prozent der 125 Millionen Einwohner sind 65 Jahre oder älter, und bis 2040 könnten 11 Millionen Arbeitskräfte fehlen.
Die Arbeitsproduktivität Japans gehört mit rund 52,3 Dollar je Arbeitsstunde im Jahr 2022 zu den niedrigsten der 38 OECD-Länder, 1,2 Prozentpunkte weniger als im Vorjahr.
Im vergangenen Jahr warnte SoftBank-Chef Masayoshi Son, Japan drohe abgehängt zu werden; die Regierung hat seither mehr als 4 Billionen Yen, rund 26 Milliarden Dollar, für Chips und KI zugesagt.
Der taiwanische Konzern TSMC hat im Februar sein erstes Werk im Südwesten Japans eröffnet und ein zweites bestätigt, das bis Ende 2027 für 13,9 Milliarden Dollar fertiggestellt werden soll.
Google eröffnete im vergangenen Monat ein Kompetenzzentrum für Cybersicherheit in Tokio, und Amazon Web Services kündigte im Januar an, zwischen 2023 und 2027 2,26 Billionen Yen für Rechenzentren in Japan auszugeben.
Die Microsoft-Aktie stieg am Dienstag in New York um 0,7 Prozent auf 424,57 Dollar, was einem Börsenwert von rund 3,16 Billionen Dollar entspricht.

Lesen Sie auch: Nvidia-Chips bis 2025 ausverkauft
Kommentare (12)
"""

IT_ARTICLE = """\
Microsoft investirà 2,9 miliardi di dollari in Giappone per spingere l'intelligenza artificiale
Pubblicato il 10 aprile 2024

Microsoft ha annunciato martedì che investirà 2,9 miliardi di dollari nei prossimi due anni per ampliare la sua infrastruttura di cloud e di intelligenza artificiale in Giappone, il più grande investimento nei suoi 46 anni di storia nel paese.
L'annuncio coincide con la visita di Stato del primo ministro giapponese Fumio Kishida a Washington mercoledì, dove l'IA e i semiconduttori saranno al centro dell'agenda.
L'azienda formerà inoltre tre milioni di persone nelle competenze di IA nei prossimi tre anni e aprirà il suo primo laboratorio Microsoft Research Asia a Tokyo, ha detto il presidente di Microsoft Brad Smith.
La settimana scorsa Stati Uniti e Giappone hanno annunciato due partenariati di ricerca tra università, sostenuti da circa 110 milioni di dollari di Microsoft, Nvidia, Amazon, SoftBank Group e Arm.
La popolazione giapponese invecchia in fretta: quasi il 30% dei suoi 125 milioni di abitanti ha 65 anni o più, e la carenza di manodopera potrebbe arrivare a 11 milioni di lavoratori entro il 2040.
La produttività del lavoro in Giappone è tra le più basse dei 38 paesi dell'OCSE, con circa 52,3 dollari per ora lavorata nel 2022, 1,2 punti percentuali in meno rispetto all'anno precedente.
L'anno scorso l'amministratore delegato di SoftBank, Masayoshi Son, aveva avvertito che il Giappone rischiava di restare indietro, e da allora il governo ha stanziato più di 4.000 miliardi di yen, circa 26 miliardi di dollari, per chip e IA.
La taiwanese TSMC ha inaugurato a febbraio il suo primo stabilimento nel sud-ovest del Giappone e ne ha confermato un secondo, da completare entro la fine del 2027 per 13,9 miliardi di dollari.
Google ha aperto il mese scorso un centro di eccellenza per la sicurezza informatica a Tokyo, e Amazon Web Services ha annunciato a gennaio che spenderà 2.260 miliardi di yen in data center in Giappone tra il 2023 e il 2027.
Le azioni di Microsoft sono salite dello 0,7% a 424,57 dollari a New York martedì, per un valore di mercato di circa 3.160 miliardi di dollari.

Leggi anche: i chip di Nvidia esauriti fino al 2025
Commenti (12)
"""

#: Edits between versions, per language: (what is written, what another version may write instead).
EDITS = {
    "fr": [
        ("2,9 milliards de dollars", ["près de 3 milliards de dollars", "2,9 Mds $", "quelque 2,9 milliards de dollars", "3,1 milliards de dollars"]),
        ("ce mardi", ["mardi", "ce mercredi", "mardi dernier"]),
        ("mercredi", ["jeudi", "le 10 avril", "ce mercredi"]),
        ("trois millions de travailleurs", ["3 millions de travailleurs", "plus de trois millions de travailleurs"]),
        ("110 millions de dollars", ["environ 110 millions de dollars", "100 millions de dollars", "110 M$"]),
        ("près de 30%", ["près de 29,1 %", "plus de 30 %", "30\u00a0%"]),
        ("la semaine dernière", ["mardi", "le 9 avril 2024", "début avril"]),
        ("46 ans", ["quarante-six ans", "près de 50 ans"]),
    ],
    "en": [
        ("$2.9 billion", ["nearly $3 billion", "2.9 billion dollars", "US$2.9bn", "$3.1 billion"]),
        ("on Tuesday", ["on Wednesday", "last Tuesday", "on April 9"]),
        ("three million people", ["3 million people", "more than three million people"]),
        ("about $110 million", ["$110 million", "roughly $100 million"]),
        ("nearly 30%", ["29.1%", "more than 30 percent"]),
        ("Last week", ["On Tuesday", "On April 9, 2024", "Earlier this month"]),
    ],
    "es": [
        ("2.900 millones de dólares", ["casi 3.000 millones de dólares", "2,9 mil millones de dólares", "3.100 millones de dólares"]),
        ("el martes", ["el miércoles", "este martes", "el 9 de abril"]),
        ("tres millones de personas", ["3 millones de personas", "más de tres millones de personas"]),
        ("unos 110 millones de dólares", ["110 millones de dólares", "cerca de 100 millones de dólares"]),
        ("casi el 30%", ["el 29,1%", "más del 30 por ciento"]),
        ("La semana pasada", ["El martes", "El 9 de abril de 2024", "A principios de mes"]),
    ],
    "pt": [
        ("2,9 mil milhões de dólares", ["quase 3 mil milhões de dólares", "US$ 2,9 bilhões", "3,1 mil milhões de dólares"]),
        ("nesta terça-feira", ["na quarta-feira", "na terça-feira (9)", "em 9 de abril"]),
        ("três milhões de pessoas", ["3 milhões de pessoas", "mais de três milhões de pessoas"]),
        ("cerca de 110 milhões de dólares", ["110 milhões de dólares", "perto de 100 milhões de dólares"]),
        ("quase 30%", ["29,1%", "mais de 30 por cento"]),
        ("Na semana passada", ["Na terça-feira", "Em 9 de abril de 2024", "No início do mês"]),
    ],
    "de": [
        ("2,9 Milliarden Dollar", ["fast 3 Milliarden Dollar", "2,9 Mrd. Dollar", "3,1 Milliarden Dollar"]),
        ("am Dienstag", ["am Mittwoch", "am vergangenen Dienstag", "am 9. April"]),
        ("drei Millionen Menschen", ["3 Millionen Menschen", "mehr als drei Millionen Menschen"]),
        ("rund 110 Millionen Dollar", ["110 Millionen Dollar", "knapp 100 Millionen Dollar"]),
        ("Fast 30 Prozent", ["29,1 Prozent", "Mehr als 30 Prozent"]),
        ("Vergangene Woche", ["Am Dienstag", "Am 9. April 2024", "Anfang des Monats"]),
    ],
    "it": [
        ("2,9 miliardi di dollari", ["quasi 3 miliardi di dollari", "2,9 mld di dollari", "3,1 miliardi di dollari"]),
        ("annunciato martedì", ["annunciato mercoledì", "annunciato martedì scorso", "annunciato il 9 aprile"]),
        ("tre milioni di persone", ["3 milioni di persone", "più di tre milioni di persone"]),
        ("circa 110 milioni di dollari", ["110 milioni di dollari", "quasi 100 milioni di dollari"]),
        ("quasi il 30%", ["il 29,1%", "oltre il 30 per cento"]),
        ("La settimana scorsa", ["Martedì", "Il 9 aprile 2024", "All'inizio del mese"]),
    ],
}


def variant(text: str, lang: str, rng: random.Random) -> str:
    """Another version of ``text``: some figures and dates rewritten, some paragraphs moved."""
    for written, others in EDITS[lang]:
        if rng.random() < 0.6:
            text = text.replace(written, rng.choice(others))
    lines = text.split("\n")
    head, body = lines[:3], lines[3:]
    paragraphs = [i for i, line in enumerate(body) if len(line) > 120]
    if len(paragraphs) > 3:
        for _ in range(rng.randint(0, 2)):
            drop = rng.choice(paragraphs)
            body[drop] = ""
        a, b = rng.sample(paragraphs, 2)
        body[a], body[b] = body[b], body[a]
        if rng.random() < 0.3:
            body.insert(rng.choice(paragraphs), body[rng.choice(paragraphs)])
    return "\n".join(head + body)


def corpus(articles: int, seed: int = 2024) -> list[tuple[str, str, date]]:
    """(lang, text, publication date) for the seeds, the articles in five more languages and their versions."""
    rng = random.Random(seed)
    originals = [("fr", p.read_text(encoding="utf-8"), SEED_DATES.get(p.name, date(2024, 4, 14)))
                 for p in sorted(CORPUS.glob("*.txt"))]
    originals += [(lang, article, date(2024, 4, 10)) for lang, article in
                  (("en", EN_ARTICLE), ("es", ES_ARTICLE), ("pt", PT_ARTICLE), ("de", DE_ARTICLE), ("it", IT_ARTICLE))]
    out = list(originals)
    for k in range(articles):
        for lang, text, published in originals:
            out.append((lang, variant(text, lang, rng), published))
    return out


def ours(texts: list[tuple[str, str, date]], rounds: int) -> tuple[dict, int]:
    """Seconds per stage and per (stage, lang), median over rounds, and the claims of one round."""
    vocabs = {lang: load_vocab(lang) for lang, _, _ in texts}
    for lang, text, published in texts[:4] + texts[-4:]:  # compile each language's patterns
        _pipeline(text, lang, published, vocabs[lang], Counter())
    per_round, claims = [], 0
    for _ in range(rounds):
        times: Counter = Counter()
        claims = sum(_pipeline(text, lang, published, vocabs[lang], times) for lang, text, published in texts)
        per_round.append(times)
    return _median(per_round), claims


def _median(per_round: list[Counter]) -> dict:
    return {key: statistics.median(r[key] for r in per_round) for key in per_round[0]}


def _pipeline(text: str, lang: str, published: date, vocab: object, times: Counter) -> int:
    t0 = time.perf_counter()
    document = segment(Version("bench.txt", text, lang=lang, published=published), vocab)  # type: ignore[arg-type]
    t1 = time.perf_counter()
    numbers = extract_numbers(document, vocab)  # type: ignore[arg-type]
    t2 = time.perf_counter()
    dates = extract_dates(document, vocab)  # type: ignore[arg-type]
    t3 = time.perf_counter()
    for stage, seconds in (("segment", t1 - t0), ("numbers", t2 - t1), ("dates", t3 - t2)):
        times[stage] += seconds
        times[stage, lang] += seconds
    return len(numbers) + len(dates)


def naive(texts: list[tuple[str, str, date]], rounds: int) -> tuple[dict, int]:
    """Seconds for search_dates and quantulum3 over each whole text (median over rounds), and their hits."""
    from dateparser.search import search_dates
    from quantulum3 import parser

    parser.parse("warm up: 3 km and 2.9 billion dollars")
    for lang in sorted({lang for lang, _, _ in texts}):
        search_dates("warm up 9 avril 2024", languages=[lang])
    per_round, hits = [], 0
    for _ in range(rounds):
        times: Counter = Counter()
        hits = 0
        for lang, text, _ in texts:
            t0 = time.perf_counter()
            found = search_dates(text, languages=[lang]) or []
            t1 = time.perf_counter()
            quantities = parser.parse(text)
            t2 = time.perf_counter()
            search_dates(text)  # the plainest call: language detected by dateparser itself
            t3 = time.perf_counter()
            for stage, seconds in (("search_dates", t1 - t0), ("quantulum3", t2 - t1), ("search_dates_auto", t3 - t2)):
                times[stage] += seconds
                times[stage, lang] += seconds
            hits += len(found) + len(quantities)
        per_round.append(times)
    return _median(per_round), hits


def main(argv: list[str] | None = None) -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--rounds", type=int, default=5, help="rounds of our pipeline (median)")
    options.add_argument("--naive-rounds", type=int, default=1, help="rounds of the naive baseline (slow)")
    options.add_argument("--articles", type=int, default=9, help="versions made of each original article")
    args = options.parse_args(argv)
    warnings.filterwarnings("ignore")

    texts = corpus(args.articles)
    chars = sum(len(t) for _, t, _ in texts)
    by_lang: Counter = Counter()
    for lang, text, _ in texts:
        by_lang[lang] += len(text)
    print(f"corpus: {len(texts)} articles, {chars:,} chars ("
          + ", ".join(f"{lang} {n:,}" for lang, n in sorted(by_lang.items())) + "), "
          + f"median article {statistics.median(len(t) for _, t, _ in texts):,.0f} chars")

    ours_s, claims = ours(texts, args.rounds)
    naive_s, hits = naive(texts, args.naive_rounds)
    stages, baselines = ("segment", "numbers", "dates"), ("search_dates", "quantulum3")
    ours_total, naive_total = sum(ours_s[k] for k in stages), sum(naive_s[k] for k in baselines)
    rate: Callable[[float], str] = lambda s: f"{chars / s:>14,.0f}" if s else f"{'-':>14}"  # noqa: E731

    print()
    print(f"{'stage':<34} {'seconds':>9} {'chars/s':>14} {'found':>7}")
    print("-" * 67)
    for stage in stages:
        print(f"{'ours: ' + stage:<34} {ours_s[stage]:>9.3f} {rate(ours_s[stage])}")
    print(f"{'ours: segment + numbers + dates':<34} {ours_total:>9.3f} {rate(ours_total)} {claims:>7}")
    print("-" * 67)
    print(f"{'naive: search_dates(languages=[l])':<34} {naive_s['search_dates']:>9.3f} {rate(naive_s['search_dates'])}")
    print(f"{'naive: quantulum3.parser.parse':<34} {naive_s['quantulum3']:>9.3f} {rate(naive_s['quantulum3'])}")
    print(f"{'naive: both':<34} {naive_total:>9.3f} {rate(naive_total)} {hits:>7}")
    plain_total = naive_s["search_dates_auto"] + naive_s["quantulum3"]
    print(f"{'naive: search_dates(text), no lang':<34} {naive_s['search_dates_auto']:>9.3f} {rate(naive_s['search_dates_auto'])}")
    print(f"{'naive: both, no lang':<34} {plain_total:>9.3f} {rate(plain_total)}")
    print("-" * 67)
    ratio = naive_total / ours_total
    verdict = "meets" if ratio >= 20 else "BELOW"
    print(f"ratio ours / naive with languages given: {ratio:.1f}x  ({verdict} the target of 20x)")
    plain = plain_total / ours_total
    print(f"ratio ours / naive as called plainly (search_dates(text) + parse(text)): {plain:.1f}x  "
          f"({'meets' if plain >= 20 else 'BELOW'} the target of 20x); ours {args.rounds} round(s) median, naive {args.naive_rounds} round(s)")
    print()
    print(f"{'lang':<5} {'chars':>9} {'ours chars/s':>14} {'naive chars/s':>14} {'ratio':>7}")
    for lang, n in sorted(by_lang.items()):
        mine = sum(ours_s[stage, lang] for stage in stages)
        theirs = sum(naive_s[stage, lang] for stage in baselines)
        print(f"{lang:<5} {n:>9,} {n / mine:>14,.0f} {n / theirs:>14,.0f} {theirs / mine:>6.1f}x")


if __name__ == "__main__":
    main()
