import { lazy, Suspense, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import type { DocumentInput, useImportStore } from '../import-store.ts';
import '../import.css';

// Everything after the first document added loads with it, not with the deck list: the import's
// store (reading, generating and storing documents), each document's progress and result, and
// the previews (the generator runs in its worker). The store outlives the deck list, as its
// documents do: back on the list, they show again.
let store: Promise<{ useImportStore: typeof useImportStore }> | undefined;
const loadStore = () => (store ??= import('../import-store.ts'));
// The paste form too: it shows only after "Paste text" is pressed.
const PasteTextForm = lazy(() =>
  import('./paste-text-form.tsx').then((module) => ({ default: module.PasteTextForm })),
);
const ImportSession = lazy(() =>
  import('./import-session.tsx').then((module) => ({ default: module.ImportSession })),
);

const ACCEPT =
  '.md,.markdown,.txt,.html,.htm,.json,.csv,.tsv,.apkg,.colpkg,text/markdown,text/plain,text/html,text/csv,text/tab-separated-values';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/**
 * "Add a document" around the deck list: the controls (given to `children` to place under the
 * list's heading), files dropped anywhere on it, and the messages and preview of what was added.
 */
export function ImportDocuments({ children }: { children: (controls: ReactNode) => ReactNode }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [started, setStarted] = useState(() => store !== undefined);

  const add = (inputs: DocumentInput[]) => {
    if (inputs.length === 0) return;
    setStarted(true);
    loadStore().then(
      (loaded) => loaded.useImportStore.getState().addDocuments(inputs),
      () => {
        // Not loaded (offline with no cached copy, say): the session's own loading fails the
        // same way, and the screen's error boundary says so. Asked again on the next document.
        store = undefined;
      },
    );
  };
  const addFiles = (files: FileList | null) => {
    add(Array.from(files ?? [], (file) => ({ kind: 'file' as const, file })));
  };

  const controls = (
    <div className="import-controls">
      <button
        type="button"
        onClick={() => {
          input.current?.click();
        }}
      >
        {t('import.add')}
      </button>{' '}
      <button
        type="button"
        aria-expanded={pasting}
        onClick={() => {
          setPasting(!pasting);
        }}
      >
        {t('import.paste')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="document-input"
        onChange={(event) => {
          addFiles(event.target.files);
          event.target.value = '';
        }}
      />
      <p className="muted">{t('import.hint')}</p>
      {pasting && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <PasteTextForm
            onSubmit={(title, text) => {
              setPasting(false);
              add([{ kind: 'text', title, text }]);
            }}
            onCancel={() => {
              setPasting(false);
            }}
          />
        </Suspense>
      )}
      {started && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <ImportSession />
        </Suspense>
      )}
    </div>
  );

  return (
    <div
      className={dragging ? 'import-drop import-drop--active' : 'import-drop'}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        addFiles(event.dataTransfer.files);
      }}
    >
      {dragging && <p className="import-drop__hint">{t('import.dropHere')}</p>}
      {children(controls)}
    </div>
  );
}
