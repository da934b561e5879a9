import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fetchImport } from '../../io/fetchMap.ts';
import type { ImportResult } from '../../io/importFile.ts';

/** Downloads from the web live here, loaded with the dialog. */
const urlClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });

type Ok = Extract<ImportResult, { ok: true }>;
interface Props {
  readonly onResult: (result: Ok, source: string) => void;
  readonly onClose: () => void;
  /** Tests pass a client and a fetch of their own. */
  readonly client?: QueryClient;
  readonly fetchImpl?: Parameters<typeof fetchImport>[1];
}

/** Opens a map, sheet or Backstage file from a web address: fetched, read, then previewed. */
export function UrlImport({ client = urlClient, ...props }: Props) {
  return (
    <QueryClientProvider client={client}>
      <UrlForm {...props} />
    </QueryClientProvider>
  );
}

function UrlForm({ onResult, onClose, fetchImpl }: Omit<Props, 'client'>) {
  const [text, setText] = useState('');
  const [url, setUrl] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ['import-url', url],
    queryFn: ({ signal }) => fetchImport(url!, fetchImpl, { signal }),
    enabled: url !== null,
  });
  const result = query.data;
  useEffect(() => {
    if (result?.ok && url) onResult(result, url);
  }, [result, url, onResult]);
  return (
    <div className="em-dialog em-url-import" role="dialog" aria-modal="true" aria-label="Open from a web address">
      <h2>Open from a web address</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const next = text.trim();
          if (next === url) void query.refetch();
          else setUrl(next || null);
        }}
      >
        <label className="em-field">
          Address of a map (.json), a sheet (.csv), Backstage catalog-info (.yaml) or an exported picture
          <input type="url" required placeholder="https://…" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        </label>
        {query.isFetching && <p role="status">Downloading…</p>}
        {result && !result.ok && <p role="alert" className="em-error-text">{result.error}</p>}
        <div className="em-dialog-actions">
          <button type="submit" disabled={query.isFetching}>Open</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </div>
  );
}
