"""Adapters: the only modules that touch ccxt, sqlite, files and the network."""
