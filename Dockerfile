# Multi-stage build of the CoopMarket API. Configured only through environment variables:
#   DB_URL, DB_USER, DB_PASSWORD (or the QUARKUS_DATASOURCE_* variables), PORT, LOG_JSON.
# The default image is for MySQL 8; for MariaDB build with --build-arg DB_KIND=mariadb.
FROM maven:3.9-eclipse-temurin-17 AS build
ARG DB_KIND=mysql
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline -DexcludeGroupIds=ma.coopmarket || true
COPY openapi.yaml ./
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 1001 coopmarket
COPY --from=build --chown=1001 /src/target/quarkus-app/lib/ ./lib/
COPY --from=build --chown=1001 /src/target/quarkus-app/*.jar ./
COPY --from=build --chown=1001 /src/target/quarkus-app/app/ ./app/
COPY --from=build --chown=1001 /src/target/quarkus-app/quarkus/ ./quarkus/
USER 1001
ENV PORT=8080 LOG_JSON=true JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
