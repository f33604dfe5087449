// Global test set-up: filled by the store work (a PostgreSQL database of the run's own).
export default async function setup(): Promise<() => Promise<void>> {
  return async () => {};
}
