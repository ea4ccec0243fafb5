"""Signal parser: channel text in, typed signal or update out."""

from parsers._native import activate

# The hot modules compiled with mypyc, when built from these sources (parsers/_native.py).
NATIVE = activate(__path__)

from parsers.enhanced import EnhancedParser  # noqa: E402 - after the compiled modules are placed
from parsers.export import flatten_text  # noqa: E402
from parsers.models import ParsedSignal, SignalUpdate, UpdateKind  # noqa: E402

__all__ = ["NATIVE", "EnhancedParser", "ParsedSignal", "SignalUpdate", "UpdateKind", "flatten_text"]
