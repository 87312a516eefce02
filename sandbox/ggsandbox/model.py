"""The Greengrass V2 API as botocore's official model describes it: routing, binding, validation
and serialisation for the emulator.

Everything the emulator knows about the wire format comes from the model that ships with
botocore, so a request the real service would reject for its shape is rejected here too, and a
response carries exactly the members (and encodings) the SDKs expect.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import json
import re
import sys
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

import botocore.loaders

SERVICE = "greengrassv2"


def log(message: str) -> None:
    print(f"[sandbox] {message}", file=sys.stderr, flush=True)


def load_model() -> dict:
    """The official service model (botocore's loader reads the gzipped or plain file)."""
    return botocore.loaders.Loader().load_service_model(SERVICE, "service-2")


# --- regular expressions -------------------------------------------------------------------

# Java / ECMAScript character classes that Python's re lacks, as class bodies.
_CLASS_BODIES = {
    "Alpha": "A-Za-z",
    "Digit": "0-9",
    "Alnum": "A-Za-z0-9",
    "Upper": "A-Z",
    "Lower": "a-z",
    "Punct": "!-/:-@\\[-`{-~",
    "XDigit": "0-9A-Fa-f",
    "Space": " \\t\\n\\x0b\\f\\r",
    "ASCII": "\\x00-\\x7f",
    "L": "^\\W\\d_",  # only valid as a whole class: handled below
}


def translate_pattern(pattern: str) -> str:
    """Translate the Java-ish constructs of a model pattern into Python syntax."""

    def outside(m: re.Match) -> str:
        name = m.group(1)
        if name == "L":
            return "[^\\W\\d_]"
        body = _CLASS_BODIES.get(name)
        return f"[{body}]" if body else m.group(0)

    # Inside a character class: [\p{Alnum}_-] -> [A-Za-z0-9_-]
    def in_class(m: re.Match) -> str:
        text = m.group(0)
        for name, body in _CLASS_BODIES.items():
            if name != "L":
                text = text.replace("\\p{" + name + "}", body)
        return text

    translated = re.sub(r"\[(?:\\.|[^\]\\])*\]", in_class, pattern)
    translated = re.sub(r"\\p\{(\w+)\}", outside, translated)
    return translated


_PATTERN_CACHE: dict[str, re.Pattern | None] = {}


def compile_pattern(pattern: str) -> re.Pattern | None:
    """The compiled pattern, or None (logged once) when Python cannot express it."""
    if pattern in _PATTERN_CACHE:
        return _PATTERN_CACHE[pattern]
    compiled: re.Pattern | None
    try:
        compiled = re.compile(translate_pattern(pattern), re.DOTALL)
    except re.error as exc:
        log(f"model pattern {pattern!r} cannot be compiled in Python ({exc}); not enforced")
        compiled = None
    _PATTERN_CACHE[pattern] = compiled
    return compiled


# --- routing -------------------------------------------------------------------------------


@dataclass
class Route:
    operation: str
    method: str
    regex: re.Pattern
    labels: list[str]
    literal_segments: int
    fixed_query: dict[str, str]


def build_routes(model: dict) -> list[Route]:
    routes: list[Route] = []
    for name, op in model["operations"].items():
        http = op["http"]
        uri = http["requestUri"]
        path, _, query = uri.partition("?")
        fixed_query = dict(urllib.parse.parse_qsl(query, keep_blank_values=True)) if query else {}
        labels: list[str] = []
        parts: list[str] = []
        literal = 0
        for segment in path.strip("/").split("/"):
            m = re.fullmatch(r"\{(\w+)(\+?)\}", segment)
            if m:
                labels.append(m.group(1))
                parts.append("(.+)" if m.group(2) else "([^/]+)")
            else:
                literal += 1
                parts.append(re.escape(segment))
        regex = re.compile("^/" + "/".join(parts) + "/?$")
        routes.append(Route(name, http["method"], regex, labels, literal, fixed_query))
    # More literal segments first, so /components/{arn}/metadata wins over /components/{arn}.
    routes.sort(key=lambda r: (-r.literal_segments, len(r.labels)))
    return routes


@dataclass
class Match:
    route: Route | None
    labels: dict[str, str] = field(default_factory=dict)
    path_known: bool = False


def match_route(routes: list[Route], method: str, raw_path: str, query: dict[str, list[str]]) -> Match:
    path_known = False
    for route in routes:
        m = route.regex.match(raw_path)
        if not m:
            continue
        if any(query.get(k, [None])[0] != v for k, v in route.fixed_query.items()):
            continue
        path_known = True
        if route.method != method:
            continue
        labels = {
            label: urllib.parse.unquote(value) for label, value in zip(route.labels, m.groups())
        }
        return Match(route, labels, True)
    return Match(None, {}, path_known)


# --- validation ----------------------------------------------------------------------------


@dataclass
class Problem:
    path: str
    message: str


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, (bytes, bytearray)):
        value = f"<{len(value)} bytes>"
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    if len(text) > 120:
        text = text[:117] + "..."
    return f"'{text}'"


def _problem(problems: list[Problem], path: str, value: Any, rule: str) -> None:
    problems.append(
        Problem(path, f"Value {_show(value)} at '{path}' failed to satisfy constraint: {rule}")
    )


def _join(path: str, member: str) -> str:
    return f"{path}.{member}" if path else member


class Validator:
    """Checks (and converts) a value against a model shape, collecting every problem."""

    def __init__(self, model: dict):
        self.shapes = model["shapes"]

    def check(self, shape_name: str, value: Any, path: str, problems: list[Problem], *, wire: bool) -> Any:
        """Return the value converted to Python types (blob -> bytes, timestamp -> datetime).

        wire=True: the value came from JSON (blobs are base64 text, timestamps numbers/strings).
        """
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if kind == "structure":
            if not isinstance(value, dict):
                _problem(problems, path, value, "Member must be a structure (JSON object)")
                return value
            out: dict[str, Any] = {}
            members = shape.get("members", {})
            for required in shape.get("required", []):
                if value.get(required) is None:
                    problems.append(
                        Problem(
                            _join(path, required),
                            f"Value null at '{_join(path, required)}' failed to satisfy constraint: "
                            "Member must not be null",
                        )
                    )
            for key, item in value.items():
                if key not in members:
                    # The real service ignores members it does not know; so do we.
                    continue
                if item is None:
                    continue
                out[key] = self.check(members[key]["shape"], item, _join(path, key), problems, wire=wire)
            return out
        if kind == "list":
            if not isinstance(value, list):
                _problem(problems, path, value, "Member must be a list (JSON array)")
                return value
            self._length(shape, len(value), value, path, problems, "have length")
            return [
                self.check(shape["member"]["shape"], item, f"{path}[{i}]", problems, wire=wire)
                for i, item in enumerate(value)
            ]
        if kind == "map":
            if not isinstance(value, dict):
                _problem(problems, path, value, "Member must be a map (JSON object)")
                return value
            self._length(shape, len(value), value, path, problems, "have number of entries")
            out_map: dict[str, Any] = {}
            for key, item in value.items():
                self.check(shape["key"]["shape"], key, f"{path} (key {key!r})", problems, wire=wire)
                out_map[key] = self.check(
                    shape["value"]["shape"], item, f"{path}[{json.dumps(key)}]", problems, wire=wire
                )
            return out_map
        if kind == "string":
            if not isinstance(value, str):
                _problem(problems, path, value, "Member must be of type string")
                return value
            if "enum" in shape and value not in shape["enum"]:
                _problem(
                    problems, path, value,
                    f"Member must satisfy enum value set: [{', '.join(shape['enum'])}]",
                )
            self._length(shape, len(value.encode("utf-16-le")) // 2, value, path, problems, "have length")
            pattern = shape.get("pattern")
            if pattern:
                compiled = compile_pattern(pattern)
                # Smithy patterns are not implicitly anchored: search, as the service does.
                if compiled is not None and not compiled.search(value):
                    _problem(
                        problems, path, value,
                        f"Member must satisfy regular expression pattern: {pattern}",
                    )
            return value
        if kind in ("integer", "long"):
            if isinstance(value, bool) or not isinstance(value, int):
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                else:
                    _problem(problems, path, value, f"Member must be of type {kind}")
                    return value
            self._range(shape, value, path, problems)
            return value
        if kind in ("float", "double"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                _problem(problems, path, value, f"Member must be of type {kind}")
                return value
            self._range(shape, value, path, problems)
            return value
        if kind == "boolean":
            if not isinstance(value, bool):
                _problem(problems, path, value, "Member must be of type boolean")
            return value
        if kind == "blob":
            data = value
            if wire:
                if not isinstance(value, str):
                    _problem(problems, path, value, "Member must be a base64-encoded blob")
                    return value
                try:
                    data = base64.b64decode(value, validate=True)
                except (binascii.Error, ValueError):
                    _problem(problems, path, value, "Member must be valid base64")
                    return value
            elif isinstance(value, str):
                data = value.encode()
            if not isinstance(data, (bytes, bytearray)):
                _problem(problems, path, value, "Member must be a blob")
                return value
            self._length(shape, len(data), value, path, problems, "have length")
            return bytes(data)
        if kind == "timestamp":
            parsed = parse_timestamp(value)
            if parsed is None:
                _problem(problems, path, value, "Member must be a timestamp")
                return value
            return parsed
        return value

    @staticmethod
    def _length(shape: dict, length: int, value: Any, path: str, problems: list[Problem], what: str) -> None:
        if "min" in shape and length < shape["min"]:
            _problem(problems, path, value, f"Member must {what} greater than or equal to {shape['min']}")
        if "max" in shape and length > shape["max"]:
            _problem(problems, path, value, f"Member must {what} less than or equal to {shape['max']}")

    @staticmethod
    def _range(shape: dict, value: float, path: str, problems: list[Problem]) -> None:
        if "min" in shape and value < shape["min"]:
            _problem(problems, path, value, f"Member must have value greater than or equal to {shape['min']}")
        if "max" in shape and value > shape["max"]:
            _problem(problems, path, value, f"Member must have value less than or equal to {shape['max']}")


def parse_timestamp(value: Any) -> _dt.datetime | None:
    if isinstance(value, _dt.datetime):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _dt.datetime.fromtimestamp(value, _dt.timezone.utc)
    if isinstance(value, str):
        try:
            return _dt.datetime.fromtimestamp(float(value), _dt.timezone.utc)
        except ValueError:
            pass
        try:
            return _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


# --- binding a request ---------------------------------------------------------------------


class RequestError(Exception):
    """A request the model rejects (400 ValidationException unless said otherwise)."""

    def __init__(self, message: str, reason: str = "FIELD_VALIDATION_FAILED", fields: list[Problem] | None = None):
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.fields = fields or []


def _from_text(shape: dict, text: str, path: str, problems: list[Problem]) -> Any:
    """A URI, query or header value converted to the member's type before validation."""
    kind = shape["type"]
    if kind in ("integer", "long"):
        try:
            return int(text)
        except ValueError:
            _problem(problems, path, text, f"Member must be of type {kind}")
            return None
    if kind in ("float", "double"):
        try:
            return float(text)
        except ValueError:
            _problem(problems, path, text, f"Member must be of type {kind}")
            return None
    if kind == "boolean":
        if text in ("true", "false"):
            return text == "true"
        _problem(problems, path, text, "Member must be of type boolean")
        return None
    return text


def bind_request(
    model: dict,
    validator: Validator,
    operation: str,
    labels: dict[str, str],
    query: dict[str, list[str]],
    headers: dict[str, str],
    body: bytes,
) -> dict[str, Any]:
    """The operation's input as a dict of members, validated against the model.

    Raises RequestError naming every broken rule.
    """
    op = model["operations"][operation]
    if "input" not in op:
        return {}
    shape_name = op["input"]["shape"]
    shape = model["shapes"][shape_name]
    members = shape.get("members", {})
    problems: list[Problem] = []
    raw: dict[str, Any] = {}

    body_members = {k: v for k, v in members.items() if v.get("location") is None}
    payload_member = shape.get("payload")
    if body_members:
        document: Any = {}
        if body.strip():
            try:
                document = json.loads(body)
            except (ValueError, UnicodeDecodeError) as exc:
                raise RequestError(f"The request body is not valid JSON: {exc}", "CANNOT_PARSE")
        if payload_member:
            raw[payload_member] = document
        else:
            if not isinstance(document, dict):
                raise RequestError("The request body must be a JSON object", "CANNOT_PARSE")
            for key, value in document.items():
                if key in body_members:
                    raw[key] = value

    lower_headers = {k.lower(): v for k, v in headers.items()}
    for key, member in members.items():
        location = member.get("location")
        name = member.get("locationName", key)
        target = model["shapes"][member["shape"]]
        if location == "uri":
            if name in labels:
                raw[key] = _from_text(target, labels[name], key, problems)
        elif location == "querystring":
            if target["type"] == "map":
                bound = {
                    m.get("locationName", k)
                    for k, m in members.items()
                    if m.get("location") == "querystring" and k != key
                }
                raw[key] = {k: v[0] for k, v in query.items() if k not in bound}
            elif name in query:
                if target["type"] == "list":
                    item = model["shapes"][target["member"]["shape"]]
                    raw[key] = [_from_text(item, v, key, problems) for v in query[name]]
                else:
                    raw[key] = _from_text(target, query[name][0], key, problems)
        elif location == "header":
            if name.lower() in lower_headers:
                raw[key] = _from_text(target, lower_headers[name.lower()], key, problems)
        elif location == "headers":
            prefix = name.lower()
            raw[key] = {k[len(prefix):]: v for k, v in lower_headers.items() if k.startswith(prefix)}

    raw = {k: v for k, v in raw.items() if v is not None}
    converted = validator.check(shape_name, raw, "", problems, wire=True)
    if problems:
        count = len(problems)
        noun = "validation error" if count == 1 else "validation errors"
        message = f"{count} {noun} detected: " + "; ".join(p.message for p in problems)
        raise RequestError(message, "FIELD_VALIDATION_FAILED", problems)
    return converted


# --- serialising a response ----------------------------------------------------------------


def _epoch(value: Any) -> Any:
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.timezone.utc)
        return round(value.timestamp(), 3)
    return value


class Serializer:
    """Turns Python values into the REST-JSON wire form of an output or error shape."""

    def __init__(self, model: dict):
        self.shapes = model["shapes"]

    def value(self, shape_name: str, value: Any) -> Any:
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if value is None:
            return None
        if kind == "structure" and isinstance(value, dict):
            members = shape.get("members", {})
            out = {}
            for key, item in value.items():
                if item is None:
                    continue
                member = members.get(key)
                if member is None:
                    # A sandbox extra (documented): passed through unchanged.
                    out[key] = item
                elif member.get("location") in ("header", "headers", "uri", "querystring"):
                    continue
                else:
                    out[key] = self.value(member["shape"], item)
            return out
        if kind == "list" and isinstance(value, list):
            return [self.value(shape["member"]["shape"], item) for item in value]
        if kind == "map" and isinstance(value, dict):
            return {k: self.value(shape["value"]["shape"], v) for k, v in value.items()}
        if kind == "blob":
            if isinstance(value, str):
                value = value.encode()
            return base64.b64encode(value).decode("ascii")
        if kind == "timestamp":
            return _epoch(value)
        return value

    def headers(self, shape_name: str, value: dict) -> dict[str, str]:
        out = {}
        for key, member in self.shapes[shape_name].get("members", {}).items():
            if member.get("location") == "header" and value.get(key) is not None:
                item = value[key]
                out[member.get("locationName", key)] = str(_epoch(item)).lower() if isinstance(item, bool) else str(_epoch(item))
        return out


def output_problems(model: dict, validator: Validator, operation: str, value: dict) -> list[str]:
    """Self-check: where a response we are about to send breaks the model (a sandbox bug)."""
    op = model["operations"][operation]
    if "output" not in op:
        return []
    problems: list[Problem] = []
    validator.check(op["output"]["shape"], value, "", problems, wire=False)
    return [p.message for p in problems]


MUTATING_PREFIXES = ("Create", "Delete", "Cancel", "Tag", "Untag", "Associate", "Disassociate", "Batch", "Update")


def is_mutating(operation: str | None) -> bool:
    return bool(operation) and operation.startswith(MUTATING_PREFIXES)

