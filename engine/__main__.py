"""`python -m engine`: a short paper-trading demo on the simulated feed."""

from engine.demo import main

raise SystemExit(main())
