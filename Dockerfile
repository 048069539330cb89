# One image for the API, the worker and both SPAs (served by `vite preview`).
FROM node:20-bookworm-slim
RUN npm install -g pnpm@12.21.0
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm --filter @guichet/api build \
 && pnpm --filter @guichet/backoffice --filter @guichet/shop build
ENV NODE_ENV=production
EXPOSE 3000 5173 5174
CMD ["node", "apps/api/dist/main.js"]
