"""Helpers shared by the data builders under ``data/`` (standard library only).

The builders are run as scripts (``python data/pii/holdout3/build_sven.py``); each puts
``data/`` on ``sys.path`` and imports ``tools.<module>``. Nothing here may import
``textinsight``: the gold data must not come from the code it measures.
"""
