"""`python -m bot [run] [--console]`."""

from bot.cli import main

raise SystemExit(main())
