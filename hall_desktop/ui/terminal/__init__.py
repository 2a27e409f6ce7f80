"""The window terminal (窗口屏/评价器): what the citizen at a window sees and touches."""
