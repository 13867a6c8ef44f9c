FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md constraints.txt ./
# Optional extras, e.g. `docker compose build --build-arg PIP_EXTRAS=s3` for S3 media.
# constraints.txt pins every package, transitive ones included, to the versions CI tests.
ARG PIP_EXTRAS=""
RUN pip install --no-cache-dir -c constraints.txt ".${PIP_EXTRAS:+[$PIP_EXTRAS]}"
COPY . .
RUN useradd --system --home /app strategy && mkdir -p var/media && chown -R strategy var
USER strategy
EXPOSE 8000
