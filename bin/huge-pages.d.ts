export function wantsHugePages(
  args: readonly string[],
  env: Record<string, string | undefined>,
  platform: string,
  glibcVersion: () => string | undefined,
): boolean;
export function hugePagesEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
export function runWithHugePages(): Promise<number | undefined>;
