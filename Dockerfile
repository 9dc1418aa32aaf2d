# The bot as a container: built with the same scripts the tests run (`npm ci`, `npm run build`), started
# with `npm run start:prod`'s command. Not built on the project's own machine (it has no Docker engine).

# ---- build: native module (better-sqlite3) and TypeScript compiled here ----------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY cards ./cards
COPY migrations ./migrations
RUN npm run build && npm prune --omit=dev

# ---- run: compiled bot, production dependencies, non-root, data on a volume -----------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/cards ./cards
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/src/sandbox/ui ./src/sandbox/ui
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--max-old-space-size=96", "dist/src/main.js"]
