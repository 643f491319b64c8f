"""Foreign partners, the people who work for them, and the province's relations with them."""
