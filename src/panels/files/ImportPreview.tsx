import type { ImportResult } from '../../io/importFile.ts';

type Ok = Extract<ImportResult, { ok: true }>;

const KIND_NAMES: Record<Ok['kind'], string> = {
  json: 'a map file (JSON)',
  csv: 'a spreadsheet (CSV)',
  yaml: 'Backstage catalog descriptors (YAML)',
  svg: 'an SVG exported from Ecosystem Mapper',
  png: 'a PNG exported from Ecosystem Mapper',
};
const SHOWN_WARNINGS = 50;

/**
 * What an import would create, before anything is: where it came from, how many nodes of each
 * kind and links, and every warning (with row numbers for a sheet). It opens only as a new map.
 */
export function ImportPreview({ result, source, onOpen, onCancel }: { result: Ok; source: string; onOpen: () => void; onCancel: () => void }) {
  const { summary, warnings, map } = result;
  return (
    <div className="em-dialog em-import" role="dialog" aria-modal="true" aria-label="Import preview">
      <h2>Open “{map.title}”?</h2>
      <p>
        {source} is {KIND_NAMES[result.kind]}. It opens as a new map; the map you have open stays as it is.
      </p>
      <dl className="em-import-summary">
        {summary.rows !== undefined && (<><dt>Rows read</dt><dd>{summary.rows}</dd></>)}
        <dt>Platforms</dt><dd>{summary.byKind.platform}</dd>
        <dt>Services</dt><dd>{summary.byKind.service}</dd>
        <dt>Partners</dt><dd>{summary.byKind.partner}</dd>
        <dt>Links</dt><dd>{summary.links}</dd>
      </dl>
      {warnings.length > 0 && (
        <section aria-label="Warnings">
          <h3>{warnings.length} {warnings.length === 1 ? 'warning' : 'warnings'}</h3>
          <ul className="em-warnings">
            {warnings.slice(0, SHOWN_WARNINGS).map((w, i) => <li key={i}>{w}</li>)}
          </ul>
          {warnings.length > SHOWN_WARNINGS && <p className="em-hint">and {warnings.length - SHOWN_WARNINGS} more.</p>}
        </section>
      )}
      <div className="em-dialog-actions">
        <button type="button" onClick={onOpen} autoFocus>Open as a new map</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </div>
  );
}
