"""Reasons: the clause of a unit that says why ("omdat …", "om … te …", "gelet op …", "teneinde …"; an
act's considerations, "Alzo Wij in overweging genomen hebben, dat het wenselijk is …")."""
from __future__ import annotations

import re

from .. import question as Q
from . import Candidate, Clues, cue_clause, register
from ...text import lazyre

_CUE = lazyre.compile(r"\b(?:omdat|want|doordat|aangezien|vanwege|wegens|teneinde|zodat|gelet op|overwegende,? dat|in overweging genomen(?:\s+hebbende|\s+hebben)?,? dat|"
                      r"met het oog op|om\s+\w+(?:\s+\w+){0,8}\s+te\b|de reden|reden(?:en)? (?:is|zijn|waarom)|"
                      r"(?:als|ten) gevolge? van|het gevolg van|te wijten aan|toe te schrijven aan|veroorzaakt door|"
                      r"de oorzaak|oorzaken|(?:hangt|hangen|hing|hingen)\b[^.;]{0,60}?\bsamen met|"
                      # what brought something about: "Enerzijds zorgde de economische crisis (vanaf 2008) voor het stilvallen …"
                      r"(?:zorgde|zorgden)\b[^.;]{0,60}?\bvoor|(?:leidde|leidden)\b[^.;]{0,60}?\btot|"
                      # "Een eerste mogelijke verklaring kan zijn dat …", "de verklaring ligt in …"
                      r"verklaring(?:en)?\s+(?:kan|kunnen|is|zijn|ligt|liggen|lijkt|zou)|explanation|"
                      # purpose and cause said otherwise: "is bedoeld om", "met als doel", "dankzij", "naar aanleiding
                      # van", "als blijk van dank", "had ermee te maken dat", "zijn nodig door"
                      r"bedoeld\s+(?:om|voor)|(?:met\s+als|tot)\s+doel|het\s+doel\s+(?:is|was|van)|opdat|dankzij|"
                      r"naar\s+aanleiding\s+van|ingegeven\s+door|als\s+blijk\s+van|in\s+het\s+licht\s+van|"
                      r"mee\s+te\s+maken|te\s+maken\s+(?:heeft|hebben|had|hadden)\s+met|nodig\s+door|"
                      r"because|since|in order to|due to|so that|the reason|as a result of|owing to|caused by|"
                      r"thanks to|intended to|aimed at|with the aim|as a token of|in response to|prompted by)\b", re.IGNORECASE)


# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.REASON: "omdat doel reden"}


# a motion's request (its dictum; the reader takes it as what the motion asks) and the
# considerations it rests on: "verzoekt de regering …" is asked for "overwegende dat …", the
# motion's own reason, which stands in clauses before it
DICTUM = lazyre.compile(r"^\W*(?:verzoekt|roept|draagt|spreekt\s+uit|requests|calls\s+on)\b", re.IGNORECASE)
_CONSIDERING = lazyre.compile(r"\b(?:overwegende|considering),?\s+(?:dat|that)\s+[^;]+", re.IGNORECASE)
MOTION_REASON = 0.85


# a conclusion with its ground before it: "Het beroep … is laattijdig en derhalve niet ontvankelijk"
# answers "waarom niet ontvankelijk" with what stands before "derhalve"
# (joined to it by a comma or "en": in "dat selectie daarom … onwenselijk is" the word before "daarom" is no ground)
_THEREFORE = lazyre.compile(r"^(?P<ground>[^;:]{10,300}?)(?:\s*,\s*(?:en\s+)?|\s+en\s+)(?:derhalve|dus|bijgevolg|daarom|zodoende|"
                            r"hence|therefore|thus)\s+(?P<then>[^.;]{3,200})", re.IGNORECASE)
THEREFORE_SCORE = 0.9


def _ground(q: Q.Question, text: str, clues: Clues) -> list[Candidate]:
    m = _THEREFORE.search(text)
    if not m or not any(clues.same(w, v) for w in re.findall(r"\w{4,}", q.text)
                        for v in re.findall(r"\w{4,}", m.group("then"))):
        return []  # the conclusion must be what the question asks about
    return [Candidate(m.group("ground").strip(), m.start("ground"), m.end("ground"), THEREFORE_SCORE)]


# a conclusion whose ground stands in the sentence before: "constaterende dat er in sectoren als zorg … al jarenlang
# personeelstekorten bestaan; overwegende dat selectie daarom in deze sectoren onwenselijk is"
# (and "In de praktijk betekent dit een extra onderstation": what "dit" means follows from the sentence before)
_THEREFORE_BACK = lazyre.compile(r"\b(?:daarom|hierom|om die reden|om deze reden|derhalve|bijgevolg|hierdoor|daardoor|"
                                 r"betekent dit|dit betekent|therefore|for that reason|this means)\b", re.IGNORECASE)
_NOTED = lazyre.compile(r"\b(?:constaterende|overwegende|considering|noting),?\s+(?:dat|that)\s+[^;]+", re.IGNORECASE)
SAID_BEFORE = 0.6  # a reason clause of a unit that says "daarom": it gives the conclusion, the sentence before the ground


def _ground_before(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    """The ground of a conclusion that points back ("daarom", "om die reden"): the sentence before, or its last
    consideration when it is a motion's ("constaterende dat …")."""
    before = (getattr(unit, "before", "") or "").strip()
    if not before or _ground(q, unit.text, clues) or not _THEREFORE_BACK.search(unit.text):
        return []
    noted = list(_NOTED.finditer(before))
    ground = noted[-1].group() if noted else before
    from ..evidence import trim

    return [Candidate(trim(" ".join(ground.split()), [], 40), 0, len(unit.text), THEREFORE_SCORE)]


def says_why(text: str) -> bool:
    """Whether a text gives a reason at all: a cue ("omdat", "om … te", "overwegende dat"), a conclusion with
    its ground ("…, en derhalve …") or one that points back to it ("daarom")."""
    return bool(_CUE.search(text) or _THEREFORE.search(text) or _THEREFORE_BACK.search(text))


@register(Q.REASON)
def extract_reason(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    out = cue_clause(unit.text, _CUE, clues) + _ground(q, unit.text, clues)
    # (only when the unit gives no ground of its own: "Daarom past het voorontwerp … aan, om in overeenstemming te
    # zijn met het arrest van het Grondwettelijk Hof" does; a motion's "overwegende dat" only says what follows)
    own = any(not m.group().lower().startswith("overwegende") for m in _CUE.finditer(unit.text))
    back = [] if own else _ground_before(q, unit, clues)
    if back:
        for cand in out:
            cand.score *= SAID_BEFORE
        out += back
    if DICTUM.match(unit.text):
        from ..evidence import trim

        said = [" ".join(m.group().split()) for m in _CONSIDERING.finditer(getattr(unit.hit, "text", "") or "")]
        if said:
            out.append(Candidate(trim("; ".join(said), [], 40), 0, len(unit.text), MOTION_REASON))
    return out
