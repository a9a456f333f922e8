"""The other number of a Dutch noun: its plural for a singular, its singular for a plural.

Snowball's Dutch stemmer does not always bring both to one stem: "studieadvies" stems to
"studieadvie" but "studieadviezen" to "studieadvies"; "brief" and "brieven", "proef" and "proeven"
fare alike whenever the stem keeps a z or v that the singular spells s or f. A query word is
therefore also searched in its other number (when the index holds it): the regular spelling
rules are enough, as the index decides which guess is a real word.
"""
from __future__ import annotations

_VOWELS = "aeiou"


def other_numbers(word: str) -> list[str]:
    """Spellings of `word` (lower case) in the other number, by the regular rules; some are not
    words. "adviezen" -> [..., "advies"]; "advies" -> [..., "adviezen"]; "jaren" -> [..., "jaar"]."""
    w = word.lower()
    if len(w) < 3 or not w.isalpha():
        return []
    out: list[str] = []
    if w.endswith("en") and len(w) >= 5:  # a plural in -en
        base = w[:-2]
        out += [base, *_voiceless(base)]
        if base[-1] == base[-2] and base[-1] not in _VOWELS:
            out.append(base[:-1])  # "bussen" -> "bus"
        elif base[-1] not in _VOWELS and base[-2] in _VOWELS and base[-3] not in _VOWELS:
            long = base[:-1] + base[-2] + base[-1]  # an open syllable had a long vowel: "jaren" -> "jaar"
            out += [long, *_voiceless(long)]
    else:  # a singular (or a plural in -s: "masters" -> "master")
        if w.endswith("s") and not w.endswith(("ss", "is", "us")):
            out.append(w[:-1])
        out += [w + "en", w + "s"]
        voiced = {"s": "z", "f": "v"}.get(w[-1])
        if voiced:
            out.append(w[:-1] + voiced + "en")  # "advies" -> "adviezen"
        if w[-1] not in _VOWELS and w[-2] in _VOWELS and w[-3] not in _VOWELS:
            out.append(w + w[-1] + "en")  # a short vowel keeps its consonant doubled: "bus" -> "bussen"
        if w[-1] not in _VOWELS and w[-2] == w[-3] and w[-2] in _VOWELS:
            short = w[:-2] + (voiced or w[-1])  # "jaar" -> "jaren", "proef" -> "proeven"
            out.append(short + "en")
    seen = {w}
    return [o for o in out if not (o in seen or seen.add(o))]


def _voiceless(stem: str) -> list[str]:
    """A stem ending in z or v is spelled with s or f at the end of the singular."""
    end = {"z": "s", "v": "f"}.get(stem[-1])
    return [stem[:-1] + end] if end else []


def adjective_forms(word: str) -> list[str]:
    """Spellings of a Dutch adjective `word` (lower case) with and without its inflection -e, by the
    regular rules; some are not words. Snowball's Dutch stemmer keeps the two apart whenever the
    -e changes the spelling or an -s ends the bare form: "Canadees" stems to "canadees",
    "Canadese" to "canades"; "Zwitsers" to "zwitser", "Zwitserse" to "zwitsers"; "financieel" and
    "financiële", "wit" and "witte" differ too. A dictionary gives an adjective bare (English
    "Swiss" -> "Zwitsers"), a passage mostly writes it before its noun, inflected ("de Zwitserse
    overheid"). "canadees" -> [..., "canadese"]; "canadese" -> [..., "canadees"]; "wit" ->
    [..., "witte"]; "witte" -> [..., "wit"]."""
    w = word.lower()
    if len(w) < 3 or not w.isalpha():
        return []
    out: list[str] = []
    if w.endswith("iële"):
        out.append(w[:-4] + "ieel")  # "financiële" -> "financieel"
    elif w.endswith("e") and len(w) >= 5 and w[-2] not in _VOWELS:
        base = w[:-1]
        out.append(base)  # "zwitserse" -> "zwitsers", "belgische" -> "belgisch"
        if base[-1] == base[-2]:
            out.append(base[:-1])  # "witte" -> "wit"
        elif base[-2] in _VOWELS and base[-3] not in _VOWELS:
            long = base[:-1] + base[-2] + base[-1]  # an open syllable had a long vowel: "canadese" -> "canadees"
            out += [long, *_voiceless(long)]  # "boze" -> "boos", "lieve" not: "ie" is no short vowel
    elif w.endswith("ieel"):
        out.append(w[:-4] + "iële")  # "financieel" -> "financiële"
    elif w[-1] not in _VOWELS:
        out.append(w + "e")  # "zwitsers" -> "zwitserse", "intern" -> "interne"
        if w[-2] == w[-3] and w[-2] in _VOWELS:
            out.append(w[:-2] + w[-1] + "e")  # "canadees" -> "canadese", "groot" -> "grote"
        elif w[-2] in _VOWELS and w[-3] not in _VOWELS:
            out.append(w + w[-1] + "e")  # a short vowel keeps its consonant doubled: "wit" -> "witte"
    seen = {w}
    return [o for o in out if not (o in seen or seen.add(o))]
