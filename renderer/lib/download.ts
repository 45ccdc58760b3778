// Every export answers one shape, FileDownload; this hands it to the browser as a saved file.
import type { FileDownload } from '../../shared/api/common';

export function saveDownload(file: FileDownload): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
