"""Pieces every role uses: log-in, status messages."""
