"""The service's JSON logs live in the library (:mod:`textinsight.logs`: the worker writes them
too, and the library never imports ``api``); re-exported here for the app's side."""

from textinsight.logs import FIELDS as FIELDS
from textinsight.logs import JsonFormatter as JsonFormatter
from textinsight.logs import configure as configure
