"""`sigcopy doctor`'s checks of Telegram: the bot token (getMe) and the user-account session.

Errors from the HTTP client, whose text may carry the URL with the token, are reported by type
only."""

from __future__ import annotations

from config import Settings
from engine.doctor_report import FAIL, OK, WARN, Check

TELEGRAM_API = "https://api.telegram.org"


async def check_telegram(settings: Settings) -> list[Check]:
    """The bot token: getMe answers with the bot's name."""
    import httpx

    if settings.TELEGRAM_BOT_TOKEN is None:
        return [Check(OK, "telegram", "no token: `sigcopy run` starts the terminal console")]
    token = settings.TELEGRAM_BOT_TOKEN.get_secret_value()
    base = (settings.TELEGRAM_API_BASE_URL or TELEGRAM_API).rstrip("/")
    try:
        async with httpx.AsyncClient(timeout=10) as client:
            resp = await client.get(f"{base}/bot{token}/getMe")
    except httpx.HTTPError as exc:
        # The exception text may hold the URL, and the URL holds the token: type only.
        return [
            Check(
                FAIL,
                "telegram",
                f"cannot reach {base} ({type(exc).__name__})",
                "Check the network, or TELEGRAM_API_BASE_URL.",
            )
        ]
    if resp.status_code in (401, 404):
        return [
            Check(
                FAIL,
                "telegram",
                "the bot token was rejected",
                "Copy TELEGRAM_BOT_TOKEN again from @BotFather.",
            )
        ]
    try:
        me = resp.json().get("result") or {}
    except ValueError:
        me = {}
    if resp.status_code != 200 or not me:
        return [
            Check(
                FAIL,
                "telegram",
                f"getMe answered HTTP {resp.status_code}",
                "Check TELEGRAM_API_BASE_URL, or try again later.",
            )
        ]
    out = [Check(OK, "telegram", f"token valid: @{me.get('username', '?')}")]
    if not settings.TELEGRAM_ADMIN_IDS:
        out.append(
            Check(
                WARN,
                "telegram admins",
                "TELEGRAM_ADMIN_IDS is empty: nobody may control the bot",
                "Set your Telegram user id in TELEGRAM_ADMIN_IDS.",
            )
        )
    return out


def check_telegram_session(settings: Settings) -> list[Check]:
    """The user-account session file (issue 17): owner-only, like the .env file."""
    from config.session_file import session_file_problem, session_path

    if not settings.TELEGRAM_API_ID:
        return []
    problem = session_file_problem(settings)
    if problem is not None:
        return [Check(FAIL, "telegram session", problem, "It lets anyone read as your account.")]
    if settings.TELEGRAM_SESSION is None and not session_path(settings).exists():
        return [Check(WARN, "telegram session", "not signed in", "Run `sigcopy login`.")]
    return [Check(OK, "telegram session", "owner-only")]
