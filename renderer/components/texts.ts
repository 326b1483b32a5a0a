/** UI strings of the shared components. */
export const componentTexts = {
  closeMessage: 'Meldung schließen',
  cancel: 'Abbrechen',
  required: 'Pflichtfeld',
};
