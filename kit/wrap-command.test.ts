import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCommand, splitAtDoubleDash, WrappedCommandError } from './wrap-command.ts';

const node = (script: string) => [process.execPath, '-e', script];
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('splitAtDoubleDash', () => {
  it('splits at the first -- only, so the command keeps its own --', () => {
    expect(splitAtDoubleDash(['--api', 'voicebot', '--', 'npm', 'test', '--', '--watch=false'])).toEqual({
      own: ['--api', 'voicebot'],
      command: ['npm', 'test', '--', '--watch=false'],
    });
  });

  it('has no command without --', () => {
    expect(splitAtDoubleDash(['--api', 'voicebot'])).toEqual({ own: ['--api', 'voicebot'], command: undefined });
  });

  it('refuses a -- with nothing after it', () => {
    expect(() => splitAtDoubleDash(['--api', 'voicebot', '--'])).toThrow('-- must be followed by the command to run');
  });
});

describe('runCommand', () => {
  it('settles with the command’s exit code and gives it the extra environment', async () => {
    expect(await runCommand(node('process.exit(process.env.WRAP_TEST_CODE === "3" ? 3 : 9)'), { env: { WRAP_TEST_CODE: '3' } })).toBe(3);
    expect(await runCommand(node(''))).toBe(0);
  });

  it('settles with 128 + the signal’s number when the command is killed', async () => {
    expect(await runCommand(node('process.kill(process.pid, "SIGKILL")'))).toBe(128 + 9);
  });

  it('rejects with a WrappedCommandError when the command does not exist', async () => {
    await expect(runCommand(['slotcheck-no-such-command-4711'])).rejects.toThrow(WrappedCommandError);
    await expect(runCommand(['slotcheck-no-such-command-4711'])).rejects.toThrow('no such command');
  });

  it('stops the command with SIGTERM when aborted', async () => {
    const controller = new AbortController();
    const running = runCommand(node('setTimeout(() => process.exit(5), 20000)'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect(await running).toBe(128 + 15);
  });

  it('passes a SIGTERM sent to this process on to the command and settles with the command’s code', async () => {
    // A real wrapper process gets the signal from the OS, as `kill <pid>` in CI would send it.
    const wrapper = fileURLToPath(new URL('wrap-command.ts', import.meta.url));
    const script = `
      import { runCommand } from ${JSON.stringify(wrapper)};
      const code = await runCommand([process.execPath, '-e', 'process.on("SIGTERM", () => process.exit(7)); console.log("pid " + process.pid); setTimeout(() => {}, 20000)']);
      console.log('wrapped exited ' + code);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const inner = new Promise<number>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        const m = /pid (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      }),
    );
    const innerPid = await inner;
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(out).toContain('wrapped exited 7');
    expect(code).toBe(0);
    expect(alive(innerPid)).toBe(false);
  });
});
