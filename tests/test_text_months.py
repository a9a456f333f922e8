"""Month names: an English date as a Dutch text writes it."""
from hypothesis import given, strategies as st

from polkb.text.months import DUTCH, ENGLISH, in_dutch


def test_english_month_names_become_dutch():
    assert in_dutch("29 June 2015") == "29 juni 2015"
    assert in_dutch("March 2015") == "maart 2015"
    assert in_dutch("1 May 2019") == "1 mei 2019"
    assert in_dutch("1 april 2020") == "1 april 2020"  # the same in both languages
    assert in_dutch("Mayor Schuiling") == "Mayor Schuiling"  # a word that begins as a month is none


@given(st.integers(1, 31), st.sampled_from(range(12)), st.integers(1900, 2099))
def test_every_english_date_reads_as_its_dutch_date(day, month, year):
    # (case aside: "April" is the Dutch month too)
    assert in_dutch(f"{day} {ENGLISH[month].capitalize()} {year}").lower() == f"{day} {DUTCH[month]} {year}"
