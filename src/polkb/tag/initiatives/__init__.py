"""Tag stage: initiatives — named projects, programmes, plans, frameworks, charters, chairs, funds.

"Who did what with whom, with how much money" is the question no policy search engine answers;
the answer lives in sentences like "Het door de Erasmus Universiteit Rotterdam gecoördineerde
project #IBelong", "het programma ‘Caring Universities’ van de VU, UU, UM en UL" or a partner list
under "Betrokken organisaties". Initiatives are found by general cues only — hashtags, quoted
names next to a type word, "het project/programma X", "X-actieplan", Title Case names holding a
type word ("Landelijk Kader Studentenwelzijn 2023-2030", "Peter Paul Rubens Chair") — because the
project is measured on unseen documents; a rule for one document would be a defect.

The flow for one document (`find_initiatives`, in extractor):

1. candidates: every finder proposes names in a passage from a cue in their spelling or context;
   described adds the initiatives a text describes by the verbs around them ("wordt … opgericht").
2. rejects: a name must not be an organisation, a course, a standing organ or a bare kind word.
3. roles: the sentence around each mention gives coordinator, partners, funding and period; a
   passage may hold a partner list or the body that receives a grant.
4. merging: `_settle` gives partner lists to the main initiative and merges variants of one name;
   `merge_groups` joins the records of several documents.
5. documents: the document's kind keeps, drops or adds records (a ruling has none; a government
   decision is about the scheme it grants). shapes (kind words, normalised names) underlies all.

Each module imports only those before it in this list: shapes, roles, rejects, described,
candidates, documents, merging, extractor.
"""
from __future__ import annotations

from .shapes import normalise_name, _lower  # noqa: F401
from .rejects import not_an_initiative, _acceptable, _in_course_list, _only_kind  # noqa: F401
from .candidates import (  # noqa: F401
    _bracketed_names, _grant_candidates, _heading_candidates, _run_compounds, _title_candidates,
)
from .documents import FUNDING_PER_WORD, _administrative, _in_passing, _ruling  # noqa: F401
from .roles import _parties_between  # noqa: F401
from .merging import merge_groups, merge_initiatives  # noqa: F401
from .extractor import find_initiatives  # noqa: F401  (importing it registers the "initiatives" extractor)
