"""A real single-node OpenSearch for the tests (see node.py)."""
