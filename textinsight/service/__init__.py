"""The service side of textinsight: database, durable jobs, API keys, the job worker.

The HTTP layer (``api/``) and the CLI (``textinsight serve / worker / keys``) are thin over
these modules; nothing here imports FastAPI.
"""
