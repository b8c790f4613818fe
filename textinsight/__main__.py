"""``python -m textinsight`` runs the command line."""

from .cli import main

main()
