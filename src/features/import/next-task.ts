/**
 * Resolves in a new task, so the browser renders and handles input between two steps of long
 * work on the main thread (each step then counts as a task of its own, not one long task).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
