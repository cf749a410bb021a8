import type { ShareMessages } from './messages';

export const shareEn: ShareMessages = {
  share: 'Share',
  shareTitle: 'Share this page with the class: its link and a QR code to scan',
  dialogTitle: 'Share with the class',
  scanHint: 'Point a phone camera at the code: it opens this page as it is now.',
  linkLabel: 'Link to this page',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'The browser refused to copy: select the link and copy it.',
  close: 'Close',
  qrLabel: (n) => `QR code of the link (${n}x${n} squares)`,
  linkLength: (chars) => `${chars.toLocaleString('en')} characters`,
  tooLong: (chars, max) =>
    `This link is too long for a QR code: ${chars.toLocaleString('en')} characters, and a ` +
    `QR code holds at most ${max.toLocaleString('en')}. Make the picture smaller, or keep ` +
    'this page as a snapshot, export the snapshots to a file and send the file.',
  dense: (n) =>
    `A dense code (${n}x${n} squares): from far away it may not scan. Enter presentation ` +
    'mode, or make the picture smaller for a shorter link.',
  fromFile:
    'This page is opened from a file on this computer, so phones cannot open its link. ' +
    'Serve it to the class with npm run classroom, or send them the file.',
  localOnly:
    'This page is served to this computer only (localhost), so phones cannot open its link. ' +
    'Serve it to the class with npm run classroom.',

  snapshots: 'Snapshots',
  snapshotsTitle: 'Keep this page under a name, open it again later, export to a file',
  snapshotsDialogTitle: 'Snapshots in this browser',
  snapshotsAbout:
    'A snapshot keeps the whole page (picture, kernels, settings) under a name, in this ' +
    'browser. Opening one is a step that Undo takes back.',
  nameLabel: 'Name',
  keep: 'Keep this page',
  defaultName: (date) => `Snapshot, ${date}`,
  none: 'No snapshots yet.',
  keptAt: (date) => `kept ${date}`,
  open: 'Open',
  rename: 'Rename',
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Delete',
  confirmRemove: (name) => `Delete “${name}”?`,
  exportFile: 'Export to a file',
  importFile: 'Import a file',
  kept: (name) => `Kept “${name}”.`,
  opened: (name) => `Opened “${name}”. Undo goes back.`,
  removed: (name) => `Deleted “${name}”.`,
  imported: (added, skipped, file) =>
    `Imported ${added} ${added === 1 ? 'snapshot' : 'snapshots'} from ${file}` +
    (skipped > 0 ? ` (${skipped} already here).` : '.'),
  storageFull:
    'The browser refused to store the snapshots (its storage is full or turned off). ' +
    'Delete some, or export them to a file.',
  fileError: (file, e) => {
    const why = (() => {
      switch (e.kind) {
        case 'notJson':
          return 'it is not JSON.';
        case 'notSnapshots':
          return 'it is not a snapshot file (it has no "format": "cnn-playground-snapshots").';
        case 'version':
          return `it is version ${e.version} of the snapshot file; this page reads version 1.`;
        case 'noList':
          return '"snapshots" must be a list.';
        case 'tooMany':
          return `it holds ${e.count} snapshots, and at most ${e.max} are kept.`;
        case 'entry':
          return e.field === 'entry'
            ? `snapshot ${e.index} is not an object with a name, a link and a date.`
            : `snapshot ${e.index} has no valid "${e.field}"` +
                (e.field === 'savedAt' ? ' (a date such as "2026-12-02T08:00:00.000Z").' : '.');
        case 'link':
          return `the link of snapshot ${e.index} cannot be read (${e.parts.join(', ')}).`;
      }
    })();
    return `Nothing imported from ${file}: ${why}`;
  },

  keptName: (date) => `Before opening a link, ${date}`,
  keptNotice: (name) =>
    `This link replaced the work saved in this browser. That work is kept as the snapshot ` +
    `“${name}” (under Snapshots).`,
  restore: 'Restore it',
  restored: (name) => `Restored “${name}”. Undo goes back to the link's page.`,
};
