"""Delegations out (đoàn ra) and in (đoàn vào): who went or came, where, why, with whom, and what came of it."""
