# syntax=docker/dockerfile:1
# The contract ledger's api (and, with another command, its projector) as a container: the same
# `npm ci` + `npm run build` + `start:prod` path .ci/run tests. Multi-stage: the compiler and the
# dev dependencies stay in the build stage; the runtime runs as the unprivileged `node` user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The reference contracts, for a trial with SEED_ON_START=true (production does not load them).
COPY seeds/contracts ./seeds/contracts
COPY seeds/histories ./seeds/histories
# Writable only where the service writes: the embedded PostgreSQL of a trial (ALLOW_EMBEDDED_PG).
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# = npm run start:prod, without npm in between so SIGTERM reaches the service (it drains, then stops).
# The projector as its own process: CMD ["node", "dist/apps/projector/src/main.js"] and RUN_PROJECTOR=false here.
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/src/main.js"]
