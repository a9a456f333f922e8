"""polkb on OpenSearch: index settings and mappings built from polkb's own vocabulary files."""
