"""Errors a new user meets, through the real `sigcopy` command: what is wrong, what to do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from engine.adapters.ccxt_errors import map_ccxt_error
from engine.errors import NetworkTrouble

# RFC 6761: names under .invalid never resolve, whatever the network.
NOWHERE = "https://sigcopy-test.invalid"


def _no_traceback(proc) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in proc.stdout + proc.stderr


def test_run_when_exchange_host_does_not_resolve_then_says_cannot_resolve(run_cli):
    proc = run_cli(
        "run", stdin="/quit\n", PAPER_PRICE_SOURCE="exchange", EXCHANGE_API_BASE_URL=NOWHERE
    )
    assert proc.returncode == 1
    _no_traceback(proc)
    assert "cannot resolve sigcopy-test.invalid: check your connection or proxy" in proc.stderr
    assert "maintenance" not in proc.stderr


def test_map_ccxt_error_when_dns_failure_in_cause_then_network_trouble_naming_host():
    import socket

    import ccxt.async_support as ccxt

    try:
        try:
            raise socket.gaierror(-2, "Name or service not known")
        except socket.gaierror as dns:
            raise ccxt.ExchangeNotAvailable("mexc GET https://api.mexc.com/api/v3/ping") from dns
    except ccxt.ExchangeNotAvailable as exc:
        mapped = map_ccxt_error(exc, exchange_id="mexc", action="load markets")
    assert isinstance(mapped, NetworkTrouble)
    assert mapped.user_message().startswith("cannot resolve api.mexc.com: check your connection")


def test_map_ccxt_error_when_maintenance_without_dns_cause_then_still_maintenance():
    import ccxt.async_support as ccxt

    mapped = map_ccxt_error(
        ccxt.OnMaintenance("mexc GET https://api.mexc.com/x"), exchange_id="mexc"
    )
    assert "maintenance" in mapped.user_message() and "resolve" not in mapped.user_message()


@pytest.mark.parametrize("how", ["under_a_file", "read_only"])
def test_run_when_data_dir_not_writable_then_plain_message_no_traceback(
    run_cli, tmp_path: Path, how: str
):
    if how == "under_a_file":
        (tmp_path / "afile").write_text("x")
        data_dir = tmp_path / "afile" / "data"
    else:
        if os.geteuid() == 0:
            pytest.skip("root writes through any permission bits (under_a_file covers it)")
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        data_dir = ro / "data"
    proc = run_cli("run", stdin="/quit\n", DATA_DIR=str(data_dir))
    assert proc.returncode == 1
    _no_traceback(proc)
    assert f"DATA_DIR {data_dir}/ is not writable: " in proc.stderr
    assert "set DATA_DIR to a writable folder" in proc.stderr


def test_run_when_env_file_has_misspelt_setting_then_names_it_and_fails(run_cli, tmp_path: Path):
    (tmp_path / ".env").write_text("TRADING_MODE=paper\nMAX_LEVRAGE=5\n")
    (tmp_path / ".env").chmod(0o600)
    proc = run_cli("run", stdin="/quit\n")
    assert proc.returncode != 0
    _no_traceback(proc)
    assert "unknown setting MAX_LEVRAGE (did you mean MAX_LEVERAGE?)" in proc.stderr
    assert not (tmp_path / "data").exists()  # nothing was started


def test_run_when_environment_has_misspelt_setting_then_names_it_and_fails(run_cli):
    proc = run_cli("run", stdin="/quit\n", TELEGRAM_ADMIN_ID="1")
    assert proc.returncode != 0
    _no_traceback(proc)
    assert "unknown setting TELEGRAM_ADMIN_ID (did you mean TELEGRAM_ADMIN_IDS?)" in proc.stderr


def test_run_when_environment_has_unrelated_variables_then_they_are_ignored(run_cli):
    proc = run_cli("run", stdin="/quit\n", EDITOR="vi", MY_APP_TOKEN="x")
    assert proc.returncode == 0, proc.stderr
    assert "unknown setting" not in proc.stderr


async def test_retry_read_when_host_does_not_resolve_then_fails_at_once_without_retries():
    import socket

    import ccxt.async_support as ccxt

    from engine.adapters.ccxt_retry import RetryPolicy, retry_read

    calls: list[str] = []
    waits: list[float] = []

    async def no_sleep(seconds: float) -> None:
        waits.append(seconds)

    async def dns_failure() -> None:
        calls.append("dns")
        try:
            raise socket.gaierror(-3, "Temporary failure in name resolution")
        except socket.gaierror as dns:
            raise ccxt.ExchangeNotAvailable("mexc GET https://api.mexc.com/x") from dns

    async def outage() -> None:
        calls.append("outage")
        raise ccxt.ExchangeNotAvailable("mexc GET https://api.mexc.com/x 503")

    policy = RetryPolicy(attempts=4, sleep=no_sleep)
    with pytest.raises(ccxt.ExchangeNotAvailable):
        await retry_read(dns_failure, policy)
    assert calls == ["dns"] and waits == []
    with pytest.raises(ccxt.ExchangeNotAvailable):
        await retry_read(outage, policy)
    assert calls.count("outage") == 4 and len(waits) == 3  # a real outage is still retried
