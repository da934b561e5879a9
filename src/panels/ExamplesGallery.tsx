import type { EcoMap } from '../model/types.ts';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { examplesClient, useExampleMap, useExamples } from './examplesQuery.ts';
import type { ExampleEntry } from './examplesQuery.ts';
import { useEffect, useState } from 'react';

interface Props {
  readonly onOpen: (map: EcoMap) => void;
  readonly onClose: () => void;
  /** Tests pass a client of their own. */
  readonly client?: QueryClient;
}

/** The examples gallery: opening one makes a new map of your own, the example stays as it was. */
export function ExamplesGallery({ client = examplesClient, ...props }: Props) {
  return (
    <QueryClientProvider client={client}>
      <Gallery {...props} />
    </QueryClientProvider>
  );
}

function Gallery({ onOpen, onClose }: Omit<Props, 'client'>) {
  const examples = useExamples();
  const [chosen, setChosen] = useState<ExampleEntry>();
  const map = useExampleMap(chosen);
  useEffect(() => {
    if (!chosen || !map.data) return;
    onOpen(map.data);
    setChosen(undefined);
  }, [chosen, map.data, onOpen]);
  return (
    <div className="em-dialog em-gallery" role="dialog" aria-modal="true" aria-labelledby="em-gallery-title">
      <div className="em-dialog-head">
        <h2 id="em-gallery-title">Examples</h2>
        <button type="button" onClick={onClose}>Close</button>
      </div>
      {examples.isPending && <p>Loading the examples…</p>}
      {examples.error && <p role="alert">{examples.error.message}</p>}
      {map.error && <p role="alert">{map.error.message}</p>}
      <ul className="em-gallery-list">
        {examples.data?.map((e, i) => (
          <li key={e.id}>
            <button type="button" autoFocus={i === 0} disabled={chosen !== undefined} onClick={() => setChosen(e)}>
              <strong>{e.title}</strong>
              <span>{e.description}</span>
              <small>{e.nodes} nodes · {e.links} links</small>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
