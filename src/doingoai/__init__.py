"""doingoai — the system of record of a Vietnamese provincial foreign-affairs office."""

__version__ = "0.1.0"
