"""The API key manager: exchange keys encrypted at rest, tried before use, rotated live."""
