# rdsa: slim image, non-root, migrations as a pre-start step, health-checked on /readyz.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    RDSA_DATABASE_URL=sqlite:////data/rdsa.db

RUN useradd --create-home --uid 10001 rdsa && mkdir /data && chown rdsa /data
WORKDIR /srv/rdsa

# Dependencies from the hash-pinned lock (the versions the tests ran on), in their own layer.
COPY requirements/run.lock ./requirements/run.lock
RUN pip install --no-compile --require-hashes -r requirements/run.lock

COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
COPY questionnaires ./questionnaires
# Editable install: the app finds migrations/ and questionnaires/ beside its package.
RUN pip install --no-compile --no-deps -e . && python -c "import app.cli"

USER rdsa
EXPOSE 8000
VOLUME ["/data"]

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request, sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4).status == 200 else 1)"

# `rdsa serve` migrates first (a no-op when already at head), then runs uvicorn with the
# service's bounded HTTP protocol (header limits, problem+json for unreadable requests).
CMD ["rdsa", "serve", "--host", "0.0.0.0", "--port", "8000", "--proxy-headers"]
