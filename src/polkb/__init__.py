"""polkb: a knowledge base for Dutch higher-education policy texts."""

__version__ = "0.1.0"
