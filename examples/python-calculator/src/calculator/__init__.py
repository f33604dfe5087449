"""A tiny calculator package used to show RIFT at work."""
