import type { HidePart } from '../../lesson/hideParts';
import type { LessonFileError } from '../../lesson/lessonFile';
import type { NetworkVariant } from '../../lesson/invarianceNetworks';
import type { PictureChange } from '../../lesson/invarianceVariants';

/** The text of lessons and of the invariance lab, in one language. */
export interface LessonMessages {
  readonly lesson: string;
  readonly lessonTitle: string;
  readonly lessonBar: string;
  readonly stepOf: (step: number, total: number) => string;
  readonly prev: string;
  readonly next: string;
  readonly question: string;
  readonly reveal: string;
  readonly answer: string;
  readonly revealTitle: string;
  readonly hiddenMap: string;
  readonly closeLesson: string;
  readonly keysHint: string;
  readonly linkError: (error: LessonFileError) => string;
  readonly dismiss: string;

  readonly editor: string;
  readonly editorTitle: string;
  readonly editorAbout: string;
  readonly titleLabel: string;
  readonly defaultTitle: string;
  readonly captionLabel: string;
  readonly questionLabel: string;
  readonly answerLabel: string;
  readonly hideLabel: string;
  readonly hideNone: string;
  readonly mapName: (id: string) => string;
  readonly addStep: string;
  readonly noSteps: string;
  readonly show: string;
  readonly usePage: string;
  readonly moveUp: string;
  readonly moveDown: string;
  readonly remove: string;
  readonly follow: string;
  readonly copyLink: string;
  readonly copied: string;
  readonly saveFile: string;
  readonly openFile: string;
  readonly editBuiltin: string;
  readonly hideParts: string;
  readonly hidePart: (part: HidePart) => string;
  readonly close: string;

  readonly lab: string;
  readonly labTitle: string;
  readonly labAbout: (truth: string) => string;
  readonly labNoTruth: string;
  readonly picture: (change: PictureChange) => string;
  readonly network: (variant: NetworkVariant) => string;
  readonly networkColumn: string;
  readonly rightColumn: string;
  readonly right: (right: number, total: number, share: string) => string;
  readonly learning: string;
  readonly noNetwork: string;
  readonly openPicture: (name: string) => string;
  readonly openNetwork: (name: string) => string;
  readonly verdict: (name: string, confidence: string) => string;
}
