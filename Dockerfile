# Builds and runs Vårdflöde for docker-compose.yml. Not used by the tests.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/vardflode-*.jar /app/vardflode.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/vardflode.jar"]
