"""Signal parser: channel text in, typed signal or update out."""

from parsers.enhanced import EnhancedParser
from parsers.export import flatten_text
from parsers.models import ParsedSignal, SignalUpdate, UpdateKind

__all__ = ["EnhancedParser", "ParsedSignal", "SignalUpdate", "UpdateKind", "flatten_text"]
