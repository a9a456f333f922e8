"""Plain facts about Dutch (and English) text that several stages need, kept once: month names
and their numbers (`months`), accent folding in each of its forms (`fold`), the words and tokens
vocabularies are matched on (`scan`). Pure data and functions; imports nothing of polkb outside
this package."""
