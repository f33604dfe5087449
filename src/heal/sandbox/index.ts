// The sandbox that runs the repository's untrusted commands (DESIGN.md section 7).
export { createSandbox } from './create-sandbox.ts';
export { buildSandboxEnv, isSecretVariable } from './env.ts';
export { assertNoCredentialsInGitConfig, findGitConfigCredentials } from './git-config-guard.ts';
export { OutputCap } from './output-cap.ts';
export type { CreateSandboxOptions, Sandbox, SandboxResult, SandboxRunOptions } from './types.ts';
