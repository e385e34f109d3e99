"""The REST API under /api/v1; pydantic schemas live here, at the edge only."""
