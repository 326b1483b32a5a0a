import { Menu, type MenuItemConstructorOptions } from 'electron';

/** German application menu; plan actions live in the window itself, so the menu stays small. */
export function buildMenu(newWindow: () => void): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Datei',
      submenu: [
        { label: 'Neues Fenster', accelerator: 'CmdOrCtrl+N', click: newWindow },
        { type: 'separator' },
        { role: 'close', label: 'Fenster schließen' },
        { role: 'quit', label: 'Beenden' },
      ],
    },
    {
      label: 'Bearbeiten',
      submenu: [
        { role: 'undo', label: 'Rückgängig' },
        { role: 'redo', label: 'Wiederholen' },
        { type: 'separator' },
        { role: 'cut', label: 'Ausschneiden' },
        { role: 'copy', label: 'Kopieren' },
        { role: 'paste', label: 'Einfügen' },
        { role: 'selectAll', label: 'Alles auswählen' },
      ],
    },
    {
      label: 'Ansicht',
      submenu: [
        { role: 'reload', label: 'Neu laden' },
        { role: 'resetZoom', label: 'Originalgröße' },
        { role: 'zoomIn', label: 'Vergrößern' },
        { role: 'zoomOut', label: 'Verkleinern' },
        { role: 'togglefullscreen', label: 'Vollbild' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
