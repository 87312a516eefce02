"""The parts of the local AWS sandbox (see test/sandbox/README.md)."""
