#!/usr/bin/env sh
# Builds the providers and starts the dev server: Keycloak on http://localhost:8080 with the cibtp realm,
# a mail catcher on http://localhost:8025, the SMS gateway stand-in on http://localhost:8026 and the demo portal
# on http://localhost:3000 (entreprise) and http://localhost:3001 (salarié). The database in .dev/ is kept and
# upgraded by the extensions at start; ./dev.sh --fresh starts from an empty one.
set -e
cd "$(dirname "$0")"
mvn -B -q -DskipTests -pl portal,dev-server -am package
exec java -Djava.util.logging.SimpleFormatter.format="%5\$s%6\$s%n" -cp "dev-server/target/classes:dev-server/target/lib/*" fr.cibtp.espace.dev.DevServer . "$@"
