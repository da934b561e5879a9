import { describe, expect, it } from 'vitest';
import { addNode, updateNode } from '../../src/model/nodes.ts';
import { commit, commitQuietly, createDocumentStore, replaceDocument, UNDO_LIMIT } from '../../src/store/documentStore.ts';
import { mapOf } from '../builders.ts';

const node = (id: string) => ({ id, kind: 'service' as const, name: id, value: 0 });

describe('the document store', () => {
  it('makes one undo step per committed intent and redoes it', () => {
    const store = createDocumentStore(mapOf('pay>checkout'));
    commit(store, 'Add service', (m) => addNode(m, node('ads')));
    expect(store.getState().map.nodes).toHaveLength(3);
    store.temporal.getState().undo();
    expect(store.getState().map.nodes).toHaveLength(2);
    store.temporal.getState().redo();
    expect(store.getState().map.nodes).toHaveLength(3);
    expect(store.getState().intent).toBe('Add service');
  });

  it('makes no step when the change leaves the map as it was', () => {
    const store = createDocumentStore(mapOf('pay>checkout'));
    expect(commit(store, 'Rename', (m) => updateNode(m, 'pay', { name: 'pay' }))).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keeps at least 500 steps', () => {
    const store = createDocumentStore(mapOf('a'));
    for (let i = 0; i < 600; i++) commit(store, 'Add', (m) => addNode(m, node(`n${i}`)));
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(500);
    store.temporal.getState().undo(600);
    expect(store.getState().map.nodes.map((n) => n.id)).toEqual(['a']);
  });

  it('writes settled positions without an undo step', () => {
    const store = createDocumentStore(mapOf('a'));
    commitQuietly(store, (m) => updateNode(m, 'a', { x: 1, y: 2 }));
    expect(store.getState().map.nodes[0]).toMatchObject({ x: 1, y: 2 });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('refuses every change while read-only', () => {
    const store = createDocumentStore(mapOf('a'));
    store.setState({ readOnly: true });
    expect(commit(store, 'Add', (m) => addNode(m, node('b')))).toBe(false);
    commitQuietly(store, (m) => updateNode(m, 'a', { x: 1 }));
    expect(store.getState().map.nodes).toEqual(mapOf('a').nodes);
  });

  it('forgets the history of the map it replaces', () => {
    const store = createDocumentStore(mapOf('a'));
    commit(store, 'Add', (m) => addNode(m, node('b')));
    replaceDocument(store, mapOf('x>y'));
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.temporal.getState().undo();
    expect(store.getState().map.nodes.map((n) => n.id)).toEqual(['x', 'y']);
  });
});
