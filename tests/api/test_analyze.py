"""POST /v1/analyze: order, limits, per-document errors, micro-batching."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from api.batching import MicroBatcher
from textinsight.types import Document

from .conftest import Service, ServiceFactory
from .test_errors import assert_problem


def test_analyze_records_in_order_with_ids_meta_and_errors(service: Service) -> None:
    body = {
        "documents": [
            {"id": "r-1", "text": "Ventetiden var lang.", "meta": {"nps": 3}},
            {"text": "   "},
            {"id": 7, "text": "Great app", "language": "en"},
        ]
    }
    res = service.client.post("/v1/analyze", json=body, headers=service.auth())
    assert res.status_code == 200
    out = res.json()
    assert [d["id"] for d in out["documents"]] == ["r-1", "1", "7"]
    assert out["documents"][0]["meta"] == {"nps": 3}
    assert out["documents"][0]["error"] is None
    assert out["documents"][1]["error"]["code"] == "empty_text"
    assert out["model_version"].startswith("textinsight-")
    assert res.headers["x-request-id"]


def test_analyze_over_long_document_gets_its_own_error(make_service: ServiceFactory) -> None:
    s = make_service(api_max_chars=50)
    body = {
        "documents": [
            {"id": "a", "text": "ok"},
            {"id": "b", "text": "x" * 51},
            {"id": "c", "text": "fine"},
        ]
    }
    docs = s.client.post("/v1/analyze", json=body, headers=s.auth()).json()["documents"]
    assert [d["id"] for d in docs] == ["a", "b", "c"]
    assert docs[1]["error"]["code"] == "text_too_long"
    assert docs[0]["error"] is None and docs[2]["error"] is None
    assert s.stage.calls == [2]  # the rejected document never reached the pipeline


def test_analyze_oversized_requests_get_413(make_service: ServiceFactory) -> None:
    s = make_service(api_max_documents=3, api_max_request_bytes=2048)
    h = s.auth()
    four = {"documents": [{"text": "a"}] * 4}
    assert_problem(s.client.post("/v1/analyze", json=four, headers=h), 413)
    big = {"documents": [{"text": "a" * 3000}]}
    assert_problem(s.client.post("/v1/analyze", json=big, headers=h), 413)

    def chunks():  # no Content-Length: the limit is counted while reading
        yield b'{"documents": [{"text": "'
        for _ in range(10):
            yield b"a" * 500
        yield b'"}]}'

    res = s.client.post(
        "/v1/analyze", content=chunks(), headers={**h, "content-type": "application/json"}
    )
    assert_problem(res, 413)
    assert s.stage.calls == []


def test_analyze_sentences_option_and_redact_needs_pii(service: Service) -> None:
    h = service.auth()
    body = {"documents": [{"text": "Hej."}], "options": {"sentences": False}}
    assert (
        "sentences"
        not in service.client.post("/v1/analyze", json=body, headers=h).json()["documents"][0]
    )
    body = {"documents": [{"text": "Hej Mette."}], "options": {"redact": "mask"}}
    res = service.client.post("/v1/analyze", json=body, headers=h)
    assert "pii" in assert_problem(res, 422)["detail"]


def test_analyze_concurrent_requests_share_batches(make_service: ServiceFactory) -> None:
    s = make_service(api_batch_wait_ms=50, api_batch_max_documents=64)
    h = s.auth()
    app = s.client.app

    async def go() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            return await asyncio.gather(
                *[
                    c.post(
                        "/v1/analyze",
                        json={"documents": [{"id": str(i), "text": f"t {i}"}]},
                        headers=h,
                    )
                    for i in range(20)
                ]
            )

    results = s.client.portal.call(go)  # the app's own event loop (its batcher lives there)
    assert all(r.status_code == 200 for r in results)
    assert [r.json()["documents"][0]["id"] for r in results] == [str(i) for i in range(20)]
    assert sum(s.stage.calls) == 20
    assert len(s.stage.calls) <= 3, s.stage.calls  # 20 requests, a couple of shared batches


def test_batcher_splits_results_and_bounds_batch_size() -> None:
    from concurrent.futures import ThreadPoolExecutor

    seen: list[int] = []

    def run(docs: list[Document]) -> list[dict]:
        seen.append(len(docs))
        return [{"id": d.id} for d in docs]

    async def go() -> list[list[dict]]:
        b = MicroBatcher(run, ThreadPoolExecutor(1), max_docs=5, wait=0.05)
        reqs = [[Document(f"{i}-{j}", "x") for j in range(n)] for i, n in enumerate([2, 2, 2, 3])]
        out = await asyncio.gather(*[b.submit(r) for r in reqs])
        await b.close()
        return out

    out = asyncio.run(go())
    assert [[r["id"] for r in o] for o in out] == [
        ["0-0", "0-1"],
        ["1-0", "1-1"],
        ["2-0", "2-1"],
        ["3-0", "3-1", "3-2"],
    ]
    assert max(seen) <= 5 and sum(seen) == 9


def test_batcher_passes_errors_to_every_caller() -> None:
    from concurrent.futures import ThreadPoolExecutor

    def run(docs: list[Document]) -> list[dict]:
        raise RuntimeError("boom")

    async def go() -> None:
        b = MicroBatcher(run, ThreadPoolExecutor(1), max_docs=5, wait=0.01)
        results = await asyncio.gather(
            b.submit([Document("a", "x")]), b.submit([Document("b", "y")]), return_exceptions=True
        )
        assert all(isinstance(r, RuntimeError) for r in results)
        assert await asyncio.wait_for(asyncio.shield(asyncio.sleep(0)), 1) is None
        await b.close()

    asyncio.run(go())


def test_batcher_failed_batch_is_retried_per_caller() -> None:
    from concurrent.futures import ThreadPoolExecutor

    seen: list[list[str]] = []

    def run(docs: list[Document]) -> list[dict]:
        seen.append([d.id for d in docs])
        if any(d.text == "poison" for d in docs):
            raise RuntimeError("boom")
        return [{"id": d.id} for d in docs]

    async def go() -> list[object]:
        b = MicroBatcher(run, ThreadPoolExecutor(1), max_docs=50, wait=0.05)
        reqs = [[Document("p", "poison")]] + [[Document(f"v{i}", "fine")] for i in range(5)]
        out = await asyncio.gather(*[b.submit(r) for r in reqs], return_exceptions=True)
        await b.close()
        return out

    out = asyncio.run(go())
    assert seen[0] == ["p", "v0", "v1", "v2", "v3", "v4"]  # one shared batch, which failed
    assert isinstance(out[0], RuntimeError)
    assert out[1:] == [[{"id": f"v{i}"}] for i in range(5)]  # the others never pay for it


@pytest.mark.parametrize("text", ["\udc80bad", "ok \U0001f600"])
def test_analyze_odd_unicode_never_breaks_json(service: Service, text: str) -> None:
    import json

    res = service.client.post(
        "/v1/analyze",
        content=json.dumps({"documents": [{"text": text}]}),
        headers={**service.auth(), "content-type": "application/json"},
    )
    assert res.status_code == 200
    doc = res.json()["documents"][0]
    assert (doc["error"] or {}).get("code") == ("undecodable" if "\udc80" in text else None)
