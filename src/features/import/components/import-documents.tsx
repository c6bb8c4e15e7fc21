import { lazy, Suspense, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useImportStore, type DocumentInput } from '../import-store.ts';
import { ImportResults } from './import-results.tsx';
import { PasteTextForm } from './paste-text-form.tsx';
import '../import.css';

// The preview and everything it needs (the generator runs in its worker) load with the first
// document, not with the deck list.
const DeckPreview = lazy(() =>
  import('./deck-preview.tsx').then((module) => ({ default: module.DeckPreview })),
);

const TablePreview = lazy(() =>
  import('./table-preview.tsx').then((module) => ({ default: module.TablePreview })),
);

const AnkiPreview = lazy(() =>
  import('../anki/anki-preview.tsx').then((module) => ({ default: module.AnkiPreview })),
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
  const addDocuments = useImportStore((state) => state.addDocuments);
  const ready = useImportStore((state) => state.items.find((item) => item.status === 'ready'));
  const list = useImportStore((state) => state.items.find((item) => item.status === 'table'));
  const anki = useImportStore((state) => state.items.find((item) => item.status === 'anki'));
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [dragging, setDragging] = useState(false);

  const add = (inputs: DocumentInput[]) => {
    if (inputs.length > 0) void addDocuments(inputs);
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
        <PasteTextForm
          onSubmit={(title, text) => {
            setPasting(false);
            add([{ kind: 'text', title, text }]);
          }}
          onCancel={() => {
            setPasting(false);
          }}
        />
      )}
      <ImportResults />
      {ready && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <DeckPreview key={ready.id} item={ready} />
        </Suspense>
      )}
      {!ready && list && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <TablePreview key={list.id} item={list} />
        </Suspense>
      )}
      {!ready && !list && anki && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <AnkiPreview key={anki.id} item={anki} />
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
