/** Small helpers for reporting benchmark numbers. */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
export const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
export const ms = (n: number): string => `${Math.round(n)} ms`;
export const s = (n: number): string => `${(n / 1000).toFixed(1)} s`;
