import { useCallback, useEffect, useState } from 'react';
import type { ImportInput, ImportResult } from '../io/importFile.ts';
import type { UiStore } from '../store/uiStore.ts';
import { notify } from '../store/uiStore.ts';

/** The readers (sheets, YAML, pictures) load with the first file, not with the page. */
const readImport = async (input: ImportInput): Promise<ImportResult> => (await import('../io/importFile.ts')).readImport(input);

export type Incoming = { result: Extract<ImportResult, { ok: true }>; source: string };

/**
 * Files and text from outside: dropped anywhere on the page, chosen in the file picker, or a
 * whole map pasted. Each is read and shown as a preview; a file that cannot be read is refused
 * with a message, and the open map stays as it is.
 */
export function useFileImport(ui: UiStore): { incoming: Incoming | null; clear(): void; show(result: ImportResult, source: string): void; importFiles(files: FileList | File[]): void; importText(text: string, source: string): Promise<boolean> } {
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const show = useCallback((result: ImportResult, source: string) => {
    if (result.ok) setIncoming({ result, source });
    else notify(ui, `${source}: ${result.error}`, 'error');
  }, [ui]);
  const importFiles = useCallback((files: FileList | File[]) => {
    const file = [...files][0];
    if (!file) return;
    if ([...files].length > 1) notify(ui, 'Opening the first of the files dropped; drop them one at a time to open the others.');
    void file.arrayBuffer().then(
      (buffer) => readImport({ name: file.name, bytes: new Uint8Array(buffer) }).then((result) => show(result, file.name)),
      () => notify(ui, `${file.name}: the browser could not read this file. Try saving it again, or open it from another folder.`, 'error'),
    );
  }, [ui, show]);
  const importText = useCallback(async (text: string, source: string) => {
    const result = await readImport({ text });
    show(result, source);
    return result.ok;
  }, [show]);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      document.documentElement.classList.add('em-dropping');
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) document.documentElement.classList.remove('em-dropping');
    };
    const drop = (e: DragEvent) => {
      document.documentElement.classList.remove('em-dropping');
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      importFiles(e.dataTransfer.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  return { incoming, clear: () => setIncoming(null), show, importFiles, importText };
}
