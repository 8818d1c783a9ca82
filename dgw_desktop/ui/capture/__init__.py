"""Live capture mode: full screen, large type, one input line, for a projector."""
