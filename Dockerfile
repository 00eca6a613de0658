# syntax=docker/dockerfile:1

# ---- build stage -----------------------------------------------------------
FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /workspace

# The wrapper and the pom first, so the dependency layer is rebuilt only when they change.
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

COPY src src
COPY seed-data seed-data
RUN ./mvnw -B -DskipTests package \
 && cp target/ip-registry-*.jar /workspace/app.jar

# ---- runtime stage ---------------------------------------------------------
# The Ubuntu-based Temurin images ship curl (used by the HEALTHCHECK below).
FROM eclipse-temurin:17-jre-noble

RUN groupadd --system registry \
 && useradd --system --gid registry --home-dir /app --no-create-home --shell /usr/sbin/nologin registry \
 && mkdir -p /app/data \
 && chown registry:registry /app/data

WORKDIR /app
COPY --from=build --chown=registry:registry /workspace/app.jar /app/app.jar

# Used only when MONGODB_URI is not set (embedded database). Mount a volume here in that case.
ENV REGISTRY_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

USER registry
EXPOSE 8080

HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT:-8080}/actuator/health" || exit 1

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
