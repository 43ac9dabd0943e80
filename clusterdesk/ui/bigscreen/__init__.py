"""The room's big screen: current and next round, countdowns, gong, paging (see docs/bigscreen.md)."""
