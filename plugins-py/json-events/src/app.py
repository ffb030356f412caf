"""json-events: Faultline events from JSON documents (world `decoder`, faultline:plugin@0.1.0).

Devices with a JSON stack (Linux gateways, ESP32s running a JSON library) may not link the C
SDK's binary encodings but can send a JSON document as the payload of a vendor message type.
This decoder maps those documents to Faultline's own events (logs, heartbeats, traces,
reboots), so they are stored, named, charted and alerted on like every other device's. The
schema is in README.md.

Whatever a device can get wrong is `malformed`, with where and why, so the operator can read
the reason in the chunk's outcome: it is the device's fault and does not count against the
plugin. Only a bug here can raise anything else (which the host records as a trap).
"""

import json
import math
import re

from componentize_py_types import Err
from wit_world import exports
from wit_world.imports.host import config
from wit_world.imports.types import (
    DeviceContext,
    Event,
    EventKind_Heartbeat,
    EventKind_Logs,
    EventKind_Reboot,
    EventKind_Trace,
    Heartbeat,
    LogLevel,
    LogRecord,
    MetricValue,
    MetricValue_Float,
    MetricValue_Int,
    MetricValue_Text,
    MetricValue_Unset,
    PluginError_Internal,
    PluginError_Malformed,
    PluginError_Unsupported,
    Reboot,
    TraceEvent,
)

# "J": the vendor message type this decoder takes unless `[plugin.config] message_type` says
# otherwise. A decoder routed the whole vendor range must still refuse the other types.
DEFAULT_MESSAGE_TYPE = 0x4A

# The host's caps on one decode's output. Refusing more here makes an oversized document the
# device's fault (`malformed`) rather than a plugin failure (`plugin_bad_output`).
MAX_EVENTS = 1024
MAX_VALUES = 1024
MAX_RECORDS = 10_000
MAX_STRING_BYTES = 64 * 1024
# The schema nests four levels; a little room lets a value nested by mistake be reported with
# its field name rather than as "too deep".
MAX_DEPTH = 16

U32 = 2**32 - 1
U64 = 2**64 - 1
S32 = (-(2**31), 2**31 - 1)
S64 = (-(2**63), 2**63 - 1)

LEVELS = {
    "debug": LogLevel.DEBUG,
    "info": LogLevel.INFO,
    "warn": LogLevel.WARN,
    "error": LogLevel.ERROR,
}


class Malformed(Exception):
    """What is wrong with the document, and where."""


def describe(value: object) -> str:
    """A JSON value as an error message shows it: its kind, and scalars shortened."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        text = repr(value)
        return f"the number {text[:24]}{'...' if len(text) > 24 else ''}"
    if isinstance(value, str):
        return f"the string {json.dumps(value[:24])}{'...' if len(value) > 24 else ''}"
    return "a list" if isinstance(value, list) else "an object"


def check_keys(obj: object, where: str, required: tuple, optional: tuple) -> dict:
    if not isinstance(obj, dict):
        raise Malformed(f"{where}: expected an object, got {describe(obj)}")
    # Unknown keys are refused rather than skipped, so a typo (`"resaon"`) is not silently
    # a missing value.
    for key in obj:
        if key not in required and key not in optional:
            allowed = ", ".join(required + optional)
            raise Malformed(f"{where}: unknown key `{key}` (allowed: {allowed})")
    for key in required:
        if key not in obj:
            raise Malformed(f"{where}.{key}: missing")
    return obj


def integer(obj: dict, key: str, where: str, lo: int, hi: int, default=None):
    if key not in obj:
        return default
    value = obj[key]
    # bool is an int in Python; in JSON it is not a number.
    if isinstance(value, bool) or not isinstance(value, int):
        raise Malformed(f"{where}.{key}: expected an integer, got {describe(value)}")
    if not lo <= value <= hi:
        raise Malformed(f"{where}.{key}: {describe(value)} is outside {lo}..={hi}")
    return value


def boolean(obj: dict, key: str, where: str, default: bool) -> bool:
    value = obj.get(key, default)
    if not isinstance(value, bool):
        raise Malformed(f"{where}.{key}: expected true or false, got {describe(value)}")
    return value


def text(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise Malformed(f"{where}: expected a string, got {describe(value)}")
    size = len(value.encode("utf-8", "surrogatepass"))
    if size > MAX_STRING_BYTES:
        raise Malformed(f"{where}: {size} bytes (at most {MAX_STRING_BYTES})")
    return value


def log_record(obj: object, where: str) -> LogRecord:
    check_keys(obj, where, ("msg",), ("level", "ts_ms"))
    message = text(obj["msg"], f"{where}.msg")
    if not message:
        raise Malformed(f"{where}.msg: empty")
    level_name = obj.get("level", "info")
    if level_name not in LEVELS:
        raise Malformed(
            f"{where}.level: expected one of {', '.join(LEVELS)}, got {describe(level_name)}"
        )
    return LogRecord(
        timestamp_ms=integer(obj, "ts_ms", where, 0, U64),
        level=LEVELS[level_name],
        message=message,
    )


def logs(body: object, where: str) -> EventKind_Logs:
    # One record or a list of them: a device that batches lines sends one event, not many.
    if isinstance(body, list):
        if not 1 <= len(body) <= MAX_RECORDS:
            raise Malformed(f"{where}: {len(body)} records (1 to {MAX_RECORDS})")
        return EventKind_Logs([log_record(r, f"{where}[{i}]") for i, r in enumerate(body)])
    return EventKind_Logs([log_record(body, where)])


def metric_value(value: object, where: str) -> MetricValue:
    if value is None:
        return MetricValue_Unset()
    if isinstance(value, bool):
        # Flags (e.g. crash-free) are 0/1 integers in Faultline's heartbeats.
        return MetricValue_Int(int(value))
    if isinstance(value, int):
        if not S64[0] <= value <= S64[1]:
            raise Malformed(f"{where}: {describe(value)} does not fit in 64 bits")
        return MetricValue_Int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Malformed(f"{where}: {describe(value)} is not finite")
        return MetricValue_Float(value)
    if isinstance(value, str):
        return MetricValue_Text(text(value, where))
    raise Malformed(f"{where}: expected a number, string, boolean or null, got {describe(value)}")


def heartbeat(body: object, where: str) -> EventKind_Heartbeat:
    check_keys(body, where, ("duration_ms", "values"), ())
    values = body["values"]
    if not isinstance(values, list):
        raise Malformed(f"{where}.values: expected a list, got {describe(values)}")
    if len(values) > MAX_VALUES:
        raise Malformed(f"{where}.values: {len(values)} values (at most {MAX_VALUES})")
    return EventKind_Heartbeat(
        Heartbeat(
            duration_ms=integer(body, "duration_ms", where, 1, U64),
            # Positional, as every heartbeat: names come from the build's metric schema.
            values=[metric_value(v, f"{where}.values[{i}]") for i, v in enumerate(values)],
        )
    )


def trace(body: object, where: str) -> EventKind_Trace:
    check_keys(body, where, ("reason",), ("pc", "lr", "status"))
    return EventKind_Trace(
        TraceEvent(
            reason=integer(body, "reason", where, 0, U32),
            # A program on an OS rarely has its pc at hand; 0 means "not known".
            pc=integer(body, "pc", where, 0, U32, 0),
            lr=integer(body, "lr", where, 0, U32, 0),
            status_code=integer(body, "status", where, *S32),
        )
    )


def reboot(body: object, where: str) -> EventKind_Reboot:
    check_keys(body, where, ("reason",), ("unexpected", "pc", "lr", "crash_count"))
    return EventKind_Reboot(
        Reboot(
            reason=integer(body, "reason", where, 0, U32),
            unexpected=boolean(body, "unexpected", where, False),
            pc=integer(body, "pc", where, 0, U32),
            lr=integer(body, "lr", where, 0, U32),
            crash_count=integer(body, "crash_count", where, 0, U32, 0),
        )
    )


KINDS = {"log": logs, "metrics": heartbeat, "error": trace, "reboot": reboot}


def event(obj: object, where: str) -> Event:
    if not isinstance(obj, dict):
        raise Malformed(f"{where}: expected an object, got {describe(obj)}")
    kinds = [k for k in obj if k in KINDS]
    for key in obj:
        if key not in KINDS and key != "at_ms":
            raise Malformed(f"{where}: unknown key `{key}` (kinds: {', '.join(KINDS)}; at_ms)")
    if len(kinds) != 1:
        raise Malformed(f"{where}: needs exactly one of {', '.join(KINDS)}, has {len(kinds)}")
    kind = kinds[0]
    return Event(
        captured_at_ms=integer(obj, "at_ms", where, 0, U64),
        kind=KINDS[kind](obj[kind], f"{where}: {kind}"),
    )


def no_duplicates(pairs: list) -> dict:
    # json.loads keeps the last of two equal keys; which one the device meant is unknowable.
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise Malformed(f"key `{key}` appears twice in one object")
            seen.add(key)
    return obj


def no_constant(name: str):
    raise Malformed(f"payload is not JSON: {name} is not a JSON number")


# A JSON string, or what is left of an unterminated one at the end of the text. Every match
# attempt from a quote succeeds, so removing strings takes one pass (no retries from each
# escaped quote, which would be quadratic on hostile input).
STRING = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\\?\Z)', re.S)
NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


def check_depth(source: str) -> None:
    """Refuses documents nested deeper than MAX_DEPTH before the parser sees them.

    CPython's JSON parser recurses once per level, and inside WebAssembly its stack check does
    not stop it before the wasm call stack runs out: 20,000 `[` trap the call (`plugin_trap`),
    which a device must not be able to cause. Only C-level string operations run here, so a
    256 KiB document costs milliseconds, not a Python loop over every character.
    """
    brackets = NOT_BRACKETS.sub("", STRING.sub("", source))
    brackets = brackets.replace("{", "[").replace("}", "]")
    # Each round removes the innermost pairs; a pair still left after MAX_DEPTH rounds sits
    # deeper than that. Unclosed brackets stay too, and the parser descends into them before
    # it finds the end: more than MAX_DEPTH of them are as deep. A few are a plain syntax
    # error, which the parser reports with its position.
    for _ in range(MAX_DEPTH):
        inner_removed = brackets.replace("[]", "")
        if inner_removed == brackets:
            break
        brackets = inner_removed
    if "[]" in brackets or brackets.count("[") > MAX_DEPTH:
        raise Malformed(f"payload nests deeper than {MAX_DEPTH} levels")


def load(payload: bytes) -> object:
    try:
        source = payload.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Malformed(f"payload is not UTF-8: invalid byte at offset {e.start}")
    check_depth(source)
    try:
        return json.loads(source, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except json.JSONDecodeError as e:
        raise Malformed(f"payload is not JSON: {e.msg} at line {e.lineno} column {e.colno}")
    except ValueError as e:
        # Integers longer than Python's int-to-string limit (4300 digits) end up here.
        raise Malformed(f"payload is not JSON this decoder reads: {str(e)[:80]}")


def parse(payload: bytes) -> list[Event]:
    """The events of one message: a document, or a list of documents."""
    doc = load(payload)
    items = doc if isinstance(doc, list) else [doc]
    if not 1 <= len(items) <= MAX_EVENTS:
        raise Malformed(f"{len(items)} events (1 to {MAX_EVENTS})")
    return [event(item, f"event {i}") for i, item in enumerate(items, 1)]


def configured_message_type() -> int:
    value = config("message_type")
    if value is None:
        return DEFAULT_MESSAGE_TYPE
    try:
        number = int(value, 0)
    except ValueError:
        number = -1
    if not 0x40 <= number <= 0x7F:
        # The operator's mistake: `internal` counts against the plugin and shows in its status.
        raise Err(PluginError_Internal(f"config message_type `{value}` is not a vendor type 0x40..0x7f"))
    return number


class Decode(exports.Decode):
    def decode(self, ctx: DeviceContext, message_type: int, payload: bytes) -> list[Event]:
        wanted = configured_message_type()
        if message_type != wanted:
            raise Err(
                PluginError_Unsupported(
                    f"message type {message_type:#04x} is not JSON events ({wanted:#04x})"
                )
            )
        try:
            return parse(payload)
        except Malformed as e:
            raise Err(PluginError_Malformed(str(e)))
