/** UI strings of the shared components. */
export const componentTexts = {
  closeMessage: 'Meldung schließen',
  cancel: 'Abbrechen',
  required: 'Pflichtfeld',
  jobRunning: 'läuft …',
  jobProgress: (done: number, total: number) => `${done.toLocaleString('de-DE')} von ${total.toLocaleString('de-DE')}`,
  jobCancel: 'Abbrechen',
  numberRead: (shown: string) => `gelesen: ${shown}`,
};
