# One image for both processes; docker-compose.yml picks the command.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm workspaces: the web app's manifest is part of the one install.
COPY apps/web/package.json apps/web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/api/apps/api/src/main.js"]
