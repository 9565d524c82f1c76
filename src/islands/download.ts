/**
 * Offers text as a file download, all in the browser (nothing is uploaded). `type` is a MIME type; UTF-8 is
 * added unless it names a charset already.
 */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const mime = /charset=/i.test(type) ? type : `${type};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
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
