"""The issuing desk (导办台/取号)."""
