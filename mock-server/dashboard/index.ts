// The dashboard page at `/`; create-server.ts mounts it.
export { createDashboard } from './dashboard.ts';
