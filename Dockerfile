# syntax=docker/dockerfile:1
# ChainGraph service image: built from source in an SDK stage, run as a non-root user on the ASP.NET runtime.
#   docker build -t chaingraph .        (or: docker compose up --build)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Restore first, from the project files only, so that the layer is reused while only code changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ChainGraph.Domain/ChainGraph.Domain.csproj src/ChainGraph.Domain/
COPY src/ChainGraph.Import/ChainGraph.Import.csproj src/ChainGraph.Import/
COPY src/ChainGraph.Store.Embedded/ChainGraph.Store.Embedded.csproj src/ChainGraph.Store.Embedded/
COPY src/ChainGraph.Store.Neo4j/ChainGraph.Store.Neo4j.csproj src/ChainGraph.Store.Neo4j/
COPY src/ChainGraph.Server/ChainGraph.Server.csproj src/ChainGraph.Server/
# Published for the image's platform, compiled ahead of time (ReadyToRun): the service starts faster.
ARG TARGETARCH
RUN dotnet restore src/ChainGraph.Server/ChainGraph.Server.csproj -r linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64)
COPY src/ src/
# graph-seed/schema.cypher is embedded in the Neo4j store.
COPY graph-seed/ graph-seed/
RUN dotnet publish src/ChainGraph.Server/ChainGraph.Server.csproj -c Release --no-restore -o /app /p:UseAppHost=false \
    -r linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64) --self-contained false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only for the HEALTHCHECK below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The seed the service imports into an empty store on first start.
COPY --from=build /source/graph-seed/ ./graph-seed/
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    ChainGraph__Store__Kind=Neo4j
EXPOSE 8080
# APP_UID is the unprivileged "app" user the .NET images define.
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
    CMD curl --fail --silent --show-error http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "chaingraph.dll"]
