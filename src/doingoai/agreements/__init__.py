"""International agreements and MOUs, their parties, status lifecycle and commitments."""
