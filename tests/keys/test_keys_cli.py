"""`sigcopy keys add | list | test | rotate | remove` against the fake exchanges, real ccxt."""

from __future__ import annotations

import asyncio
import io
import json
import stat
from pathlib import Path

import pytest

from engine.clock import SimulatedClock
from engine.keys import cli as keys_cli
from engine.keys.crypto import Unlock
from engine.keys.store import KeyStore
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.server import FakeExchangeServer
from tests.keys.conftest import (
    DAY,
    KEY_A,
    KEY_B,
    PASSPHRASE,
    SECRET_A,
    SECRET_B,
    MemoryKeyring,
    keys_settings,
    leaks,
    run_keys,
)

A_IN = f"{KEY_A}\n{SECRET_A}\n"
B_IN = f"{KEY_B}\n{SECRET_B}\n"


def _store(tmp: Path) -> Path:
    return tmp / "data" / "keys.enc"


def _decrypted(path: Path, passphrase: str = PASSPHRASE) -> list[dict[str, object]]:
    store = KeyStore(path, Unlock("passphrase", lambda _c: passphrase))
    return [e.to_json() for e in store.read()]


async def test_add_when_key_valid_then_stored_encrypted_private_and_listed_masked(
    fake: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock
) -> None:
    name = fake.name  # type: ignore[attr-defined]
    settings = keys_settings(fake, name, tmp_path)
    r = await run_keys(["add"], settings, clock, A_IN)
    assert r.code == 0, r.text
    assert f"Stored {name}/default (AKEY…aaaa)" in r.out
    path = _store(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert KEY_A.encode() not in raw and SECRET_A.encode() not in raw
    doc = json.loads(raw)
    assert set(doc) == {"format", "version", "protector", "kdf", "ciphertext"}
    assert name not in json.dumps({k: v for k, v in doc.items() if k != "ciphertext"})
    (entry,) = _decrypted(path)
    assert (entry["api_key"], entry["secret"], entry["exchange"]) == (KEY_A, SECRET_A, name)
    assert set(fake.keys_used()) == {KEY_A}  # tried on the exchange first
    clock.advance(3 * DAY)
    r = await run_keys(["list"], settings, clock)
    assert r.code == 0, r.text
    header, row = r.out.splitlines()
    assert header.split() == ["EXCHANGE", "LABEL", "KEY", "PERMISSIONS", "AGE", "LAST", "USE"]
    perms = "read,futures,ip-restricted" if name == "binanceusdm" else "not reported"
    assert row.split()[:3] == [name, "default", "AKEY…aaaa"] and f"  {perms}" in row
    assert row.split()[-3:] == ["3d", "3d", "ago"], row
    assert leaks(r.text) == []


async def test_add_when_binance_key_may_withdraw_then_refused_and_nothing_stored(
    fake_binance: FakeBinance, tmp_path: Path, clock: SimulatedClock
) -> None:
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    fake_binance.api_restrictions["enableWithdrawals"] = True
    settings = keys_settings(fake_binance, "binanceusdm", tmp_path)
    r = await run_keys(["add"], settings, clock, A_IN)
    assert r.code == 1
    assert "may withdraw" in r.err and "Enable Withdrawals" in r.err
    assert not _store(tmp_path).exists()
    assert leaks(r.text) == []


async def test_add_when_binance_key_lacks_futures_and_ip_restriction_then_stored_with_warnings(
    fake_binance: FakeBinance, tmp_path: Path, clock: SimulatedClock
) -> None:
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    fake_binance.api_restrictions.update(enableFutures=False, ipRestrict=False)
    settings = keys_settings(fake_binance, "binanceusdm", tmp_path)
    r = await run_keys(["add"], settings, clock, A_IN)
    assert r.code == 0, r.text
    assert "enableFutures=false" in r.err and "ipRestrict=false" in r.err
    r = await run_keys(["list"], settings, clock)
    assert "read,any-ip" in r.out


async def test_add_when_mexc_then_warned_to_check_permissions_by_hand(
    fake_mexc: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock
) -> None:
    fake_mexc.api_key, fake_mexc.secret = KEY_A, SECRET_A
    settings = keys_settings(fake_mexc, "mexc", tmp_path)
    r = await run_keys(["add"], settings, clock, A_IN)
    assert r.code == 0, r.text
    assert "API Management" in r.err and "withdrawal is not ticked" in r.err
    assert "AKEY…aaaa" in r.err and KEY_A not in r.err


@pytest.mark.parametrize("echo", [False, True])
async def test_add_when_exchange_rejects_key_then_refused_nothing_stored_no_key_shown(
    fake: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock, echo: bool
) -> None:
    name = fake.name  # type: ignore[attr-defined]
    fake.echo_key_in_errors = echo  # the exchange repeats the refused key in its error
    settings = keys_settings(fake, name, tmp_path)
    unknown_key, unknown_secret = "ZKEYzzzz-unknown-4c2e-zzzz", "ZSECRETzzzz-unknown-zzzz"
    r = await run_keys(["add"], settings, clock, f"{unknown_key}\n{unknown_secret}\n")
    assert r.code == 1
    assert f"{name} refused this key" in r.err and "Nothing was stored" in r.err
    assert unknown_key not in r.text and unknown_secret not in r.text
    assert not _store(tmp_path).exists()


async def test_add_when_label_already_stored_then_refused_and_rotate_suggested(
    fake_binance: FakeBinance, tmp_path: Path, clock: SimulatedClock
) -> None:
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    settings = keys_settings(fake_binance, "binanceusdm", tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    before = _store(tmp_path).read_bytes()
    r = await run_keys(["add"], settings, clock, A_IN)
    assert r.code == 1 and "keys rotate" in r.err
    assert _store(tmp_path).read_bytes() == before
    r = await run_keys(["add", "--label", "second"], settings, clock, A_IN)
    assert r.code == 0, r.text
    assert [e["label"] for e in _decrypted(_store(tmp_path))] == ["default", "second"]


async def test_list_when_passphrase_wrong_then_clear_error_and_store_unchanged(
    fake_binance: FakeBinance, tmp_path: Path, clock: SimulatedClock
) -> None:
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    settings = keys_settings(fake_binance, "binanceusdm", tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    before = _store(tmp_path).read_bytes()
    wrong = keys_settings(fake_binance, "binanceusdm", tmp_path, passphrase="not the passphrase")
    for argv, stdin in ((["list"], ""), (["rotate"], B_IN), (["remove"], "")):
        r = await run_keys(argv, wrong, clock, stdin)
        assert r.code == 1, argv
        assert "wrong passphrase" in r.err and "Traceback" not in r.err
        assert leaks(r.text) == [] and "not the passphrase" not in r.text
    assert _store(tmp_path).read_bytes() == before


async def test_keys_when_no_passphrase_and_no_terminal_then_told_to_set_it(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    settings = keys_settings(None, "binanceusdm", tmp_path, passphrase=None)
    r = await run_keys(["add"], settings, clock, A_IN)  # no store yet: a passphrase is needed
    assert r.code == 1 and "SIGCOPY_KEYS_PASSPHRASE" in r.err
    assert not _store(tmp_path).exists()


async def test_add_when_os_keyring_available_then_store_key_kept_there_not_a_passphrase(
    fake_binance: FakeBinance,
    tmp_path: Path,
    clock: SimulatedClock,
    memory_keyring: MemoryKeyring,
) -> None:
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    settings = keys_settings(fake_binance, "binanceusdm", tmp_path, passphrase=None)
    r = await run_keys(["add"], settings, clock, A_IN)
    assert r.code == 0, r.text
    doc = json.loads(_store(tmp_path).read_text())
    assert doc["protector"] == "keyring" and "kdf" not in doc
    ((service, name),) = memory_keyring.items
    assert service == "sigcopy" and name == doc["keyring"]["name"]
    assert "AKEY…aaaa" in (await run_keys(["list"], settings, clock)).out
    memory_keyring.items.clear()  # the keyring lost the store's key
    r = await run_keys(["list"], settings, clock)
    assert r.code == 1 and "not in the OS keyring" in r.err


async def test_rotate_when_new_key_valid_then_replaced_old_gone_and_age_restarts(
    fake: FakeExchangeServer, tmp_path: Path, clock: SimulatedClock
) -> None:
    name = fake.name  # type: ignore[attr-defined]
    settings = keys_settings(fake, name, tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    clock.advance(100 * DAY)
    r = await run_keys(["list"], settings, clock)
    assert "100d" in r.out and "reminder:" in r.err and "100 days old" in r.err
    fake.signers.clear()
    r = await run_keys(["rotate"], settings, clock, B_IN)
    assert r.code == 0, r.text
    assert "Rotated" in r.out and "AKEY…aaaa -> BKEY…bbbb" in r.out
    assert set(fake.keys_used()) == {KEY_B}  # the new key was tried before being stored
    raw = _store(tmp_path).read_bytes()
    assert KEY_A.encode() not in raw and KEY_B.encode() not in raw
    assert stat.S_IMODE(_store(tmp_path).stat().st_mode) == 0o600  # rewritten, still private
    ((entry),) = _decrypted(_store(tmp_path))
    assert (entry["api_key"], entry["secret"]) == (KEY_B, SECRET_B)
    r = await run_keys(["list"], settings, clock)
    assert "BKEY…bbbb" in r.out and "AKEY" not in r.out and "reminder" not in r.err
    assert leaks(r.text) == []


async def test_rotate_when_new_key_refused_or_may_withdraw_then_old_key_kept(
    fake_binance: FakeBinance, tmp_path: Path, clock: SimulatedClock
) -> None:
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    settings = keys_settings(fake_binance, "binanceusdm", tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    before = _store(tmp_path).read_bytes()
    r = await run_keys(["rotate"], settings, clock, B_IN)  # the fake does not know key B
    assert r.code == 1 and "refused this key" in r.err
    r2 = await run_keys(["rotate"], settings, clock, A_IN)
    assert r2.code == 1 and "already stored" in r2.err
    fake_binance.other_keys = {KEY_B: SECRET_B}
    fake_binance.api_restrictions["enableWithdrawals"] = True  # the new key may withdraw
    r3 = await run_keys(["rotate"], settings, clock, B_IN)
    assert r3.code == 1 and "may withdraw" in r3.err
    assert _store(tmp_path).read_bytes() == before
    assert _decrypted(_store(tmp_path))[0]["api_key"] == KEY_A
    assert leaks(r.text + r2.text + r3.text) == []


async def test_test_when_key_still_valid_then_last_use_updated(
    fake_binance: FakeBinance, tmp_path: Path, clock: SimulatedClock
) -> None:
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    settings = keys_settings(fake_binance, "binanceusdm", tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    clock.advance(5 * DAY)
    assert (await run_keys(["list"], settings, clock)).out.rstrip().endswith("5d ago")
    r = await run_keys(["test"], settings, clock)
    assert r.code == 0 and "accepts the key" in r.out, r.text
    assert (await run_keys(["list"], settings, clock)).out.rstrip().endswith("today")
    fake_binance.api_restrictions["enableWithdrawals"] = True  # someone changed the key
    r = await run_keys(["test"], settings, clock)
    assert r.code == 1 and "may withdraw" in r.err


async def test_remove_when_stored_then_gone_and_unknown_label_explained(
    fake_binance: FakeBinance, tmp_path: Path, clock: SimulatedClock
) -> None:
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    settings = keys_settings(fake_binance, "binanceusdm", tmp_path)
    assert (await run_keys(["add"], settings, clock, A_IN)).code == 0
    r = await run_keys(["remove", "--label", "nope"], settings, clock)
    assert r.code == 1 and "No key binanceusdm/nope" in r.err and "binanceusdm/default" in r.err
    r = await run_keys(["remove"], settings, clock)
    assert r.code == 0 and "Removed binanceusdm/default (AKEY…aaaa)" in r.out
    assert _decrypted(_store(tmp_path)) == []
    assert KEY_A.encode() not in _store(tmp_path).read_bytes()
    assert "No keys stored" in (await run_keys(["list"], settings, clock)).out


def test_sigcopy_keys_when_run_from_the_main_cli_then_dispatched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from engine.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SIGCOPY_KEYS_PASSPHRASE", PASSPHRASE)
    assert main(["keys", "list"]) == 0
    assert "No keys stored" in capsys.readouterr().out
    assert main(["--help"]) == 0
    assert "keys ..." in capsys.readouterr().out


async def test_add_from_env_when_env_holds_the_key_then_it_is_moved_into_the_store(
    fake_binance: FakeBinance, tmp_path: Path, clock: SimulatedClock
) -> None:
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    settings = keys_settings(
        fake_binance, "binanceusdm", tmp_path, EXCHANGE_API_KEY=KEY_A, EXCHANGE_API_SECRET=SECRET_A
    )
    r = await run_keys(["add", "--from-env"], settings, clock)
    assert r.code == 0, r.text
    assert "delete the exchange key and secret lines from .env" in r.out
    assert _decrypted(_store(tmp_path))[0]["api_key"] == KEY_A
    r = await run_keys(["add", "--from-env", "--exchange", "mexc"], settings, clock)
    assert r.code == 1 and "No mexc key in .env" in r.err
    assert leaks(r.text) == []


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


async def test_add_in_a_terminal_when_typed_at_hidden_prompts_then_stored(
    fake_binance: FakeBinance,
    tmp_path: Path,
    clock: SimulatedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No passphrase setting: it is asked twice (new store), then the key and the secret."""
    fake_binance.api_key, fake_binance.secret = KEY_A, SECRET_A
    settings = keys_settings(fake_binance, "binanceusdm", tmp_path, passphrase=None)
    answers = iter([PASSPHRASE, PASSPHRASE, KEY_A, SECRET_A])
    prompts: list[str] = []

    def typed(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", typed)
    out, err = io.StringIO(), io.StringIO()
    code = await asyncio.to_thread(
        keys_cli.main, ["add"], settings=settings, clock=clock, stdin=_Terminal(), out=out, err=err
    )
    assert code == 0, err.getvalue()
    assert prompts == [
        "Key store passphrase: ",
        "Same passphrase again: ",
        "API key: ",
        "API secret: ",
    ]
    assert _decrypted(_store(tmp_path))[0]["secret"] == SECRET_A
    mismatch = iter(["one passphrase", "another one"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(mismatch))
    (tmp_path / "data" / "keys.enc").unlink()
    code = await asyncio.to_thread(
        keys_cli.main, ["list"], settings=settings, clock=clock, stdin=_Terminal(), out=out, err=err
    )
    assert code == 0  # listing an absent store asks nothing
    code = await asyncio.to_thread(
        keys_cli.main, ["add"], settings=settings, clock=clock, stdin=_Terminal(), out=out, err=err
    )
    assert code == 1 and "passphrases differ" in err.getvalue()
    assert not _store(tmp_path).exists()


def test_settings_when_key_manager_setting_bad_then_named_with_its_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from config.settings import load_settings
    from engine.errors import ConfigError

    monkeypatch.setenv("KEYS_PROTECTOR", "vault")
    monkeypatch.setenv("KEY_MAX_AGE_DAYS", "0")
    with pytest.raises(ConfigError) as exc:
        load_settings(_env_file=None, EXCHANGE_API_PASSWORD=12345678)
    text = str(exc.value)
    assert "KEYS_PROTECTOR='vault'" in text and "KEY_MAX_AGE_DAYS='0'" in text
    monkeypatch.delenv("KEYS_PROTECTOR")
    monkeypatch.delenv("KEY_MAX_AGE_DAYS")
    with pytest.raises(ConfigError) as exc:
        load_settings(_env_file=None, EXCHANGE_API_PASSWORD=12345678)
    assert "EXCHANGE_API_PASSWORD=(hidden)" in str(exc.value) and "12345678" not in str(exc.value)
