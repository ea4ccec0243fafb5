"""The terminal console: the same desk and cards as Telegram, driven by stdin.

Paste a signal and end it with an empty line; answer y/n to the card; /stats, /positions,
/pending, /close SYMBOL [share] [BOOK], /cancel SYMBOL [BOOK], /halt, /resume, /help, /quit.
Works when stdin is a pipe.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Callable
from typing import IO, Any

from bot import followups, notify
from bot.desk import CANCEL_USAGE, CLOSE_USAGE, Desk
from bot.desk_closes import CloseAllAsk
from bot.replies import CARD

QUIT = ("/quit", "/exit", "/q")


class LineReader:
    """Lines from a blocking stream, read on a daemon thread (never blocks the loop or exit)."""

    def __init__(self, stream: IO[str]) -> None:
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def pump() -> None:
            try:
                for line in iter(stream.readline, ""):
                    loop.call_soon_threadsafe(self._queue.put_nowait, line.rstrip("\r\n"))
            except (OSError, ValueError):
                pass
            finally:
                try:
                    loop.call_soon_threadsafe(self._queue.put_nowait, None)
                except RuntimeError:  # the loop is gone: nobody is listening
                    pass

        threading.Thread(target=pump, name="sigcopy-stdin", daemon=True).start()

    async def readline(self) -> str | None:
        """The next line without its newline, or None at end of input."""
        return await self._queue.get()


class Console:
    """One session at the terminal."""

    def __init__(
        self,
        desk: Desk,
        stdin: IO[str] | None = None,
        write: Callable[[str], None] | None = None,
    ) -> None:
        self.desk = desk
        self.engine = desk.engine
        self.stdin = stdin or sys.stdin
        self._write = write or _stdout_write
        self.interactive = bool(getattr(self.stdin, "isatty", lambda: False)())
        self._n = 0
        self._reader: LineReader | None = None

    def say(self, text: str) -> None:
        """Print a block of text."""
        self._write(text.rstrip("\n") + "\n")

    def prompt(self, text: str) -> None:
        """A prompt, only when a person is typing."""
        if self.interactive:
            self._write(text)

    async def run(self) -> int:
        """Read and answer until /quit or end of input."""
        settled = await self.desk.start()
        self._reader = LineReader(self.stdin)
        self.engine.subscribe(self._on_event)
        self.say(self.desk.help_text(console=True))
        if getattr(self.engine, "simulated_prices", False):
            self.say(
                "⚠️ No exchange prices (unreachable or PAPER_PRICE_SOURCE=simulated): "
                "paper trading on SIMULATED PRICES."
            )
        for _, text in settled:  # approvals a restart cut short, settled
            self.say(f"\n{text}")
        for pending in self.desk.book.waiting():  # cards from before the restart still count
            self.say("\nWaiting for your answer from before the restart:")
            self.say(self.desk.card_text(pending))
            await self._decide(pending)
        self.say("Paste a signal, then an empty line.")
        buffer: list[str] = []
        while True:
            self.prompt("> " if not buffer else "… ")
            line = await self._reader.readline()
            if line is None:
                if buffer:
                    await self._signal("\n".join(buffer))
                self.say("Bye.")
                return 0
            stripped = line.strip()
            if not buffer and stripped.lower() in ("y", "n", "yes", "no"):
                self.say("Nothing is waiting for an answer. Paste a signal, then an empty line.")
            elif stripped.startswith("/"):
                if stripped.split()[0].lower() in QUIT:
                    self.say("Bye.")
                    return 0
                await self._command(stripped)
            elif not stripped:
                if buffer:
                    await self._signal("\n".join(buffer))
                    buffer = []
            else:
                buffer.append(line)

    async def _signal(self, text: str) -> None:
        self._n += 1
        signal_id = f"console{int(self.desk.book.now())}_{self._n}"
        reply = await self.desk.handle_text(text, source="console", signal_id=signal_id)
        self.say("")
        self.say(reply.text)
        if reply.kind != CARD or reply.pending is None:
            return
        # Written before the question: killed while waiting, the card is asked again at start.
        await self.desk.book.save(reply.pending)
        await self._decide(reply.pending)

    async def _decide(self, pending: Any) -> None:
        if followups.asks_share(pending.action):
            share = await self._ask_share()
            if share is not None:
                self.say((await self.desk.approve(pending.id, None, share))[1])
                return
            answer = False
        else:
            answer = await self._ask("Approve? [y/n] ")
        if answer:
            _, text = await self.desk.approve(pending.id, None)
        else:
            _, text = await self.desk.reject(pending.id, None)
        self.say(text)

    async def _ask_share(self) -> float | None:
        """How much of the position a partial close closes (the post did not say); None: no."""
        shares = "/".join(f"{round(x * 100)}" for x in followups.SHARES)
        question = f"Close how much? [{shares} (percent) / n] "
        while True:
            self.say(question) if not self.interactive else self.prompt(question)
            assert self._reader is not None
            line = await self._reader.readline()
            if line is None:
                return None
            answer = line.strip().lower().rstrip("%")
            if answer in ("n", "no"):
                return None
            for x in followups.SHARES:
                if answer == str(round(x * 100)):
                    return x
            if answer:
                self.say(f"Please answer {shares} or n.")

    async def _ask(self, question: str) -> bool:
        while True:
            self.say(question) if not self.interactive else self.prompt(question)
            assert self._reader is not None
            line = await self._reader.readline()
            if line is None:
                return False
            answer = line.strip().lower()
            if answer in ("y", "yes"):
                return True
            if answer in ("n", "no"):
                return False
            if answer:
                self.say("Please answer y or n.")

    async def _command(self, line: str) -> None:
        name, *args = line.split()
        name = name.lower().split("@")[0]
        if name in ("/help", "/start"):
            self.say(self.desk.help_text(console=True))
        elif name == "/stats":
            self.say(self.desk.stats_text())
        elif name == "/positions":
            self.say(self.desk.positions_text())
        elif name == "/pending":
            self.say(self.desk.pending_text())
        elif name == "/close":
            if not args:
                self.say(CLOSE_USAGE)
            else:
                self.say(await self.desk.close_symbol(args[0].upper(), args[1:]))
        elif name == "/cancel":
            if not args:
                self.say(CANCEL_USAGE)
            else:
                self.say(await self.desk.cancel_symbol(args[0].upper(), args[1:]))
        elif name == "/halt":
            self.say(self.desk.halt("/halt from the console"))
            if args[:1] and args[0].lower() == "close":
                ask: CloseAllAsk | None = self.desk.close_all_question()
                while ask is not None and await self._ask(f"{ask.question} [y/n] "):
                    done = await self.desk.close_all(ask.shown)
                    self.say(done.text)
                    ask = done.again
        elif name == "/resume":
            self.say(self.desk.resume())
        else:
            self.say(f"Unknown command {name}. Type /help.")

    def _on_event(self, event: Any) -> None:
        text = notify.event_text(event)
        if text:
            self.say(f"📣 {text}")


def _stdout_write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()
