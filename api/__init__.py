"""The textinsight HTTP service (FastAPI). Build it with :func:`api.main.create_app`."""
