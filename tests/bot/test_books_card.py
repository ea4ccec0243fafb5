"""Several books through the bot: the card shows each book's decision; an approval trades the
signal in each book that accepts it, and the edited card says what each did."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.app import TelegramFront
from bot.runner import build_parser
from config.settings import BookConfig
from engine.books import BookSet, build_engine
from tests.bot.conftest import ADMIN, SIGNAL, make_settings
from tests.fakes.fake_telegram import FakeTelegram

TINY = {"name": "tiny", "mode": "paper", "risk": {"MAX_POSITION_SIZE_PCT": 0.0000001}}


@asynccontextmanager
async def _front(
    tmp_path: Path, tg: FakeTelegram, copy_to: dict[str, Any]
) -> AsyncIterator[BookSet]:
    """The paper book and one copied-to book, started, behind the real bot front."""
    settings = make_settings(tmp_path / "data", tg)
    settings = settings.model_copy(update={"COPY_TO": [BookConfig.model_validate(copy_to)]})
    engine = build_engine(settings)
    assert isinstance(engine, BookSet)
    await engine.start()
    front = TelegramFront(settings, engine, build_parser(settings))
    await front.start(poll_timeout=5)
    try:
        yield engine
    finally:
        await front.stop()
        await engine.aclose()


async def _card(tg: FakeTelegram) -> Any:
    """The admin forwards the signal; the card with its buttons."""
    mark = tg.mark()
    tg.push_forward(ADMIN, SIGNAL)
    return await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)


async def _approve(tg: FakeTelegram, card: Any) -> Any:
    """The admin taps Approve; the card's edit."""
    approve = next(b for b in card.buttons if b["text"] == "✅ Approve")
    mark = tg.mark()
    tg.push_callback(ADMIN, card, approve["callback_data"])
    return await tg.wait_for("editMessageText", after=mark)


async def test_approve_when_copied_to_two_books_then_card_shows_both_and_each_decides(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    async with _front(tmp_path, tg, TINY) as engine:
        card = await _card(tg)
        assert "Books:" in card["text"]
        assert "✅ paper" in card["text"]
        # Too small a size for the market's minimum: this book refuses, with its reason.
        assert "⛔ tiny: quantity" in card["text"]
        edit = await _approve(tg, card)
        assert "[paper] ✅ Executed" in edit["text"]
        assert "[tiny] ⛔ Not executed" in edit["text"]
        stats = engine.get_stats()["books"]
        assert stats["paper"]["open_positions"] == 1 and stats["tiny"]["open_positions"] == 0
        assert stats["tiny"]["signals_refused"] == 1


SHADOW = {"name": "shadow", "mode": "paper", "risk": {"MAX_POSITION_SIZE_PCT": 0.05}}


async def test_positions_when_several_books_hold_positions_then_each_line_is_under_its_book(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    async with _front(tmp_path, tg, SHADOW) as engine:
        await _approve(tg, await _card(tg))
        assert {p["book"] for p in engine.positions()} == {"paper", "shadow"}
        mark = tg.mark()
        tg.push_command(ADMIN, "/positions")
        reply = await tg.wait_for(
            "sendMessage", lambda c: "Open positions" in c["text"], after=mark
        )
        lines = reply["text"].splitlines()
        assert lines[0] == "📂 Open positions · 2 books"
        # Each book's header, then that book's own position line under it (sizes differ).
        at = {name: lines.index(f"Book {name}:") for name in ("paper", "shadow")}
        paper_line, shadow_line = lines[at["paper"] + 1], lines[at["shadow"] + 1]
        assert paper_line.startswith("• LONG") and shadow_line.startswith("• LONG")
        assert paper_line != shadow_line


async def test_start_when_a_copied_to_book_cannot_start_then_the_admin_is_told_and_paper_trades(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    settings = make_settings(tmp_path / "data", tg)
    broken = BookConfig.model_validate({"name": "broken", "mode": "paper"})
    settings = settings.model_copy(update={"COPY_TO": [broken]})
    # The copied-to book's database is not a database (a disk error, a stray file).
    folder = tmp_path / "data" / "books" / "broken"
    folder.mkdir(parents=True)
    (folder / "sigcopy.db").write_bytes(b"this is not a database" * 100)
    engine = build_engine(settings)
    assert isinstance(engine, BookSet)
    await engine.start()  # the main book starts; the broken one is marked down
    assert engine.books == ["paper"] and list(engine.down) == ["broken"]
    front = TelegramFront(settings, engine, build_parser(settings))
    mark = tg.mark()
    await front.start(poll_timeout=5)
    try:
        alert = await tg.wait_for(
            "sendMessage", lambda c: "Book broken is down" in c["text"], after=mark
        )
        assert alert["chat_id"] == ADMIN and "COPY_TO" in alert["text"]
        assert "database" in alert["text"]  # why
        card = await _card(tg)
        assert "✅ paper" in card["text"] and "⛔ broken: down: it could not start" in card["text"]
        edit = await _approve(tg, card)
        assert "[paper] ✅ Executed" in edit["text"]
        assert engine.get_stats()["books"]["paper"]["open_positions"] == 1
    finally:
        await front.stop()
        await engine.aclose()
