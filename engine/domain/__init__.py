"""Pure domain: signals, markets, orders, trades, risk, sizing. No I/O."""
