"""What a proposal is and where it stands, apart from the model so the command line can list them
without loading the database layer."""

from __future__ import annotations

import enum


class ProposalKind(enum.StrEnum):
    partner = "partner"  # a foreign locality or organisation named in the document
    delegation = "delegation"
    agreement = "agreement"
    project = "project"  # an FDI / ODA / NGO-aid investment statement
    event = "event"


class ProposalStatus(enum.StrEnum):
    pending = "pending"
    needs_info = "needs_info"  # a person asked for more information before deciding
    approved = "approved"
    rejected = "rejected"


# Where a proposal may go from each status. Approved and rejected are final.
