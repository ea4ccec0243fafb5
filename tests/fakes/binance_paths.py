"""The fake Binance USD-M's API path prefixes, shared by its parts."""

F1, F2, F3 = "/fapi/v1", "/fapi/v2", "/fapi/v3"
