"""Request and response schemas of the HTTP API (kept apart from the library's types)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from textinsight.io.readers import id_text
from textinsight.schema import Record  # the record model is the library's (one for both)
from textinsight.service.alerts import AlertRule

Redact = Literal["tag", "mask", "pseudonym"]


class DocumentIn(BaseModel):
    """One document to analyse."""

    model_config = ConfigDict(extra="forbid")

    id: str | int | float | bool | None = Field(
        None,
        description="Your id, kept as the text it was written as (a JSON true is "
        "'true', 17 is '17'); the position in the list if absent.",
    )
    text: str = Field(description="The feedback text.")
    language: str | None = Field(
        None,
        max_length=16,
        pattern=r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{1,8})*$",
        description="A language hint (ISO 639 code); it wins over detection.",
    )
    meta: dict[str, Any] | None = Field(None, description="Passed through to the record.")

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        """Ids become strings here, before any coercion could make ``true`` into 1."""
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, bool | int | float):
            return id_text(value)
        return value  # anything else fails the type check


class Options(BaseModel):
    """How to analyse."""

    model_config = ConfigDict(extra="forbid")

    redact: Redact | bool | None = Field(
        None,
        description="Redact personal data: a policy, or true for 'tag'. With the service's "
        "never_store_raw setting text is always redacted.",
    )
    topic_model: str | None = Field(
        None, max_length=64, description="Id of a fitted topic model: adds 'topic'."
    )
    sentences: bool = Field(True, description="Include the per-sentence evidence.")

    def policy(self) -> str | None:
        """The requested redaction policy (None: the service default)."""
        if self.redact is True:
            return "tag"
        return None if self.redact is False else self.redact


class AnalyzeRequest(BaseModel):
    """Documents and options."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(min_length=1, description="The documents, in order.")
    options: Options = Field(default_factory=lambda: Options.model_validate({}))


class AnalyzeResponse(BaseModel):
    """Records in input order."""

    documents: list[Record]
    model_version: str


class Progress(BaseModel):
    """How far a job is."""

    done: int
    total: int | None
    fraction: float | None


class JobOut(BaseModel):
    """A job's state."""

    id: str
    kind: str
    status: Literal["queued", "running", "succeeded", "failed"]
    progress: Progress
    input: dict[str, Any]
    options: dict[str, Any]
    summary: dict[str, Any] | None = Field(
        None,
        description="When the job has succeeded: rows_read (input rows; a CSV field "
        "with line breaks spans several), records, and a note when they differ.",
    )
    error: str | None
    created_at: str
    started_at: str | None
    finished_at: str | None


class JobList(BaseModel):
    """The key's tenant's recent jobs."""

    jobs: list[JobOut]


class JobUpload(BaseModel):
    """A job from a file (multipart/form-data)."""

    file: bytes = Field(description="CSV, TSV, XLSX, JSONL, Parquet, DOCX or TXT.")
    text_column: str = "text"
    id_column: str | None = "id"
    language_column: str | None = None
    encoding: str | None = Field(
        None,
        max_length=40,
        description="Encoding of a CSV, TSV, JSONL or TXT file (e.g. cp1252, utf-16); "
        "detected when absent.",
    )
    redact: Redact | None = None
    topic_model: str | None = None
    sentences: bool = True


class TopicFitRequest(BaseModel):
    """Fit a topic model from documents, or from a finished job's records."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] | None = Field(None, min_length=1)
    job_id: str | None = Field(None, max_length=64)
    seed: int = Field(42, ge=0, le=2**31 - 1)
    min_topic_size: int | None = Field(None, ge=2, le=100_000)


class TopicModelOut(BaseModel):
    """A topic model's state."""

    id: str
    status: Literal["fitting", "ready", "failed"]
    job_id: str
    params: dict[str, Any]
    error: str | None
    created_at: str


class TopicsOut(BaseModel):
    """The topics of a model (topics.json)."""

    topics: list[dict[str, Any]]


class AssignRequest(BaseModel):
    """Documents to analyse and assign to a model's topics."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(min_length=1)


class TaxonomySummary(BaseModel):
    """A taxonomy in a list."""

    name: str
    source: Literal["default", "custom"]
    version: str
    labels: list[str]
    multi_label: bool


class TaxonomyList(BaseModel):
    """Shipped and custom taxonomies."""

    taxonomies: list[TaxonomySummary]


class TaxonomyOut(BaseModel):
    """A taxonomy and where it comes from."""

    name: str
    source: Literal["default", "custom"]
    status: Literal["ready", "fitting", "failed"] = Field(
        "ready", description="A custom pillars/touchpoints set is used once fitted (a job)."
    )
    error: str | None = Field(None, description="Why the fit failed, when it did.")
    taxonomy: dict[str, Any]


# --- streams and alerts (api/routes/streams.py) ----------------------------------------------


class StreamOut(BaseModel):
    """A stream: its records and the days they cover."""

    name: str
    count: int
    first_day: str | None
    last_day: str | None


class StreamList(BaseModel):
    """The tenant's streams."""

    streams: list[StreamOut]


class StreamAdded(BaseModel):
    """What an addition to a stream did (``duplicate``: the job or Idempotency-Key had been
    added before, and nothing was added now)."""

    name: str
    added: int
    skipped_errors: int
    duplicate: bool
    count: int


class StreamDocumentsResponse(AnalyzeResponse):
    """The /v1/analyze answer, with what the stream kept and the alerts fired."""

    stream: StreamAdded
    alerts: list[str] = Field(description="Ids of the alert events this addition fired.")


class StreamJobResponse(BaseModel):
    """A finished job's records added to a stream."""

    stream: StreamAdded
    alerts: list[str]


class TrendsOut(BaseModel):
    """Trend rows (see insight.trends.TREND_COLUMNS), dates as YYYY-MM-DD."""

    stream: str
    period: str
    by: str
    score: str | None
    rows: list[dict[str, Any]]


class DriversOut(BaseModel):
    """Driver rows (see insight.drivers.DRIVER_COLUMNS), rank 1 the most negative impact."""

    stream: str
    score: str
    scores: list[str] = Field(description="The score columns the stream holds.")
    rows: list[dict[str, Any]]


class StreamRecordsOut(BaseModel):
    """A period's records (of one group), most negative first."""

    stream: str
    period: str
    period_start: str | None
    records: list[dict[str, Any]]


class AlertRulesIn(BaseModel):
    """The stream's alert rules (replacing the ones it has)."""

    model_config = ConfigDict(extra="forbid")

    rules: list[AlertRule] = Field(max_length=50)


class AlertRulesOut(BaseModel):
    """The stream's alert rules, secrets left out."""

    stream: str
    rules: list[dict[str, Any]]


class AlertEventsOut(BaseModel):
    """Fired alerts, newest first, with their delivery state."""

    stream: str
    events: list[dict[str, Any]]
