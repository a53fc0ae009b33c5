#!/usr/bin/env sh
# Builds the providers and starts two Keycloak nodes clustered on the machine's PostgreSQL (127.0.0.1:5432, database
# cibtp_cluster): node a on http://localhost:8180, node b on http://localhost:8280, the mail catcher on
# http://localhost:8125 and the SMS gateway stand-in on http://localhost:8126. Options: --fresh, --nodes=1.
set -e
cd "$(dirname "$0")"
mvn -B -q -DskipTests -pl dev-server -am package
exec java -Djava.util.logging.SimpleFormatter.format="%5\$s%6\$s%n" -cp "dev-server/target/classes:dev-server/target/lib/*" fr.cibtp.espace.dev.ClusterServer . "$@"
