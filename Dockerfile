# Multi-stage build of the CoopMarket API. Configured only through environment variables:
#   DB_URL, DB_USER, DB_PASSWORD (or the QUARKUS_DATASOURCE_* variables), PORT, LOG_JSON.
# The default image is for MySQL 8; for MariaDB build with --build-arg DB_KIND=mariadb.
# Java 25. With DB_KIND=mariadb a training stage builds the AOT cache (aot/train: the packaged jar
# on a MariaDB started in that stage, driven through the paths users hit) and the image starts with
# it; the MySQL image has no MySQL server to train against and starts without one (README,
# "Start-up and the AOT cache"). A cache only serves the JVM that wrote it (its build and its
# lib/modules): the training and the runtime stages both run the JRE image of JAVA_TAG; pin it to
# one release (e.g. 25.0.1_8) for reproducible images.
ARG JAVA_TAG=25
FROM maven:3.9-eclipse-temurin-25 AS build
ARG DB_KIND=mysql
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline -DexcludeGroupIds=ma.coopmarket || true
COPY openapi.yaml ./
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}

FROM eclipse-temurin:${JAVA_TAG}-jre AS train
ARG DB_KIND=mysql
WORKDIR /src
COPY --from=build /src/target/quarkus-app target/quarkus-app
COPY --from=build /src/target/generated-ts target/generated-ts
COPY config config
COPY aot aot
COPY clients/typescript/package.json clients/typescript/package-lock.json clients/typescript/tsconfig.json clients/typescript/
COPY clients/typescript/test clients/typescript/test
RUN if [ "$DB_KIND" = mariadb ]; then \
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server mariadb-client nodejs npm curl >/dev/null \
      && mkdir -p /run/mysqld && (mariadbd --user=root >/tmp/mariadb.log 2>&1 &) \
      && for i in $(seq 1 60); do mysqladmin -uroot status >/dev/null 2>&1 && break; sleep 1; done \
      && mysql -uroot -e "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket" \
      && aot/train; \
    fi

FROM eclipse-temurin:${JAVA_TAG}-jre
WORKDIR /app
RUN useradd --system --uid 1001 coopmarket && mkdir -p /app/data && chown 1001 /app/data
# The very files the cache was trained on (it checks them), with app.aot when the stage wrote one.
COPY --from=train --chown=1001 /src/target/quarkus-app/ ./
USER 1001
ENV PORT=8080 LOG_JSON=true JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
EXPOSE 8080
# Started from /app with a relative jar, as the cache was trained: it records the class path as given.
ENTRYPOINT ["sh", "-c", "cd /app && exec java $JAVA_OPTS $([ -f app.aot ] && echo -XX:AOTCache=app.aot) -jar quarkus-run.jar"]
