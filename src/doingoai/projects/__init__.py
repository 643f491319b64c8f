"""FDI, ODA and foreign NGO aid projects: investor or donor, sector, capital, status lifecycle."""
