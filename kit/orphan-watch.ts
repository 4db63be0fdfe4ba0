// `npx slotcheck mock & kill $!` signals npx, and npx does not pass the signal on through
// its `sh -c`: the server would live on as an orphan. A long-running command therefore
// watches its parent and, once it is gone, stops as if it had been sent SIGTERM.

/**
 * Sends this process SIGTERM when its parent process goes away; returns a function that stops watching.
 * @example stopWhenOrphaned() // in a command that serves until it is stopped
 */
export function stopWhenOrphaned(everyMs = 500): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
