"""Reference data: countries, foreign subdivisions and cities, Vietnamese provinces (63 before and
34 after 1 July 2025), international organisations, currencies.

Read-only and held in memory; loaded on first use (see ``services``), never at import time. Built
from well-kept libraries — ISO 3166 and ISO 4217 via pycountry, Vietnamese country names from CLDR
via Babel — plus our own small data files in ``data/`` (see ``data/README.md``) for what the
libraries lack: the names the Vietnamese press uses, partner cities, the 2025 provincial merger,
organisations.
"""
