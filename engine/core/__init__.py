"""The engine's services, one concept a module, stacked into TradingEngine."""
