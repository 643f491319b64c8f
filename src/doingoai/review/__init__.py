"""Review: proposals read from documents, and the one service that turns an approved proposal into records."""
