"""`doingoai demo`: a realistic, clearly marked sample database.

A plausible province's foreign-affairs history — Lâm Đồng (68), which since 1 July 2025 includes the
former Bình Thuận and Đắk Nông — from 2019 to the current year, plus a little data for two other
provinces so that a ministry-level user sees several. Everything is fictional ("Dữ liệu mẫu"):
people's names are drawn at random from name lists, and the records are written through the
domains' own services with a real user as actor, so rules, derived figures and the audit trail are
exactly those of real data.

- `people.py`    name lists (Vietnamese and foreign) and a seeded name generator
- `province.py`  the provinces' profiles: agencies before / after the 2025 reorganisation, places, leaders
- `history.py`   the hand-written narrative: partners, contacts, agreements, relations
- `activity.py`  the yearly activity drawn with a seeded generator: delegations, projects, events, plans
- `builder.py`   builds the database through the services
- `cli.py`       the `doingoai demo` command
- `documents/`   sample texts ingested so that the review queue has proposals
"""
