"""Helpers for tests that write polkb indexes on the test node (needs opensearch-py)."""
from __future__ import annotations


def delete_test_indexes(backend) -> None:
    """Delete every index of a test's alias: its concrete indexes and its lock index."""
    client = backend.client
    for pattern in (f"{backend.alias}-v*", backend.lock_index):
        try:
            client.indices.delete(index=pattern, ignore_unavailable=True, expand_wildcards="all")
        except Exception:
            pass
