/**
 * Flags for the authoring commands: `--name value` or `--name=value`; missing ones are asked for
 * when a person is at the terminal, and reported all at once otherwise.
 */
import { createInterface } from 'node:readline/promises';

export function parseFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags.set(arg.slice(2), argv[++i]!);
    else flags.set(arg.slice(2), 'true');
  }
  return flags;
}

export interface Question {
  flag: string;
  prompt: string;
  required?: boolean;
}

/** Fills the missing flags by asking (interactive) or fails listing every missing required one. */
export async function complete(flags: Map<string, string>, questions: Question[]): Promise<Map<string, string>> {
  const missing = questions.filter((q) => !flags.has(q.flag));
  if (missing.length === 0) return flags;
  if (!process.stdin.isTTY || flags.has('yes')) {
    const required = missing.filter((q) => q.required);
    if (required.length > 0) {
      console.error(`Thiếu thông tin bắt buộc:\n${required.map((q) => `  --${q.flag}  ${q.prompt}`).join('\n')}`);
      process.exit(1);
    }
    return flags;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (const q of missing) {
    const answer = (await rl.question(`${q.prompt}${q.required ? '' : ' (bỏ trống nếu không có)'}: `)).trim();
    if (answer) flags.set(q.flag, answer);
  }
  rl.close();
  return flags;
}
