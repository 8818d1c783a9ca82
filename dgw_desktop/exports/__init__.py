"""Qt-free exports."""
