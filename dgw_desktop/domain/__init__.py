"""Pure-Python domain: entities, validation, formatting. No Qt, no SQL."""
