"""Free courier dispatch screens (免费邮政速递)."""
