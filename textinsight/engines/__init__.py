"""Engines that run the analysis: ``local`` (this process, :mod:`textinsight.runner`) and
``ray`` (Ray Data over a local Ray or a cluster, :mod:`textinsight.engines.ray_engine`)."""
