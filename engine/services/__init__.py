"""Engine services that stand beside the core: each one concern, called from the monitor pass."""
