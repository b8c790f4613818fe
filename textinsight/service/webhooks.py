"""Webhook deliveries of fired alerts: signed, checked against private addresses, retried.

Signature: ``X-Textinsight-Signature: sha256=<hex HMAC-SHA256 of the raw body with the rule's
secret>``; ``X-Textinsight-Timestamp`` is the Unix time of the attempt (not signed: the signed
body holds ``event_id`` and ``fired_at``) and ``X-Textinsight-Event`` the event id (the same
on every retry, so a receiver can drop repeats). The body is fixed when the alert fires, so
every attempt signs the same bytes.

SSRF: a webhook URL is http(s), without user:password, and its host must resolve only to
addresses the ``alert_private_webhooks`` setting allows ('deny': public addresses only;
'loopback': also 127.0.0.0/8 and ::1; 'allow': private and link-local too). The check runs on
every attempt after resolving the name; for http:// the request then goes to the checked
address itself (no second lookup to rebind); for https:// the name is resolved again by the
TLS connection (certificates need the name), so a DNS server that answers differently within
seconds could still point it elsewhere - run the service behind an egress firewall where that
matters. Redirects are not followed.

Retries: a connection error, a timeout, a 5xx, 408 or 429 is retried after
``alert_retry_seconds`` doubling per attempt (at most an hour), up to ``alert_max_attempts``;
another status (a 3xx, a 4xx) fails the delivery at once.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import InvalidInput
from ..settings import Settings

log = logging.getLogger("textinsight.webhooks")
SIGNATURE = "X-Textinsight-Signature"
TIMESTAMP = "X-Textinsight-Timestamp"
EVENT = "X-Textinsight-Event"
RETRY_STATUSES = (408, 429)
MAX_BACKOFF = 3600.0


def sign(secret: str, body: bytes) -> str:
    """The signature header's value: ``sha256=<hex HMAC-SHA256 of body>``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str) -> bool:
    """True when ``header`` is the signature of ``body`` (what a receiver checks)."""
    return hmac.compare_digest(sign(secret, body), header or "")


def address_allowed(ip: str, policy: str) -> bool:
    """Whether an IP address may receive webhooks under ``policy`` (deny|loopback|allow)."""
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if addr.is_unspecified or addr.is_multicast:
        return False
    if policy == "allow":
        return True
    if addr.is_loopback:
        return policy == "loopback"
    return bool(addr.is_global)


def check_url(url: str, policy: str) -> None:
    """InvalidInput unless ``url`` is an http(s) URL with a host and no credentials, whose
    host - when it is an address or ``localhost`` - the policy allows (names are resolved and
    checked at each delivery)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidInput("the webhook URL is not a valid URL") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput("a webhook URL is http:// or https:// with a host name")
    if parts.username or parts.password:
        raise InvalidInput("a webhook URL carries no user name or password (sign with the secret)")
    if port == 0:
        raise InvalidInput("the webhook URL's port is not valid")
    host = parts.hostname
    if host == "localhost" or host.endswith(".localhost"):
        host = "127.0.0.1"
    try:
        ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return  # a name: resolved and checked at delivery
    if not address_allowed(host, policy):
        raise InvalidInput(
            f"webhooks to {parts.hostname} are not allowed "
            f"(setting alert_private_webhooks={policy!r})"
        )


class Unresolved(OSError):
    """The webhook host's name did not resolve (retried: DNS may be back later)."""


def resolve(url: str, policy: str) -> tuple[str, dict[str, str]]:
    """The URL to connect to and extra headers: the host is resolved and every address is
    checked (InvalidInput when one is not allowed); an http:// URL gets the checked address
    with the name in ``Host``."""
    check_url(url, policy)
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise Unresolved(f"cannot resolve the webhook host {host!r}") from exc
    ips = list(dict.fromkeys(str(i[4][0]) for i in infos))
    bad = [ip for ip in ips if not address_allowed(ip, policy)]
    if bad or not ips:
        raise InvalidInput(
            f"the webhook host {host!r} resolves to an address that is not "
            f"allowed (setting alert_private_webhooks={policy!r})"
        )
    if parts.scheme == "https":
        return url, {}
    ip = ips[0]
    netloc = (f"[{ip}]" if ":" in ip else ip) + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc)), {"Host": parts.netloc}


@dataclass
class Attempt:
    """How one delivery attempt went."""

    ok: bool
    retry: bool
    status: int | None = None
    error: str | None = None


def post(url: str, body: bytes, secret: str, event_id: str, settings: Settings) -> Attempt:
    """One signed POST of ``body``; never raises."""
    import httpx

    try:
        target, extra = resolve(url, settings.alert_private_webhooks)
    except InvalidInput as exc:
        return Attempt(False, False, error=str(exc))
    except Unresolved as exc:
        return Attempt(False, True, error=str(exc))
    headers = {"Content-Type": "application/json", SIGNATURE: sign(secret, body),
               TIMESTAMP: str(int(time.time())), EVENT: event_id,
               "User-Agent": "textinsight-alerts", **extra}  # fmt: skip
    try:
        # the status is all we need: the answer's body is never read (it could be huge)
        with (
            httpx.Client(
                timeout=settings.alert_timeout_seconds, follow_redirects=False, trust_env=False
            ) as client,
            client.stream("POST", target, content=body, headers=headers) as res,
        ):
            status = res.status_code
    except httpx.HTTPError as exc:
        return Attempt(False, True, error=f"{type(exc).__name__}: {str(exc)[:200]}")
    if 200 <= status < 300:
        return Attempt(True, False, status)
    retry = status >= 500 or status in RETRY_STATUSES
    return Attempt(False, retry, status, f"the receiver answered {status}")


def backoff(settings: Settings, attempts: int) -> float:
    """Seconds before the next attempt after ``attempts`` failed ones."""
    return float(min(settings.alert_retry_seconds * 2 ** max(attempts - 1, 0), MAX_BACKOFF))


class Deliverer:
    """A thread that delivers due alert events (new ones and retries) until stopped.

    Several service processes may run one each: an event is leased before it is sent.
    ``kick()`` makes it look at once (after an addition fired alerts).
    """

    def __init__(
        self, settings: Settings, store: Any, clock: Callable[[], float] = time.time
    ) -> None:
        self.settings = settings
        self.store = store  # an alerts.AlertStore
        self.clock = clock
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the thread (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, daemon=True, name="alert-deliverer")
            self._thread.start()

    def kick(self) -> None:
        """Look for due deliveries now."""
        self._wake.set()

    def stop(self) -> None:
        """Stop after the attempt in progress."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=self.settings.alert_timeout_seconds + 5)
            self._thread = None

    def _run(self) -> None:
        failing = False
        while not self._stop.is_set():
            try:
                n = self.run_due()
                failing = False
            except Exception as exc:  # noqa: BLE001 - the database may be away; try later
                if not Path(self.settings.data_dir).exists():
                    return  # the service's data_dir was removed: nothing is left to deliver
                if not failing:  # once per outage, not once per poll
                    log.warning(
                        "alert deliveries: cannot read the database (%s); trying again",
                        type(exc).__name__,
                    )
                failing = True
                n = 0
            if n == 0:
                wait = self.settings.alert_poll_seconds
                nxt = self._next_due()
                if nxt is not None:
                    wait = max(0.01, min(wait, nxt - self.clock()))
                self._wake.wait(wait)
                self._wake.clear()

    def _next_due(self) -> float | None:
        try:
            return self.store.next_due()
        except Exception:  # noqa: BLE001
            return None

    def run_due(self, limit: int = 20) -> int:
        """Deliver up to ``limit`` due events once; the number attempted."""
        lease = self.settings.alert_timeout_seconds * 2 + 5
        events = self.store.claim_due(lease, limit)
        for ev in events:
            self.deliver(ev)
        return len(events)

    def deliver(self, ev: Any) -> Attempt:
        """One attempt of a claimed event, recorded."""
        secret = self.store.secret(ev.stream_id, ev.rule_id)
        if secret is None:
            attempt = Attempt(False, False, error="the alert rule was removed")
        else:
            attempt = post(ev.url, ev.payload.encode(), secret, ev.id, self.settings)
        attempts = ev.attempts + 1
        final = attempt.ok or not attempt.retry or attempts >= self.settings.alert_max_attempts
        nxt = None if final else self.clock() + backoff(self.settings, attempts)
        self.store.record_attempt(ev.id, attempt, attempts, nxt)
        log.info(
            "alert delivery",
            extra={
                "event_id": ev.id,
                "ok": attempt.ok,
                "status": attempt.status,
                "attempt": attempts,
            },
        )
        return attempt
