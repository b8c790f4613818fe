"""Streaming readers and writers for every input and output format of the CLI."""
