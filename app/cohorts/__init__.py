"""Cohorts: facilitators' groups of organisations and their k-anonymous summaries."""
