"""大厅监控 (the ``monitor`` role): the live floor, alerts, dispatch and patrols."""
