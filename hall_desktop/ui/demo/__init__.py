"""The demo hall (演示大厅): every role in one process on the embedded database."""
