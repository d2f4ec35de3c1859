"""Grouping loose files into stories: the seeds join, unrelated articles never do."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from factcheck import Version
from factcheck._grouping import compare, factcheck_group_versions, group, normalize, profile

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEED_A = CORPUS / "000_ce85fb04032088a1.txt"
SEED_B = CORPUS / "004_ce2dd08aa2f079df.txt"

FOOTER = "\n\nCliquez ici pour lire l'article depuis sa source.\n"

# --------------------------------------------------------------------------
# Realistic articles on the seeds' topics, from other events. Several reuse the
# wire's stock sentences (the OpenAI background line, "the largest investment
# in its N years"), as agency copy does.
# --------------------------------------------------------------------------

MS_INDONESIA = """\
Microsoft va investir 1,7 milliard de dollars en Indonésie

Microsoft a annoncé mardi qu'il allait investir 1,7 milliard de dollars au cours des quatre prochaines années en Indonésie afin de renforcer les infrastructures d'informatique en nuage et d'intelligence artificielle dans le premier pays d'Asie du Sud-Est par sa population.

« Il s'agit de l'investissement le plus important de Microsoft au cours de ses 29 ans d'histoire en Indonésie », a déclaré le patron du groupe, Satya Nadella, lors d'une visite à Jakarta où il a rencontré le président Joko Widodo.

Le géant technologique américain s'est également engagé à former 840.000 personnes aux outils de l'IA et à accompagner plus de 100.000 développeurs locaux, a précisé l'entreprise dans un communiqué.

Microsoft s'est imposé l'année dernière comme un acteur essentiel de l'IA grâce à son partenariat avec OpenAI, la start-up qui a créé le célèbre agent conversationnel ChatGPT.

La tournée de Satya Nadella en Asie du Sud-Est doit aussi le conduire en Malaisie et en Thaïlande, où le groupe prévoit d'autres annonces. Jakarta, qui cherche à attirer les centres de données, promet des incitations fiscales aux investisseurs étrangers dans le numérique.

Les autorités indonésiennes espèrent que l'intelligence artificielle aidera à améliorer la productivité d'une économie encore dominée par les matières premières, dans un pays qui compte plus de 270 millions d'habitants.

Selon le ministère indonésien de la Communication, le marché local du cloud devrait croître de près de 25% par an d'ici 2030.
"""

MS_FRANCE = """\
Microsoft annonce 4 milliards d'euros d'investissements en France

Le géant américain de l'informatique Microsoft a annoncé lundi un investissement de 4 milliards d'euros en France pour développer ses infrastructures de cloud et d'intelligence artificielle, à l'occasion du sommet Choose France organisé au château de Versailles.

Il s'agit du plus important investissement jamais réalisé par le groupe dans l'Hexagone, où il est présent depuis 1983, a indiqué l'entreprise. Le projet prévoit notamment la construction d'un nouveau centre de données près de Mulhouse, en Alsace, et l'extension de sites existants en région parisienne et à Marseille.

Microsoft s'est engagé à former un million de personnes à l'IA d'ici fin 2027 et à accompagner 2.500 start-up françaises, a précisé son président Brad Smith, qui a été reçu par Emmanuel Macron.

Au total, 56 projets représentant 15 milliards d'euros ont été annoncés lors de cette septième édition du sommet, un record selon l'Elysée. Amazon a de son côté promis 1,2 milliard d'euros pour étendre ses centres de données dans le pays.

Le chef de l'Etat veut faire de la France une puissance majeure de l'intelligence artificielle et mise sur l'attractivité du pays, qui reste la première destination européenne des investissements étrangers depuis cinq ans selon le cabinet EY.

Microsoft s'est imposé comme un acteur essentiel de l'IA grâce à son partenariat avec OpenAI, la start-up qui a créé le célèbre agent conversationnel ChatGPT, au point de détrôner Apple en tant que plus grande entreprise au monde en termes de capitalisation boursière.
"""

MS_MALAYSIA_EN = """\
Microsoft to invest $2.2 billion in Malaysia's cloud and AI push

Microsoft said on Thursday it would invest $2.2 billion over the next four years in Malaysia to build cloud and artificial intelligence infrastructure, the latest in a string of pledges by US technology giants in Southeast Asia.

"This is the single largest investment in Microsoft's 32-year history in Malaysia," chief executive Satya Nadella said at an event in Kuala Lumpur attended by Prime Minister Anwar Ibrahim.

The company will also train 200,000 Malaysians in AI skills and set up a national AI centre of excellence with the government, it said in a statement.

Microsoft has become a leading player in artificial intelligence thanks to its multibillion-dollar partnership with OpenAI, the start-up behind the ChatGPT chatbot, and briefly overtook Apple as the world's most valuable listed company this year.

Southeast Asia has become a battleground for data centre investment. Amazon Web Services pledged $6 billion for Malaysia in March, while Google said it would spend $2 billion on its first data centre in the country.

Nadella's tour of the region, which began in Indonesia on Tuesday with a $1.7 billion commitment, ends in Thailand, where the company is expected to announce a new data centre region.
"""

QUAKE_TAIWAN = """\
Taïwan frappé par son plus puissant séisme depuis 25 ans

Un séisme de magnitude 7,4 a frappé mercredi matin la côte est de Taïwan, faisant au moins neuf morts et plus de 900 blessés, selon les autorités de l'île, qui n'avait pas connu de secousse aussi forte depuis un quart de siècle.

L'épicentre a été localisé à 18 kilomètres au sud de la ville de Hualien, à une profondeur de 34,8 kilomètres, selon l'Institut américain de géophysique (USGS). La secousse a été ressentie jusqu'à Taipei, où des immeubles ont tremblé pendant près d'une minute et où le métro a été brièvement interrompu.

A Hualien, un immeuble de neuf étages s'est effondré en partie et penchait dangereusement, tandis que des glissements de terrain bloquaient plusieurs routes de montagne. Des dizaines de personnes restaient bloquées dans des tunnels du parc national de Taroko.

Une alerte au tsunami a été émise pour le sud du Japon et les Philippines avant d'être levée en fin de matinée. Le géant des semi-conducteurs TSMC a évacué certaines de ses usines par précaution et annoncé dans l'après-midi que plus de 70% de ses équipements avaient repris leur activité.

Taïwan est régulièrement secouée par des tremblements de terre car l'île se trouve à la jonction de deux plaques tectoniques. En septembre 1999, un séisme de magnitude 7,6 avait fait plus de 2.400 morts.
"""

QUAKE_JAPAN = """\
Au Japon, un séisme de magnitude 7,5 frappe la péninsule de Noto

Un séisme de magnitude 7,5 a frappé lundi après-midi la péninsule de Noto, dans le centre du Japon, faisant au moins quatre morts et détruisant des dizaines de maisons, selon les autorités locales.

L'Agence météorologique japonaise a émis une alerte au tsunami majeur pour la préfecture d'Ishikawa, la première depuis la catastrophe de mars 2011, et appelé les habitants à fuir immédiatement vers les hauteurs. Des vagues d'environ 1,2 mètre ont atteint le port de Wajima, où un incendie a ravagé des centaines de bâtiments dans la soirée.

L'épicentre a été localisé à une profondeur de dix kilomètres, selon l'Institut américain de géophysique (USGS). Plus de 30.000 foyers étaient privés d'électricité et plusieurs lignes du train à grande vitesse Shinkansen ont été suspendues.

Le Premier ministre Fumio Kishida a demandé aux secours de tout faire pour sauver des vies et annoncé l'envoi de militaires dans la région sinistrée. Des dizaines de répliques ont été enregistrées dans les heures suivantes.

Le Japon, situé sur la « ceinture de feu » du Pacifique, est l'un des pays les plus exposés aux tremblements de terre. En mars 2011, un séisme de magnitude 9,0 suivi d'un tsunami avait fait plus de 18.000 morts et disparus.
"""

# Another Japan AI story, a month later, that reuses two background paragraphs of
# the seed dispatch word for word, as agency copy does.
GOOGLE_JAPAN = """\
Google va investir 1 milliard de dollars dans les câbles sous-marins du Pacifique

Google a annoncé mercredi un investissement d'un milliard de dollars pour relier le Japon aux Etats-Unis par deux nouveaux câbles sous-marins, baptisés Proa et Taihei, afin d'améliorer la connectivité numérique dans la région Asie-Pacifique.

Les deux câbles relieront Guam, les îles Mariannes du Nord et Hawaï à la préfecture de Chiba, à l'est de Tokyo, a précisé le groupe américain, qui a choisi le japonais NEC pour leur fabrication. Leur mise en service est prévue en 2026.

L'annonce a été faite à Tokyo par la ministre japonaise des Affaires intérieures et son homologue américaine, à l'issue d'une réunion consacrée à la sécurité des infrastructures numériques face aux menaces de sabotage.

L'IA est de plus en plus perçue par des entreprises nippones comme un moyen d'améliorer la productivité du travail dans le pays, qui est parmi les plus faibles au sein des pays de l'OCDE, à cause notamment d'un marché nippon de l'emploi encore rigide et d'une culture d'entreprise hiérarchique reposant sur l'ancienneté.

L'intelligence artificielle doit aussi aider à remédier à la pénurie de main-d'œuvre devenant de plus en plus critique dans de nombreux secteurs d'activité au Japon, à cause de son déclin démographique prononcé (près de 30% de sa population est âgée de 65 ans et plus).

Google prévoit en outre de former 100.000 ingénieurs japonais à l'informatique en nuage d'ici 2027 et d'ouvrir un deuxième centre de données dans la région d'Osaka, dont le coût n'a pas été précisé.
"""

# A three-version story: an original, a lightly edited copy, a rewrite.
AIRBUS = """\
Airbus a livré 735 avions en 2023 et vise 800 livraisons cette année

L'avionneur européen Airbus a livré 735 avions commerciaux en 2023, une hausse de 11% sur un an, et reste pour la cinquième année consécutive devant son rival américain Boeing, a-t-il annoncé jeudi.
Le groupe a dépassé l'objectif de 720 livraisons qu'il s'était fixé, malgré les difficultés persistantes de sa chaîne d'approvisionnement, en particulier pour les moteurs et les équipements de cabine.
Airbus a par ailleurs engrangé 2.319 commandes brutes l'an dernier, un record historique, porté par les méga-commandes de la compagnie indienne IndiGo et de la turque Turkish Airlines.
Son carnet de commandes atteignait ainsi 8.598 appareils fin décembre, soit plus de dix ans de production au rythme actuel.
« 2023 a été une année solide, nous avons tenu nos engagements dans un environnement qui reste complexe », a déclaré Christian Scherer, directeur général de la branche avions commerciaux.
L'avionneur vise environ 800 livraisons en 2024 et veut porter la cadence de production de son best-seller, l'A320neo, à 75 appareils par mois en 2026.
Boeing, fragilisé par les problèmes de qualité de son 737 MAX, a livré 528 avions l'an dernier.
"""

AIRBUS_EDITED = """\
Airbus a livré 735 avions l'an dernier et vise 800 livraisons en 2024

L'avionneur européen Airbus a livré 735 avions commerciaux en 2023, en hausse de 11% sur un an, et reste pour la cinquième année consécutive devant son rival américain Boeing, a-t-il annoncé jeudi.
Le groupe a dépassé l'objectif de 720 livraisons qu'il s'était fixé, malgré les difficultés persistantes de sa chaîne d'approvisionnement, notamment pour les moteurs et les équipements de cabine.
Airbus a par ailleurs engrangé 2.319 commandes brutes l'an dernier, un record historique, porté par les méga-commandes de la compagnie indienne IndiGo et de la turque Turkish Airlines.
« 2023 a été une année solide, nous avons tenu nos engagements dans un environnement qui reste complexe », a déclaré Christian Scherer, directeur général de la branche avions commerciaux.
L'avionneur vise environ 800 livraisons en 2024 et veut porter la cadence de production de son best-seller, l'A320neo, à 75 appareils par mois en 2026.
"""

AIRBUS_REWRITE = """\
Aéronautique : Airbus garde sa couronne face à Boeing

Pour la cinquième année d'affilée, Airbus reste le premier constructeur aéronautique mondial. Le groupe européen a livré 735 avions en 2023, soit 11% de plus qu'en 2022, a-t-il annoncé jeudi.

Airbus a ainsi dépassé l'objectif de 720 livraisons qu'il s'était fixé, malgré les difficultés persistantes de sa chaîne d'approvisionnement, en particulier pour les moteurs.

Côté commercial, l'année est historique : l'avionneur a engrangé 2.319 commandes brutes, porté par les méga-commandes de la compagnie indienne IndiGo et de la turque Turkish Airlines. Son carnet de commandes atteignait 8.598 appareils fin décembre, soit plus de dix ans de production au rythme actuel.

« 2023 a été une année solide, nous avons tenu nos engagements dans un environnement qui reste complexe », a déclaré Christian Scherer, directeur général de la branche avions commerciaux.

Pour 2024, Airbus vise environ 800 livraisons et veut porter la cadence de production de l'A320neo, son best-seller, à 75 appareils par mois en 2026. Le groupe doit publier ses résultats financiers annuels le 15 février.

Son concurrent Boeing, fragilisé par les problèmes de qualité de son 737 MAX, a livré 528 avions l'an dernier. L'avionneur américain fait face à une nouvelle enquête des autorités après l'arrachement d'une porte en plein vol sur un appareil d'Alaska Airlines début janvier.

(Avec AFP)
"""

UNRELATED = {
    "ms_indonesia.txt": MS_INDONESIA,
    "ms_france.txt": MS_FRANCE,
    "ms_malaysia_en.txt": MS_MALAYSIA_EN,
    "quake_taiwan.txt": QUAKE_TAIWAN,
    "quake_japan.txt": QUAKE_JAPAN,
    "airbus.txt": AIRBUS,
    "google_japan.txt": GOOGLE_JAPAN,
}


def v(path: str, text: str, **fields: object) -> Version:
    return Version(path=path, text=text, **fields)


def seeds() -> list[Version]:
    return [v(f"corpus/{p.name}", p.read_text(encoding="utf-8")) for p in (SEED_A, SEED_B)]


def headlines() -> str:
    """The 4,400 characters of unrelated site headlines above the seed article."""
    return SEED_A.read_text(encoding="utf-8").split("\n", 1)[0]


def paths(groups: list[list[Version]]) -> list[list[str]]:
    return [[version.path for version in members] for members in groups]


def singletons(versions: list[Version]) -> list[list[str]]:
    return sorted([version.path] for version in versions)


# --------------------------------------------------------------------------


def test_normalize_folds_case_accents_ligatures_and_keeps_numbers() -> None:
    assert normalize("Main-d'Œuvre : 2,9 MILLIARDS à Tōkyō") == ["main", "d", "oeuvre", "2.9", "milliards", "a", "tokyo"]


def test_seeds_are_one_story() -> None:
    assert paths(group(seeds())) == [["corpus/000_ce85fb04032088a1.txt", "corpus/004_ce2dd08aa2f079df.txt"]]


def test_seed_match_is_strong_despite_headlines_and_comments() -> None:
    a, b = (profile(version.body) for version in seeds())
    match = compare(a, b)
    assert match.same_story
    assert match.containment > 0.6
    assert match.rest_containment is not None and match.rest_containment > 0.5


#: The Malaysia report covers the same tour of Satya Nadella and gives the Indonesia pledge ($1.7 billion):
#: one event for event grouping, although no sentence is shared.
SAME_TOUR = ["c/ms_indonesia.txt", "c/ms_malaysia_en.txt"]


def expected_apart(versions: list[Version]) -> list[list[str]]:
    """Each file alone, but the two reports of one tour together."""
    alone = [[x.path] for x in versions if x.path not in SAME_TOUR]
    return sorted(alone + [SAME_TOUR], key=lambda g: g[0])


def test_unrelated_articles_stay_apart() -> None:
    versions = [v(f"c/{name}", text) for name, text in UNRELATED.items()]
    got = group(versions)
    assert paths(got) == expected_apart(versions)
    tour = next(g for g in got if len(g) == 2)
    assert tour.reason.startswith("event (shared: ") and "1.7" in tour.reason and "satya" in tour.reason


def test_unrelated_articles_mixed_with_seeds_stay_apart_from_them() -> None:
    versions = [v(f"c/{name}", text) for name, text in UNRELATED.items()] + seeds()
    got = paths(group(versions))
    assert ["corpus/000_ce85fb04032088a1.txt", "corpus/004_ce2dd08aa2f079df.txt"] in got
    assert SAME_TOUR in got
    assert sorted(len(g) for g in got) == [1] * (len(UNRELATED) - 2) + [2, 2]


@pytest.mark.parametrize("name", ["ms_indonesia.txt", "ms_france.txt"])
def test_stock_wire_sentences_do_not_join_another_microsoft_story(name: str) -> None:
    seed = profile(seeds()[0].body)
    match = compare(seed, profile(UNRELATED[name]))
    assert match.shared > 0, "the stock OpenAI sentence is shared"
    assert not match.same_story


def test_background_paragraphs_reused_word_for_word_do_not_join_stories() -> None:
    match = compare(profile(seeds()[0].body), profile(GOOGLE_JAPAN))
    assert match.containment > 0.3, "the two reused paragraphs alone look like a match"
    assert match.rest_containment is not None and match.rest_containment < 0.1
    assert not match.same_story


def test_two_earthquake_reports_stay_apart() -> None:
    assert not compare(profile(QUAKE_TAIWAN), profile(QUAKE_JAPAN)).same_story


def test_shared_headline_block_and_footer_do_not_join_different_articles() -> None:
    junk = headlines()
    versions = [
        v("c/a.txt", f"{junk}\n\n{MS_INDONESIA}{FOOTER}"),
        v("c/b.txt", f"{junk}\n\n{MS_FRANCE}{FOOTER}"),
        v("c/c.txt", f"{junk}\n\n{QUAKE_TAIWAN}{FOOTER}"),
    ]
    assert paths(group(versions)) == singletons(versions)


def test_shared_prose_boilerplate_does_not_join_different_articles() -> None:
    # A long site notice written as prose: it counts as text, so only the
    # identical-block rule keeps the two articles apart.
    notice = " ".join(line for line in AIRBUS.splitlines()[1:])
    a = v("c/a.txt", f"{notice}\n\n{QUAKE_TAIWAN}")
    b = v("c/b.txt", f"{notice}\n\n{QUAKE_JAPAN}")
    match = compare(profile(a.body), profile(b.body))
    assert match.containment > 0.3, "the notice alone looks like a match"
    assert not match.same_story
    assert paths(group([a, b])) == [["c/a.txt"], ["c/b.txt"]]


def test_short_article_under_a_long_shared_notice_stays_apart() -> None:
    notice = " ".join(AIRBUS.splitlines()[1:] + AIRBUS_REWRITE.splitlines()[1:])
    brief = (
        "Un séisme de magnitude 5,2 a été ressenti jeudi soir dans la région de Fès, sans faire de victimes "
        "ni de dégâts, a indiqué l'Institut national de géophysique, qui a localisé l'épicentre près de Sefrou."
    )
    a = v("c/a.txt", f"{notice}\n\n{brief}")
    b = v("c/b.txt", f"{notice}\n\n{QUAKE_JAPAN}")
    assert paths(group([a, b])) == [["c/a.txt"], ["c/b.txt"]]


def test_same_junk_on_the_seeds_and_an_unrelated_article() -> None:
    versions = seeds() + [v("corpus/001_other.txt", f"{headlines()}\n\n{MS_FRANCE}{FOOTER}")]
    assert paths(group(versions)) == [
        ["corpus/000_ce85fb04032088a1.txt", "corpus/004_ce2dd08aa2f079df.txt"],
        ["corpus/001_other.txt"],
    ]


def test_short_texts_are_not_grouped() -> None:
    versions = [
        v("c/a.txt", "Microsoft investit 2,9 milliards de dollars au Japon dans l'IA."),
        v("c/b.txt", "Microsoft investit 1,7 milliard de dollars en Indonésie dans l'IA."),
        v("c/c.txt", f"Brève.{FOOTER}"),
        v("c/d.txt", f"Autre brève.{FOOTER}"),
    ]
    assert paths(group(versions)) == singletons(versions)


def test_three_versions_copy_edit_rewrite_make_one_story() -> None:
    versions = [
        v("c/airbus_1.txt", AIRBUS),
        v("c/airbus_2.txt", f"{headlines()}\n\n{AIRBUS}{FOOTER}"),
        v("c/airbus_3.txt", AIRBUS_EDITED),
        v("c/airbus_4.txt", AIRBUS_REWRITE),
    ]
    others = [v(f"c/{name}", text) for name, text in UNRELATED.items() if name != "airbus.txt"]
    got = paths(group(versions + others))
    assert ["c/airbus_1.txt", "c/airbus_2.txt", "c/airbus_3.txt", "c/airbus_4.txt"] in got
    assert len(got) == 1 + len(others) - 1  # the two reports of one tour are one event


def test_copy_under_headlines_joins_copy_with_reader_comments() -> None:
    comments = seeds()[1].body.split("(Avec AFP)")[1]
    a = v("c/a.txt", f"{headlines()}\n\n{AIRBUS}{FOOTER}")
    b = v("c/b.txt", f"{AIRBUS}\n{comments}")
    assert paths(group([a, b])) == [["c/a.txt", "c/b.txt"]]


def test_hard_wrapped_rewrite_still_joins() -> None:
    wrapped = "\n\n".join(textwrap.fill(paragraph, 72) for paragraph in AIRBUS_REWRITE.split("\n\n"))
    assert paths(group([v("c/a.txt", AIRBUS), v("c/b.txt", wrapped)])) == [["c/a.txt", "c/b.txt"]]


def test_rewrite_alone_joins_the_original() -> None:
    assert compare(profile(AIRBUS), profile(AIRBUS_REWRITE)).same_story


def test_one_file_quoting_two_stories_does_not_chain_them() -> None:
    hub = v("c/0_digest.txt", f"{AIRBUS}\n{QUAKE_TAIWAN}")
    versions = [
        hub,
        v("c/airbus_a.txt", AIRBUS),
        v("c/airbus_b.txt", AIRBUS_EDITED),
        v("c/quake_a.txt", QUAKE_TAIWAN),
        v("c/quake_b.txt", QUAKE_TAIWAN.replace("mercredi matin", "mercredi")),
    ]
    got = paths(group(versions))
    assert any({"c/quake_a.txt", "c/quake_b.txt"} <= set(g) for g in got)
    assert any({"c/airbus_a.txt", "c/airbus_b.txt"} <= set(g) for g in got)
    assert not any("c/airbus_a.txt" in g and "c/quake_a.txt" in g for g in got)


def test_story_key_groups_first_and_is_never_mixed() -> None:
    a, b = seeds()
    versions = [
        a.replace(story_key="japan-ai"),
        b,
        v("c/x.txt", MS_FRANCE, story_key="japan-ai"),
        v("c/y.txt", AIRBUS),
        v("c/z.txt", AIRBUS_EDITED),
    ]
    assert paths(group(versions)) == [
        ["c/x.txt", "corpus/000_ce85fb04032088a1.txt"],
        ["c/y.txt", "c/z.txt"],
        ["corpus/004_ce2dd08aa2f079df.txt"],
    ]


def test_front_matter_is_not_compared() -> None:
    front = "---\nsource: Agence\nstory_note: identical front matter of some length, repeated word for word.\n---\n"
    a = v("c/a.txt", front + QUAKE_TAIWAN, body_start=len(front))
    b = v("c/b.txt", front + MS_FRANCE, body_start=len(front))
    assert paths(group([a, b])) == [["c/a.txt"], ["c/b.txt"]]


def test_result_is_a_deterministic_partition_whatever_the_input_order() -> None:
    versions = (
        seeds()
        + [v(f"c/{name}", text) for name, text in UNRELATED.items()]
        + [v("c/airbus_3.txt", AIRBUS_EDITED), v("c/airbus_4.txt", AIRBUS_REWRITE)]
    )
    expected = paths(group(versions))
    rng = random.Random(7)
    for _ in range(5):
        shuffled = versions[:]
        rng.shuffle(shuffled)
        assert paths(group(shuffled)) == expected
    flat = [p for g in expected for p in g]
    assert sorted(flat) == sorted(version.path for version in versions)
    assert all(g == sorted(g) for g in expected)
    assert [g[0] for g in expected] == sorted(g[0] for g in expected)


def test_hookimpl_returns_the_same_partition() -> None:
    versions = seeds()
    assert paths(factcheck_group_versions(versions, config=None, sketches=None)) == paths(group(versions))


def test_registered_through_the_plugin_manager() -> None:
    import factcheck._grouping as module
    from factcheck._plugins import PluginManager

    pm = PluginManager()
    pm.register(module, name="grouping")
    pm.check_pending()
    got = pm.hook.factcheck_group_versions(versions=seeds(), config=None, sketches=None)
    assert paths(got) == [["corpus/000_ce85fb04032088a1.txt", "corpus/004_ce2dd08aa2f079df.txt"]]


def test_empty_and_single_inputs() -> None:
    assert group([]) == []
    only = v("c/a.txt", AIRBUS)
    assert group([only]) == [[only]]


def test_a_thousand_files_pair_up_correctly() -> None:
    # 1,000 files of about 8 KB: 500 distinct synthetic articles, each present twice
    # (the second time under the seed's headline block), all with the same footer.
    rng = random.Random(3)
    words = normalize(" ".join([MS_INDONESIA, MS_FRANCE, QUAKE_TAIWAN, QUAKE_JAPAN, AIRBUS, AIRBUS_REWRITE]))
    junk = headlines()
    versions = []
    for n in range(500):
        sentences = [" ".join(rng.choices(words, k=14)) + "." for _ in range(72)]
        body = "\n".join(" ".join(sentences[i : i + 3]) for i in range(0, 72, 3))
        versions.append(v(f"big/{n:04d}a.txt", body + FOOTER))
        versions.append(v(f"big/{n:04d}b.txt", f"{junk}\n\n{body}{FOOTER}"))
    assert 7000 < sum(len(x.text) for x in versions) / len(versions) < 10000
    got = group(versions)
    assert len(got) == 500
    assert all(len(g) == 2 and g[0].path[:-5] == g[1].path[:-5] for g in got)


def _families(count: int, seed: int = 7) -> list[str]:
    """Families of near copies (each keeps about 70 % of one set of sentences), so that runs of several files share shingles."""
    rng = random.Random(seed)
    words = normalize(" ".join([MS_INDONESIA, MS_FRANCE, QUAKE_TAIWAN, AIRBUS]))
    texts = []
    for n in range(count):
        base = [" ".join(rng.choices(words, k=12)) + "." for _ in range(12)]
        texts += ["\n".join(s for s in base if rng.random() < 0.7) for _ in range(rng.randint(1, 4))]
    return texts


@pytest.mark.parametrize("slice_entries", [2_000_000, 500])
def test_candidates_are_every_pair_sharing_enough_shingles(monkeypatch, slice_entries: int) -> None:
    import factcheck._grouping as grouping

    monkeypatch.setattr(grouping, "SLICE_ENTRIES", slice_entries)  # one slice, or many: the same pairs
    profiles = [profile(t) for t in _families(40)]
    sets = [p.shingle_set() for p in profiles]
    brute = [(i, j) for i in range(len(sets)) for j in range(i + 1, len(sets)) if len(sets[i] & sets[j]) >= grouping.MIN_SHARED]
    assert len(brute) > 40
    assert grouping.candidate_pairs(profiles) == brute


def test_a_shingle_in_many_files_links_them_through_its_first_file(monkeypatch) -> None:
    import factcheck._grouping as grouping

    texts = _families(3)
    copies = [texts[0]] * 6  # six copies of one text: every shingle is in six files
    profiles = [profile(t) for t in copies + texts[1:]]
    monkeypatch.setattr(grouping, "STAR_FROM", 4)
    pairs = grouping.candidate_pairs(profiles)
    assert [(0, j) for j in range(1, 6)] == [p for p in pairs if p[1] < 6]
    assert [sorted(v.path for v in g) for g in grouping.group([v(f"c/{n}.txt", t) for n, t in enumerate(copies)])] == [[f"c/{n}.txt" for n in range(6)]]


def test_profiles_are_the_same_in_every_process() -> None:
    # Python's own str hash changes from one process to the next; the shingle hashes must not,
    # or candidates, hence stories, could differ between two runs on one corpus.
    import os
    import subprocess
    import sys

    code = "import sys; from factcheck._grouping import profile; print(profile(sys.stdin.read()).shingles.tolist())"
    outputs = {
        subprocess.run([sys.executable, "-c", code], input=AIRBUS, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1 and outputs.pop().strip() == str(profile(AIRBUS).shingles.tolist())


def test_folder_wide_boilerplate_is_removed_from_blocks_and_from_the_whole() -> None:
    from factcheck._grouping import common_shingles

    footer = "Cet article vous est proposé par la rédaction, abonnez-vous pour lire tous nos articles et nos enquêtes exclusives."
    rng = random.Random(5)
    words = normalize(QUAKE_JAPAN + QUAKE_TAIWAN)
    profiles = [profile(" ".join(rng.choices(words, k=30)) + ".\n" + footer) for _ in range(60)]
    common = common_shingles(profiles)
    assert len(common) == len(profile(footer).shingles)
    for p in profiles:
        kept = p.without(common)
        assert kept.shingle_set() == p.shingle_set() - set(common.tolist())
        assert frozenset().union(*kept.blocks()) == kept.shingle_set()
        assert len(kept.blocks()) == 1


def test_boilerplate_found_through_a_sample_is_the_boilerplate_counted_in_full(monkeypatch) -> None:
    import factcheck._grouping as grouping

    footer = "Cet article vous est proposé par la rédaction, abonnez-vous pour lire tous nos articles et nos enquêtes exclusives."
    banner = "Retrouvez chaque matin notre lettre d'information avec les dernières nouvelles de la région et du monde."
    rng = random.Random(9)
    words = normalize(QUAKE_JAPAN + QUAKE_TAIWAN + AIRBUS)
    texts = []
    for n in range(300):
        extra = [footer] if n % 3 else []  # in two thirds of the files: boilerplate
        extra += [banner] if n % 10 == 0 else []  # in a tenth: not boilerplate
        texts.append("\n".join([" ".join(rng.choices(words, k=30)) + ".", *extra]))
    profiles = [profile(t) for t in texts]
    in_full = grouping.common_shingles(profiles)
    monkeypatch.setattr(grouping, "COMMON_SAMPLE", 40)
    sampled = grouping.common_shingles(profiles)
    assert len(in_full) == len(profile(footer).shingles) and sampled.tolist() == in_full.tolist()


def test_profiles_made_on_several_cores_are_the_profiles_made_on_one(monkeypatch) -> None:
    import factcheck._grouping as grouping

    monkeypatch.setattr(grouping, "PARALLEL_FROM", 4)
    texts = [v.body for v in seeds()] + [MS_INDONESIA, QUAKE_TAIWAN, QUAKE_JAPAN, AIRBUS, AIRBUS_REWRITE]
    alone, shared = grouping.profile_all(texts, jobs=1), grouping.profile_all(texts, jobs=2)
    assert [p.shingles.tolist() for p in shared] == [p.shingles.tolist() for p in alone]
    assert [p.blocks() for p in shared] == [p.blocks() for p in alone]
