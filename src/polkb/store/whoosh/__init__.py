"""The Whoosh backend: polkb's schema, on-disk codec, records, locking and checksums
(`index`, `codec`), and phase one of a search over whole posting lists (`candidates`)."""
