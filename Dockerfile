# Builds and runs Vårdflöde for docker-compose.yml. Not used by the tests.
# The build needs Node 20 (the patient page's form-js bundle) as well as JDK 17.
FROM node:20-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
# The JVM runs as an unprivileged system user: a hole in the app must not be root in the container. It owns only
# /app/data (the H2 file and mail files of the default profile); the jar stays root's and read-only to it.
RUN groupadd --system vardflode && useradd --system --gid vardflode --home-dir /app --no-create-home vardflode \
    && mkdir -p /app/data && chown vardflode:vardflode /app/data
WORKDIR /app
COPY --from=build /src/target/vardflode-*.jar /app/vardflode.jar
USER vardflode:vardflode
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/vardflode.jar"]
