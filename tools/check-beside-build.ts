/**
 * The content check and `astro build` at the same time (scripts/build.ts): Astro's build runs mostly on
 * one core, so the check on the other costs no wall time. What the user sees stays as if they ran one
 * after the other: the check's output first, in one piece, then Astro's.
 *
 *  - The check fails: Astro is stopped (its whole process group) and the check's report is all that is
 *    shown, even when Astro had already failed on the same bad content with a stack trace.
 *  - The check passes: its output, then Astro's (held back until then, then passed through as it comes);
 *    the result is Astro's exit code.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:os';

export interface Step {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

type Stream = 'stdout' | 'stderr';
export type Write = (stream: Stream, text: string) => void;
const toTerminal: Write = (stream, text) => process[stream].write(text);

interface Running {
  child: ChildProcess;
  /** The exit code (128 + the signal's number when a signal ended it). */
  exited: Promise<number>;
  /** Writes what was held back and passes the rest through as it comes. */
  release(): void;
}

function start(step: Step, write: Write, ownGroup: boolean): Running {
  // A group of its own (detached) so that stopping it stops whatever it started too.
  const child = spawn(step.command, step.args, { env: step.env, stdio: ['ignore', 'pipe', 'pipe'], detached: ownGroup });
  const held: [Stream, string][] = [];
  let live = false;
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]!.setEncoding('utf8').on('data', (text: string) => (live ? write(stream, text) : held.push([stream, text])));
  }
  const exited = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      held.push(['stderr', `✗ ${step.command}: ${error.message}\n`]);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
  return {
    child,
    exited,
    release() {
      for (const [stream, text] of held.splice(0)) write(stream, text);
      live = true;
    },
  };
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Runs `check` and `build` at once; resolves to the exit code the whole should end with. */
export async function checkBesideBuild(check: Step, build: Step, write: Write = toTerminal): Promise<number> {
  const building = start(build, write, true);
  const checking = start(check, write, false);
  const stopBuild = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (!running(building.child) || building.child.pid === undefined) return;
    try {
      process.kill(-building.child.pid, signal);
    } catch {
      // the group ended meanwhile
    }
  };
  // The build's group is not the terminal's, so Ctrl+C does not reach it: pass it on, and never leave it
  // running behind this process.
  const onSignal = (signal: NodeJS.Signals) => {
    stopBuild(signal);
    if (running(checking.child)) checking.child.kill(signal);
    process.exit(128 + constants.signals[signal]);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const s of signals) process.on(s, onSignal);
  const onExit = () => stopBuild('SIGKILL');
  process.on('exit', onExit);
  try {
    const checked = await checking.exited;
    checking.release();
    if (checked !== 0) {
      stopBuild();
      await building.exited;
      return checked;
    }
    building.release();
    return await building.exited;
  } finally {
    for (const s of signals) process.off(s, onSignal);
    process.off('exit', onExit);
  }
}
