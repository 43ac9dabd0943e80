"""The on-site loop of the meeting plan: who is not here yet, marking someone absent (freeing
their meetings, re-placing their partners), and meetings arranged at the venue."""
