"""The administration screens (supervisor / administrator): hours and calendar, …"""
