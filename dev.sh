#!/usr/bin/env sh
# Builds the providers and starts the dev server: Keycloak on http://localhost:8080 with the cibtp realm,
# a mail catcher on http://localhost:8025 and the SMS gateway stand-in on http://localhost:8026.
set -e
cd "$(dirname "$0")"
mvn -B -q -DskipTests -pl dev-server -am package
exec java -Djava.util.logging.SimpleFormatter.format="%5\$s%6\$s%n" -cp "dev-server/target/classes:dev-server/target/lib/*" fr.cibtp.espace.dev.DevServer .
