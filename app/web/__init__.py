"""The bundled web client: server-rendered pages over the same services as the API."""
