#!/usr/bin/env bash
# Debian packages the project needs beyond Python: Graphviz and fonts for diagrams, Chromium and its driver for
# the end-to-end test, Java and Maven for the tests' Neo4j. Installs only what is missing; needs root (or sudo) the first time.
set -euo pipefail
need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ "${1:-}" = "--browser" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
  # the export tests: LibreOffice opens the briefing slide; Java and Maven run Gephi's importer on the graph files
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress)
  command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null 2>&1 || need+=(maven)
fi
# --neo4j: Java 17 and Maven build and run the tests' Neo4j (neo4j-server/); Compose checks docker-compose.yml.
if [[ " $* " == *" --neo4j "* ]]; then
  command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null 2>&1 || need+=(maven)
  if ! docker compose version >/dev/null 2>&1; then
    command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
  fi
fi
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
