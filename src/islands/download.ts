/**
 * Offers text as a file download, all in the browser (nothing is uploaded). `type` is a MIME type; UTF-8 is
 * added unless it names a charset already.
 */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const mime = /charset=/i.test(type) ? type : `${type};charset=utf-8`;
  downloadBlob(name, new Blob([text], { type: mime }));
}

/** Offers bytes (an .xlsx workbook) as a file download. */
export function downloadBytes(name: string, bytes: Uint8Array, type: string): void {
  downloadBlob(name, new Blob([bytes.slice().buffer], { type }));
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
