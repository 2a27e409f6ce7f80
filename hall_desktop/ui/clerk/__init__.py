"""The clerk workstation (窗口工作台)."""
