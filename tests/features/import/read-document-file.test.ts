import { describe, expect, it, vi } from 'vitest';
import { readDocumentFile } from '../../../src/features/import/read-document-file.ts';

describe('readDocumentFile', () => {
  it('refuses a file over 20 MB from its size, without reading it', async () => {
    const arrayBuffer = vi.fn();
    const huge = { name: 'huge.md', size: 20 * 1024 * 1024 + 1, arrayBuffer } as unknown as File;
    expect(await readDocumentFile(huge)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reads a file of exactly 20 MB', async () => {
    const text = `# Big\n\n${'a'.repeat(20 * 1024 * 1024 - 7)}`;
    const result = await readDocumentFile(new File([text], 'big.md'));
    expect(result.ok && result.text.length).toBe(20 * 1024 * 1024);
  });
});
