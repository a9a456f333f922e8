"""Storage backends of polkb's index (for now, the analysis of the OpenSearch one)."""
