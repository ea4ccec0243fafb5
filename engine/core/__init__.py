"""The engine's parts, one concept a module, composed by TradingEngine (see docs/engine.md)."""
