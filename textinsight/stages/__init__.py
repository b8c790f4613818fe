"""Pipeline stages: one module each, exchanging only :mod:`textinsight.types` records."""
