"""What `polkb initiatives` lists for the shipped corpus: records a policy officer can look up, not a kind
of thing standing alone, nor a second record of one initiative described by its kind."""
from pathlib import Path

from polkb.read import read_file
from polkb.structure import build_document, cut_passages
from polkb.tag.initiatives import find_initiatives

CORPUS = Path(__file__).parent.parent / "corpus"


def _initiatives(name):
    path = CORPUS / name
    doc = build_document(path.name, "0" * 64, read_file(path))
    return {i.name: i for i in find_initiatives(doc, cut_passages(doc))}


def test_what_the_project_is_said_to_be_is_the_project():
    # "Het project is een KA2-partnerschap bestaande uit de volgende organisaties: …": the partnership is
    # #IBelong described by its kind, not a second record with the same six partners
    found = _initiatives("004_218249a6f8eb53c6.txt")
    assert "KA2-partnerschap" not in found, sorted(found)
    assert len(found["#IBelong"].partners) == 6 and found["#IBelong"].type == "project"



def test_a_committee_named_by_its_kind_alone_says_whose_it_is():
    # "Er is een beoordelingscommissie die tot taak heeft de minister … te adviseren omtrent … aanvragen om subsidie op
    # grond van deze regeling": the regulation's committee, listed after the scheme
    path = CORPUS / "nl-ocw-subsidieregeling-huygens-scholarship-programme-internationale-studenten.md"
    doc = build_document(path.name, "0" * 64, read_file(path))
    names = [i.name for i in find_initiatives(doc, cut_passages(doc))]
    assert "beoordelingscommissie (Huygens Scholarship Programme)" in names, names
    assert names.index("beoordelingscommissie (Huygens Scholarship Programme)") > names.index("Huygens Scholarship Programme")
    # "De minister stelt een onafhankelijke adviescommissie in die belast is met de beoordeling van de aanvragen"
    found = _initiatives("nl-ocw-subsidieregeling-flexibel-hoger-onderwijs-volwassenen.md")
    assert "onafhankelijke adviescommissie (Flexibel hoger onderwijs voor volwassenen)" in found, sorted(found)
    # a consortium is a thing of its own and keeps the name the text gives it
    found = _initiatives("vlaamse-regering-beslissing-actieplan-mentaal-welzijn-kbs.txt")
    assert "tijdelijk consortium van partners" in found, sorted(found)


def test_a_grant_recipient_does_not_run_the_plan_it_falls_under_nor_the_programme_it_takes_part_in():
    # "Plan Vlaamse veerkracht: subsidie Koning Boudewijnstichting voor opvolging Actieplan Mentaal Welzijn … kent een
    # subsidie toe … aan de Koning Boudewijnstichting voor de uitbouw … van een populatiegerichte benadering": the
    # foundation runs the approach the grant pays for, not the government's plans
    found = _initiatives("vlaamse-regering-beslissing-actieplan-mentaal-welzijn-kbs.txt")
    assert found["Actieplan Mentaal Welzijn"].coordinator == ""
    assert found["Plan Vlaamse veerkracht"].coordinator == ""
    grant = next(i for n, i in found.items() if n.startswith("populatiegerichte benadering"))
    assert grant.coordinator == "Koning Boudewijnstichting"
    # "… projectsubsidie toe aan de Vlaamse universiteiten ter ondersteuning van … hun deelname aan de Europese
    # Universiteiten": the universities receive the grant; the European Universities are not theirs to run
    found = _initiatives("vlaamse-regering-beslissing-europese-universiteiten-projectsubsidie.txt")
    assert found["Europese Universiteiten"].coordinator == ""
    assert found["projectsubsidie voor deelname aan Europese Universiteiten"].coordinator


def test_what_a_grant_builds_is_a_project_not_a_fund():
    # "kent een subsidie toe … aan de Koning Boudewijnstichting voor de uitbouw en uitrol van een populatiegerichte
    # benadering rond …": the approach is what the money builds, not a fund
    found = _initiatives("vlaamse-regering-beslissing-actieplan-mentaal-welzijn-kbs.txt")
    grant = next(i for n, i in found.items() if n.startswith("populatiegerichte benadering"))
    assert grant.type == "project"


def test_a_plan_named_as_the_frame_of_a_sum_does_not_take_it():
    # "Plan Vlaamse Veerkracht: 3 miljoen euro voor versterking onderzoeksinfrastructuur hogescholen … De Vlaamse
    # Regering keurt in het kader van het Relanceplan Vlaamse Veerkracht het voorstel goed voor de organisatie van een
    # oproep naar de hogescholen, waarbij 3 miljoen euro zal ingezet worden": the call's money, not the plan's
    found = _initiatives("vlaamse-regering-beslissing-onderzoeksinfrastructuur-hogescholen.txt")
    assert found["Relanceplan Vlaamse Veerkracht"].funding == []
    assert "3 miljoen euro" in found["oproep naar de hogescholen"].funding
    # "subsidie Koning Boudewijnstichting voor opvolging Actieplan Mentaal Welzijn"
    found = _initiatives("vlaamse-regering-beslissing-actieplan-mentaal-welzijn-kbs.txt")
    assert found["Actieplan Mentaal Welzijn"].funding == [] and found["Plan Vlaamse veerkracht"].funding == []


def _sentence_with(name, words):
    """The sentence of a corpus document that holds `words`, as polkb reads it."""
    import re

    text = build_document(name, "0" * 64, read_file(CORPUS / name)).text
    at = text.index(words)
    start = max(text.rfind(". ", 0, at) + 2, 0)
    end = text.index(".", at) + 1
    return re.sub(r"\s+", " ", text[start:end])


def test_what_runs_on_is_named_whole():
    # "Het Vlaams overlegplatform studentenhuisvesting wordt op een structurele wijze verdergezet": the platform for
    # student housing, not a "Vlaams overlegplatform"
    from polkb.tag.initiatives.described import _described_candidates

    sentence = _sentence_with("vlaamse-regering-regeerakkoord-2019-2024.pdf", "overlegplatform studentenhuisvesting")
    names = [n for _, _, n, _ in _described_candidates(sentence)]
    assert "Vlaams overlegplatform studentenhuisvesting" in names, names
    assert "Vlaams overlegplatform" not in names
