"""What every search backend shares: the query's syntax and filters (`syntax`), its words as
concepts with alternatives (`concepts`), the index terms of a text (`terms`), re-ranking from
where the words stand (`rank`), snippets (`snippets`) and the result types (`results`). Nothing
here reads an index: a backend (`polkb.store`) finds candidates and hands over what they hold."""
