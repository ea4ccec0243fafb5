"""`sigcopy login` and `sigcopy channels` (issue 17.1), tested at Telethon's method boundary: a
TelegramClient subclass answers connect/get_me/send_code_request/sign_in/get_dialogs as the
server would (telethon/client/auth.py `_start` runs for real: phone, code, two-step password)."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from telethon import TelegramClient, errors
from telethon.tl import custom, types

from bot.listen_cli import main
from engine.doctor import check_telegram_session
from engine.errors import ConfigError

PHONE = "+447700900123"
CODE = "12345"
PASSWORD = "correct horse"
ME = types.User(id=501, first_name="Trader", username="trader", phone=PHONE[1:], access_hash=9)


class ServerClient(TelegramClient):  # type: ignore[misc]
    """The client's network methods, answered like Telegram; everything else is Telethon's."""

    two_step = True
    calls: list[tuple[str, Any]] = []

    async def connect(self) -> None:
        self.calls.append(("connect", None))
        self._signed = getattr(self, "_signed", False)

    def is_connected(self) -> bool:
        return hasattr(self, "_signed")

    async def disconnect(self) -> None:
        self.calls.append(("disconnect", None))

    async def get_me(self, input_peer: bool = False) -> Any:
        return ME if getattr(self, "_signed", False) else None

    async def is_user_authorized(self) -> bool:
        return getattr(self, "_signed", False)

    async def send_code_request(self, phone: str, *, force_sms: bool = False) -> Any:
        self.calls.append(("send_code_request", phone))

    async def sign_in(
        self, phone: Any = None, code: Any = None, *, password: Any = None, **kw: Any
    ) -> Any:  # type: ignore[override]
        self.calls.append(("sign_in", code or "password"))
        if code is not None:
            if code != CODE:
                raise errors.PhoneCodeInvalidError(request=None)
            if self.two_step:
                raise errors.SessionPasswordNeededError(request=None)
        elif password != PASSWORD:
            raise errors.PasswordHashInvalidError(request=None)
        self._signed = True
        return ME

    async def get_dialogs(self, *a: Any, **kw: Any) -> Any:
        self.calls.append(("get_dialogs", None))
        chats = [
            types.Channel(
                id=1234567890,
                title="Whale Calls",
                photo=types.ChatPhotoEmpty(),
                date=None,
                broadcast=True,
                access_hash=1,
            ),
            types.Channel(
                id=2222222222,
                title="Paid Group",
                photo=types.ChatPhotoEmpty(),
                date=None,
                megagroup=True,
                access_hash=2,
            ),
        ]
        people = [types.User(id=77, first_name="Mum", access_hash=3)]
        peers = [types.PeerChannel(1234567890), types.PeerChannel(2222222222), types.PeerUser(77)]
        entities = {-1001234567890: chats[0], -1002222222222: chats[1], 77: people[0]}
        return [custom.Dialog(self, _dialog(p), entities, None) for p in peers]


def _dialog(peer: Any) -> Any:
    return types.Dialog(
        peer=peer,
        top_message=0,
        read_inbox_max_id=0,
        read_outbox_max_id=0,
        unread_count=0,
        unread_mentions_count=0,
        unread_reactions_count=0,
        unread_poll_votes_count=0,
        notify_settings=types.PeerNotifySettings(),
    )


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TELEGRAM_API_ID", "12345")
    monkeypatch.setenv("TELEGRAM_API_HASH", "0123456789abcdef0123456789abcdef")
    monkeypatch.delenv("TELEGRAM_SESSION", raising=False)
    ServerClient.calls = []
    ServerClient.two_step = True
    return tmp_path / "data" / "telegram.session"


def test_login_when_code_and_two_step_password_then_signed_in_and_session_owner_only(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter([PHONE, "99999", CODE])  # a wrong code first: asked again
    secrets = iter(["wrong", PASSWORD])
    rc = main(
        ["login"],
        client_cls=ServerClient,
        ask=lambda _: next(answers),
        ask_secret=lambda _: next(secrets),
    )
    assert rc == 0
    assert ("send_code_request", PHONE[1:]) in ServerClient.calls  # Telethon drops the +
    assert [c for c in ServerClient.calls if c[0] == "sign_in"] == [
        ("sign_in", "99999"),
        ("sign_in", CODE),
        ("sign_in", "password"),
        ("sign_in", "password"),
    ]
    out = capsys.readouterr().out
    assert "Signed in as Trader (@trader)" in out and PASSWORD not in out
    assert env.exists() and stat.S_IMODE(env.stat().st_mode) == 0o600


def test_login_when_api_id_missing_then_config_error_says_where(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TELEGRAM_API_ID")
    with pytest.raises(ConfigError) as exc:
        main(["login"], client_cls=ServerClient)
    assert "my.telegram.org" in exc.value.user_message() and not ServerClient.calls


def test_channels_when_signed_in_then_channels_and_groups_with_ids(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    class Signed(ServerClient):
        _signed = True

    assert main(["channels"], client_cls=Signed) == 0
    out = capsys.readouterr().out
    assert "channel" in out and "-1001234567890" in out and "Whale Calls" in out
    assert "group" in out and "-1002222222222" in out and "Paid Group" in out
    assert "Mum" not in out


def test_channels_when_not_signed_in_then_says_login(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["channels"], client_cls=ServerClient) == 1
    assert "sigcopy login" in capsys.readouterr().err
    assert ("get_dialogs", None) not in ServerClient.calls


def test_doctor_when_session_file_readable_by_others_then_fail(env: Path) -> None:
    from config import load_settings

    settings = load_settings()
    assert check_telegram_session(settings)[0].status == "WARN"  # not signed in yet
    env.parent.mkdir(parents=True)
    env.write_bytes(b"x")
    env.chmod(0o644)
    bad = check_telegram_session(settings)[0]
    assert bad.status == "FAIL" and "chmod 600" in bad.detail
    env.chmod(0o600)
    assert check_telegram_session(settings)[0].status == "OK"
