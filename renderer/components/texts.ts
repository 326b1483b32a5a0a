/** UI strings of the shared components. */
export const componentTexts = {
  closeDialog: 'Schließen',
  closeMessage: 'Meldung schließen',
  cancel: 'Abbrechen',
  sortAscending: 'aufsteigend sortiert',
  sortDescending: 'absteigend sortiert',
  sortBy: (label: string) => `Nach ${label} sortieren`,
  required: 'Pflichtfeld',
};
