/**
 * Hands `text` to the browser as a file download named `fileName` (a Blob URL on a temporary
 * link: works offline and without a server round trip).
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
