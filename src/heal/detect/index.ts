// Detection of what the repository's CI runs (DESIGN.md section 6, step 2).
export { detectChecks, assignIds, type DetectedChecks } from './detect-checks.ts';
export { classifyCommand, coreCommand } from './classify-command.ts';
export { workflowCommands, type WorkflowCommand } from './workflow-commands.ts';
export { FLAKE8_MINIMAL } from './python-conventions.ts';
