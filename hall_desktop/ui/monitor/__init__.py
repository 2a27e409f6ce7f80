"""大厅监控: the duty supervisor's live floor, its alerts, dispatch and patrols."""
