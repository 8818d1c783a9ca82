"""DGW Desktop: prepare a datagedreven-werken pilot with several municipalities, offline."""

__version__ = "0.1.0"
