import { useQuery } from '@tanstack/react-query';
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

async function fetchText(path: string): Promise<string> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`Could not load ${path}: the server answered ${response.status}. Reload the page to try again.`);
  return response.text();
}

/** The examples gallery, as the server lists it. */
export function useExamples() {
  return useQuery({
    queryKey: ['examples'],
    queryFn: async (): Promise<ExampleEntry[]> => {
      const list: unknown = JSON.parse(await fetchText('examples/index.json'));
      return Array.isArray(list) ? (list as ExampleEntry[]) : [];
    },
    staleTime: Infinity,
  });
}

/** One example map, through the same restore path as every other input. */
export function useExampleMap(entry: ExampleEntry | undefined) {
  return useQuery({
    queryKey: ['example', entry?.file],
    enabled: !!entry,
    staleTime: Infinity,
    queryFn: async (): Promise<EcoMap> => {
      const restored = restoreMap(await fetchText(`examples/${entry!.file}`));
      if (!restored.ok) throw new Error(`The example "${entry!.title}" cannot be opened: ${restored.error}`);
      return restored.map;
    },
  });
}
