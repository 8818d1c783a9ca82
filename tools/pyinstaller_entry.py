"""Entry script for the PyInstaller build (see ``build.spec``).

PyInstaller runs its entry script as ``__main__``; importing ``dgw_desktop.__main__`` as a
module (rather than pointing PyInstaller at that file) keeps the package's relative layout and
lets PyInstaller's import analysis see the whole ``dgw_desktop`` package.
"""

from dgw_desktop.__main__ import main

main()
