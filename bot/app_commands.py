"""The admin's commands and inline buttons on Telegram: /help, /stats (with the equity curve
button), /positions (a Close button each), /close, /cancel, /pending, /halt (and its close-all
confirmation), /resume, and every button tap.

Handlers of the TelegramFront (bot/app.py), which registers them behind its Gate; buttons carry
opaque tokens bound to their message (TelegramFront._new_token, _bind, _take_token)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot.chart import equity_png
from bot.desk import CANCEL_USAGE, CLOSE_USAGE
from bot.desk_closes import CloseAllAsk
from bot.sending import answer, send, with_retry

if TYPE_CHECKING:
    from bot.front_parts import FrontParts

Ctx = ContextTypes.DEFAULT_TYPE
CLOSE_ALL = "close_all:"  # a /halt close button's payload: this, then what its question showed
# The commands in Telegram's menu (set_my_commands), in order.
COMMANDS: list[tuple[str, str]] = [
    ("start", "What this bot does, its mode and limits"),
    ("help", "How to use it"),
    ("stats", "Equity, PnL, win rate, open positions"),
    ("positions", "Open positions with unrealized PnL"),
    ("close", "Close a position: /close BTCUSDT [25%] [book]"),
    ("cancel", "Cancel entries not yet filled: /cancel BTCUSDT [book]"),
    ("pending", "Signals waiting for approval"),
    ("channels", "Channels: pause, resume, ask or copy automatically"),
    ("halt", "Stop new trades now (/halt close: also close all)"),
    ("resume", "Allow new trades again"),
]


async def on_callback(front: FrontParts, update: Update, context: Ctx) -> None:
    """Every inline button: data is an opaque id, never the trade itself."""
    query = update.callback_query
    assert query is not None
    prefix, _, arg = (query.data or "").partition(":")
    user_id = update.effective_user.id if update.effective_user else None
    if prefix in ("a", "r"):
        pid, _, version = arg.partition(":")
        await front.cards.decide(query, prefix == "a", pid, user_id, version)
    elif prefix == "s":  # a share of a partial close the post gave none for: "s:<id>:<v>:25"
        pid, version, pct = (arg.split(":") + ["", ""])[:3]
        share = int(pct) / 100 if pct.isdigit() else -1.0  # -1: refused by the desk
        await front.cards.decide(query, True, pid, user_id, version, share)
    elif prefix == "eq":
        await answer(query, "Drawing the equity curve…")
        capital = float(front.settings.risk.INITIAL_CAPITAL)
        png = await asyncio.to_thread(equity_png, list(front.engine.equity_curve()), capital)
        chat_id = query.message.chat.id if query.message else user_id
        if chat_id is not None:
            await with_retry(lambda: context.bot.send_photo(chat_id, png, caption="Equity curve"))
    elif prefix == "pc":
        symbol, why = front._take_token(arg, query)
        if symbol is None:
            await answer(query, why or "This button has expired: use /positions again.")
            return
        symbol, _, book = symbol.partition(" ")  # "BTC/USDT:USDT copy": that book's position
        await answer(query, f"Closing {symbol}…")
        text = await front.desk.close_symbol(symbol, [book] if book else [])
        await _reply_to_query(front, query, text)
    elif prefix == "ch":
        await front.panel.tap(query, arg)
    elif prefix == "hc":
        payload, why = front._take_token(arg, query)
        if payload is None:
            await answer(query, why or "This button has expired: send /halt close again.")
            return
        await answer(query, "Closing what the question showed…")
        done = await front.desk.close_all(payload.removeprefix(CLOSE_ALL))
        await _reply_to_query(front, query, done.text)
        if done.again is not None:  # what opened since the question: asked, never closed unseen
            await _ask_close_all(front, _chat_of(query), done.again)
    else:
        await answer(query, "Unknown button.")


def _chat_of(query: Any) -> int:
    """The chat a button was tapped in."""
    return int(query.message.chat.id if query.message else query.from_user.id)


async def _reply_to_query(front: FrontParts, query: Any, text: str) -> None:
    await send(front.app.bot, _chat_of(query), text)


async def cmd_help(front: FrontParts, update: Update, context: Ctx) -> None:
    """/start and /help."""
    await _answer(front, update, front.desk.help_text())


async def cmd_stats(front: FrontParts, update: Update, context: Ctx) -> None:
    """/stats, with a button for the equity curve."""
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("📈 Equity curve", callback_data="eq")]])
    await _answer(front, update, front.desk.stats_text(), markup)


async def cmd_positions(front: FrontParts, update: Update, context: Ctx) -> None:
    """/positions, one Close button each: with several books (COPY_TO), each closes the
    position of its own book only, and says which."""
    positions = front.desk.positions()
    several = len(getattr(front.engine, "books", None) or ()) > 1
    rows, tokens = [], []
    for p in positions[:20]:
        book = str(p.get("book") or "") if several else ""
        token = front._new_token(f"{p.get('symbol')} {book}".strip())
        tokens.append(token)
        label = f"Close {p.get('side', '')} {p.get('symbol')}".strip() + (f" · {book}" * bool(book))
        rows.append([InlineKeyboardButton(label, callback_data=f"pc:{token}")])
    markup = InlineKeyboardMarkup(rows) if rows else None
    front._bind(tokens, await _answer(front, update, front.desk.positions_text(), markup))


async def cmd_close(front: FrontParts, update: Update, context: Ctx) -> None:
    """/close SYMBOL [share] [BOOK ...] (that share; in those books, else in all)."""
    args = context.args or []
    if not args:
        await _answer(front, update, CLOSE_USAGE)
        return
    await _answer(front, update, await front.desk.close_symbol(args[0].upper(), args[1:]))


async def cmd_cancel(front: FrontParts, update: Update, context: Ctx) -> None:
    """/cancel SYMBOL [BOOK ...]: its entries not yet filled, in those books (else in all)."""
    args = context.args or []
    if not args:
        await _answer(front, update, CANCEL_USAGE)
        return
    await _answer(front, update, await front.desk.cancel_symbol(args[0].upper(), args[1:]))


async def cmd_pending(front: FrontParts, update: Update, context: Ctx) -> None:
    """/pending."""
    await _answer(front, update, front.desk.pending_text())


async def cmd_halt(front: FrontParts, update: Update, context: Ctx) -> None:
    """/halt, or /halt close (after a confirm button)."""
    user = update.effective_user
    who = f"@{user.username}" if user and user.username else str(user.id if user else "?")
    text = front.desk.halt(f"/halt by {who}")
    await _answer(front, update, text)
    chat = update.effective_chat
    if [a.lower() for a in (context.args or [])][:1] == ["close"] and chat is not None:
        await _ask_close_all(front, chat.id, front.desk.close_all_question())


async def _ask_close_all(front: FrontParts, chat_id: int, ask: CloseAllAsk) -> None:
    """/halt close's question with its one-time button, which carries exactly what it shows."""
    token = front._new_token(CLOSE_ALL + ask.shown)
    button = InlineKeyboardButton(ask.label, callback_data=f"hc:{token}")
    front._bind(
        [token], await send(front.app.bot, chat_id, ask.question, InlineKeyboardMarkup([[button]]))
    )


async def cmd_resume(front: FrontParts, update: Update, context: Ctx) -> None:
    """/resume."""
    await _answer(front, update, front.desk.resume())


async def _answer(
    front: FrontParts, update: Update, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    chat = update.effective_chat
    if chat is None:
        return None
    return await send(front.app.bot, chat.id, text, markup)
