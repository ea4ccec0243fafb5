"""The Bot API's wire format for the fake Telegram server (tests/fakes/fake_telegram.py): a
request's parameters as the real API accepts them (query string, form, multipart or JSON bodies),
the calls recorded, and the answers: ``{"ok": true, "result": ...}`` or an error.

How Telegram fails, from https://core.telegram.org/bots/api:
- "Making requests": every answer is a JSON object with ``ok``; on failure ``error_code`` and
  ``description``, and sometimes ``parameters`` (ResponseParameters) to explain it.
- ResponseParameters.retry_after: "In case of exceeding flood control, the number of seconds
  left to wait before the request can be repeated" (HTTP 429, "Too Many Requests: retry after N").
- 5xx answers and dropped connections come from Telegram's front servers, not from the API
  itself (a 502 is an HTML page); PTB turns both into NetworkError, a timeout into TimedOut.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

# Parameters Telegram takes as plain strings: never JSON-decode them ("123" stays a string).
_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "description",
        "short_description",
        "language_code",
        "allowed_updates_raw",
        "secret_token",
        "photo",
        "document",
        "name",
    }
)


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    at: float  # time.perf_counter() when the request arrived
    files: dict[str, bytes] = field(default_factory=dict)
    result: Any = None  # what the fake answered (the Message for sends and edits)
    error: ApiError | None = None  # set when the fake answered with an error

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        """A parameter, or default."""
        return self.params.get(key, default)

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The inline keyboard buttons in reply_markup, flattened."""
        markup = self.params.get("reply_markup") or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]


@dataclass
class ApiError(Exception):
    """An error reply the fake sends instead of a result."""

    error_code: int
    description: str
    retry_after: int | None = None


@dataclass
class Fault:
    """An injected fault for the next `times` calls of a method."""

    method: str
    times: int
    error: ApiError | None = None  # answer with this error
    delay: float = 0.0  # answer this many seconds late
    drop: str | None = None  # "before": closed unanswered; "after": took effect, answer lost


def canonical_method(method: str, handlers: dict[str, Any]) -> str | None:
    # Telegram's method names are case-insensitive.
    low = method.lower()
    for name in handlers:
        if name.lower() == low:
            return name
    return None


def _decode(key: str, value: str) -> Any:
    if key in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    params: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    for k, v in request.query.items():
        params[k] = _decode(k, v)
    ctype = request.content_type
    if request.method == "GET" or not request.can_read_body:
        return params, files
    if ctype == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update(body)
    elif ctype == "multipart/form-data":
        reader = await request.multipart()
        while True:
            part = await reader.next()
            if part is None:
                break
            name = part.name or ""
            if part.filename is not None:  # type: ignore[union-attr]
                files[name] = await part.read()  # type: ignore[union-attr]
            else:
                params[name] = _decode(name, await part.text())  # type: ignore[union-attr]
    else:
        form = await request.post()
        for k, v in form.items():
            if isinstance(v, web.FileField):
                files[k] = v.file.read()
            else:
                params[k] = _decode(k, str(v))
    # PTB uploads by "attach://name" references: resolve them to the part's bytes.
    for k, v in list(params.items()):
        if isinstance(v, str) and v.startswith("attach://") and v[9:] in files:
            files[k] = files[v[9:]]
    return params, files


def drop(request: web.Request) -> web.Response:
    # Close the connection with no answer at all: the client sees a reset / an empty reply.
    if request.transport is not None:
        request.transport.abort()
    raise ConnectionResetError("dropped by the fake")


def error_response(err: ApiError) -> web.Response:
    body: dict[str, Any] = {
        "ok": False,
        "error_code": err.error_code,
        "description": err.description,
    }
    if err.retry_after is not None:
        body["parameters"] = {"retry_after": err.retry_after}
        if not err.description.startswith("Too Many"):
            body["description"] = f"Too Many Requests: retry after {err.retry_after}"
    return web.json_response(body, status=err.error_code)


def take_fault(faults: list[Fault], method: str) -> Fault | None:
    """The first fault injected for method, used once more (dropped when used up)."""
    for f in faults:
        if f.method.lower() == method.lower():
            f.times -= 1
            if f.times <= 0:
                faults.remove(f)
            return f
    return None
