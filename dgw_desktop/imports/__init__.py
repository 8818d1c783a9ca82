"""Qt-free imports."""
