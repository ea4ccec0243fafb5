"""Typos in setting names: a misspelt name would otherwise be silently ignored."""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from pathlib import Path

from pydantic_settings import BaseSettings

# An environment variable is only ours when it is this close to a setting's name: the
# environment also holds every other program's variables (PATH, HOME, ...).
_ENV_CUTOFF = 0.85


def setting_names(settings: type[BaseSettings]) -> list[str]:
    """Every name sigcopy reads, the nested risk and live settings included. `settings`: the
    Settings class (config/settings.py; passed in, as that module calls this one: no import
    circle)."""
    names: list[str] = []
    for name, field in settings.model_fields.items():
        sub = field.annotation
        if isinstance(sub, type) and issubclass(sub, BaseSettings):
            names.extend(sub.model_fields)
        else:
            names.append(name)
    return names


def _env_file_keys(path: str | os.PathLike[str] | None) -> list[str]:
    if path is None or not Path(path).is_file():
        return []
    from dotenv import dotenv_values

    try:
        return [k for k in dotenv_values(path) if k]
    except (OSError, UnicodeDecodeError):
        return []  # unreadable: pydantic-settings reports it


def _describe(name: str, known: list[str], where: str) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if not close:
        close = [k for k in known if k.lower() == name.lower()]
    hint = f" (did you mean {close[0]}?)" if close else ""
    return f"unknown setting {name}{hint} in {where}"


def unknown_settings(
    settings: type[BaseSettings],
    env_file: str | os.PathLike[str] | None = ".env",
    environ: Mapping[str, str] | None = None,
) -> list[str]:
    """One message per name in the .env file that `settings` (the Settings class) does not
    know, and per environment variable that looks like a misspelt setting; [] when all is well."""
    known = setting_names(settings)
    known_set = set(known)
    out = [
        _describe(k, known, str(env_file)) for k in _env_file_keys(env_file) if k not in known_set
    ]
    env = os.environ if environ is None else environ
    for name in sorted(env):
        if name in known_set:
            continue
        if difflib.get_close_matches(name, known, n=1, cutoff=_ENV_CUTOFF):
            out.append(_describe(name, known, "the environment"))
    return out
