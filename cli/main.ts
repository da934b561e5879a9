export async function main(args: readonly string[]): Promise<number> {
  console.log('ecomap', args.join(' '));
  return 0;
}
