/**
 * Offers text as a file download, all in the browser (nothing is uploaded). `type` is a MIME type; UTF-8 is
 * added unless it names a charset already.
 */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const mime = /charset=/i.test(type) ? type : `${type};charset=utf-8`;
  saveBlob(name, new Blob([text], { type: mime }));
}

function saveBlob(name: string, blob: Blob): void {
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

/** Offers bytes (a .docx, an .xlsx) as a file download, all in the browser. */
export function downloadBytes(name: string, bytes: ArrayBuffer | Uint8Array, type: string): void {
  saveBlob(name, new Blob([bytes instanceof Uint8Array ? bytes.slice().buffer : bytes], { type }));
}
