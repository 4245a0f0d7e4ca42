"""Interface string catalogues, one module per locale (same keys in each)."""
