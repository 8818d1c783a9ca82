"""One page per area of the project, assembled by the main window."""
