"""Dialogs, each holding its Designer form as ``self.ui``."""
