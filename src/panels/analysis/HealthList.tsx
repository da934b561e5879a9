import type { ReactNode } from 'react';
import { linkKey } from '../../model/links.ts';
import { lookupOf } from '../../model/lookup.ts';
import { healthOfMap } from '../../store/analysisCache.ts';
import { useDoc, useStores } from '../../store/context.ts';
import { select } from '../../store/uiStore.ts';

/** What is wrong with the map as it stands; choosing an entry selects it on the map. */
export function HealthList() {
  const { ui } = useStores();
  const map = useDoc((s) => s.map);
  const health = healthOfMap(map);
  const { nodes } = lookupOf(map);
  const name = (id: string) => nodes.get(id)?.name ?? id;
  const nodeEntry = (id: string) => (
    <li key={id}><button type="button" className="em-linkish" onClick={() => select(ui, [id])}>{name(id)}</button></li>
  );
  const total = health.unsupportedServices.length + health.idlePlatforms.length + health.cycles.length + health.floating.length;
  if (!total) return <p className="em-empty">Nothing to report: every service stands on a platform, every platform lifts something, and no support runs in a circle.</p>;
  return (
    <div className="em-health">
      <Section title="Services with no platform" hint="No platform lifts them, however indirectly." count={health.unsupportedServices.length}>
        {health.unsupportedServices.map(nodeEntry)}
      </Section>
      <Section title="Platforms that support nothing" hint="They lift no service, partner or platform." count={health.idlePlatforms.length}>
        {health.idlePlatforms.map(nodeEntry)}
      </Section>
      <Section title="Support cycles" hint="These links close a circle; value flow leaves them out." count={health.cycles.length}>
        {health.cycles.map(([source, target]) => {
          const key = linkKey({ source, target, kind: 'supports' });
          return (
            <li key={key}>
              <button type="button" className="em-linkish" onClick={() => select(ui, [], [key])}>{name(source)} → {name(target)}</button>
            </li>
          );
        })}
      </Section>
      <Section title="Floating nodes" hint="Only a support cycle holds them up." count={health.floating.length}>
        {health.floating.map(nodeEntry)}
      </Section>
    </div>
  );
}

function Section({ title, hint, count, children }: { title: string; hint: string; count: number; children: ReactNode }) {
  if (!count) return null;
  return (
    <section>
      <h3>{title} <span className="em-count">{count}</span></h3>
      <p className="em-hint">{hint}</p>
      <ul>{children}</ul>
    </section>
  );
}
