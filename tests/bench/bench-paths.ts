/** Where the benchmark builds go: out of dist/ (which the end-to-end tests build and serve). */
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cacheDir = `${repoRoot}node_modules/.cache/deckwright-bench`;

/** The production build of the app, made with the project's own vite.config.ts. */
export const appBuildDir = `${cacheDir}/app`;
/** The bench page (tests/bench/page), served under {@link BENCH_PAGE_BASE} on the same origin. */
export const pageBuildDir = `${cacheDir}/page`;
export const BENCH_PAGE_BASE = '/__bench__/';
export const pageSourceDir = fileURLToPath(new URL('./page', import.meta.url));
