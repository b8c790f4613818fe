"""Tests of the written data sets under data/ and their builders."""
