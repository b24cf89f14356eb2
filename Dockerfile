# syntax=docker/dockerfile:1
# The MAKERS Ledger API. It runs from TypeScript through @swc-node/register, as `npm start` does, so there is no
# build step and the image carries the dev dependencies that register needs.

# Only the npm manifests of the workspace, so the dependency layer below is rebuilt when they change, not on every
# source edit (npm ci needs the package.json of every workspace, and listing them by hand goes stale).
FROM node:20-bookworm-slim AS manifests
WORKDIR /app
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json ! -name .npmrc -delete \
 && find . -mindepth 1 -type d -empty -delete

FROM node:20-bookworm-slim
# better-sqlite3 compiles from source when its prebuilt binary cannot be fetched: node-gyp needs python3, make, g++.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The repository's .npmrc points node-gyp at /usr for Node's headers (Debian's Node); this image's Node and its
# headers live under /usr/local. Nx is installed, never run here: no daemon, no cloud.
ENV npm_config_nodedir=/usr/local \
    NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY --from=manifests /app ./
# --include=dev: the app runs through @swc-node/register, a dev dependency (and NODE_ENV=production, set below,
# must not make npm leave it out).
RUN npm ci --include=dev --no-audit --no-fund

COPY . .
# HOST: the app listens on 127.0.0.1 unless told otherwise, which no other container could reach.
# DATA_DIR: where the embedded stores would keep their files when EVENTSTORE_CONNECTION_STRING or DATABASE_URL is unset.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/data
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "-r", "./tools/register.js", "apps/api/src/main.ts"]
