# Builds and runs Vårdflöde for docker-compose.yml. Not used by the tests (no Docker engine where they run).
# The build needs Node 22 LTS (the patient page's form-js bundle and bpmnlint, run by Maven) as well as JDK 17.
FROM node:22.16.0-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless && rm -rf /var/lib/apt/lists/*
# a dependency of form-js (Carbon) reports builds to IBM from its install script; not from ours (as in pom.xml)
ENV IBM_TELEMETRY_DISABLED=true
WORKDIR /src
# Dependencies first, each in a layer of its own: a change in the sources or models does not download them again.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src/main/frontend/package.json src/main/frontend/package-lock.json src/main/frontend/
RUN npm --prefix src/main/frontend ci --no-audit --no-fund
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17.0.15_6-jre-noble
# curl for the container's health check (/actuator/health)
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# The JVM runs as an unprivileged system user: a hole in the app must not be root in the container. It owns only
# /app/data (the H2 file and mail files of the default profile); the jar stays root's and read-only to it.
RUN groupadd --system vardflode && useradd --system --gid vardflode --home-dir /app --no-create-home vardflode \
    && mkdir -p /app/data && chown vardflode:vardflode /app/data
WORKDIR /app
COPY --from=build /src/target/vardflode-*.jar /app/vardflode.jar
USER vardflode:vardflode
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/vardflode.jar"]
