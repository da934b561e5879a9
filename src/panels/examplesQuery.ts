import { QueryClient, useQuery } from '@tanstack/react-query';
import { restoreMap } from '../io/restore.ts';
import type { EcoMap } from '../model/types.ts';

export interface ExampleEntry {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly description: string;
  readonly nodes: number;
  readonly links: number;
}

const base = import.meta.env.BASE_URL;

/**
 * Server data (the examples gallery) lives in this client. The module is loaded on first use —
 * a newcomer's first map, or the gallery — so returning users do not load it at start.
 */
export const examplesClient = new QueryClient();

async function fetchText(path: string): Promise<string> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`Could not load ${path}: the server answered ${response.status}. Reload the page to try again.`);
  return response.text();
}

const examplesQuery = {
  queryKey: ['examples'],
  queryFn: async (): Promise<ExampleEntry[]> => {
    const list: unknown = JSON.parse(await fetchText('examples/index.json'));
    return Array.isArray(list) ? (list as ExampleEntry[]) : [];
  },
  staleTime: Infinity,
};

function exampleMapQuery(entry: ExampleEntry | undefined) {
  return {
    queryKey: ['example', entry?.file],
    staleTime: Infinity,
    queryFn: async (): Promise<EcoMap> => {
      const restored = restoreMap(await fetchText(`examples/${entry!.file}`));
      if (!restored.ok) throw new Error(`The example "${entry!.title}" cannot be opened: ${restored.error}`);
      return restored.map;
    },
  };
}

/** The examples gallery, as the server lists it. */
export function useExamples() {
  return useQuery(examplesQuery);
}

/** One example map, through the same restore path as every other input. */
export function useExampleMap(entry: ExampleEntry | undefined) {
  return useQuery({ ...exampleMapQuery(entry), enabled: !!entry });
}

/** The gallery's first map: what a newcomer sees first. */
export async function firstExample(client: QueryClient = examplesClient): Promise<EcoMap> {
  const list = await client.fetchQuery(examplesQuery);
  if (!list[0]) throw new Error('The examples list is empty.');
  return client.fetchQuery(exampleMapQuery(list[0]));
}
