/**
 * Hands `text` to the browser as a file download named `fileName` (a Blob URL on a temporary
 * link: works offline and without a server round trip).
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Hands `blob` to the browser as a file download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; keep it a little so slow browsers can still read it.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
