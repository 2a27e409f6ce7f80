"""Widgets that know nothing of the hall: ticker, banner."""
