# Builds and runs Vårdflöde for docker-compose.yml. Not used by the tests.
# The build needs Node 20 (the patient page's form-js bundle) as well as JDK 17.
FROM node:20-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/vardflode-*.jar /app/vardflode.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/vardflode.jar"]
