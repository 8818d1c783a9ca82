"""Undo commands: every user edit goes through one."""
