import type { SnapshotFileError } from '../../state/snapshotFile';

/** The text of sharing with the class and of named snapshots, in one language. */
export interface ShareMessages {
  readonly share: string;
  readonly shareTitle: string;
  readonly dialogTitle: string;
  readonly scanHint: string;
  readonly linkLabel: string;
  readonly copyLink: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly close: string;
  readonly qrLabel: (modules: number) => string;
  readonly linkLength: (chars: number) => string;
  readonly tooLong: (chars: number, max: number) => string;
  readonly dense: (modules: number) => string;
  readonly fromFile: string;
  readonly localOnly: string;

  readonly snapshots: string;
  readonly snapshotsTitle: string;
  readonly snapshotsDialogTitle: string;
  readonly snapshotsAbout: string;
  readonly nameLabel: string;
  readonly keep: string;
  readonly defaultName: (date: string) => string;
  readonly none: string;
  readonly keptAt: (date: string) => string;
  readonly open: string;
  readonly rename: string;
  readonly save: string;
  readonly cancel: string;
  readonly remove: string;
  readonly confirmRemove: (name: string) => string;
  readonly exportFile: string;
  readonly importFile: string;
  readonly kept: (name: string) => string;
  readonly opened: (name: string) => string;
  readonly removed: (name: string) => string;
  readonly imported: (added: number, skipped: number, file: string) => string;
  readonly storageFull: string;
  readonly fileError: (file: string, error: SnapshotFileError) => string;

  readonly keptName: (date: string) => string;
  readonly keptNotice: (name: string) => string;
  readonly restore: string;
  readonly restored: (name: string) => string;
}
