"""The parts of the local AWS sandbox (see sandbox/README.md)."""
